// Rule 9: "functional" (the Open Cookie Database's word) is either `necessary` or `preferences`; the message says how to choose.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        functional {
            provider "Opendatasoft" {
                LANGUAGE: "django_language" {
                    function: "Session",
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
