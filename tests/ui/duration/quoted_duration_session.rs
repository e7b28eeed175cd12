// `session` is a keyword of the language, not a string.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: "session",
                }
            }
        }
    }
}

fn main() {}
