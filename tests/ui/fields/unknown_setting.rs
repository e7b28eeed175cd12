// Rule 9: a misspelled setting gets a did-you-mean hint.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cokie: SESSION,
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
