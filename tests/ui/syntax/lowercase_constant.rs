// Each entry becomes a Rust constant, so it is named in UPPER_SNAKE_CASE; the cookie's real name is the string.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                sessionid: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
