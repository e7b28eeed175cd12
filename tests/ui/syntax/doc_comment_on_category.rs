// A doc comment on a category would be lost; the category's cookies are still read.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: PREFERENCES,
        /// Cookies the portal cannot work without.
        necessary {
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
