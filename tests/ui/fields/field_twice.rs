// Rule 9: a field given twice; which of the two is the policy?
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpose: "To keep you signed in",
                    purpose: "To remember you",
                }
            }
        }
    }
}

fn main() {}
