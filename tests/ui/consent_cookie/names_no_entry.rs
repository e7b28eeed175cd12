// Rule 13: `consent_cookie` names the constant of an entry; a typo gets a did-you-mean hint.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: PREFERENCE,
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
