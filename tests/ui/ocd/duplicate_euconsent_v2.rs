// A real mistake from the Open Cookie Database: two consent platforms both list
// `euconsent-v2` (the IAB TCF string); a site has one such cookie, described once.
cookie_policy::cookie_policy! {
    mod site {
        site: "https://www.example.org",
        preferences {
            provider "Didomi" {
                DIDOMI_CONSENT: "euconsent-v2" { function: "Functional (Didomi)", purpose: "This cookie contains the chain of consent for the IAB's Transparency and consent..." }
            }
            provider "PrivacyPillar" {
                PRIVACYPILLAR_CONSENT: "euconsent-v2" { function: "Functional (PrivacyPillar)", purpose: "This cookie stores the TC string." }
            }
        }
    }
}

fn main() {}
