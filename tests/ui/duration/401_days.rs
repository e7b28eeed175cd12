// Rule 7: the RFC 6265bis cap is exactly 400 days; one day more is already clipped by browsers.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 401 days,
                }
            }
        }
    }
}

fn main() {}
