// Rule 11: every text exists in every declared language, or the German page would have an empty cell.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, de],
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung" },
                    purpose: { en: "To keep you signed in" },
                }
            }
        }
    }
}

fn main() {}
