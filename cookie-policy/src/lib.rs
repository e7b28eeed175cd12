//! Declare a website's cookie policy once, in Rust.
//!
//! The [`cookie_policy!`] macro checks a declaration at compile time (cookie
//! names, RFC 6265bis prefixes and attributes, durations, translations,
//! consent exemptions, ...) and generates a module with one typed constant
//! per cookie and a [`Policy`] called `POLICY`.
//!
//! ```
//! use cookie_policy::cookie_policy;
//!
//! cookie_policy! {
//!     /// Cookies of the example portal.
//!     pub mod portal {
//!         site: "https://opendata.example.org",
//!         consent_cookie: PREFERENCES,
//!         necessary {
//!             provider "Opendatasoft" {
//!                 /// Session of a signed-in user.
//!                 SESSIONID: "sessionid" {
//!                     function: "Authentication",
//!                     location: "front and back office",
//!                     purpose: "To remember the user from one page to another",
//!                     duration: 14 days,
//!                     secure, http_only, same_site: Lax,
//!                 }
//!                 PREFERENCES: "cookies_preferences" {
//!                     function: "Choices related to your cookie preferences",
//!                     purpose: "To remember the visitor's cookie preferences",
//!                     duration: 6 months,
//!                 }
//!             }
//!         }
//!     }
//! }
//!
//! assert_eq!(portal::SESSIONID.name(), "sessionid");
//! assert!(!portal::SESSIONID.requires_consent());
//! assert_eq!(portal::POLICY.get("cookies_preferences").map(|c| c.purpose()),
//!            Some("To remember the visitor's cookie preferences"));
//! ```
//!
//! Optional features: `cookie` (build `cookie::Cookie`s from the constants),
//! `cookieconsent` (read the vanilla-cookieconsent banner's cookie), `tower`
//! (the `http` module: a tower layer enforcing the policy on every
//! response), `axum` (the [`axum`](mod@crate::axum) module: extractors of
//! the visitor's consent, and the routes of the policy page, its JSON, the
//! banner script and the consent endpoint), `serde` (`serde::Serialize`
//! for [`Policy`], [`CookieSpec`], [`Category`], [`Consent`] and
//! [`ConsentStatus`]: a policy serializes as [`Policy::to_json`] writes
//! it, so `axum::Json(&POLICY)` serves that JSON), `audit` (the `audit`
//! module: HAR recordings held against the policy, a declaration
//! scaffolded from them) and `cli` (the `cookie-policy` binary). Without a
//! feature: [`consent_mode`], Google Consent Mode v2.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

extern crate self as cookie_policy;

#[cfg(feature = "axum")]
#[deny(clippy::indexing_slicing)]
pub mod axum;
// The modules that read untrusted input (request and response headers,
// cookie values and names a program passes in) use checked access only: no
// indexing or slicing that could panic. See `header`, their toolkit.
#[cfg(feature = "cookie")]
#[deny(clippy::indexing_slicing)]
mod build;
#[deny(clippy::indexing_slicing)]
mod consent;
#[cfg(feature = "cookieconsent")]
#[deny(clippy::indexing_slicing)]
pub mod cookieconsent;
#[cfg(feature = "records")]
#[deny(clippy::indexing_slicing)]
pub mod records;
// Parts of the toolkit serve optional features only; what no feature uses
// is found by the build with all of them.
#[deny(clippy::indexing_slicing)]
#[cfg_attr(
    not(all(
        feature = "audit",
        feature = "axum",
        feature = "cookie",
        feature = "cookieconsent",
        feature = "tower"
    )),
    allow(dead_code)
)]
mod header;
#[cfg(feature = "tower")]
#[deny(clippy::indexing_slicing)]
pub mod http;
#[deny(clippy::indexing_slicing)]
mod value;

#[cfg(any(feature = "tower", feature = "audit"))]
#[deny(clippy::indexing_slicing)]
mod attributes;
#[cfg(feature = "audit")]
#[deny(clippy::indexing_slicing)]
pub mod audit;
pub mod consent_mode;
mod declared;
mod lookup;
mod policy;
#[cfg(feature = "audit")]
mod read_json;
pub mod render;
#[cfg(feature = "serde")]
mod serialize;
mod spec;

#[doc(hidden)]
pub mod __private;

#[cfg(any(feature = "tower", feature = "audit"))]
pub use attributes::AttributeMismatch;
#[cfg(feature = "cookie")]
pub use build::InvalidCookieName;
pub use consent::{Consent, ConsentId, ConsentProof, ConsentStatus};
pub use cookie_policy_macros::cookie_policy;
#[doc(inline)]
pub use cookie_policy_shared::{Category, SameSite, TimeUnit, UnknownCategory};
pub use declared::{
    ConsentRequirement, DeclaredCookie, MarketingConsent, NoConsentNeeded, PreferencesConsent,
    Requirement, StatisticsConsent,
};
pub use policy::Policy;
#[cfg(feature = "audit")]
pub use read_json::PolicyJsonError;
pub use spec::{CookieSpec, DeclaredDuration, Text};
pub use value::{decode_cookie_value, encode_cookie_value};

/// The README's examples, compiled and run as doctests so they cannot drift.
/// Its section on setting cookies needs the `cookie` feature, the one on
/// HTTP the `tower` feature, "A real site" the `axum` feature, the one on
/// auditing the `audit` feature, "Proving consent" the `records` feature
/// (CI tests with `--all-features`).
#[cfg(all(
    doctest,
    feature = "cookie",
    feature = "tower",
    feature = "axum",
    feature = "audit",
    feature = "records"
))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
