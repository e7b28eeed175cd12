// Rule 9: a misspelled duration unit gets a did-you-mean hint.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 6 monhts,
                }
            }
        }
    }
}

fn main() {}
