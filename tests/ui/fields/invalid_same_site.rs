// Rule 9: `same_site` is `Strict`, `Lax` or `None`, spelled as in Set-Cookie.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: "Session",
                    purpose: "To keep you signed in",
                    same_site: lax,
                }
            }
        }
    }
}

fn main() {}
