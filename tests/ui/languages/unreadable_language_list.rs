// A `languages` list that cannot be read is the one error: the texts in the
// languages after the mistake (`de` here) are not reported as undeclared.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        languages: [en, 42, de],
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
