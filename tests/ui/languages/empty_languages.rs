// Rule 11: a policy written in no language cannot be published.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [],
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
