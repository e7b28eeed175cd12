// A language listed twice in `languages` is a slip; the first occurrence counts.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, de, en],
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung" },
                    purpose: { en: "To keep you signed in", de: "Um angemeldet zu bleiben" },
                }
            }
        }
    }
}

fn main() {}
