// Rule 9: `function` is required: the policy table has a "Function" column visitors read.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
