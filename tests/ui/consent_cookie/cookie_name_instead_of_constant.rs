// `consent_cookie` names the entry's constant, not the cookie's name.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: "cookies_preferences",
        necessary {
            provider "Example" {
                PREFERENCES: "cookies_preferences" {
                    function: "Choices related to your cookie preferences",
                    purpose: "To remember the visitor's cookie preferences",
                }
            }
        }
    }
}

fn main() {}
