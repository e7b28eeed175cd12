// A duration of 0 is Max-Age=0, which deletes the cookie at once: a session cookie is `duration: session`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    duration: 0 days,
                }
            }
        }
    }
}

fn main() {}
