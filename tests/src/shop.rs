//! The shop: one policy with every kind of cookie the consent machinery
//! tells apart, shared by the layer's tests and benchmarks and the banner
//! test.
//!
//! - necessary: a session, a CSRF token, the consent cookie, and `cart|v2`,
//!   a name the `cookie` crate writes percent-encoded (`cart%7Cv2`);
//! - preferences: `lang`;
//! - statistics: `_pk_ses`, anonymized (exempt from consent), and `_ga` and
//!   the prefix pattern `_ga_*`, which need consent;
//! - marketing: `ad_id`, first-party, and `VISITOR_INFO1_LIVE`, a third
//!   party's.
//!
//! In three languages (English, German and Polish, one without built-in
//! prose), for the banner's translations.

cookie_policy::cookie_policy! {
    /// The cookies of an imaginary shop.
    pub mod shop {
        site: "https://shop.example.org",
        languages: [en, de, pl],
        consent_cookie: CONSENT,

        necessary {
            provider "Shop" {
                /// The session of a signed-in customer.
                SESSION: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung", pl: "Uwierzytelnianie" },
                    purpose: { en: "To keep you signed in", de: "Um Sie angemeldet zu halten", pl: "Aby utrzymać zalogowanie" },
                    secure, http_only, same_site: Lax,
                }
                /// Protection against cross-site request forgery.
                CSRF: "csrftoken" {
                    function: { en: "Security", de: "Sicherheit", pl: "Bezpieczeństwo" },
                    purpose: { en: "To protect forms", de: "Um Formulare zu schützen", pl: "Aby chronić formularze" },
                    duration: 1 year,
                    same_site: Lax,
                }
                /// The visitor's cookie choices.
                CONSENT: "cookie_consent" {
                    function: { en: "Consent", de: "Einwilligung", pl: "Zgoda" },
                    purpose: { en: "To remember your cookie choices", de: "Um Ihre Cookie-Auswahl zu speichern", pl: "Aby zapamiętać wybór" },
                    duration: 6 months,
                    secure, same_site: Lax,
                }
                /// The basket; a name the `cookie` crate percent-encodes.
                CART: "cart|v2" {
                    function: { en: "Basket", de: "Warenkorb", pl: "Koszyk" },
                    purpose: { en: "To keep your basket", de: "Um Ihren Warenkorb zu behalten", pl: "Aby zachować koszyk" },
                }
            }
        }
        preferences {
            provider "Shop" {
                LANG: "lang" {
                    function: { en: "Language", de: "Sprache", pl: "Język" },
                    purpose: { en: "To remember your language", de: "Um Ihre Sprache zu speichern", pl: "Aby zapamiętać język" },
                    duration: 1 year,
                }
            }
        }
        statistics {
            provider "Matomo" {
                VISITS: "_pk_ses" {
                    function: { en: "Audience measurement", de: "Reichweitenmessung", pl: "Pomiar oglądalności" },
                    purpose: { en: "To count visits anonymously", de: "Um Besuche anonym zu zählen", pl: "Aby anonimowo liczyć wizyty" },
                    duration: 1 day,
                    anonymized,
                }
            }
            provider "Analytics Inc." {
                GA: "_ga" {
                    function: { en: "Analytics", de: "Analyse", pl: "Analityka" },
                    purpose: { en: "To tell visitors apart", de: "Um Besucher zu unterscheiden", pl: "Aby rozróżniać odwiedzających" },
                    duration: 1 year,
                }
                GA_STATE: "_ga_*" {
                    function: { en: "Analytics", de: "Analyse", pl: "Analityka" },
                    purpose: { en: "To keep the session state", de: "Um den Sitzungsstatus zu speichern", pl: "Aby zachować stan sesji" },
                    duration: 1 year,
                }
            }
        }
        marketing {
            provider "Ads Inc." {
                AD: "ad_id" {
                    function: { en: "Advertising", de: "Werbung", pl: "Reklama" },
                    purpose: { en: "To show ads", de: "Um Werbung zu zeigen", pl: "Aby wyświetlać reklamy" },
                    duration: 90 days,
                }
            }
            provider "VideoTube" {
                VIDEO: "VISITOR_INFO1_LIVE" {
                    function: { en: "Embedded videos", de: "Eingebettete Videos", pl: "Osadzone filmy" },
                    purpose: { en: "To estimate bandwidth", de: "Um die Bandbreite zu schätzen", pl: "Aby oszacować przepustowość" },
                    third_party: "videotube.example",
                    duration: 180 days,
                    secure, same_site: None,
                }
            }
        }
    }
}

pub use shop::*;
