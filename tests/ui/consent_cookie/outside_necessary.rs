// Rule 13: the consent cookie must be set before any consent (to remember a refusal), so it is `necessary`.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: PREFERENCES,
        preferences {
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
