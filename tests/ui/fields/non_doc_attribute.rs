// Only doc comments are forwarded to the constant; any other attribute on an entry would be silently dropped.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                #[allow(dead_code)]
                SESSION: "sessionid" {
                    function: "Authentication",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
