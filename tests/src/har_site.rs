//! The declaration of the shop recorded in `tests/data/har/`.
//!
//! `tests/examples/har_site.rs` serves that shop (`https://www.shop.test`)
//! and a third party (`https://tracker.test`) for a real Chromium, which
//! `tests/js/record-har.js` drives through one visit and records as HAR.
//! The site sets its correct cookies from these constants, so that its
//! consent cookie is exactly the one the policy writes and reads; the
//! problems it plants (see `tests/data/har/README.md`) are written by hand,
//! as careless code and third parties write them. The audit of the
//! recordings holds them against this declaration.
//!
//! ```
//! use cookie_policy::Category;
//! use cookie_policy_tests::har_site::shop;
//!
//! assert_eq!(shop::POLICY.site(), "https://www.shop.test");
//! assert_eq!(shop::POLICY.consent_cookie().map(|c| c.name()), Some("shop_consent"));
//! assert_eq!(shop::CART.category(), Category::Necessary);
//! assert!(shop::VIDEO.is_third_party());
//! ```

cookie_policy::cookie_policy! {
    /// The cookies the shop declares (what its policy page says).
    pub mod shop {
        site: "https://www.shop.test",
        consent_cookie: CONSENT,

        necessary {
            provider "Shop" {
                /// The visitor's session: set correctly on the first visit.
                SESSION: "shop_session" {
                    function: "Session",
                    purpose: "To recognise your browser from one page to the next",
                    secure, http_only, same_site: Lax,
                }
                /// The visitor's cookie choices: set by the consent form.
                CONSENT: "shop_consent" {
                    function: "Cookie choices",
                    purpose: "To remember which cookies you accepted",
                    duration: 6 months, secure, same_site: Lax,
                }
                /// The cart. Declared for 7 days and `HttpOnly`; the site
                /// sets it for 30 days and readable by scripts (planted).
                CART: "cart" {
                    function: "Shopping cart",
                    purpose: "To keep the products you put in your cart",
                    duration: 7 days, secure, http_only, same_site: Lax,
                }
            }
        }

        preferences {
            provider "Shop" {
                /// The currency prices are shown in; set only with consent
                /// to preferences, which the recorded visitor never gives:
                /// the recordings never show it (planted `not_seen`).
                CURRENCY: "currency" {
                    function: "Display",
                    purpose: "To show prices in the currency you chose",
                    duration: 1 year, secure, same_site: Lax,
                }
            }
        }

        statistics {
            provider "Matomo (self-hosted)" {
                /// Counts visits, anonymously: needs no consent.
                VISIT: "_pk_ses.*" {
                    function: "Audience measurement",
                    purpose: "To count visits, anonymously",
                    duration: 1 day, secure, same_site: Lax, anonymized,
                }
                /// Recognises returning visitors: needs consent. Written by
                /// the page's script once statistics are accepted.
                VISITOR: "_pk_id.*" {
                    function: "Audience measurement",
                    purpose: "To recognise returning visitors",
                    duration: 13 months, secure, same_site: Lax,
                }
            }
        }

        marketing {
            provider "Shop" {
                /// The campaign a visitor came from. The site sets it from
                /// the landing URL, before any consent (planted).
                CAMPAIGN: "campaign" {
                    function: "Advertising",
                    purpose: "To credit the newsletter or advert that brought you here",
                    duration: 30 days, secure, same_site: Lax,
                }
            }
            provider "Tracker" {
                /// The advertising network's visitor id, set by its
                /// embedded frame, before any consent (planted).
                TRACKER: "trk_uid" {
                    function: "Advertising",
                    purpose: "To recognise you across the sites that embed the network",
                    third_party: "tracker.test",
                    duration: 180 days, secure, same_site: None,
                }
            }
            provider "Video" {
                /// The video player's visitor id, declared for the video
                /// host; the embed that sets it now comes from
                /// `tracker.test` (planted `wrong_party`).
                VIDEO: "vid_id" {
                    function: "Embedded videos",
                    purpose: "To recommend videos",
                    third_party: "video.test",
                    duration: 180 days, secure, same_site: None,
                }
            }
        }
    }
}

/// The site's host (`https://www.shop.test`).
pub const SITE_HOST: &str = "www.shop.test";

/// The third party's host: its frame is embedded on the product page.
pub const THIRD_PARTY_HOST: &str = "tracker.test";
