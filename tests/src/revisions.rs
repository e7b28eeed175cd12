//! One shop's policy as its owner edits it: the declaration visitors
//! answered ([`answered`]), declarations changed only in wording or in what
//! needs no consent ([`cosmetic`]: visitors keep their consent), and
//! declarations changed in what consent is given for ([`material`]:
//! visitors are asked again). Shared by the tests of the revision, of the
//! consent cookie and of the banner.
//!
//! Each is `shop!` with one knob turned: the German purpose of `_ga`, the
//! lifetime of `ad_id`, settings, and entries added to `necessary` and
//! `marketing`. [`cosmetic::reordered`] is written out, in another order.

use cookie_policy::Policy;

/// The [`cosmetic`] edits, each with what it changes.
pub fn cosmetic_edits() -> [(&'static str, &'static Policy); 4] {
    [
        ("a typo fixed in German", &cosmetic::typo_fixed::POLICY),
        ("a necessary cookie added", &cosmetic::with_csrf::POLICY),
        ("`revision: 1` written", &cosmetic::revision_one::POLICY),
        ("another order", &cosmetic::reordered::POLICY),
    ]
}

/// The [`material`] edits, each with what it changes.
pub fn material_edits() -> [(&'static str, &'static Policy); 3] {
    [
        ("a longer lifetime", &material::ads_kept_longer::POLICY),
        (
            "a third party's cookie added",
            &material::with_videos::POLICY,
        ),
        ("`revision` bumped", &material::bumped::POLICY),
    ]
}

/// The shop's declaration with the knobs given.
macro_rules! shop {
    (
        $(#[$doc:meta])*
        $name:ident {
            settings: { $($settings:tt)* },
            ga_de: $ga_de:literal,
            ad_days: $ad_days:literal,
            necessary: { $($necessary:tt)* },
            marketing: { $($marketing:tt)* } $(,)?
        }
    ) => {
        cookie_policy::cookie_policy! {
            $(#[$doc])*
            pub mod $name {
                site: "https://shop.example.org",
                languages: [en, de],
                consent_cookie: CONSENT,
                $($settings)*
                necessary {
                    provider "Shop" {
                        SESSION: "sessionid" {
                            function: { en: "Sign-in", de: "Anmeldung" },
                            purpose: { en: "To keep you signed in", de: "Um Sie angemeldet zu halten" },
                            secure, http_only, same_site: Lax,
                        }
                        CONSENT: "shop_consent" {
                            function: { en: "Consent", de: "Einwilligung" },
                            purpose: { en: "To remember your cookie choices", de: "Um Ihre Cookie-Auswahl zu speichern" },
                            duration: 6 months, secure, same_site: Lax,
                        }
                        $($necessary)*
                    }
                }
                statistics {
                    provider "Matomo" {
                        VISITS: "_pk_ses" {
                            function: { en: "Audience measurement", de: "Reichweitenmessung" },
                            purpose: { en: "To count visits anonymously", de: "Um Besuche anonym zu zählen" },
                            duration: 1 day, anonymized,
                        }
                    }
                    provider "Analytics Inc." {
                        GA: "_ga" {
                            function: { en: "Analytics", de: "Analyse" },
                            purpose: { en: "To tell visitors apart", de: $ga_de },
                            duration: 1 year,
                        }
                    }
                }
                marketing {
                    provider "Ads Inc." {
                        AD: "ad_id" {
                            function: { en: "Advertising", de: "Werbung" },
                            purpose: { en: "To show ads", de: "Um Werbung zu zeigen" },
                            duration: $ad_days days,
                        }
                    }
                    $($marketing)*
                }
            }
        }
    };
}

shop! {
    /// The declaration visitors answered (with a typo in German).
    answered {
        settings: {},
        ga_de: "Um Besucher zu untersheiden",
        ad_days: 90,
        necessary: {},
        marketing: {},
    }
}

/// Changes that leave what consent is given for as it was.
pub mod cosmetic {
    shop! {
        /// The typo in the German purpose of `_ga` fixed.
        typo_fixed {
            settings: {},
            ga_de: "Um Besucher zu unterscheiden",
            ad_days: 90,
            necessary: {},
            marketing: {},
        }
    }

    shop! {
        /// A necessary cookie added.
        with_csrf {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ad_days: 90,
            necessary: {
                CSRF: "csrftoken" {
                    function: { en: "Security", de: "Sicherheit" },
                    purpose: { en: "To protect forms", de: "Um Formulare zu schützen" },
                    duration: 1 year,
                }
            },
            marketing: {},
        }
    }

    shop! {
        /// `revision: 1`, the revision of a declaration without one, written
        /// with the stamp of its purposes.
        revision_one {
            settings: { revision: 1, purposes: "0897695d", },
            ga_de: "Um Besucher zu untersheiden",
            ad_days: 90,
            necessary: {},
            marketing: {},
        }
    }

    cookie_policy::cookie_policy! {
        /// [`answered`](super::answered) in another order: the categories,
        /// the providers and the entries, reformatted.
        pub mod reordered {
            consent_cookie: CONSENT,
            languages: [en, de],
            site: "https://shop.example.org",
            marketing { provider "Ads Inc." { AD: "ad_id" { function: { de: "Werbung", en: "Advertising" }, purpose: { de: "Um Werbung zu zeigen", en: "To show ads" }, duration: 90 days } } }
            statistics {
                provider "Analytics Inc." { GA: "_ga" { function: { en: "Analytics", de: "Analyse" }, purpose: { en: "To tell visitors apart", de: "Um Besucher zu untersheiden" }, duration: 1 year } }
                provider "Matomo" { VISITS: "_pk_ses" { function: { en: "Audience measurement", de: "Reichweitenmessung" }, purpose: { en: "To count visits anonymously", de: "Um Besuche anonym zu zählen" }, duration: 1 day, anonymized } }
            }
            necessary {
                provider "Shop" {
                    CONSENT: "shop_consent" { function: { en: "Consent", de: "Einwilligung" }, purpose: { en: "To remember your cookie choices", de: "Um Ihre Cookie-Auswahl zu speichern" }, duration: 6 months, secure, same_site: Lax }
                    SESSION: "sessionid" { function: { en: "Sign-in", de: "Anmeldung" }, purpose: { en: "To keep you signed in", de: "Um Sie angemeldet zu halten" }, secure, http_only, same_site: Lax }
                }
            }
        }
    }
}

/// Changes of what consent is given for.
pub mod material {
    shop! {
        /// `ad_id` kept for 180 days instead of 90.
        ads_kept_longer {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ad_days: 180,
            necessary: {},
            marketing: {},
        }
    }

    shop! {
        /// A third party's marketing cookie added.
        with_videos {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ad_days: 90,
            necessary: {},
            marketing: {
                provider "VideoTube" {
                    VIDEO: "VISITOR_INFO1_LIVE" {
                        function: { en: "Embedded videos", de: "Eingebettete Videos" },
                        purpose: { en: "To estimate bandwidth", de: "Um die Bandbreite zu schätzen" },
                        third_party: "videotube.example",
                        duration: 180 days, secure, same_site: None,
                    }
                }
            },
        }
    }

    shop! {
        /// `revision` bumped: a purpose changed in substance, which no hash
        /// can tell from a typo fix.
        bumped {
            settings: { revision: 2, purposes: "0897695d", },
            ga_de: "Um Besucher zu untersheiden",
            ad_days: 90,
            necessary: {},
            marketing: {},
        }
    }
}
