//! Reporting what the layer dropped: [`DropReason`], [`Dropped`] (given to
//! the `on_drop` callback) and the `tracing` events.

use core::fmt;
use std::borrow::Cow;

#[cfg(doc)]
use super::CookiePolicyLayer;
use crate::{decode_cookie_value, AttributeMismatch, Category};

/// Why the layer dropped a `Set-Cookie` header (or, in
/// [report-only](CookiePolicyLayer::report_only) mode, would have dropped
/// it, or reports it). New reasons may be added: a `match` needs a `_` arm.
///
/// ```
/// use cookie_policy::{http::DropReason, Category};
/// assert_eq!(DropReason::NoConsent(Category::Marketing).to_string(), "no consent to marketing");
/// assert_eq!(DropReason::NoConsent(Category::Statistics).category(), Some(Category::Statistics));
/// assert_eq!(DropReason::Undeclared.to_string(), "not declared in the policy");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DropReason {
    /// The policy declares no cookie of that name (nor a prefix pattern
    /// covering it).
    Undeclared,
    /// The cookie is declared, needs consent to its category, and the
    /// visitor has not given it.
    NoConsent(Category),
    /// The header is not a cookie: no `=` in the name-value pair, an empty
    /// name, or a name that is not an RFC 6265 token.
    Malformed,
    /// The cookie is declared and may be set, but with other attributes
    /// than declared (a longer lifetime, a declared flag missing, ...).
    /// Reported only by a [report-only](CookiePolicyLayer::report_only)
    /// layer, and never dropped.
    Attributes(AttributeMismatch),
}

impl DropReason {
    /// The category whose consent was missing, for [`DropReason::NoConsent`].
    ///
    /// ```
    /// assert_eq!(cookie_policy::http::DropReason::Malformed.category(), None);
    /// ```
    pub const fn category(self) -> Option<Category> {
        match self {
            DropReason::NoConsent(category) => Some(category),
            DropReason::Undeclared | DropReason::Malformed | DropReason::Attributes(_) => None,
        }
    }
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DropReason::Undeclared => f.write_str("not declared in the policy"),
            DropReason::NoConsent(category) => write!(f, "no consent to {category}"),
            DropReason::Malformed => f.write_str("malformed Set-Cookie header"),
            DropReason::Attributes(mismatch) => {
                write!(f, "set with other attributes than declared: {mismatch}")
            }
        }
    }
}

/// A `Set-Cookie` header the layer dropped: the cookie's name and why. A
/// [report-only](CookiePolicyLayer::report_only) layer reports the headers
/// it would drop, and those set with other attributes than declared, as
/// `Dropped`s it [kept](Dropped::dropped).
///
/// Given to the [`CookiePolicyLayer::on_drop`] callback. It borrows the
/// header, so it lives for the call only; the cookie's value is not in it.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use cookie_policy::http::{CookiePolicyLayer, DropReason};
/// cookie_policy::cookie_policy! {
///     mod site {
///         site: "https://example.org",
///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
///     }
/// }
/// let seen = Arc::new(Mutex::new(Vec::new()));
/// let log = Arc::clone(&seen);
/// let layer = CookiePolicyLayer::new(&site::POLICY).on_drop(move |dropped| {
///     log.lock().unwrap().push((dropped.name().into_owned(), dropped.reason()));
/// });
/// let mut headers = http::HeaderMap::new();
/// headers.append("set-cookie", "s=1".parse().unwrap());
/// headers.append("set-cookie", "my%20tracker=1".parse().unwrap());
/// headers.append("set-cookie", "no equals sign".parse().unwrap());
/// assert_eq!(layer.enforce(cookie_policy::Consent::all(), &mut headers), 2);
/// assert_eq!(*seen.lock().unwrap(), [
///     ("my tracker".to_string(), DropReason::Undeclared),
///     ("".to_string(), DropReason::Malformed),
/// ]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dropped<'a> {
    pub(super) raw_name: &'a [u8],
    pub(super) reason: DropReason,
    /// Reported, but left in the response.
    pub(super) kept: bool,
}

impl<'a> Dropped<'a> {
    /// The cookie's name, percent-decoded, bytes that are not UTF-8 replaced
    /// by U+FFFD. For a malformed header: the text before the first `=`,
    /// empty when there is none.
    ///
    /// ```
    /// # use cookie_policy::http::{CookiePolicyLayer, Dropped};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut names = Vec::new();
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "caf%C3%A9=1".parse().unwrap());
    /// CookiePolicyLayer::new(&site::POLICY)
    ///     .enforce_with(cookie_policy::Consent::all(), &mut headers, |d: &Dropped<'_>| names.push(d.name().into_owned()));
    /// assert_eq!(names, ["café"]);
    /// ```
    pub fn name(&self) -> Cow<'a, str> {
        match String::from_utf8_lossy(self.raw_name) {
            Cow::Borrowed(name) => decode_cookie_value(name),
            Cow::Owned(name) => Cow::Owned(decode_cookie_value(&name).into_owned()),
        }
    }

    /// The cookie's name exactly as the header wrote it.
    ///
    /// ```
    /// # use cookie_policy::http::{CookiePolicyLayer, Dropped};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut names = Vec::new();
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "caf%C3%A9=1".parse().unwrap());
    /// CookiePolicyLayer::new(&site::POLICY)
    ///     .enforce_with(cookie_policy::Consent::all(), &mut headers, |d: &Dropped<'_>| names.push(d.raw_name().to_vec()));
    /// assert_eq!(names, [b"caf%C3%A9".to_vec()]);
    /// ```
    pub const fn raw_name(&self) -> &'a [u8] {
        self.raw_name
    }

    /// Why it was dropped.
    ///
    /// ```
    /// # use cookie_policy::http::{CookiePolicyLayer, Dropped, DropReason};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     marketing { provider "E" { AD: "ad" { function: "f", purpose: "p" } } } } }
    /// let mut reasons = Vec::new();
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "ad=1".parse().unwrap());
    /// CookiePolicyLayer::new(&site::POLICY)
    ///     .enforce_with(cookie_policy::Consent::necessary_only(), &mut headers, |d: &Dropped<'_>| reasons.push(d.reason()));
    /// assert_eq!(reasons, [DropReason::NoConsent(cookie_policy::Category::Marketing)]);
    /// ```
    pub const fn reason(&self) -> DropReason {
        self.reason
    }

    /// Whether the layer removed the header from the response: `false`
    /// when a [report-only](CookiePolicyLayer::report_only) layer reports
    /// it and leaves it in place.
    ///
    /// ```
    /// # use cookie_policy::http::Dropped;
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "x=1".parse().unwrap());
    /// let mut dropped = Vec::new();
    /// site::POLICY.layer().report_only()
    ///     .enforce_with(cookie_policy::Consent::all(), &mut headers, |d: &Dropped<'_>| dropped.push(d.dropped()));
    /// assert_eq!(dropped, [false]);
    /// assert_eq!(headers.len(), 1);
    /// ```
    pub const fn dropped(&self) -> bool {
        !self.kept
    }
}

impl fmt::Display for Dropped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match (self.kept, self.reason) {
            (true, DropReason::Attributes(_)) => "reported",
            (true, _) => "would drop",
            (false, _) => "dropped",
        };
        write!(f, "{what} Set-Cookie {:?}: {}", self.name(), self.reason)
    }
}

pub(super) fn trace(dropped: &Dropped<'_>) {
    const TARGET: &str = "cookie_policy::http";
    let kept = dropped.kept;
    match dropped.reason {
        DropReason::NoConsent(category) if kept => tracing::debug!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "no_consent",
            category = category.as_str(),
            "report-only: kept a Set-Cookie the visitor has not consented to"
        ),
        DropReason::NoConsent(category) => tracing::debug!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "no_consent",
            category = category.as_str(),
            "dropped a Set-Cookie the visitor has not consented to"
        ),
        DropReason::Undeclared if kept => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "undeclared",
            "report-only: kept a Set-Cookie the cookie policy does not declare"
        ),
        DropReason::Undeclared => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "undeclared",
            "dropped a Set-Cookie the cookie policy does not declare"
        ),
        DropReason::Malformed if kept => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "malformed",
            "report-only: kept a malformed Set-Cookie header"
        ),
        DropReason::Malformed => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "malformed",
            "dropped a malformed Set-Cookie header"
        ),
        DropReason::Attributes(mismatch) => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "attributes",
            differences = %mismatch,
            "a Set-Cookie with other attributes than declared"
        ),
    }
}
