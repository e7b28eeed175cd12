// A site served over http:// cannot set Secure cookies: browsers refuse them, so the cookie would silently never exist.
cookie_policy::cookie_policy! {
    mod site {
        site: "http://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    secure,
                }
            }
        }
    }
}

fn main() {}
