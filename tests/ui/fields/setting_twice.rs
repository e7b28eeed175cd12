// Rule 9: a setting given twice; which site is the policy about?
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        site: "https://www.example.org",
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
