//! Reading what the layer needs out of a `Set-Cookie` header value, by hand:
//! the cookie's name and value, and whether it is a deletion (RFC 6265
//! section 5.2 and 5.3: `Max-Age`, then `Expires`, each "the last valid
//! one wins"). No allocation; never panics; linear in the header's length.

/// One `Set-Cookie` header value whose name is valid: the name, and the
/// rest (value and attributes), read only when needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SetCookie<'a> {
    /// The name as written (an RFC 6265 token, possibly percent-encoded).
    pub(crate) name: &'a [u8],
    /// Everything after the `=` that ends the name.
    after_name: &'a [u8],
}

const OTHER: u8 = 0;
const TOKEN: u8 = 1;
const SPACE: u8 = 2;

/// The class of every byte: RFC 6265 `token` characters (RFC 2616 section
/// 2.2: visible ASCII but separators), space and tab, anything else.
const CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'*'
                    | b'+'
                    | b'-'
                    | b'.'
                    | b'^'
                    | b'_'
                    | b'`'
                    | b'|'
                    | b'~'
            )
        {
            class[b] = TOKEN;
        } else if c == b' ' || c == b'\t' {
            class[b] = SPACE;
        }
        b += 1;
    }
    class
};

/// Finds the cookie name of a `Set-Cookie` value: spaces and tabs, a
/// non-empty token, spaces and tabs, `=`. `Err` holds the best name there is
/// to report when the header is malformed (the text before the first `=` of
/// the name-value pair, trimmed, or nothing): no `=` in the name-value pair,
/// an empty name, or a name that is not an RFC 6265 token.
pub(crate) fn parse(header: &[u8]) -> Result<SetCookie<'_>, &[u8]> {
    let mut i = 0;
    while header
        .get(i)
        .is_some_and(|&b| CLASS[usize::from(b)] == SPACE)
    {
        i += 1;
    }
    let start = i;
    while header
        .get(i)
        .is_some_and(|&b| CLASS[usize::from(b)] == TOKEN)
    {
        i += 1;
    }
    let end = i;
    while header
        .get(i)
        .is_some_and(|&b| CLASS[usize::from(b)] == SPACE)
    {
        i += 1;
    }
    match header.get(i) {
        Some(b'=') if end > start => Ok(SetCookie {
            name: &header[start..end],
            after_name: &header[i + 1..],
        }),
        _ => Err(malformed_name(header)),
    }
}

#[cold]
fn malformed_name(header: &[u8]) -> &[u8] {
    let pair = header.split(|&b| b == b';').next().unwrap_or_default();
    match pair.iter().position(|&b| b == b'=') {
        Some(eq) => trim(&pair[..eq]),
        None => &[],
    }
}

impl<'a> SetCookie<'a> {
    /// The value, spaces and tabs around it and one pair of double quotes
    /// removed.
    pub(crate) fn value(&self) -> &'a [u8] {
        let end = self
            .after_name
            .iter()
            .position(|&b| b == b';')
            .unwrap_or(self.after_name.len());
        unquote(trim(&self.after_name[..end]))
    }

    /// Everything after the first `;` (the attributes), unparsed.
    pub(crate) fn attributes(&self) -> &'a [u8] {
        match self.after_name.iter().position(|&b| b == b';') {
            Some(semicolon) => &self.after_name[semicolon + 1..],
            None => &[],
        }
    }
}

impl SetCookie<'_> {
    /// Whether the browser will treat this header as deleting the cookie:
    /// the last valid `Max-Age` is zero or negative, or, without a valid
    /// `Max-Age`, the last valid `Expires` is not after `now` (seconds since
    /// the Unix epoch, asked for only when an `Expires` decides).
    pub(crate) fn is_deletion(&self, now: &mut impl FnMut() -> i64) -> bool {
        let mut max_age: Option<bool> = None; // Some(deletes)
        let mut expires: Option<i64> = None;
        for attribute in self.attributes().split(|&b| b == b';') {
            // Only `Max-Age` and `Expires` matter: skip the others cheaply.
            let first = attribute.iter().find(|&&b| b != b' ' && b != b'\t');
            if !matches!(first, Some(b'm' | b'M' | b'e' | b'E')) {
                continue;
            }
            let (name, value) = match attribute.iter().position(|&b| b == b'=') {
                Some(eq) => (trim(&attribute[..eq]), trim(&attribute[eq + 1..])),
                None => continue,
            };
            if name.eq_ignore_ascii_case(b"max-age") {
                if let Some(deletes) = max_age_deletes(value) {
                    max_age = Some(deletes);
                }
            } else if name.eq_ignore_ascii_case(b"expires") {
                if let Some(at) = parse_cookie_date(value) {
                    expires = Some(at);
                }
            }
        }
        match (max_age, expires) {
            (Some(deletes), _) => deletes,
            (None, Some(at)) => at <= now(),
            (None, None) => false,
        }
    }
}

/// A `Max-Age` value by RFC 6265 section 5.2.2: `Some(true)` when it is zero
/// or negative, `Some(false)` when positive, `None` when invalid (then the
/// attribute is ignored): an optional `-` then one or more digits.
fn max_age_deletes(value: &[u8]) -> Option<bool> {
    let (negative, digits) = match value {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, value),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(negative || digits.iter().all(|&d| d == b'0'))
}

/// RFC 6265 section 5.1.1's cookie-date, in seconds since the Unix epoch;
/// `None` when it is not one. Accepts what browsers accept: IMF-fixdate
/// (`Thu, 01 Jan 1970 00:00:00 GMT`), RFC 850 (`Thursday, 01-Jan-70 ...`),
/// asctime and their sloppier relatives.
pub(crate) fn parse_cookie_date(text: &[u8]) -> Option<i64> {
    let mut time = None;
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for token in text
        .split(|&b| is_date_delimiter(b))
        .filter(|t| !t.is_empty())
    {
        if time.is_none() {
            if let Some(hms) = parse_time(token) {
                time = Some(hms);
                continue;
            }
        }
        if day.is_none() {
            if let Some(d) = leading_digits(token, 1, 2) {
                day = Some(d);
                continue;
            }
        }
        if month.is_none() {
            if let Some(m) = parse_month(token) {
                month = Some(m);
                continue;
            }
        }
        if year.is_none() {
            if let Some(y) = leading_digits(token, 2, 4) {
                year = Some(y);
                continue;
            }
        }
    }
    let (hour, minute, second) = time?;
    let (day, month, mut year) = (day?, month?, year?);
    if (70..=99).contains(&year) {
        year += 1900;
    } else if year <= 69 {
        year += 2000;
    }
    if year < 1601 || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    Some(days * 86_400 + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second))
}

fn is_date_delimiter(b: u8) -> bool {
    matches!(b, 0x09 | 0x20..=0x2F | 0x3B..=0x40 | 0x5B..=0x60 | 0x7B..=0x7E)
}

/// `min..=max` digits at the start of `token`, followed by the end or a
/// non-digit (anything may come after that).
fn leading_digits(token: &[u8], min: usize, max: usize) -> Option<u32> {
    let count = token.iter().take_while(|b| b.is_ascii_digit()).count();
    if count < min || count > max {
        return None;
    }
    Some(
        token[..count]
            .iter()
            .fold(0u32, |n, &d| n * 10 + u32::from(d - b'0')),
    )
}

/// `hms-time = time-field ":" time-field ":" time-field`, each 1-2 digits,
/// followed by the end or a non-digit.
fn parse_time(token: &[u8]) -> Option<(u32, u32, u32)> {
    let mut fields = [0u32; 3];
    let mut rest = token;
    for (i, field) in fields.iter_mut().enumerate() {
        let count = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if count == 0 || count > 2 {
            return None;
        }
        *field = rest[..count]
            .iter()
            .fold(0u32, |n, &d| n * 10 + u32::from(d - b'0'));
        rest = &rest[count..];
        if i < 2 {
            rest = rest.strip_prefix(b":")?;
        }
    }
    Some((fields[0], fields[1], fields[2]))
}

fn parse_month(token: &[u8]) -> Option<u32> {
    const MONTHS: [&[u8; 3]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    let start = token.get(..3)?;
    MONTHS
        .iter()
        .position(|m| start.eq_ignore_ascii_case(&m[..]))
        .map(|i| i as u32 + 1)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub(crate) fn trim(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = bytes {
        bytes = rest;
    }
    while let [rest @ .., b' ' | b'\t'] = bytes {
        bytes = rest;
    }
    bytes
}

fn unquote(value: &[u8]) -> &[u8] {
    match value {
        [b'"', inner @ .., b'"'] => inner,
        _ => value,
    }
}

/// Percent-decodes `name` into `buffer` (`%XX`, hex in either case; a `%`
/// not followed by two hex digits is kept) and returns the decoded bytes, or
/// `None` when `name` holds no `%` or `buffer` is too small.
pub(crate) fn percent_decode<'b>(name: &[u8], buffer: &'b mut [u8]) -> Option<&'b [u8]> {
    if !name.contains(&b'%') || name.len() > buffer.len() {
        return None;
    }
    let mut out = 0;
    let mut i = 0;
    while let Some(&b) = name.get(i) {
        let escaped = match (b, name.get(i + 1), name.get(i + 2)) {
            (b'%', Some(&hi), Some(&lo)) => hex(hi).zip(hex(lo)).map(|(hi, lo)| hi << 4 | lo),
            _ => None,
        };
        let (byte, width) = match escaped {
            Some(decoded) => (decoded, 3),
            None => (b, 1),
        };
        *buffer.get_mut(out)? = byte;
        out += 1;
        i += width;
    }
    buffer.get(..out)
}

const fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: i64 = 1_700_000_000; // 2023-11-14T22:13:20Z

    fn deletes(header: &str) -> bool {
        parse(header.as_bytes()).unwrap().is_deletion(&mut || NOW)
    }

    #[test]
    fn splits_name_value_and_attributes() {
        let c = parse(b" sid = \"abc\" ; Path=/; HttpOnly").unwrap();
        assert_eq!(c.name, b"sid");
        assert_eq!(c.value(), b"abc");
        assert_eq!(c.attributes(), b" Path=/; HttpOnly");
        let c = parse(b"a=b=c").unwrap();
        assert_eq!(
            (c.name, c.value(), c.attributes()),
            (&b"a"[..], &b"b=c"[..], &b""[..])
        );
        assert_eq!(parse(b"a=").unwrap().value(), b"");
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
                                                              // last valid one wins; invalid ones are ignored
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
    fn cookie_dates() {
        let epoch = Some(0);
        assert_eq!(parse_cookie_date(b"Thu, 01 Jan 1970 00:00:00 GMT"), epoch);
        assert_eq!(
            parse_cookie_date(b"Thursday, 01-Jan-70 00:00:00 GMT"),
            epoch
        );
        assert_eq!(parse_cookie_date(b"Thu Jan  1 00:00:00 1970"), epoch);
        assert_eq!(parse_cookie_date(b"1 jAnUaRy 1970 0:0:0"), epoch);
        assert_eq!(
            parse_cookie_date(b"Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(1_445_412_480)
        );
        assert_eq!(
            parse_cookie_date(b"29 Feb 2024 12:00:00"),
            Some(1_709_208_000)
        );
        assert_eq!(
            parse_cookie_date(b"01 Jan 1601 00:00:00"),
            Some(-11_644_473_600)
        );
        assert_eq!(
            parse_cookie_date(b"31 Dec 9999 23:59:59"),
            Some(253_402_300_799)
        );
        for invalid in [
            &b""[..],
            b"Thu, 01 Jan 1970",
            b"01 Jan 00:00:00",
            b"Jan 1970 00:00:00",
            b"32 Jan 1970 00:00:00",
            b"0 Jan 1970 00:00:00",
            b"29 Feb 2023 00:00:00",
            b"31 Apr 2023 00:00:00",
            b"01 Jan 1600 00:00:00",
            b"01 Jan 1970 24:00:00",
            b"01 Jan 1970 00:60:00",
            b"01 Jan 1970 00:00:60",
            b"01 Jan 1970 000:00:00",
            b"01 Foo 1970 00:00:00",
            b"\xff\xfe",
        ] {
            assert_eq!(
                parse_cookie_date(invalid),
                None,
                "{:?}",
                String::from_utf8_lossy(invalid)
            );
        }
    }

    #[test]
    fn dates_agree_with_a_day_count() {
        // Every first of a month from 1970 to 2100 against a running count.
        let mut days = 0i64;
        for year in 1970..2100u32 {
            for month in 1..=12 {
                let text = format!(
                    "01 {} {year} 00:00:00",
                    [
                        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec"
                    ][month as usize - 1]
                );
                assert_eq!(
                    parse_cookie_date(text.as_bytes()),
                    Some(days * 86_400),
                    "{text}"
                );
                days += i64::from(days_in_month(year, month));
            }
        }
    }

    #[test]
    fn percent_decoding_names() {
        let mut buffer = [0u8; 16];
        assert_eq!(
            percent_decode(b"a%20b%7c%7C", &mut buffer),
            Some(&b"a b||"[..])
        );
        assert_eq!(percent_decode(b"100%", &mut buffer), Some(&b"100%"[..]));
        assert_eq!(percent_decode(b"%zz%4", &mut buffer), Some(&b"%zz%4"[..]));
        assert_eq!(
            percent_decode(b"%C3%A9", &mut buffer),
            Some(&b"\xc3\xa9"[..])
        );
        assert_eq!(percent_decode(b"plain", &mut buffer), None);
        assert_eq!(percent_decode(b"%41234567890123456", &mut buffer), None);
    }

    proptest! {
        #[test]
        fn never_panics(header in proptest::collection::vec(any::<u8>(), 0..200)) {
            if let Ok(c) = parse(&header) {
                let _ = c.is_deletion(&mut || NOW);
            }
            let _ = parse_cookie_date(&header);
            let _ = percent_decode(&header, &mut [0u8; 64]);
        }

        #[test]
        fn formatted_dates_read_back(secs in -11_644_473_600i64..253_402_300_800) {
            let days = secs.div_euclid(86_400);
            let rem = secs.rem_euclid(86_400);
            let (y, m, d) = civil_from_days(days);
            const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
            let text = format!("Mon, {d:02} {} {y} {:02}:{:02}:{:02} GMT", MONTHS[m as usize - 1], rem / 3600, rem / 60 % 60, rem % 60);
            prop_assert_eq!(parse_cookie_date(text.as_bytes()), Some(secs));
        }
    }

    /// The inverse of `days_from_civil`, for the round trip only.
    fn civil_from_days(z: i64) -> (i64, u32, u32) {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (if m <= 2 { y + 1 } else { y }, m, d)
    }
}
