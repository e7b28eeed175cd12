// Rule 9: a misspelled `site` is reported once, without a second error saying `site` is missing.
cookie_policy::cookie_policy! {
    mod site {
        stie: "https://example.org",
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
