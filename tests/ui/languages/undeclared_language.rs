// Rule 11: a text in a language the policy does not declare would never be shown; declare it or drop it.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, de],
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung" },
                    purpose: { en: "To keep you signed in", de: "Um angemeldet zu bleiben", fr: "Pour rester connecté" },
                }
            }
        }
    }
}

fn main() {}
