//! Server-side consent from the cookie of the
//! [vanilla-cookieconsent](https://www.npmjs.com/package/vanilla-cookieconsent)
//! 3 banner (feature `cookieconsent`).
//!
//! A site that shows that banner gets the visitor's choice in the banner's
//! own cookie, `cc_cookie` by default: `encodeURIComponent(JSON.stringify(v))`
//! of an object such as
//!
//! ```json
//! { "categories": ["necessary", "analytics"], "revision": 0, "data": null,
//!   "consentTimestamp": "2024-05-01T10:00:00.000Z", "consentId": "7c0f…",
//!   "services": { "necessary": [], "analytics": [] }, "languageCode": "en",
//!   "lastConsentTimestamp": "2024-05-01T10:00:00.000Z", "expirationTime": 1730000000000 }
//! ```
//!
//! [`CcCookie::parse`] reads such a value the way the banner does (decode,
//! then JSON) and keeps it only when the banner itself would treat it as a
//! valid consent: `categories` is an array, `consentId` a non-empty string,
//! `consentTimestamp` and `lastConsentTimestamp` are set. Unknown keys are
//! ignored. [`CcCookieReader`] reads it from a `Cookie:` request header and,
//! like the banner configured with a `revision`, voids a consent given to
//! another revision.
//!
//! # Categories
//!
//! The banner's category keys are whatever the site configured. By default
//! ([`category_for_key`]) the keys of this crate's categories map to
//! themselves, and so do the keys the banner's own documentation and examples
//! use:
//!
//! | banner key | [`Category`] |
//! | --- | --- |
//! | `necessary` | `Necessary` (always allowed anyway) |
//! | `preferences`, `functionality` | `Preferences` |
//! | `statistics`, `analytics` | `Statistics` |
//! | `marketing`, `ads` | `Marketing` |
//!
//! Any other key is ignored (it grants nothing). A site with other keys maps
//! them itself with [`CcCookie::consent_with`] or
//! [`CcCookieReader::with_mapping`].
//!
//! # Reading the banner's cookie is a choice
//!
//! [`Policy::consent_from_cookie_header`] (and the HTTP layer by default)
//! reads only the values this crate writes, whether this feature is on or
//! not: a crate in the build that enables it changes no one else's reading.
//! The banner's JSON is read where it is asked for: by a [`CcCookieReader`],
//! [`CcCookieReader::for_policy`] for the policy's own consent cookie
//! holding either format, and by the layer built with
//! `CookiePolicyLayer::accept_banner_cookie` (feature `tower`).
//!
//! The banner can also keep its value in `localStorage` (`useLocalStorage`);
//! then the server never sees it and every request reads as
//! [`Consent::necessary_only`].

use serde_json::Value;

use crate::consent::read::{read_value_for, status_from_headers};
use crate::header::percent;
use crate::{Category, Consent, ConsentStatus, Policy};

/// The banner's default cookie name.
pub const DEFAULT_COOKIE_NAME: &str = "cc_cookie";

/// The longest cookie value read; a longer one (far beyond what browsers
/// store in one cookie, 4096 bytes) is ignored without being decoded.
pub const MAX_VALUE_LEN: usize = 8192;

/// The default mapping from the banner's category keys to [`Category`] (see
/// the [module documentation](self)); `None` for a key that grants nothing.
///
/// ```
/// use cookie_policy::{cookieconsent::category_for_key, Category};
/// assert_eq!(category_for_key("analytics"), Some(Category::Statistics));
/// assert_eq!(category_for_key("marketing"), Some(Category::Marketing));
/// assert_eq!(category_for_key("Analytics"), None);
/// assert_eq!(category_for_key("social"), None);
/// ```
pub fn category_for_key(key: &str) -> Option<Category> {
    match key {
        "necessary" => Some(Category::Necessary),
        "preferences" | "functionality" => Some(Category::Preferences),
        "statistics" | "analytics" => Some(Category::Statistics),
        "marketing" | "ads" => Some(Category::Marketing),
        _ => None,
    }
}

/// A valid value of the banner's cookie, parsed.
///
/// ```
/// use cookie_policy::{cookieconsent::CcCookie, Category};
/// let value = "%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A2%2C\
///              %22consentId%22%3A%22b1f0%22%2C%22consentTimestamp%22%3A%222024-05-01T10%3A00%3A00.000Z%22%2C\
///              %22lastConsentTimestamp%22%3A%222024-05-01T10%3A00%3A00.000Z%22%2C%22languageCode%22%3A%22de%22%7D";
/// let cc = CcCookie::parse(value).expect("a valid cc_cookie");
/// assert_eq!(cc.categories(), ["necessary", "analytics"]);
/// assert_eq!(cc.revision(), Some(2));
/// assert_eq!(cc.consent_id(), "b1f0");
/// assert_eq!(cc.language_code(), Some("de"));
/// assert!(cc.consent().allows(Category::Statistics));
/// assert!(!cc.consent().allows(Category::Marketing));
/// assert!(CcCookie::parse("%7B%7D").is_none()); // `{}`: no consent given
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CcCookie {
    categories: Vec<String>,
    revision: Option<f64>,
    consent_id: String,
    language_code: Option<String>,
}

impl CcCookie {
    /// Parses a value of the banner's cookie: URI-decodes it, parses the
    /// JSON, and checks it is a consent the banner would accept (see the
    /// [module documentation](self)). `None` for anything else, including a
    /// value longer than [`MAX_VALUE_LEN`]; never panics.
    ///
    /// ```
    /// use cookie_policy::cookieconsent::CcCookie;
    /// assert!(CcCookie::parse("").is_none());
    /// assert!(CcCookie::parse("%E0%A4%A").is_none());
    /// assert!(CcCookie::parse(r#"{"categories":[],"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t"}"#).is_some());
    /// ```
    pub fn parse(value: &str) -> Option<CcCookie> {
        if value.len() > MAX_VALUE_LEN {
            return None;
        }
        let json = decode_uri_component(value)?;
        let Value::Object(object) = serde_json::from_str::<Value>(&json).ok()? else {
            return None;
        };
        let categories = object.get("categories")?.as_array()?;
        let consent_id = object.get("consentId")?.as_str()?;
        let valid = !consent_id.is_empty()
            && object.get("consentTimestamp").is_some_and(truthy)
            && object.get("lastConsentTimestamp").is_some_and(truthy);
        if !valid {
            return None;
        }
        Some(CcCookie {
            categories: categories
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            revision: object.get("revision").and_then(Value::as_f64),
            consent_id: consent_id.to_owned(),
            language_code: object
                .get("languageCode")
                .and_then(Value::as_str)
                .map(str::to_owned),
        })
    }

    /// The accepted category keys, as the banner wrote them (non-string
    /// entries are left out).
    pub fn categories(&self) -> &[String] {
        &self.categories
    }

    /// The banner configuration's `revision` the consent was given to, when
    /// it is a whole number that fits a `u64`.
    pub fn revision(&self) -> Option<u64> {
        let revision = self.revision?;
        // `u64::MAX as f64` is 2^64, which itself does not fit.
        (revision >= 0.0 && revision.fract() == 0.0 && revision < u64::MAX as f64)
            .then_some(revision as u64)
    }

    /// Whether the consent was given to the banner configured with
    /// `revision`, compared as the banner compares it (as JavaScript
    /// numbers, so a revision above 2^53 matches its rounded value).
    ///
    /// ```
    /// use cookie_policy::cookieconsent::CcCookie;
    /// let cc = CcCookie::parse(r#"{"categories":[],"revision":3,"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t"}"#).unwrap();
    /// assert!(cc.has_revision(3));
    /// assert!(!cc.has_revision(4));
    /// ```
    pub fn has_revision(&self, revision: u64) -> bool {
        self.revision == Some(revision as f64)
    }

    /// The banner's identifier of this consent (a random UUID).
    pub fn consent_id(&self) -> &str {
        &self.consent_id
    }

    /// The language the banner was shown in, if recorded.
    pub fn language_code(&self) -> Option<&str> {
        self.language_code.as_deref()
    }

    /// The consent to the categories whose keys [`category_for_key`] maps;
    /// other keys grant nothing.
    pub fn consent(&self) -> Consent {
        self.consent_with(category_for_key)
    }

    /// The consent to the categories `map` gives for the accepted keys
    /// (`None`: the key grants nothing).
    ///
    /// ```
    /// use cookie_policy::{cookieconsent::CcCookie, Category};
    /// let cc = CcCookie::parse(r#"{"categories":["necessary","targeting"],"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t"}"#).unwrap();
    /// assert!(!cc.consent().allows(Category::Marketing));
    /// let consent = cc.consent_with(|key| match key {
    ///     "targeting" => Some(Category::Marketing),
    ///     _ => None,
    /// });
    /// assert!(consent.allows(Category::Marketing));
    /// ```
    pub fn consent_with<F: Fn(&str) -> Option<Category>>(&self, map: F) -> Consent {
        self.categories.iter().filter_map(|key| map(key)).collect()
    }
}

/// JavaScript truthiness of a JSON value.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// `decodeURIComponent`: `%XX` sequences decoded, which must form UTF-8;
/// `None` where JavaScript would throw (a malformed escape or invalid UTF-8).
fn decode_uri_component(value: &str) -> Option<String> {
    if !value.contains('%') {
        return Some(value.to_owned());
    }
    String::from_utf8(percent::decode_strict(value.as_bytes())?).ok()
}

/// Reads the consent from the banner's cookie in `Cookie:` request headers.
///
/// Configure it like the banner: the cookie's name (`cookie.name`, default
/// `cc_cookie`) and, if the banner sets one, its `revision`; a consent given
/// to another revision is void, as the banner treats it.
/// [`CcCookieReader::for_policy`] configures it for the banner a policy
/// exports, and also reads the values the server writes itself.
///
/// Header rules are those of [`Policy::consent_from_cookie_header`]: copies of
/// the cookie that are not valid are ignored, and when several are valid
/// only the categories all of them accept count.
///
/// ```
/// use cookie_policy::{cookieconsent::CcCookieReader, Category};
/// let json = r#"{"categories":["necessary","analytics","ads"],"revision":1,"consentId":"3f2a",
///               "consentTimestamp":"2024-05-01T10:00:00.000Z","lastConsentTimestamp":"2024-05-01T10:00:00.000Z"}"#;
/// let header = format!("theme=dark; cc_cookie={}", json.replace('"', "%22").replace(' ', ""));
///
/// let consent = CcCookieReader::new().consent_from_cookie_header(&header);
/// assert!(consent.allows(Category::Statistics) && consent.allows(Category::Marketing));
/// assert!(!consent.allows(Category::Preferences));
///
/// // the banner is now at revision 2: the consent is void
/// let consent = CcCookieReader::new().with_revision(2).consent_from_cookie_header(&header);
/// assert!(consent.is_necessary_only());
/// ```
#[derive(Clone, Copy)]
pub struct CcCookieReader<'a> {
    name: &'a str,
    revision: Option<u64>,
    map: fn(&str) -> Option<Category>,
    /// The revision of the policy whose own `v1` values are read too
    /// ([`CcCookieReader::for_policy`]).
    policy_revision: Option<u64>,
}

impl core::fmt::Debug for CcCookieReader<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("CcCookieReader")
            .field("name", &self.name)
            .field("revision", &self.revision)
            .field("policy_revision", &self.policy_revision)
            .finish_non_exhaustive()
    }
}

impl Default for CcCookieReader<'static> {
    fn default() -> Self {
        CcCookieReader::new()
    }
}

impl CcCookieReader<'static> {
    /// Reads `cc_cookie`, checks no revision, maps keys with
    /// [`category_for_key`].
    ///
    /// ```
    /// use cookie_policy::cookieconsent::CcCookieReader;
    /// assert_eq!(CcCookieReader::new().cookie_name(), "cc_cookie");
    /// ```
    pub const fn new() -> Self {
        CcCookieReader {
            name: DEFAULT_COOKIE_NAME,
            revision: None,
            map: category_for_key,
            policy_revision: None,
        }
    }

    /// Reads the consent cookie of `policy` in either of the formats it may
    /// hold on a site that shows the banner the policy exports
    /// ([`Policy::to_cookieconsent_config`], which stores the banner's
    /// consent under the policy's [`consent_cookie`](Policy::consent_cookie)):
    ///
    /// - the banner's JSON, when it answered this policy's banner revision
    ///   ([`Policy::cookieconsent_revision`]); a consent to an older policy
    ///   is void;
    /// - the values the server writes ([`Policy::consent_cookie_value`],
    ///   for instance after a consent form), read as
    ///   [`Policy::consent_from_cookie_header`] reads them.
    ///
    /// Copies in both formats combine by the usual rule (only what every
    /// valid copy accepts counts); a consent read either way is bound to
    /// the policy's [`revision`](Policy::revision). The cookie is
    /// `cc_cookie` when the policy declares no `consent_cookie`.
    ///
    /// ```
    /// use cookie_policy::{cookieconsent::CcCookieReader, Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "cookie_consent" { function: "Consent", purpose: "To remember choices" }
    ///         } }
    ///     }
    /// }
    /// let reader = CcCookieReader::for_policy(&site::POLICY);
    /// assert_eq!(reader.cookie_name(), "cookie_consent");
    /// assert_eq!(reader.revision(), Some(site::POLICY.cookieconsent_revision()));
    /// let ours = format!("cookie_consent={}", site::POLICY.consent_cookie_value(Consent::all()));
    /// assert_eq!(reader.consent_from_cookie_header(&ours), Consent::all());
    /// ```
    pub fn for_policy(policy: &Policy) -> Self {
        CcCookieReader {
            policy_revision: Some(policy.revision()),
            ..CcCookieReader::new()
                .named(
                    policy
                        .consent_cookie()
                        .map_or(DEFAULT_COOKIE_NAME, |spec| spec.name()),
                )
                .with_revision(policy.cookieconsent_revision())
        }
    }
}

impl<'a> CcCookieReader<'a> {
    /// Reads the cookie called `name` (the banner's `cookie.name`).
    ///
    /// ```
    /// use cookie_policy::cookieconsent::CcCookieReader;
    /// assert_eq!(CcCookieReader::new().named("consent").cookie_name(), "consent");
    /// ```
    pub const fn named<'b>(self, name: &'b str) -> CcCookieReader<'b> {
        CcCookieReader {
            name,
            revision: self.revision,
            map: self.map,
            policy_revision: self.policy_revision,
        }
    }

    /// Accepts only a consent given to the banner configured with
    /// `revision` (the banner's `revision` option).
    ///
    /// ```
    /// use cookie_policy::cookieconsent::CcCookieReader;
    /// assert_eq!(CcCookieReader::new().with_revision(3).revision(), Some(3));
    /// ```
    pub const fn with_revision(self, revision: u64) -> Self {
        CcCookieReader {
            revision: Some(revision),
            ..self
        }
    }

    /// Maps the banner's category keys with `map` instead of
    /// [`category_for_key`].
    ///
    /// ```
    /// use cookie_policy::{cookieconsent::CcCookieReader, Category};
    /// let reader = CcCookieReader::new().with_mapping(|key| match key {
    ///     "performance" => Some(Category::Statistics),
    ///     _ => None,
    /// });
    /// let value = r#"{"categories":["performance","analytics"],"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t"}"#;
    /// let consent = reader.consent_from_cookie_value(value);
    /// assert!(consent.allows(Category::Statistics));
    /// ```
    pub const fn with_mapping(self, map: fn(&str) -> Option<Category>) -> Self {
        CcCookieReader { map, ..self }
    }

    /// The name of the cookie read.
    pub const fn cookie_name(&self) -> &'a str {
        self.name
    }

    /// The revision required, if any.
    pub const fn revision(&self) -> Option<u64> {
        self.revision
    }

    /// One value of the cookie: `None` when it is no consent at all,
    /// otherwise whether it answered the current revision, and the consent
    /// it records.
    pub(crate) fn read_value(&self, value: &[u8]) -> Option<(bool, Consent)> {
        if let Some(revision) = self.policy_revision {
            if let Some(ours) = read_value_for(value, revision) {
                return Some(ours);
            }
        }
        let cc = CcCookie::parse(core::str::from_utf8(value).ok()?)?;
        let current = self
            .revision
            .is_none_or(|revision| cc.has_revision(revision));
        let consent = cc.consent_with(self.map);
        Some((
            current,
            match self.policy_revision {
                Some(revision) => consent.for_revision(revision),
                None => consent,
            },
        ))
    }

    /// The consent in one value of the banner's cookie;
    /// [`Consent::necessary_only`] for anything that is not a valid consent
    /// (or one given to another revision). Never panics.
    ///
    /// ```
    /// use cookie_policy::{cookieconsent::CcCookieReader, Consent};
    /// assert_eq!(CcCookieReader::new().consent_from_cookie_value("garbage"), Consent::necessary_only());
    /// ```
    pub fn consent_from_cookie_value(&self, value: &str) -> Consent {
        match self.read_value(value.as_bytes()) {
            Some((true, consent)) => consent,
            _ => Consent::necessary_only(),
        }
    }

    /// The consent in the banner's cookie in a `Cookie:` request header
    /// value; [`Consent::necessary_only`] when there is no valid one.
    pub fn consent_from_cookie_header(&self, header: &str) -> Consent {
        self.consent_from_cookie_headers([header])
    }

    /// The consent in the banner's cookie in all the `Cookie:` header fields
    /// of a request, as bytes.
    ///
    /// ```
    /// use cookie_policy::{cookieconsent::CcCookieReader, Consent};
    /// let reader = CcCookieReader::new();
    /// assert_eq!(reader.consent_from_cookie_headers([b"a=\xff".as_slice()]), Consent::necessary_only());
    /// ```
    pub fn consent_from_cookie_headers<I>(&self, headers: I) -> Consent
    where
        I: IntoIterator,
        I::Item: AsRef<[u8]>,
    {
        self.consent_status_from_cookie_headers(headers).consent()
    }

    /// What the `Cookie:` header fields of a request say of the visitor's
    /// consent: [`ConsentStatus::Given`], [`ConsentStatus::Outdated`] (a
    /// consent to another revision: ask again) or [`ConsentStatus::Missing`],
    /// read by the rules of [`Policy::consent_status_from_cookie_headers`].
    ///
    /// ```
    /// use cookie_policy::{cookieconsent::CcCookieReader, ConsentStatus};
    /// let json = r#"{"categories":["necessary"],"revision":1,"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t"}"#;
    /// let header = format!("cc_cookie={json}");
    /// let reader = CcCookieReader::new().with_revision(1);
    /// assert!(matches!(reader.consent_status_from_cookie_headers([&header]), ConsentStatus::Given(_)));
    /// assert_eq!(reader.with_revision(2).consent_status_from_cookie_headers([&header]), ConsentStatus::Outdated);
    /// assert_eq!(reader.consent_status_from_cookie_headers(["a=1"]), ConsentStatus::Missing);
    /// ```
    pub fn consent_status_from_cookie_headers<I>(&self, headers: I) -> ConsentStatus
    where
        I: IntoIterator,
        I::Item: AsRef<[u8]>,
    {
        status_from_headers(headers, self.name.as_bytes(), |value| {
            self.read_value(value)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_decoding_fails_where_javascript_throws() {
        assert_eq!(decode_uri_component("a%20b").as_deref(), Some("a b"));
        assert_eq!(decode_uri_component("%C3%A9").as_deref(), Some("é"));
        assert_eq!(decode_uri_component("a+b").as_deref(), Some("a+b"));
        for bad in ["%", "%2", "%zz", "%+1", "%C3", "%FF", "%e9"] {
            assert_eq!(decode_uri_component(bad), None, "{bad}");
        }
    }

    #[test]
    fn truthiness_is_javascripts() {
        use serde_json::json;
        for (value, expected) in [
            (json!(null), false),
            (json!(false), false),
            (json!(0), false),
            (json!(""), false),
            (json!(1), true),
            (json!("t"), true),
            (json!([]), true),
            (json!({}), true),
        ] {
            assert_eq!(truthy(&value), expected, "{value}");
        }
    }
}
