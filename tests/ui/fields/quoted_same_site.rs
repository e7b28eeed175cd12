// Rule 9: `same_site` takes a bare word, not a string.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    same_site: "Strict",
                }
            }
        }
    }
}

fn main() {}
