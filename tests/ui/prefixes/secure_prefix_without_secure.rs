// Rule 5: RFC 6265bis: browsers drop a `__Secure-` cookie that is not set with Secure.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "__Secure-session" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    http_only,
                }
            }
        }
    }
}

fn main() {}
