// Two texts in the same language: which one is published?
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, de],
        necessary {
            provider "Example" {
                SESSION: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung", en: "Sign-in" },
                    purpose: { en: "To keep you signed in", de: "Um angemeldet zu bleiben" },
                }
            }
        }
    }
}

fn main() {}
