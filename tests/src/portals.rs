//! One `cookie_policy!` declaration per seed portal, each saying what the
//! portal publishes (see [`crate::seeds`]).
//!
//! Potsdam's is the user-facing example `cookie-policy/examples/potsdam.rs`,
//! included here as it stands: the tests check that what
//! `cargo run --example potsdam` prints is the policy Potsdam publishes. It
//! adds what the seed does not say (German texts, durations, attributes).
//! The four other portals run the same platform and publish the same four
//! cookies, in English only; only their sites differ.

use cookie_policy::Policy;

#[allow(dead_code, unused_imports)]
#[path = "../../cookie-policy/examples/potsdam.rs"]
mod potsdam_example;

pub use potsdam_example::potsdam;

/// Declares the cookies an Opendatasoft portal publishes, for one site.
macro_rules! opendatasoft_portal {
    ($(#[$doc:meta])* $module:ident, $site:literal) => {
        cookie_policy::cookie_policy! {
            $(#[$doc])*
            pub mod $module {
                site: $site,
                consent_cookie: COOKIES_PREFERENCES,

                necessary {
                    provider "Opendatasoft" {
                        /// The session of a signed-in user.
                        SESSIONID: "sessionid" {
                            function: "Authentication",
                            location: "front and back office",
                            purpose: "To remember the user from one page to another",
                        }
                        /// The language the visitor chose.
                        DJANGO_LANGUAGE: "django_language" {
                            function: "Language selection",
                            location: "front and back office",
                            purpose: "To remember the visitor's language",
                        }
                        /// Protection against cross-site request forgery.
                        CSRFTOKEN: "csrftoken" {
                            function: "API (CSRF)",
                            location: "front et back office",
                            purpose: "To retrieve data via API calls",
                        }
                        /// The visitor's cookie choices.
                        COOKIES_PREFERENCES: "cookies_preferences" {
                            function: "Choices related to your cookie preferences",
                            purpose: "To remember the visitor's cookie preferences",
                        }
                    }
                }
            }
        }
    };
}

opendatasoft_portal!(
    /// The cookies of <https://public.opendatasoft.com> (seed 001).
    public_opendatasoft,
    "https://public.opendatasoft.com"
);
opendatasoft_portal!(
    /// The cookies of <https://mannheim.opendatasoft.com> (seed 002).
    mannheim,
    "https://mannheim.opendatasoft.com"
);
opendatasoft_portal!(
    /// The cookies of <https://codefortulsa.opendatasoft.com> (seed 003).
    tulsa,
    "https://codefortulsa.opendatasoft.com"
);
opendatasoft_portal!(
    /// The cookies of <https://cityai.my.opendatasoft.com> (seed 004).
    cityai,
    "https://cityai.my.opendatasoft.com"
);

/// A seed portal: its seed file and its declaration.
#[derive(Debug, Clone, Copy)]
pub struct Portal {
    /// The seed file (one of [`crate::seeds::FILES`]).
    pub seed: &'static str,
    /// The declaration.
    pub policy: &'static Policy,
}

/// The five portals, in seed order.
pub const PORTALS: [Portal; 5] = [
    Portal {
        seed: "000_ebc687580f864f7a.txt",
        policy: &potsdam::POLICY,
    },
    Portal {
        seed: "001_93c47f3dfaf8eddf.txt",
        policy: &public_opendatasoft::POLICY,
    },
    Portal {
        seed: "002_50d14e52635757cf.txt",
        policy: &mannheim::POLICY,
    },
    Portal {
        seed: "003_b6766f8f5d250fc3.txt",
        policy: &tulsa::POLICY,
    },
    Portal {
        seed: "004_ba1fb7d171b3dbf3.txt",
        policy: &cityai::POLICY,
    },
];
