// Rule 10: a space in the host (a copy-paste slip) is not a URL.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example .org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
