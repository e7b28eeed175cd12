//! Reading a choice out of the consent endpoint's body: a form
//! (`statistics=on&marketing=on`, read strictly by the header toolkit) or JSON
//! (`{"accept": ["statistics"]}`, serde_json). Only the categories a
//! visitor can choose count; any other name is ignored, so nothing in a
//! body can widen the consent beyond what it names.

use ::axum::http::header::CONTENT_TYPE;
use ::axum::http::HeaderMap;

use super::ChoiceSource;
use crate::header::bytes::{split_once, trim};
use crate::header::form::fields;
use crate::render::choice::choosable;
use crate::{Category, Consent, Policy};

/// The formats of a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Form,
    Json,
}

/// The body's format by its `Content-Type`, or the message of a `400`.
pub(crate) fn format(headers: &HeaderMap) -> Result<Format, String> {
    let expected = "expected a form (Content-Type: application/x-www-form-urlencoded) \
                    or JSON (Content-Type: application/json)";
    let Some(value) = headers.get(CONTENT_TYPE) else {
        return Err(format!("no Content-Type: {expected}"));
    };
    let media = split_once(value.as_bytes(), b';').map_or(value.as_bytes(), |(media, _)| media);
    let media = trim(media);
    if media.eq_ignore_ascii_case(b"application/x-www-form-urlencoded") {
        Ok(Format::Form)
    } else if media.eq_ignore_ascii_case(b"application/json") {
        Ok(Format::Json)
    } else {
        Err(format!(
            "Content-Type {:?}: {expected}",
            String::from_utf8_lossy(media)
        ))
    }
}

/// The category a visitor can choose on `policy` called `name`.
fn choosable_named(policy: &Policy, name: &str) -> Option<Category> {
    choosable(policy).find(|c| c.as_str() == name)
}

/// The categories the body accepts and where it comes from, or the
/// message of a `400`.
pub(crate) fn read(
    policy: &Policy,
    format: Format,
    body: &[u8],
) -> Result<(Consent, ChoiceSource), String> {
    match format {
        Format::Form => form(policy, body).map(|consent| (consent, ChoiceSource::Form)),
        Format::Json => json(policy, body),
    }
}

/// A form: each field named after a category, with a checkbox's value
/// (`on`, or `true`, `yes`, `1`), accepts it; other fields are ignored.
fn form(policy: &Policy, body: &[u8]) -> Result<Consent, String> {
    let fields = fields(body).map_err(|e| format!("the form could not be read: {e}"))?;
    Ok(fields
        .iter()
        .filter(|(_, value)| matches!(value.as_str(), "on" | "true" | "yes" | "1"))
        .filter_map(|(name, _)| choosable_named(policy, name))
        .collect())
}

/// JSON: an object whose `accept` is an array of category names (unknown
/// names ignored), and an optional `source` (`"banner"` from the banner
/// script).
fn json(policy: &Policy, body: &[u8]) -> Result<(Consent, ChoiceSource), String> {
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| format!("the JSON could not be read: {e}"))?;
    let shape = r#"expected {"accept": ["statistics", ...]}"#;
    let object = value
        .as_object()
        .ok_or_else(|| format!("the JSON is not an object: {shape}"))?;
    let accept = object
        .get("accept")
        .ok_or_else(|| format!("the JSON has no \"accept\": {shape}"))?
        .as_array()
        .ok_or_else(|| format!("\"accept\" is not an array: {shape}"))?;
    let mut consent = Consent::necessary_only();
    for item in accept {
        let name = item
            .as_str()
            .ok_or_else(|| format!("\"accept\" holds something else than a string: {shape}"))?;
        if let Some(category) = choosable_named(policy, name) {
            consent = consent.with(category);
        }
    }
    let source = match object.get("source").and_then(serde_json::Value::as_str) {
        Some("banner") => ChoiceSource::Banner,
        _ => ChoiceSource::Json,
    };
    Ok((consent, source))
}
