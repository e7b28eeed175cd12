// Rule 5: a `__Host-` cookie is locked to one host; browsers drop it when it has a Domain attribute.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "__Host-session" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    secure,
                    domain: "example.org",
                }
            }
        }
    }
}

fn main() {}
