// Rule 13: the consent cookie is read back by name; a prefix pattern has no single name.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: CONSENT,
        necessary {
            provider "Example" {
                CONSENT: "consent_*" {
                    function: "Consent",
                    purpose: "To remember the visitor's cookie preferences",
                }
            }
        }
    }
}

fn main() {}
