// Every construct of the language in one policy: all settings, the four categories, several
// providers, doc comments, texts in three languages, prefix patterns (nested ones too), every
// duration unit in singular and plural, every flag and attribute, third-party cookies and a
// first-party `domain`. `main` checks that the generated constants and `POLICY` answer as declared.
use std::time::Duration;

use cookie_policy::{
    Category, CookieSpec, DeclaredCookie, MarketingConsent, NoConsentNeeded, PreferencesConsent,
    SameSite, StatisticsConsent,
};

cookie_policy::cookie_policy! {
    /// The cookies of an imaginary city's open data portal.
    pub mod city {
        site: "https://opendata.example-city.de",
        languages: [de, en, fr],
        consent_cookie: PREFERENCES,

        necessary {
            provider "Opendatasoft" {
                /// The session of a signed-in user.
                SESSIONID: "sessionid" {
                    function: { de: "Authentifizierung", en: "Authentication", fr: "Authentification" },
                    location: { de: "Front- und Back-Office", en: "front and back office", fr: "front et back office" },
                    purpose: {
                        de: "Um den Benutzer von Seite zu Seite wiederzuerkennen",
                        en: "To remember the user from one page to another",
                        fr: "Pour reconnaître l'utilisateur d'une page à l'autre",
                    },
                    duration: 14 days,
                    secure, http_only, same_site: Lax, path: "/",
                }
                /// The visitor's cookie choices.
                PREFERENCES: "cookies_preferences" {
                    function: { de: "Cookie-Auswahl", en: "Choices related to your cookie preferences", fr: "Choix de cookies" },
                    purpose: {
                        de: "Um die Cookie-Auswahl zu speichern",
                        en: "To remember the visitor's cookie preferences",
                        fr: "Pour mémoriser les choix du visiteur",
                    },
                    duration: 6 months,
                    secure, same_site: Strict, domain: "example-city.de",
                }
                HOST_CSRF: "__Host-csrftoken" {
                    function: { de: "API (CSRF)", en: "API (CSRF)", fr: "API (CSRF)" },
                    purpose: { de: "Um Daten über API-Aufrufe abzurufen", en: "To retrieve data via API calls", fr: "Pour appeler l'API" },
                    duration: 1 day,
                    secure, http_only, same_site: Strict, path: "/",
                }
                LOAD_BALANCER: "__Secure-lb" {
                    function: { de: "Lastverteilung", en: "Load balancing", fr: "Répartition de charge" },
                    purpose: { de: "Um beim selben Server zu bleiben", en: "To stay on the same server", fr: "Pour rester sur le même serveur" },
                    duration: 1 minute,
                    secure,
                }
            }
            provider "City of Example" {
                MAINTENANCE: "maintenance_notice" {
                    function: { de: "Wartungshinweis", en: "Maintenance notice", fr: "Avis de maintenance" },
                    purpose: { de: "Um den Hinweis nur einmal zu zeigen", en: "To show the notice once", fr: "Pour n'afficher l'avis qu'une fois" },
                    duration: 1 hour,
                }
                UPLOAD: "upload_state" {
                    function: { de: "Hochladen", en: "Upload", fr: "Téléversement" },
                    purpose: { de: "Um ein Hochladen fortzusetzen", en: "To resume an upload", fr: "Pour reprendre un téléversement" },
                    duration: session,
                }
            }
        }

        preferences {
            provider "City of Example" {
                THEME: "theme" {
                    function: { de: "Darstellung", en: "Display", fr: "Affichage" },
                    purpose: { de: "Um das Farbschema zu speichern", en: "To remember the colour scheme", fr: "Pour mémoriser le thème" },
                    duration: 1 year,
                    path: "/explore",
                }
                MAP_LAYERS: "map_layers_*" {
                    function: { de: "Karten", en: "Maps", fr: "Cartes" },
                    purpose: { de: "Um die Kartenebenen zu speichern", en: "To remember the map layers", fr: "Pour mémoriser les calques" },
                    duration: 2 weeks,
                }
                TOUR: "tour_done" {
                    function: { de: "Einführung", en: "Guided tour", fr: "Visite guidée" },
                    purpose: { de: "Um die Einführung nicht zu wiederholen", en: "Not to repeat the tour", fr: "Pour ne pas répéter la visite" },
                    duration: 1 week,
                }
            }
            provider "Vimeo" {
                VIMEO_PLAYER: "player" {
                    function: { de: "Videos", en: "Videos", fr: "Vidéos" },
                    purpose: { de: "Um die Lautstärke zu speichern", en: "To remember the volume", fr: "Pour mémoriser le volume" },
                    third_party: "vimeo.com",
                    duration: 1 month,
                    secure, same_site: None,
                }
            }
        }

        statistics {
            provider "Matomo" {
                /// Anonymous visitor id.
                PK_ID: "_pk_id.*" {
                    function: { de: "Reichweitenmessung", en: "Audience measurement", fr: "Mesure d'audience" },
                    purpose: { de: "Um Besuche anonym zu zählen", en: "To count visits anonymously", fr: "Pour compter les visites" },
                    duration: 13 months,
                    anonymized,
                }
                PK_ANY: "_pk_*" {
                    function: { de: "Reichweitenmessung", en: "Audience measurement", fr: "Mesure d'audience" },
                    purpose: { de: "Um Sitzungen anonym zu zählen", en: "To count sessions anonymously", fr: "Pour compter les sessions" },
                    duration: 30 minutes,
                    anonymized,
                }
            }
            provider "Google Analytics" {
                GA: "_ga" {
                    function: { de: "Statistik", en: "Statistics", fr: "Statistiques" },
                    purpose: { de: "Um Besucher zu unterscheiden", en: "To tell visitors apart", fr: "Pour distinguer les visiteurs" },
                    duration: 400 days,
                }
                GA_PROPERTY: "_ga_*" {
                    function: { de: "Statistik", en: "Statistics", fr: "Statistiques" },
                    purpose: { de: "Um den Sitzungsstatus zu speichern", en: "To keep the session state", fr: "Pour garder l'état de session" },
                    duration: 13 months,
                }
                GID: "_gid" {
                    function: { de: "Statistik", en: "Statistics", fr: "Statistiques" },
                    purpose: { de: "Um Besucher zu unterscheiden", en: "To tell visitors apart", fr: "Pour distinguer les visiteurs" },
                    duration: 24 hours,
                }
            }
        }

        marketing {
            provider "YouTube" {
                /// Set by embedded YouTube videos.
                YT_VISITOR: "VISITOR_INFO1_LIVE" {
                    function: { de: "Eingebettete Videos", en: "Embedded videos", fr: "Vidéos intégrées" },
                    location: { de: "Videoseiten", en: "video pages", fr: "pages vidéo" },
                    purpose: { de: "Um die Bandbreite zu schätzen", en: "To estimate bandwidth", fr: "Pour estimer la bande passante" },
                    third_party: "youtube.com",
                    domain: ".youtube.com",
                    duration: 180 days,
                    secure, http_only, partitioned, same_site: None,
                }
                YSC: "YSC" {
                    function: { de: "Eingebettete Videos", en: "Embedded videos", fr: "Vidéos intégrées" },
                    purpose: { de: "Um Aufrufe zu zählen", en: "To count views", fr: "Pour compter les vues" },
                    third_party: "youtube.com",
                    secure, same_site: None,
                }
            }
            provider "Example Ads" {
                ADS: "ad_id" {
                    function: { de: "Werbung", en: "Advertising", fr: "Publicité" },
                    purpose: { de: "Um Werbung auszuwählen", en: "To choose ads", fr: "Pour choisir les publicités" },
                    duration: 3 months,
                }
            }
        }
    }
}

fn main() {
    let policy = &city::POLICY;

    // Settings.
    assert_eq!(policy.site(), "https://opendata.example-city.de");
    assert_eq!(policy.languages(), &["de", "en", "fr"]);
    assert_eq!(policy.consent_cookie().map(CookieSpec::name), Some("cookies_preferences"));

    // Every entry, in declaration order, across categories and providers.
    let names: Vec<&str> = policy.cookies().iter().map(CookieSpec::name).collect();
    assert_eq!(
        names,
        [
            "sessionid", "cookies_preferences", "__Host-csrftoken", "__Secure-lb",
            "maintenance_notice", "upload_state", "theme", "map_layers_*", "tour_done", "player",
            "_pk_id.*", "_pk_*", "_ga", "_ga_*", "_gid", "VISITOR_INFO1_LIVE", "YSC", "ad_id",
        ]
    );

    // The type of each constant records the consent it needs.
    let _: DeclaredCookie<NoConsentNeeded> = city::SESSIONID;
    let _: DeclaredCookie<NoConsentNeeded> = city::UPLOAD;
    let _: DeclaredCookie<PreferencesConsent> = city::THEME;
    let _: DeclaredCookie<PreferencesConsent> = city::VIMEO_PLAYER;
    let _: DeclaredCookie<NoConsentNeeded> = city::PK_ID; // anonymized statistics
    let _: DeclaredCookie<StatisticsConsent> = city::GA;
    let _: DeclaredCookie<MarketingConsent> = city::YT_VISITOR;
    let _: DeclaredCookie<MarketingConsent> = city::ADS;

    // Categories, providers and consent.
    let expected = [
        (&*city::SESSIONID, Category::Necessary, "Opendatasoft", false),
        (&*city::MAINTENANCE, Category::Necessary, "City of Example", false),
        (&*city::THEME, Category::Preferences, "City of Example", true),
        (&*city::VIMEO_PLAYER, Category::Preferences, "Vimeo", true),
        (&*city::PK_ID, Category::Statistics, "Matomo", false),
        (&*city::PK_ANY, Category::Statistics, "Matomo", false),
        (&*city::GA, Category::Statistics, "Google Analytics", true),
        (&*city::GA_PROPERTY, Category::Statistics, "Google Analytics", true),
        (&*city::YT_VISITOR, Category::Marketing, "YouTube", true),
        (&*city::ADS, Category::Marketing, "Example Ads", true),
    ];
    for (cookie, category, provider, consent) in expected {
        assert_eq!(cookie.category(), category, "{}", cookie.name());
        assert_eq!(cookie.provider(), provider, "{}", cookie.name());
        assert_eq!(cookie.requires_consent(), consent, "{}", cookie.name());
    }
    assert!(city::PK_ID.anonymized() && !city::GA.anonymized());

    // Texts: the default language is the first declared; others on request.
    assert_eq!(city::SESSIONID.function(), "Authentifizierung");
    assert_eq!(city::SESSIONID.function_in("en"), Some("Authentication"));
    assert_eq!(city::SESSIONID.function_in("fr"), Some("Authentification"));
    assert_eq!(city::SESSIONID.purpose_in("en"), Some("To remember the user from one page to another"));
    assert_eq!(city::SESSIONID.location(), Some("Front- und Back-Office"));
    assert_eq!(city::SESSIONID.location_in("fr"), Some("front et back office"));
    assert_eq!(city::SESSIONID.function_in("it"), None, "an undeclared language");
    assert_eq!(city::SESSIONID.purpose_in("it"), None);
    assert_eq!(city::SESSIONID.location_in("it"), None);
    assert_eq!(city::PREFERENCES.location(), None, "no location declared");
    assert_eq!(city::PREFERENCES.location_in("en"), None);
    assert_eq!(city::YT_VISITOR.location_in("en"), Some("video pages"));

    // Durations: every unit, singular and plural; a month is 30 days, a year 365.
    const MINUTE: u64 = 60;
    const HOUR: u64 = 60 * MINUTE;
    const DAY: u64 = 24 * HOUR;
    let durations = [
        (&*city::LOAD_BALANCER, Some(MINUTE)),           // 1 minute
        (&*city::PK_ANY, Some(30 * MINUTE)),             // 30 minutes
        (&*city::MAINTENANCE, Some(HOUR)),               // 1 hour
        (&*city::GID, Some(24 * HOUR)),                  // 24 hours
        (&*city::HOST_CSRF, Some(DAY)),                  // 1 day
        (&*city::SESSIONID, Some(14 * DAY)),             // 14 days
        (&*city::TOUR, Some(7 * DAY)),                   // 1 week
        (&*city::MAP_LAYERS, Some(14 * DAY)),            // 2 weeks
        (&*city::VIMEO_PLAYER, Some(30 * DAY)),          // 1 month
        (&*city::PREFERENCES, Some(180 * DAY)),          // 6 months
        (&*city::PK_ID, Some(390 * DAY)),                // 13 months
        (&*city::THEME, Some(365 * DAY)),                // 1 year
        (&*city::GA, Some(400 * DAY)),                   // 400 days, the browsers' cap
        (&*city::UPLOAD, None),                          // session
        (&*city::YSC, None),                             // no duration: session
    ];
    for (cookie, seconds) in durations {
        assert_eq!(cookie.max_age(), seconds.map(Duration::from_secs), "{}", cookie.name());
    }
    assert_eq!(city::ADS.max_age(), Some(Duration::from_secs(90 * DAY)), "3 months");

    // Flags and attributes.
    assert!(city::SESSIONID.secure() && city::SESSIONID.http_only());
    assert!(!city::SESSIONID.partitioned() && !city::SESSIONID.anonymized());
    assert_eq!(city::SESSIONID.same_site(), Some(SameSite::Lax));
    assert_eq!(city::SESSIONID.path(), Some("/"));
    assert_eq!(city::SESSIONID.domain(), None);
    assert_eq!(city::PREFERENCES.same_site(), Some(SameSite::Strict));
    assert_eq!(city::PREFERENCES.domain(), Some("example-city.de"));
    assert_eq!(city::THEME.path(), Some("/explore"));
    assert_eq!(city::THEME.same_site(), None);
    assert!(!city::THEME.secure() && !city::THEME.http_only());
    assert!(city::YT_VISITOR.partitioned() && city::YT_VISITOR.secure());
    assert_eq!(city::YT_VISITOR.same_site(), Some(SameSite::None));
    assert_eq!(city::YT_VISITOR.domain(), Some("youtube.com"), "the leading dot is dropped");

    // Third parties.
    assert!(city::YT_VISITOR.is_third_party());
    assert_eq!(city::YT_VISITOR.third_party_domain(), Some("youtube.com"));
    assert_eq!(city::VIMEO_PLAYER.third_party_domain(), Some("vimeo.com"));
    assert!(!city::SESSIONID.is_third_party());
    assert_eq!(city::GA.third_party_domain(), None);

    // Lookup: every exact name finds itself, through the constant's own spec.
    for cookie in policy.cookies().iter().filter(|c| !c.is_pattern()) {
        assert_eq!(policy.get(cookie.name()), Some(cookie));
    }
    let name_of = |cookie: &str| policy.get(cookie).map(CookieSpec::name);
    // An exact name wins over a pattern that shares its beginning.
    assert_eq!(name_of("_ga"), Some("_ga"));
    assert_eq!(name_of("_ga_2X7Q9"), Some("_ga_*"));
    // Among nested patterns, the longest prefix wins.
    assert_eq!(name_of("_pk_id.1.a3f9"), Some("_pk_id.*"));
    assert_eq!(name_of("_pk_ses.1.a3f9"), Some("_pk_*"));
    assert_eq!(name_of("_pk_id"), Some("_pk_*"), "`_pk_id` lacks the `.` of `_pk_id.*`");
    assert_eq!(name_of("map_layers_bus"), Some("map_layers_*"));
    // Near misses.
    assert_eq!(name_of("_pk"), None);
    assert_eq!(name_of("_gax"), None);
    assert_eq!(name_of("map_layers"), None);
    assert_eq!(name_of("sessionid2"), None);
    assert_eq!(name_of("SESSIONID"), None, "cookie names are case-sensitive");
    assert_eq!(name_of(""), None);
    // `matches` agrees with the lookup.
    assert!(city::PK_ID.is_pattern() && city::PK_ID.matches("_pk_id.1.a3f9"));
    assert!(!city::PK_ID.matches("_pk_ses.1"));
    assert!(!city::GA.is_pattern() && city::GA.matches("_ga") && !city::GA.matches("_ga_2X7Q9"));
}
