//! The cookie policy of the Potsdam open data portal
//! (<https://opendata.potsdam.de>), declared once and printed.
//!
//! Run it with `cargo run --example potsdam`.

use cookie_policy::cookie_policy;

cookie_policy! {
    /// Cookies of the Potsdam open data portal, as its cookie policy lists them.
    pub mod potsdam {
        site: "https://opendata.potsdam.de",
        languages: [en, de],
        consent_cookie: COOKIES_PREFERENCES,

        necessary {
            provider "Opendatasoft" {
                /// The session of a signed-in user.
                SESSIONID: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung" },
                    location: { en: "front and back office", de: "Front- und Back-Office" },
                    purpose: { en: "To remember the user from one page to another",
                               de: "Um den Benutzer von einer Seite zur nächsten wiederzuerkennen" },
                    duration: 14 days,
                    secure, http_only, same_site: Lax,
                }
                /// The language the visitor chose.
                DJANGO_LANGUAGE: "django_language" {
                    function: { en: "Language selection", de: "Sprachauswahl" },
                    location: { en: "front and back office", de: "Front- und Back-Office" },
                    purpose: { en: "To remember the visitor's language",
                               de: "Um die Sprache des Besuchers zu speichern" },
                    duration: 1 year,
                    secure, same_site: Lax,
                }
                /// Protection against cross-site request forgery.
                CSRFTOKEN: "csrftoken" {
                    function: { en: "API (CSRF)", de: "API (CSRF)" },
                    location: { en: "front et back office", de: "Front- und Back-Office" },
                    purpose: { en: "To retrieve data via API calls",
                               de: "Um Daten über API-Aufrufe abzurufen" },
                    duration: 1 year,
                    secure, same_site: Lax,
                }
                /// The visitor's cookie choices.
                COOKIES_PREFERENCES: "cookies_preferences" {
                    function: { en: "Choices related to your cookie preferences",
                                de: "Auswahl zu Ihren Cookie-Einstellungen" },
                    purpose: { en: "To remember the visitor's cookie preferences",
                               de: "Um die Cookie-Einstellungen des Besuchers zu speichern" },
                    duration: 6 months,
                    secure, same_site: Lax,
                }
            }
        }
    }
}

fn main() {
    let policy = &potsdam::POLICY;
    println!("Cookie policy of {}", policy.site());
    println!("Languages: {}", policy.languages().join(", "));
    println!();
    for cookie in policy.cookies() {
        let duration = match cookie.max_age() {
            Some(age) => format!("{} days", age.as_secs() / 86_400),
            None => "session".to_string(),
        };
        let location = cookie
            .location()
            .map(|l| format!(" ({l})"))
            .unwrap_or_default();
        println!(
            "{:<20} {:<10} {:<12} {}{} - {}",
            cookie.name(),
            cookie.category(),
            duration,
            cookie.function(),
            location,
            cookie.purpose(),
        );
    }
    if let Some(consent) = policy.consent_cookie() {
        println!();
        println!("The visitor's choices are stored in `{}`.", consent.name());
    }
}
