// Rule 9: `site` is required: a policy is about one site, and the domain checks need it.
cookie_policy::cookie_policy! {
    mod site {
        languages: [en],
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
