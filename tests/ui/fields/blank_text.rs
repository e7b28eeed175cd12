// Rule 9: a blank text (only spaces) is as empty as an empty one.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "   ",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
