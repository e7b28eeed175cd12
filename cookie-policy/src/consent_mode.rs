//! Google Consent Mode v2: the consent types of each category, the
//! `gtag('consent', 'default', ...)` snippet and, for a [`Consent`], the
//! `gtag('consent', 'update', ...)` object.
//!
//! | category | Consent Mode types |
//! |---|---|
//! | necessary | `security_storage` |
//! | preferences | `functionality_storage`, `personalization_storage` |
//! | statistics | `analytics_storage` |
//! | marketing | `ad_storage`, `ad_user_data`, `ad_personalization` |
//!
//! The default denies everything but `security_storage` until the visitor
//! chooses. It must run **before any tag** (Google's tag, Tag Manager): make
//! [`default_script`] the first `<script>` in the page's `<head>`, before
//! the banner and every tag; [`head_script`] adds the update for a visitor
//! whose choice the server already knows. The banner script of
//! [`cookie_policy::axum`](crate::axum) sends the update on every choice.
//!
//! ```
//! use cookie_policy::{consent_mode, Category, Consent};
//! assert_eq!(consent_mode::types(Category::Marketing), ["ad_storage", "ad_user_data", "ad_personalization"]);
//! let update = consent_mode::update(Consent::necessary_only().with(Category::Statistics));
//! assert!(update.contains(r#""analytics_storage":"granted""#));
//! assert!(update.contains(r#""ad_storage":"denied""#));
//! assert!(consent_mode::default_script().contains("gtag('consent', 'default', {"));
//! ```

use crate::{Category, Consent, ConsentStatus};

/// The Consent Mode types of `category`.
pub const fn types(category: Category) -> &'static [&'static str] {
    match category {
        Category::Necessary => &["security_storage"],
        Category::Preferences => &["functionality_storage", "personalization_storage"],
        Category::Statistics => &["analytics_storage"],
        Category::Marketing => &["ad_storage", "ad_user_data", "ad_personalization"],
    }
}

/// The `update` object for `consent`: every type of [`types`], `"granted"`
/// where `consent` allows its category, `"denied"` elsewhere, as compact
/// JSON in the order of [`Category::ALL`].
///
/// ```
/// use cookie_policy::{consent_mode, Consent};
/// assert_eq!(consent_mode::update(Consent::necessary_only()),
///     r#"{"security_storage":"granted","functionality_storage":"denied","personalization_storage":"denied","analytics_storage":"denied","ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied"}"#);
/// ```
pub fn update(consent: Consent) -> String {
    let mut out = String::from("{");
    for category in Category::ALL {
        let state = if consent.allows(category) {
            "granted"
        } else {
            "denied"
        };
        for name in types(category) {
            if out.len() > 1 {
                out.push(',');
            }
            out.push('"');
            out.push_str(name);
            out.push_str("\":\"");
            out.push_str(state);
            out.push('"');
        }
    }
    out.push('}');
    out
}

/// The mapping as a JSON object from category keyword to its types, for a
/// script: `{"necessary":["security_storage"],...}`.
pub(crate) fn mapping_json() -> String {
    let mut out = String::from("{");
    for (i, category) in Category::ALL.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(category.as_str());
        out.push_str("\":[");
        for (j, name) in types(category).iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push('"');
            out.push_str(name);
            out.push('"');
        }
        out.push(']');
    }
    out.push('}');
    out
}

/// The script that sets Consent Mode's default, to run before any tag (the
/// first `<script>` in `<head>`): defines `dataLayer` and `gtag` as
/// Google's snippet does, then
/// `gtag('consent', 'default', {...})` with every type `denied` but
/// `security_storage`, and `wait_for_update: 500` so that tags loaded
/// before the banner's update wait for it.
///
/// ```
/// let script = cookie_policy::consent_mode::default_script();
/// assert!(script.starts_with("window.dataLayer = window.dataLayer || [];"));
/// assert!(script.contains(r#""security_storage":"granted""#));
/// assert!(script.contains(r#""ad_user_data":"denied""#));
/// ```
pub fn default_script() -> String {
    let defaults = update(Consent::necessary_only());
    let defaults = defaults.trim_end_matches('}');
    format!(
        "window.dataLayer = window.dataLayer || [];\n\
         function gtag(){{dataLayer.push(arguments);}}\n\
         gtag('consent', 'default', {defaults},\"wait_for_update\":500}});\n"
    )
}

/// `gtag('consent', 'update', {...});` for `consent` (see [`update`]).
///
/// ```
/// use cookie_policy::{consent_mode, Consent};
/// assert!(consent_mode::update_script(Consent::all()).starts_with("gtag('consent', 'update', {\"security_storage\":\"granted\""));
/// ```
pub fn update_script(consent: Consent) -> String {
    format!("gtag('consent', 'update', {});\n", update(consent))
}

/// What a page's `<head>` starts with for a visitor whose answer the
/// server read as `status`: the [`default_script`], then, if the visitor
/// answered, the [`update_script`] of their consent, all in one
/// `<script>` element (no attribute to escape, nothing from the request in
/// it).
///
/// ```
/// use cookie_policy::{consent_mode, Consent, ConsentStatus};
/// let head = consent_mode::head_script(ConsentStatus::Given(Consent::all()));
/// assert!(head.starts_with("<script>window.dataLayer"));
/// let default_at = head.find("'default'").unwrap();
/// assert!(head.find("'update'").unwrap() > default_at);
/// assert!(!consent_mode::head_script(ConsentStatus::Missing).contains("'update'"));
/// ```
pub fn head_script(status: ConsentStatus) -> String {
    let mut out = String::from("<script>");
    out.push_str(&default_script());
    if let ConsentStatus::Given(consent) = status {
        out.push_str(&update_script(consent));
    }
    out.push_str("</script>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_once_and_only_necessary_granted_by_default() {
        let all: Vec<&str> = Category::ALL.into_iter().flat_map(types).copied().collect();
        assert_eq!(all.len(), 7);
        let mut unique = all.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 7);
        let default = default_script();
        for name in all {
            let state = if name == "security_storage" {
                "granted"
            } else {
                "denied"
            };
            assert!(
                default.contains(&format!("\"{name}\":\"{state}\"")),
                "{name}"
            );
        }
    }

    #[test]
    fn the_update_grants_exactly_the_allowed_categories() {
        for consent in crate::consent::tests::every_consent() {
            let update = update(consent);
            for category in Category::ALL {
                let state = if consent.allows(category) {
                    "granted"
                } else {
                    "denied"
                };
                for name in types(category) {
                    assert!(update.contains(&format!("\"{name}\":\"{state}\"")));
                }
            }
        }
    }

    #[test]
    fn the_mapping_lists_every_category() {
        assert_eq!(
            mapping_json(),
            r#"{"necessary":["security_storage"],"preferences":["functionality_storage","personalization_storage"],"statistics":["analytics_storage"],"marketing":["ad_storage","ad_user_data","ad_personalization"]}"#
        );
    }
}
