//! The site of the axum routes' tests (`tests/tests/axum_*.rs`): every
//! kind of cookie the consent endpoint treats apart.
//!
//! - necessary: an `HttpOnly` session and the consent cookie;
//! - preferences: `theme`;
//! - statistics: `_pk_ses`, anonymized (never removed), `_pk_id`, and the
//!   prefix pattern `_ga_*`;
//! - marketing: `ad_id`, `HttpOnly`, `shop_ad` on `Path=/shop` with a
//!   `Domain`, and a third party's `VISITOR_INFO1_LIVE` (which this site
//!   cannot delete).
//!
//! In English, German and French.

cookie_policy::cookie_policy! {
    /// The cookies of an example site.
    pub mod site {
        site: "https://www.example.org",
        languages: [en, de, fr],
        consent_cookie: CONSENT,

        necessary {
            provider "Example" {
                SESSION: "sid" {
                    function: { en: "Session", de: "Sitzung", fr: "Session" },
                    purpose: { en: "To keep you signed in", de: "Um Sie angemeldet zu halten", fr: "Pour vous garder connecté" },
                    http_only, same_site: Lax,
                }
                CONSENT: "consent" {
                    function: { en: "Consent", de: "Einwilligung", fr: "Consentement" },
                    purpose: { en: "To remember your choices", de: "Um Ihre Auswahl zu speichern", fr: "Pour retenir vos choix" },
                    duration: 6 months, same_site: Lax,
                }
            }
        }
        preferences {
            provider "Example" {
                THEME: "theme" {
                    function: { en: "Theme", de: "Farbschema", fr: "Thème" },
                    purpose: { en: "To remember your theme", de: "Um Ihr Farbschema zu speichern", fr: "Pour retenir votre thème" },
                    duration: 1 year,
                }
            }
        }
        statistics {
            provider "Matomo" {
                VISIT: "_pk_ses" {
                    function: { en: "Visits", de: "Besuche", fr: "Visites" },
                    purpose: { en: "To count visits anonymously", de: "Um Besuche anonym zu zählen", fr: "Pour compter les visites anonymement" },
                    duration: 1 day, anonymized,
                }
                VISITOR: "_pk_id" {
                    function: { en: "Visitors", de: "Besucher", fr: "Visiteurs" },
                    purpose: { en: "To recognise returning visitors", de: "Um wiederkehrende Besucher zu erkennen", fr: "Pour reconnaître les visiteurs" },
                    duration: 13 months,
                }
            }
            provider "Analytics Inc." {
                GA: "_ga_*" {
                    function: { en: "Analytics", de: "Analyse", fr: "Analyse" },
                    purpose: { en: "To keep the session state", de: "Um den Sitzungsstatus zu speichern", fr: "Pour garder l'état de la session" },
                    duration: 1 year,
                }
            }
        }
        marketing {
            provider "Ads Inc." {
                AD: "ad_id" {
                    function: { en: "Advertising", de: "Werbung", fr: "Publicité" },
                    purpose: { en: "To show ads", de: "Um Werbung zu zeigen", fr: "Pour afficher des publicités" },
                    duration: 90 days, http_only,
                }
                SHOP_AD: "shop_ad" {
                    function: { en: "Shop ads", de: "Shop-Werbung", fr: "Publicité de la boutique" },
                    purpose: { en: "To show ads in the shop", de: "Um im Shop Werbung zu zeigen", fr: "Pour afficher des publicités dans la boutique" },
                    duration: 30 days, path: "/shop", domain: "example.org",
                }
            }
            provider "VideoTube" {
                VIDEO: "VISITOR_INFO1_LIVE" {
                    function: { en: "Videos", de: "Videos", fr: "Vidéos" },
                    purpose: { en: "To estimate bandwidth", de: "Um die Bandbreite zu schätzen", fr: "Pour estimer la bande passante" },
                    third_party: "videotube.example",
                    duration: 180 days, secure, same_site: None,
                }
            }
        }
    }
}

pub use site::*;
