// Languages are ISO 639 codes, lower-case, as in `lang="de"`; texts keep using the code.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, DE],
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
