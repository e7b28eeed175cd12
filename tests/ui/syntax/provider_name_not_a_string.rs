// The provider's name is a string (it is published as written, spaces and all); its cookies are still read.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: PREFERENCES,
        necessary {
            provider Opendatasoft {
                PREFERENCES: "cookies_preferences" {
                    function: "Choices related to your cookie preferences",
                    purpose: "To remember the visitor's cookie preferences",
                }
            }
        }
    }
}

fn main() {}
