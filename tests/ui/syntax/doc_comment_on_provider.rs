// A doc comment on a provider would be lost (only entries become items); the provider's cookies are still read.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: PREFERENCES,
        necessary {
            /// The portal's own cookies.
            provider "Opendatasoft" {
                PREFERENCES: "cookies_preferences" {
                    function: "Choices related to your cookie preferences",
                    purpose: "To remember the visitor's cookie preferences",
                }
            }
        }
    }
}

fn main() {}
