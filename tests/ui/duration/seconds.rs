// Max-Age is in seconds, but declarations use minutes or longer; the message converts.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 3600 seconds,
                }
            }
        }
    }
}

fn main() {}
