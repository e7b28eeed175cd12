// A misspelled `session` gets a did-you-mean hint.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: sesion,
                }
            }
        }
    }
}

fn main() {}
