//! The cookies of one [`Entry`], as a browser reads them: the names its
//! request sends, and the cookies its response sets, each with its
//! attributes and the time it was set. Shared by the audit and the
//! scaffold; read through the runtime's header toolkit.

use super::har::Entry;
use crate::header::cookie::pairs;
use crate::header::date::parse_cookie_date;
use crate::header::set_cookie::{parse_as_browsers_do, Attributes, SetCookie};
use crate::header::url;

/// The names of the cookies the entry's request sends, in order: every
/// `name=value` pair of its `Cookie` fields with a name (pairs without `=`
/// and empty names are skipped, as servers skip them).
pub(crate) fn sent<'e>(entry: &'e Entry<'_>) -> impl Iterator<Item = &'e [u8]> {
    entry
        .cookie_headers()
        .flat_map(|header| pairs(header.as_bytes()))
        .map(|(name, _)| name)
        .filter(|name| !name.is_empty())
}

/// One cookie a response sets (or deletes).
pub(crate) struct Set<'e> {
    /// The header, read as browsers read it.
    pub(crate) cookie: SetCookie<'e>,
    /// Its attributes.
    pub(crate) attributes: Attributes<'e>,
    /// When it was set: the response's `Date`, else the request's start
    /// (seconds since the Unix epoch).
    pub(crate) now: i64,
}

impl Set<'_> {
    /// Whether it deletes the cookie (`Max-Age` of zero or less, or an
    /// `Expires` not after `now`).
    pub(crate) fn is_deletion(&self) -> bool {
        self.attributes.lifetime.is_deletion(|| self.now)
    }

    /// How long it keeps the cookie, in seconds; `None` for the session.
    pub(crate) fn lifetime_seconds(&self) -> Option<i64> {
        self.attributes.lifetime.seconds_from(|| self.now)
    }
}

/// The cookies the entry's response sets, in order: every `Set-Cookie`
/// value (split at `\n`) with a name; those without (`nonsense`, `=x`, an
/// empty value) are skipped, as browsers ignore them.
pub(crate) fn set<'e>(entry: &'e Entry<'_>) -> impl Iterator<Item = Set<'e>> {
    let now = response_time(entry);
    entry.set_cookies().filter_map(move |header| {
        let cookie = parse_as_browsers_do(header.as_bytes())?;
        Some(Set {
            attributes: cookie.read_attributes(),
            cookie,
            now,
        })
    })
}

/// When the response was sent: its `Date` header (read by RFC 6265's
/// date algorithm), else when the request started.
fn response_time(entry: &Entry<'_>) -> i64 {
    entry
        .date()
        .and_then(|date| parse_cookie_date(date.as_bytes()))
        .unwrap_or_else(|| entry.started.seconds())
}

/// The host the entry's request went to.
pub(crate) fn host<'e>(entry: &'e Entry<'_>) -> &'e str {
    url::host(entry.url())
}
