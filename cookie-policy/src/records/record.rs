//! [`Record`]: what is kept of one choice, and how its fields are written
//! in the database and in the export.

use serde::{Serialize, Serializer};
use time::OffsetDateTime;

use crate::axum::ChoiceSource;
use crate::{Category, Consent, ConsentId};

/// One choice a visitor made, as the store keeps it: enough to show that
/// they consented, to what, when and to which text (GDPR Art. 7(1)), and
/// nothing that identifies them beyond the random [`ConsentId`]: no IP
/// address, no user agent.
///
/// Serialized (feature `serde`, as [`export`](super::ConsentStore::export)
/// writes it) as one JSON object:
///
/// ```text
/// {"consent_id": "<32 hex>", "time": "2026-12-01T12:00:00.123456Z",
///  "revision": "<16 hex>", "policy_sha256": "<64 hex>",
///  "accepted": ["statistics"], "previous": ["statistics", "marketing"] | null,
///  "source": "form" | "json" | "banner" | "gpc"}
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Record {
    /// The visitor's consent id (the one their consent cookie carries).
    #[serde(serialize_with = "display")]
    pub consent_id: ConsentId,
    /// When the choice was recorded (UTC, to the microsecond).
    #[serde(with = "time::serde::rfc3339")]
    pub time: OffsetDateTime,
    /// The policy [revision](crate::Policy::revision) answered, as
    /// `to_json()` writes it: 16 lowercase hex digits.
    pub revision: String,
    /// The SHA-256 of the policy's `to_json()` (lowercase hex): the key of
    /// the archived text the visitor was shown
    /// ([`ConsentStore::archived_json`](super::ConsentStore::archived_json)).
    pub policy_sha256: String,
    /// The categories needing consent the visitor accepted.
    #[serde(serialize_with = "categories")]
    pub accepted: Consent,
    /// What the visitor's consent cookie said before, when it held a
    /// consent to the current revision; `None` for a first answer, or one
    /// to an older revision (void since).
    #[serde(serialize_with = "optional_categories")]
    pub previous: Option<Consent>,
    /// Where the choice came from: the form, a JSON request, the banner, or
    /// `gpc` when Global Privacy Control refused a category the request
    /// accepted.
    #[serde(serialize_with = "display")]
    pub source: ChoiceSource,
}

fn display<T: core::fmt::Display, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

fn categories<S: Serializer>(consent: &Consent, s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(needing_consent(*consent).map(Category::as_str))
}

fn optional_categories<S: Serializer>(consent: &Option<Consent>, s: S) -> Result<S::Ok, S::Error> {
    match consent {
        Some(consent) => categories(consent, s),
        None => s.serialize_none(),
    }
}

/// The categories needing consent that `consent` allows, in order.
fn needing_consent(consent: Consent) -> impl Iterator<Item = Category> {
    consent.categories().filter(|c| *c != Category::Necessary)
}

/// The column text of a consent: its categories needing consent, joined by
/// `,` (`""` for necessary only).
pub(super) fn to_column(consent: Consent) -> String {
    needing_consent(consent)
        .map(Category::as_str)
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads [`to_column`]'s text; `None` if a name is no category.
pub(super) fn from_column(text: &str) -> Option<Consent> {
    text.split(',')
        .filter(|name| !name.is_empty())
        .map(|name| name.parse::<Category>().ok())
        .collect::<Option<Vec<_>>>()
        .map(Consent::from_categories)
}

/// Reads a source's column text.
pub(super) fn source_from_column(text: &str) -> Option<ChoiceSource> {
    [
        ChoiceSource::Form,
        ChoiceSource::Json,
        ChoiceSource::Banner,
        ChoiceSource::Gpc,
    ]
    .into_iter()
    .find(|source| source.as_str() == text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_round_trip() {
        for consent in crate::consent::tests::every_consent() {
            let text = to_column(consent);
            assert!(!text.contains("necessary"), "{text}");
            assert_eq!(from_column(&text), Some(consent), "{text}");
        }
        assert_eq!(from_column("statistics,cookies"), None);
        assert_eq!(source_from_column("gpc"), Some(ChoiceSource::Gpc));
        assert_eq!(source_from_column("GPC"), None);
    }
}
