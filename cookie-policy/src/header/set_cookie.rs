//! A `Set-Cookie` header value, read by hand: the cookie's name and value,
//! its attributes (RFC 6265 section 5.2) and its lifetime (section 5.3:
//! `Max-Age`, then `Expires`, each "the last valid one wins"). No
//! allocation; never panics; linear in the header's length; every part is
//! read only when asked for.

use super::bytes::{find_byte, is_token_byte, split, split_once, trim, trim_start, unquote};
use super::date::parse_cookie_date;

/// One `Set-Cookie` header value whose name is valid: the name, and the
/// rest (value and attributes), read only when needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SetCookie<'a> {
    /// The name as written (an RFC 6265 token, possibly percent-encoded).
    pub(crate) name: &'a [u8],
    /// Everything after the `=` that ends the name.
    after_name: &'a [u8],
}

/// Finds the cookie name of a `Set-Cookie` value: spaces and tabs, a
/// non-empty token, spaces and tabs, `=`. `Err` holds the best name there is
/// to report when the header is malformed (the text before the first `=` of
/// the name-value pair, trimmed, or nothing): no `=` in the name-value pair,
/// an empty name, or a name that is not an RFC 6265 token.
#[inline]
pub(crate) fn parse(header: &[u8]) -> Result<SetCookie<'_>, &[u8]> {
    let start = trim_start(header);
    let token = start
        .iter()
        .position(|&b| !is_token_byte(b))
        .unwrap_or(start.len());
    match start.split_at_checked(token) {
        Some((name, rest)) if !name.is_empty() => match trim_start(rest) {
            [b'=', after_name @ ..] => Ok(SetCookie { name, after_name }),
            _ => Err(malformed_name(header)),
        },
        _ => Err(malformed_name(header)),
    }
}

#[cold]
fn malformed_name(header: &[u8]) -> &[u8] {
    let pair = split(header, b';').next().unwrap_or_default();
    split_once(pair, b'=').map_or(&[], |(name, _)| trim(name))
}

impl<'a> SetCookie<'a> {
    /// The value, spaces and tabs around it and one pair of double quotes
    /// removed.
    #[inline]
    pub(crate) fn value(&self) -> &'a [u8] {
        let value = split(self.after_name, b';').next().unwrap_or_default();
        unquote(trim(value))
    }

    /// The attributes, in order: `(name, value)`, each trimmed of spaces and
    /// tabs; the value is empty for an attribute without `=` (`Secure`).
    /// Names are as written: compare them with `eq_ignore_ascii_case`, and
    /// the last of two attributes of one name wins (RFC 6265 section 5.3).
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "the HAR audit will read every attribute")
    )]
    pub(crate) fn attributes(&self) -> impl Iterator<Item = (&'a [u8], &'a [u8])> {
        self.raw_attributes().map(attribute)
    }

    /// The attributes as written, between the `;`s.
    fn raw_attributes(&self) -> impl Iterator<Item = &'a [u8]> {
        find_byte(self.after_name, b';')
            .and_then(|semicolon| self.after_name.get(semicolon + 1..))
            .into_iter()
            .flat_map(|attributes| split(attributes, b';'))
    }

    /// How long the browser keeps the cookie: the last valid `Max-Age`, or,
    /// without one, the last valid `Expires` (invalid ones are ignored, as
    /// browsers do), or the session.
    pub(crate) fn lifetime(&self) -> Lifetime {
        let (mut max_age, mut expires) = (None, None);
        for raw in self.raw_attributes() {
            // Only `Max-Age` and `Expires` matter: skip the others unread.
            if !matches!(trim_start(raw).first(), Some(b'm' | b'M' | b'e' | b'E')) {
                continue;
            }
            let (name, value) = attribute(raw);
            if name.eq_ignore_ascii_case(b"max-age") {
                max_age = parse_max_age(value).or(max_age);
            } else if name.eq_ignore_ascii_case(b"expires") {
                expires = parse_cookie_date(value).or(expires);
            }
        }
        match (max_age, expires) {
            (Some(seconds), _) => Lifetime::MaxAge(seconds),
            (None, Some(at)) => Lifetime::Expires(at),
            (None, None) => Lifetime::Session,
        }
    }
}

/// One attribute: its name and value, split at the first `=` and trimmed.
fn attribute(raw: &[u8]) -> (&[u8], &[u8]) {
    match split_once(raw, b'=') {
        Some((name, value)) => (trim(name), trim(value)),
        None => (trim(raw), &[]),
    }
}

/// What a `Set-Cookie` says of the cookie's lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lifetime {
    /// No valid `Max-Age` nor `Expires`: kept until the browser closes.
    Session,
    /// `Max-Age`, in seconds from now (zero or negative: deleted at once).
    MaxAge(i64),
    /// `Expires` without a `Max-Age`: seconds since the Unix epoch.
    Expires(i64),
}

impl Lifetime {
    /// Whether the browser treats the header as deleting the cookie: a
    /// `Max-Age` of zero or less, or an `Expires` not after `now` (seconds
    /// since the Unix epoch, asked for only when an `Expires` decides).
    pub(crate) fn is_deletion(self, now: impl FnOnce() -> i64) -> bool {
        match self {
            Lifetime::Session => false,
            Lifetime::MaxAge(seconds) => seconds <= 0,
            Lifetime::Expires(at) => at <= now(),
        }
    }
}

/// A `Max-Age` value by RFC 6265 section 5.2.2, in seconds (saturating at
/// `i64`'s bounds); `None` when invalid (then the attribute is ignored):
/// an optional `-` then one or more digits.
pub(crate) fn parse_max_age(value: &[u8]) -> Option<i64> {
    let (negative, digits) = match value {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, value),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let magnitude = digits.iter().fold(0i64, |n, &d| {
        n.saturating_mul(10).saturating_add(i64::from(d - b'0'))
    });
    Some(if negative {
        magnitude.saturating_neg()
    } else {
        magnitude
    })
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: i64 = 1_700_000_000; // 2023-11-14T22:13:20Z

    fn deletes(header: &str) -> bool {
        parse(header.as_bytes())
            .unwrap()
            .lifetime()
            .is_deletion(|| NOW)
    }

    #[test]
    fn splits_name_value_and_attributes() {
        let c = parse(b" sid = \"abc\" ; Path=/; HttpOnly;;Domain = a.example ").unwrap();
        assert_eq!(c.name, b"sid");
        assert_eq!(c.value(), b"abc");
        let attributes: Vec<_> = c.attributes().collect();
        assert_eq!(
            attributes,
            [
                (&b"Path"[..], &b"/"[..]),
                (b"HttpOnly", b""),
                (b"", b""),
                (b"Domain", b"a.example")
            ]
        );
        let c = parse(b"a=b=c").unwrap();
        assert_eq!((c.name, c.value()), (&b"a"[..], &b"b=c"[..]));
        assert_eq!(c.attributes().count(), 0);
        assert_eq!(parse(b"a=").unwrap().value(), b"");
        assert_eq!(parse(b"a=;").unwrap().attributes().count(), 1);
        assert_eq!(parse(b"n%20x=\xff\xfe").unwrap().name, b"n%20x");
    }

    #[test]
    fn malformed_headers_report_what_name_there_is() {
        assert_eq!(parse(b""), Err(&b""[..]));
        assert_eq!(parse(b"novalue"), Err(&b""[..]));
        assert_eq!(parse(b"novalue; a=b"), Err(&b""[..]));
        assert_eq!(parse(b"=value"), Err(&b""[..]));
        assert_eq!(parse(b" \t=value"), Err(&b""[..]));
        assert_eq!(parse(b"my name=1"), Err(&b"my name"[..]));
        assert_eq!(parse(b"a(b)=1"), Err(&b"a(b)"[..]));
        assert_eq!(parse(b"\xc3\xa9=1"), Err(&b"\xc3\xa9"[..]));
        assert_eq!(parse(b"a\x01=1"), Err(&b"a\x01"[..]));
    }

    #[test]
    fn max_age_decides_and_the_last_valid_one_wins() {
        assert!(deletes("a=; Max-Age=0"));
        assert!(deletes("a=; max-age=000"));
        assert!(deletes("a=x; MAX-AGE = -1"));
        assert!(deletes("a=x; Max-Age=-0"));
        assert!(deletes("a=x; Max-Age=-99999999999999999999999"));
        assert!(!deletes("a=x; Max-Age=1"));
        assert!(!deletes("a=x; Max-Age=99999999999999999999999"));
        assert!(!deletes("a=x; Max-Age=0; Max-Age=10"));
        assert!(deletes("a=x; Max-Age=10; Max-Age=0"));
        // invalid ones are ignored, whatever their place
        assert!(deletes("a=x; Max-Age=0; Max-Age=ten"));
        assert!(!deletes("a=x; Max-Age=-"));
        assert!(!deletes("a=x; Max-Age=+0"));
        assert!(!deletes("a=x; Max-Age=0s"));
        assert!(!deletes("a=x; Max-Age"));
        assert!(!deletes("a=x; Max-Age="));
        // the name is compared whole
        assert!(!deletes("a=x; X-Max-Age=0"));
        assert!(!deletes("a=x; Max-Ages=0"));
        // the cookie's own value is no attribute
        assert!(!deletes("Max-Age=0"));
    }

    #[test]
    fn max_age_values_saturate() {
        assert_eq!(parse_max_age(b"31536000"), Some(31_536_000));
        assert_eq!(parse_max_age(b"-5"), Some(-5));
        assert_eq!(parse_max_age(b"99999999999999999999999"), Some(i64::MAX));
        assert_eq!(parse_max_age(b"-99999999999999999999999"), Some(-i64::MAX));
        assert_eq!(parse_max_age(b" 1"), None);
    }

    #[test]
    fn max_age_beats_expires() {
        assert!(!deletes(
            "a=x; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT"
        ));
        assert!(deletes(
            "a=; Expires=Fri, 31 Dec 9999 23:59:59 GMT; Max-Age=0"
        ));
        assert!(deletes(
            "a=; Max-Age=bad; Expires=Thu, 01 Jan 1970 00:00:00 GMT"
        ));
        let c = parse(b"a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60").unwrap();
        assert_eq!(c.lifetime(), Lifetime::MaxAge(60));
        assert_eq!(parse(b"a=; Path=/").unwrap().lifetime(), Lifetime::Session);
    }

    #[test]
    fn expires_in_the_past_deletes() {
        assert!(deletes("a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assert!(deletes("a=; expires=Thursday, 01-Jan-70 00:00:01 GMT"));
        assert!(deletes("a=; Expires=Sun Nov  6 08:49:37 1994"));
        assert!(deletes("a=; Expires=Tue, 14 Nov 2023 22:13:20 GMT")); // == now
        assert!(!deletes("a=x; Expires=Tue, 14 Nov 2023 22:13:21 GMT"));
        assert!(!deletes("a=x; Expires=Wed, 21 Oct 2037 07:28:00 GMT"));
        assert!(!deletes("a=x; Expires=21 Oct 37 07:28:00")); // 2037
                                                              // the last valid one wins; invalid ones are ignored
        assert!(deletes(
            "a=x; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Expires=Thu, 01 Jan 1970 00:00:00 GMT"
        ));
        assert!(!deletes(
            "a=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Expires=Wed, 21 Oct 2037 07:28:00 GMT"
        ));
        assert!(deletes(
            "a=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Expires=yesterday"
        ));
        assert!(!deletes("a=x; Expires=yesterday"));
        assert!(!deletes("a=x; Expires=0"));
        assert!(!deletes("a=x; Expires="));
    }

    #[test]
    fn now_is_asked_only_when_expires_decides() {
        let lifetime = |header: &str| parse(header.as_bytes()).unwrap().lifetime();
        let never = || -> i64 { panic!("the clock was read") };
        assert!(lifetime("a=; Max-Age=0").is_deletion(never));
        assert!(!lifetime("a=x").is_deletion(never));
    }

    /// The attributes by the plain rule: split at `;`, skip the name-value
    /// pair, split each at its first `=`.
    fn attributes_by_the_rule(header: &[u8]) -> Vec<(&[u8], &[u8])> {
        header
            .split(|&b| b == b';')
            .skip(1)
            .map(|a| match a.iter().position(|&b| b == b'=') {
                Some(eq) => (trim(&a[..eq]), trim(&a[eq + 1..])),
                None => (trim(a), &[][..]),
            })
            .collect()
    }

    proptest! {
        #[test]
        fn never_panics(header in proptest::collection::vec(any::<u8>(), 0..200)) {
            if let Ok(c) = parse(&header) {
                let _ = c.value();
                let _ = c.lifetime().is_deletion(|| NOW);
            }
        }

        #[test]
        fn attributes_are_the_plain_rule(
            header in proptest::collection::vec(proptest::sample::select(&b"a=; \tM"[..]), 0..40),
        ) {
            let prefixed = [b"n=".as_slice(), &header].concat();
            let c = parse(&prefixed).unwrap();
            prop_assert_eq!(c.attributes().collect::<Vec<_>>(), attributes_by_the_rule(&header));
        }

        #[test]
        fn max_age_is_the_integer_it_spells(n in any::<i64>()) {
            prop_assert_eq!(parse_max_age(n.to_string().as_bytes()), Some(n.max(-i64::MAX)));
        }
    }
}
