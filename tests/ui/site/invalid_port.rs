// Rule 10: a port above 65535 is not a URL.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org:99999",
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
