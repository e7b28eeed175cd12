// Rule 5: browsers match the `__Secure-` prefix case-insensitively, so `__secure-` is dropped without Secure too.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "__secure-session" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
