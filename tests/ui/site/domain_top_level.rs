// Rule 10: a cookie for a whole top-level domain is rejected by every browser.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    domain: "org",
                }
            }
        }
    }
}

fn main() {}
