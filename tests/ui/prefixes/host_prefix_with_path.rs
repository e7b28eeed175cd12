// Rule 5: a `__Host-` cookie must have Path=/; browsers drop it with any other path.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "__Host-session" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    secure,
                    path: "/app",
                }
            }
        }
    }
}

fn main() {}
