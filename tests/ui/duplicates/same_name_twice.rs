// Rule 1: two entries for one cookie name give the visitor two contradicting descriptions; the error is on the second and names the first.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        necessary {
            provider "Opendatasoft" {
                LANGUAGE: "django_language" {
                    function: "Language selection",
                    purpose: "To remember the visitor's language",
                }
            }
        }
        preferences {
            provider "Example" {
                UI_LANGUAGE: "django_language" {
                    function: "Interface language",
                    purpose: "To show pages in your language",
                }
            }
        }
    }
}

fn main() {}
