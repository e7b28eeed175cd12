//! Reporting what the layer dropped: [`DropReason`], [`Dropped`] (given to
//! the `on_drop` callback) and the `tracing` events.

use core::fmt;
use std::borrow::Cow;

#[cfg(doc)]
use super::CookiePolicyLayer;
use crate::{decode_cookie_value, Category};

/// Why the layer dropped a `Set-Cookie` header. New reasons may be added: a
/// `match` needs a `_` arm.
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
            DropReason::Undeclared | DropReason::Malformed => None,
        }
    }
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DropReason::Undeclared => f.write_str("not declared in the policy"),
            DropReason::NoConsent(category) => write!(f, "no consent to {category}"),
            DropReason::Malformed => f.write_str("malformed Set-Cookie header"),
        }
    }
}

/// A `Set-Cookie` header the layer dropped: the cookie's name and why.
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
}

impl fmt::Display for Dropped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dropped Set-Cookie {:?}: {}", self.name(), self.reason)
    }
}

pub(super) fn trace(dropped: &Dropped<'_>) {
    const TARGET: &str = "cookie_policy::http";
    match dropped.reason {
        DropReason::NoConsent(category) => tracing::debug!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "no_consent",
            category = category.as_str(),
            "dropped a Set-Cookie the visitor has not consented to"
        ),
        DropReason::Undeclared => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "undeclared",
            "dropped a Set-Cookie the cookie policy does not declare"
        ),
        DropReason::Malformed => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "malformed",
            "dropped a malformed Set-Cookie header"
        ),
    }
}
