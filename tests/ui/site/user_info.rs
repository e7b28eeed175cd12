// Rule 10: credentials in the site URL would be published with the policy.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://admin@example.org",
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
