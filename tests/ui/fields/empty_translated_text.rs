// Rule 9: an empty map of translations is an empty text.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpose: {},
                }
            }
        }
    }
}

fn main() {}
