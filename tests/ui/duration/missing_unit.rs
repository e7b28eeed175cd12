// A bare number: 14 what? Seconds (Max-Age) and days (most policies) are both plausible, so the unit is required.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 14,
                }
            }
        }
    }
}

fn main() {}
