// Rule 9: `expires` is what Set-Cookie calls it; the declaration calls the lifetime `duration`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    expires: 14 days,
                }
            }
        }
    }
}

fn main() {}
