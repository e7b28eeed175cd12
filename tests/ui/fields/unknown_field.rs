// Rule 9: a misspelled field gets a did-you-mean hint, and no second error about the field being missing.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpse: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
