//! `serde::Serialize` (feature `serde`) for the policy and the visitor's
//! consent.
//!
//! - [`Policy`] and [`CookieSpec`]: the objects of
//!   [`Policy::to_json`] (the contract's JSON format), key for key, from
//!   the one model that writes both, so `axum::Json(&POLICY)` answers what
//!   `to_json()` writes.
//! - [`Category`](crate::Category) (and `SameSite`, `TimeUnit`): its
//!   keyword, `"statistics"`.
//! - [`Consent`]: `{"accept": ["statistics"], "revision": "<hex>" | null}`,
//!   the categories needing consent it allows (the shape the consent
//!   endpoint reads) and the policy revision it was given under, in the
//!   16-digit hexadecimal of `to_json()`, when known.
//! - [`ConsentStatus`]: `{"status": "missing" | "outdated" | "given",
//!   "accept": [...], "revision": ...}`, the status and the consent in
//!   force ([`ConsentStatus::consent`]).
//!
//! ```
//! cookie_policy::cookie_policy! {
//!     mod site {
//!         site: "https://example.org",
//!         consent_cookie: CHOICES,
//!         necessary { provider "Site" { CHOICES: "choices" { function: "Consent", purpose: "Remember choices" } } }
//!         statistics { provider "Site" { VISITS: "visits" { function: "Counting", purpose: "Count visits" } } }
//!     }
//! }
//! use cookie_policy::{Category, Consent, ConsentStatus};
//!
//! let json = serde_json::to_string(&site::POLICY).unwrap();
//! assert_eq!(json, site::POLICY.to_json());
//!
//! let consent = Consent::necessary_only().with(Category::Statistics);
//! assert_eq!(
//!     serde_json::to_string(&consent).unwrap(),
//!     r#"{"accept":["statistics"],"revision":null}"#
//! );
//! let status = ConsentStatus::Given(consent.for_policy(&site::POLICY));
//! let value = serde_json::to_value(status).unwrap();
//! assert_eq!(value["status"], "given");
//! assert_eq!(value["revision"], format!("{:016x}", site::POLICY.revision()));
//! ```

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::render::json;
use crate::{Category, Consent, ConsentStatus, CookieSpec, Policy};

impl Serialize for Policy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::policy(self).serialize(serializer)
    }
}

impl Serialize for CookieSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        json::cookie(self).serialize(serializer)
    }
}

/// The categories needing consent that `consent` allows, as a sequence.
struct Accepted(Consent);

impl Serialize for Accepted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for category in self.0.categories().filter(|c| *c != Category::Necessary) {
            seq.serialize_element(&category)?;
        }
        seq.end()
    }
}

/// A revision as `to_json()` writes it: 16 hexadecimal digits.
fn revision(consent: Consent) -> Option<String> {
    consent.revision().map(|r| format!("{r:016x}"))
}

impl Serialize for Consent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Consent", 2)?;
        object.serialize_field("accept", &Accepted(*self))?;
        object.serialize_field("revision", &revision(*self))?;
        object.end()
    }
}

impl Serialize for ConsentStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let status = match self {
            ConsentStatus::Missing => "missing",
            ConsentStatus::Outdated => "outdated",
            ConsentStatus::Given(_) => "given",
        };
        let consent = self.consent();
        let mut object = serializer.serialize_struct("ConsentStatus", 3)?;
        object.serialize_field("status", status)?;
        object.serialize_field("accept", &Accepted(consent))?;
        object.serialize_field("revision", &revision(consent))?;
        object.end()
    }
}
