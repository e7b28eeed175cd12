// Rule 5: RFC 6265bis: browsers drop a `__Host-` cookie that is not set with Secure.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "__Host-session" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    http_only,
                    path: "/",
                }
            }
        }
    }
}

fn main() {}
