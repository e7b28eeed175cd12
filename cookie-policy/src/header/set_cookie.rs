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

/// The cookie of a `Set-Cookie` value as a browser reads it (RFC 6265
/// section 5.2): the name is whatever precedes the first `=` of the
/// name-value pair (the text before the first `;`), trimmed, whatever bytes
/// it holds (`ab test`); `None` when there is no `=` there or the name is
/// empty, which browsers ignore. [`parse`] is the strict reading, for
/// headers the program writes.
pub(crate) fn parse_as_browsers_do(header: &[u8]) -> Option<SetCookie<'_>> {
    let pair_end = find_byte(header, b';').unwrap_or(header.len());
    let equals = find_byte(header, b'=').filter(|&at| at < pair_end)?;
    let name = trim(header.get(..equals)?);
    let after_name = header.get(equals + 1..)?;
    (!name.is_empty()).then_some(SetCookie { name, after_name })
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
    pub(crate) fn attributes(&self) -> impl Iterator<Item = (&'a [u8], &'a [u8])> {
        self.raw_attributes().map(attribute)
    }

    /// Every attribute that decides how the browser stores the cookie, read
    /// in one pass by RFC 6265 section 5.2: the last valid one of each name
    /// wins, invalid ones are ignored.
    pub(crate) fn read_attributes(&self) -> Attributes<'a> {
        let mut read = Attributes {
            lifetime: Lifetime::Session,
            secure: false,
            http_only: false,
            partitioned: false,
            same_site: None,
            domain: None,
            path: None,
        };
        let mut lifetime = LifetimeReader::default();
        for (name, value) in self.attributes() {
            if lifetime.read(name, value) {
                continue;
            }
            let is = |known: &[u8]| name.eq_ignore_ascii_case(known);
            if is(b"secure") {
                read.secure = true;
            } else if is(b"httponly") {
                read.http_only = true;
            } else if is(b"partitioned") {
                read.partitioned = true;
            } else if is(b"samesite") {
                read.same_site = Some(value);
            } else if is(b"domain") && !value.is_empty() {
                // Section 5.2.3: a leading dot is ignored.
                read.domain = Some(value.strip_prefix(b".").unwrap_or(value));
            } else if is(b"path") {
                // Section 5.2.4: a value not starting with `/` is the default path.
                read.path = value.starts_with(b"/").then_some(value);
            }
        }
        read.lifetime = lifetime.lifetime();
        read
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
        let mut lifetime = LifetimeReader::default();
        for raw in self.raw_attributes() {
            // Only `Max-Age` and `Expires` matter: skip the others unread.
            if !matches!(trim_start(raw).first(), Some(b'm' | b'M' | b'e' | b'E')) {
                continue;
            }
            let (name, value) = attribute(raw);
            lifetime.read(name, value);
        }
        lifetime.lifetime()
    }
}

/// The `Max-Age` and `Expires` attributes read so far: the last valid one
/// of each.
#[derive(Default)]
struct LifetimeReader {
    max_age: Option<i64>,
    expires: Option<i64>,
}

impl LifetimeReader {
    /// Reads the attribute `name=value` if it is a `Max-Age` or an
    /// `Expires`: whether it was one (valid or not).
    #[inline]
    fn read(&mut self, name: &[u8], value: &[u8]) -> bool {
        if name.eq_ignore_ascii_case(b"max-age") {
            self.max_age = parse_max_age(value).or(self.max_age);
            true
        } else if name.eq_ignore_ascii_case(b"expires") {
            self.expires = parse_cookie_date(value).or(self.expires);
            true
        } else {
            false
        }
    }

    /// Section 5.3: `Max-Age` wins over `Expires`.
    fn lifetime(&self) -> Lifetime {
        match (self.max_age, self.expires) {
            (Some(seconds), _) => Lifetime::MaxAge(seconds),
            (None, Some(at)) => Lifetime::Expires(at),
            (None, None) => Lifetime::Session,
        }
    }
}

/// What a `Set-Cookie` header says of how the browser stores its cookie
/// ([`SetCookie::read_attributes`]). Values are as written, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Attributes<'a> {
    /// `Max-Age`, else `Expires`, else the session.
    pub(crate) lifetime: Lifetime,
    /// `Secure` is present.
    pub(crate) secure: bool,
    /// `HttpOnly` is present.
    pub(crate) http_only: bool,
    /// `Partitioned` is present.
    pub(crate) partitioned: bool,
    /// The last `SameSite` value, any case, possibly none the browser knows.
    pub(crate) same_site: Option<&'a [u8]>,
    /// The last non-empty `Domain`, without a leading dot.
    pub(crate) domain: Option<&'a [u8]>,
    /// The last `Path`, when it starts with `/` (otherwise the browser
    /// uses the default path).
    pub(crate) path: Option<&'a [u8]>,
}

impl Lifetime {
    /// The lifetime in seconds from `now` (seconds since the Unix epoch,
    /// asked for only when an `Expires` decides); `None` for a session
    /// cookie.
    pub(crate) fn seconds_from(self, now: impl FnOnce() -> i64) -> Option<i64> {
        match self {
            Lifetime::Session => None,
            Lifetime::MaxAge(seconds) => Some(seconds),
            Lifetime::Expires(at) => Some(at.saturating_sub(now())),
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
    fn browsers_take_any_name_before_the_first_equals() {
        fn name(header: &[u8]) -> Option<&[u8]> {
            parse_as_browsers_do(header).map(|c| c.name)
        }
        assert_eq!(name(b"ab test=1; Path=/"), Some(&b"ab test"[..]));
        assert_eq!(name(b" sid = 1"), Some(&b"sid"[..]));
        assert_eq!(name(b"a(b)=1"), Some(&b"a(b)"[..]));
        assert_eq!(name(b"\xc3\xa9=1"), Some(&b"\xc3\xa9"[..]));
        for ignored in [
            &b""[..],
            b"nonsense",
            b"=empty-name; Path=/",
            b" \t=1",
            b"a; b=c",
        ] {
            assert_eq!(name(ignored), None, "{ignored:?}");
        }
        let c = parse_as_browsers_do(b"a b=\"v\"; Max-Age=5; Secure").unwrap();
        assert_eq!(c.value(), b"v");
        assert_eq!(c.lifetime(), Lifetime::MaxAge(5));
        // On a token name, both readings agree.
        for header in [&b"sid=1; Path=/"[..], b" x = y ;a", b"n=", b"n=a=b"] {
            assert_eq!(
                parse_as_browsers_do(header),
                parse(header).ok(),
                "{header:?}"
            );
        }
    }

    #[test]
    fn attributes_are_read_in_any_case_the_last_one_winning() {
        fn read(header: &[u8]) -> Attributes<'_> {
            parse(header).unwrap().read_attributes()
        }
        let a = read(b"c=1;  HttpOnly ;secure;SameSite = lax; path=/; max-age=604800");
        assert_eq!(
            a,
            Attributes {
                lifetime: Lifetime::MaxAge(604_800),
                secure: true,
                http_only: true,
                partitioned: false,
                same_site: Some(b"lax"),
                domain: None,
                path: Some(b"/"),
            }
        );
        let a = read(b"c=1; Domain=.Shop.Example; Domain=; Path=/a; Path=b; PARTITIONED; SameSite=None; SameSite=Strict");
        assert_eq!(a.domain, Some(&b"Shop.Example"[..]));
        assert_eq!(a.path, None);
        assert!(a.partitioned && !a.secure && !a.http_only);
        assert_eq!(a.same_site, Some(&b"Strict"[..]));
        assert_eq!(a.lifetime, Lifetime::Session);
        // The lifetime is the one `lifetime()` reads.
        for header in [
            &b"c=1; Expires=Thu, 01 Jan 1970 00:00:10 GMT; Max-Age=bad"[..],
            b"c=1; Max-Age=3; Max-Age=x; Expires=Thu, 01 Jan 1970 00:00:10 GMT",
        ] {
            let c = parse(header).unwrap();
            assert_eq!(c.read_attributes().lifetime, c.lifetime());
        }
    }

    #[test]
    fn lifetimes_in_seconds_from_now() {
        assert_eq!(Lifetime::Session.seconds_from(|| NOW), None);
        assert_eq!(Lifetime::MaxAge(-4).seconds_from(|| NOW), Some(-4));
        assert_eq!(Lifetime::Expires(NOW + 60).seconds_from(|| NOW), Some(60));
        assert_eq!(
            Lifetime::Expires(i64::MIN).seconds_from(|| NOW),
            Some(i64::MIN)
        );
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
        fn the_browsers_reading_never_panics_and_agrees_on_the_rest(
            header in proptest::collection::vec(proptest::sample::select(&b"a =;\t\"M\xff"[..]), 0..40),
        ) {
            if let Some(c) = parse_as_browsers_do(&header) {
                let attributes = c.read_attributes();
                prop_assert_eq!(attributes.lifetime, c.lifetime());
                let _ = c.value();
            }
        }

        #[test]
        fn max_age_is_the_integer_it_spells(n in any::<i64>()) {
            prop_assert_eq!(parse_max_age(n.to_string().as_bytes()), Some(n.max(-i64::MAX)));
        }
    }
}
