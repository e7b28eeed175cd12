//! One shop's policy as its owner edits it: the declaration visitors
//! answered ([`answered`]), declarations changed only in wording or in what
//! needs no consent ([`cosmetic`]: visitors keep their consent), and
//! declarations changed in what consent is given for ([`material`]:
//! visitors are asked again). Shared by the tests of the revision, of the
//! consent cookie and of the banner.
//!
//! Each is `shop!` with knobs turned: the German purpose of `_ga`, the
//! category `_ga` is in, the provider and lifetime of `ad_id`, settings, and
//! category blocks added at the end. [`cosmetic::reordered`] is written
//! out, in another order.

use cookie_policy::Policy;

/// An edit of a declaration: a visitor answered `before`, the site now
/// runs `after`.
#[derive(Clone, Copy)]
pub struct Edit {
    /// What the edit changes.
    pub change: &'static str,
    /// The declaration the visitor answered.
    pub before: &'static Policy,
    /// The declaration after the edit.
    pub after: &'static Policy,
}

/// An edit of [`answered`].
const fn of_answered(change: &'static str, after: &'static Policy) -> Edit {
    Edit {
        change,
        before: &answered::POLICY,
        after,
    }
}

/// The [`cosmetic`] edits: visitors keep their consent.
pub fn cosmetic_edits() -> [Edit; 7] {
    [
        of_answered("a typo fixed in German", &cosmetic::typo_fixed::POLICY),
        of_answered("a necessary cookie added", &cosmetic::with_csrf::POLICY),
        Edit {
            change: "a necessary cookie removed",
            before: &cosmetic::with_csrf::POLICY,
            after: &answered::POLICY,
        },
        of_answered(
            "an anonymized statistics cookie added",
            &cosmetic::with_visitor_id::POLICY,
        ),
        of_answered("a function changed", &cosmetic::function_renamed::POLICY),
        of_answered("`revision: 1` written", &cosmetic::revision_one::POLICY),
        of_answered("another order", &cosmetic::reordered::POLICY),
    ]
}

/// The [`material`] edits: visitors are asked again.
pub fn material_edits() -> [Edit; 7] {
    [
        of_answered("a longer lifetime", &material::ads_kept_longer::POLICY),
        of_answered(
            "a third party's cookie added",
            &material::with_videos::POLICY,
        ),
        of_answered(
            "a first-party cookie that needs consent added",
            &material::with_wishlist::POLICY,
        ),
        of_answered(
            "a cookie moved to another category",
            &material::ga_for_marketing::POLICY,
        ),
        of_answered("another provider", &material::ads_resold::POLICY),
        Edit {
            change: "a cookie removed from a consent category",
            before: &material::with_videos::POLICY,
            after: &answered::POLICY,
        },
        of_answered("`revision` bumped", &material::bumped::POLICY),
    ]
}

/// The shop's declaration with the knobs given: `_ga`'s German purpose
/// and category (its block comes after the others), `ad_id`'s provider and
/// lifetime, settings after the others, and category blocks at the end.
macro_rules! shop {
    (
        $(#[$doc:meta])*
        $name:ident {
            settings: { $($settings:tt)* },
            ga_de: $ga_de:literal,
            ga_in: $ga_in:ident,
            ads: $ads:literal for $ad_days:literal days,
            ad_function: $ad_function:literal,
            more: { $($more:tt)* } $(,)?
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
                }
                marketing {
                    provider $ads {
                        AD: "ad_id" {
                            function: { en: $ad_function, de: "Werbung" },
                            location: { en: "product pages", de: "Produktseiten" },
                            purpose: { en: "To show ads", de: "Um Werbung zu zeigen" },
                            duration: $ad_days days,
                        }
                    }
                }
                $ga_in {
                    provider "Analytics Inc." {
                        GA: "_ga" {
                            function: { en: "Analytics", de: "Analyse" },
                            purpose: { en: "To tell visitors apart", de: $ga_de },
                            duration: 1 year,
                        }
                    }
                }
                $($more)*
            }
        }
    };
}

shop! {
    /// The declaration visitors answered (with a typo in German).
    answered {
        settings: {},
        ga_de: "Um Besucher zu untersheiden",
        ga_in: statistics,
        ads: "Ads Inc." for 90 days,
        ad_function: "Advertising",
        more: {},
    }
}

/// Changes that leave what consent is given for as it was.
pub mod cosmetic {
    shop! {
        /// The typo in the German purpose of `_ga` fixed.
        typo_fixed {
            settings: {},
            ga_de: "Um Besucher zu unterscheiden",
            ga_in: statistics,
            ads: "Ads Inc." for 90 days,
            ad_function: "Advertising",
            more: {},
        }
    }

    shop! {
        /// A necessary cookie added.
        with_csrf {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ga_in: statistics,
            ads: "Ads Inc." for 90 days,
            ad_function: "Advertising",
            more: {
                necessary { provider "Shop" { CSRF: "csrftoken" {
                    function: { en: "Security", de: "Sicherheit" },
                    purpose: { en: "To protect forms", de: "Um Formulare zu schützen" },
                    duration: 1 year,
                } } }
            },
        }
    }

    shop! {
        /// An anonymized statistics cookie added: exempt from consent.
        with_visitor_id {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ga_in: statistics,
            ads: "Ads Inc." for 90 days,
            ad_function: "Advertising",
            more: {
                statistics { provider "Matomo" { VISITOR: "_pk_id.*" {
                    function: { en: "Audience measurement", de: "Reichweitenmessung" },
                    purpose: { en: "To recognise returning visitors anonymously", de: "Um wiederkehrende Besucher anonym zu erkennen" },
                    duration: 13 months, anonymized,
                } } }
            },
        }
    }

    shop! {
        /// The function of `ad_id` in English renamed.
        function_renamed {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ga_in: statistics,
            ads: "Ads Inc." for 90 days,
            ad_function: "Targeted advertising",
            more: {},
        }
    }

    shop! {
        /// `revision: 1`, the revision of a declaration without one, written
        /// with the stamp of its purposes.
        revision_one {
            settings: { revision: 1, purposes: "0897695d", },
            ga_de: "Um Besucher zu untersheiden",
            ga_in: statistics,
            ads: "Ads Inc." for 90 days,
            ad_function: "Advertising",
            more: {},
        }
    }

    cookie_policy::cookie_policy! {
        /// [`answered`](super::answered) in another order: the categories,
        /// the providers and the entries, reformatted.
        pub mod reordered {
            consent_cookie: CONSENT,
            languages: [en, de],
            site: "https://shop.example.org",
            marketing { provider "Ads Inc." { AD: "ad_id" { function: { de: "Werbung", en: "Advertising" }, purpose: { de: "Um Werbung zu zeigen", en: "To show ads" }, location: { de: "Produktseiten", en: "product pages" }, duration: 90 days } } }
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
            ga_in: statistics,
            ads: "Ads Inc." for 180 days,
            ad_function: "Advertising",
            more: {},
        }
    }

    shop! {
        /// A third party's marketing cookie added.
        with_videos {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ga_in: statistics,
            ads: "Ads Inc." for 90 days,
            ad_function: "Advertising",
            more: {
                marketing { provider "VideoTube" { VIDEO: "VISITOR_INFO1_LIVE" {
                    function: { en: "Embedded videos", de: "Eingebettete Videos" },
                    purpose: { en: "To estimate bandwidth", de: "Um die Bandbreite zu schätzen" },
                    third_party: "videotube.example",
                    duration: 180 days, secure, same_site: None,
                } } }
            },
        }
    }

    shop! {
        /// A first-party cookie that needs consent added, in a category the
        /// shop did not have.
        with_wishlist {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ga_in: statistics,
            ads: "Ads Inc." for 90 days,
            ad_function: "Advertising",
            more: {
                preferences { provider "Shop" { WISHLIST: "wishlist" {
                    function: { en: "Wish list", de: "Wunschliste" },
                    purpose: { en: "To keep your wish list", de: "Um Ihre Wunschliste zu behalten" },
                    duration: 30 days,
                } } }
            },
        }
    }

    shop! {
        /// `_ga` moved from statistics to marketing.
        ga_for_marketing {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ga_in: marketing,
            ads: "Ads Inc." for 90 days,
            ad_function: "Advertising",
            more: {},
        }
    }

    shop! {
        /// `ad_id` set for another provider.
        ads_resold {
            settings: {},
            ga_de: "Um Besucher zu untersheiden",
            ga_in: statistics,
            ads: "Ad Network Ltd." for 90 days,
            ad_function: "Advertising",
            more: {},
        }
    }

    shop! {
        /// `revision` bumped: a purpose changed in substance, which no hash
        /// can tell from a typo fix.
        bumped {
            settings: { revision: 2, purposes: "0897695d", },
            ga_de: "Um Besucher zu untersheiden",
            ga_in: statistics,
            ads: "Ads Inc." for 90 days,
            ad_function: "Advertising",
            more: {},
        }
    }
}
