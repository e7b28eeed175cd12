// Rule 11: with two languages, a plain string is only in one of them.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, de],
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung" },
                    purpose: "To keep you signed in",
                }
            }
        }
    }
}

fn main() {}
