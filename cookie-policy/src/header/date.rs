//! RFC 6265 section 5.1.1's cookie-date algorithm: how browsers read an
//! `Expires` attribute.

/// The cookie-date `text`, in seconds since the Unix epoch; `None` when it
/// is not one. Accepts what browsers accept: IMF-fixdate
/// (`Thu, 01 Jan 1970 00:00:00 GMT`), RFC 850 (`Thursday, 01-Jan-70 ...`),
/// asctime and their sloppier relatives: the text is split at the
/// delimiters, and the first token that reads as a time, a day of the
/// month, a month and a year (in that order of trying) is taken for each.
pub(crate) fn parse_cookie_date(text: &[u8]) -> Option<i64> {
    let mut time = None;
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for token in text
        .split(|&b| is_date_delimiter(b))
        .filter(|t| !t.is_empty())
    {
        // Each token fills the first part, in this order, that is still
        // missing and that it reads as.
        let _ = first(&mut time, || parse_time(token))
            || first(&mut day, || leading_number(token, 1, 2))
            || first(&mut month, || parse_month(token))
            || first(&mut year, || leading_number(token, 2, 4));
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

/// Fills `slot` with what `read` gives, if it is empty: whether it did.
fn first<T>(slot: &mut Option<T>, read: impl FnOnce() -> Option<T>) -> bool {
    if slot.is_some() {
        return false;
    }
    *slot = read();
    slot.is_some()
}

fn is_date_delimiter(b: u8) -> bool {
    matches!(b, 0x09 | 0x20..=0x2F | 0x3B..=0x40 | 0x5B..=0x60 | 0x7B..=0x7E)
}

/// The digits at the start of `bytes`: their number, their value (at most
/// four digits are ever accepted, so it cannot overflow) and what follows.
fn digits(bytes: &[u8]) -> (usize, u32, &[u8]) {
    let count = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let value = bytes
        .iter()
        .take(count.min(9))
        .fold(0u32, |n, &d| n * 10 + u32::from(d - b'0'));
    (count, value, bytes.get(count..).unwrap_or_default())
}

/// `min..=max` digits at the start of `token`, followed by the end or a
/// non-digit (anything may come after that).
fn leading_number(token: &[u8], min: usize, max: usize) -> Option<u32> {
    let (count, value, _) = digits(token);
    (min..=max).contains(&count).then_some(value)
}

/// `hms-time = time-field ":" time-field ":" time-field`, each 1-2 digits,
/// followed by the end or a non-digit.
fn parse_time(token: &[u8]) -> Option<(u32, u32, u32)> {
    let field = |bytes| match digits(bytes) {
        (1..=2, value, rest) => Some((value, rest)),
        _ => None,
    };
    let (hour, rest) = field(token)?;
    let (minute, rest) = field(rest.strip_prefix(b":")?)?;
    let (second, _) = field(rest.strip_prefix(b":")?)?;
    Some((hour, minute, second))
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

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

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
        assert_eq!(
            parse_cookie_date(b"21 Oct 37 07:28:00"),
            Some(2_139_722_880)
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
            b"01 Jan 1970 00:00:000",
            b"01 Jan 19700 00:00:00",
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
            for (month, name) in (1..=12).zip(MONTHS) {
                let text = format!("01 {name} {year} 00:00:00");
                assert_eq!(
                    parse_cookie_date(text.as_bytes()),
                    Some(days * 86_400),
                    "{text}"
                );
                days += i64::from(days_in_month(year, month));
            }
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

    proptest! {
        #[test]
        fn never_panics(text in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = parse_cookie_date(&text);
        }

        #[test]
        fn formatted_dates_read_back(secs in -11_644_473_600i64..253_402_300_800) {
            let days = secs.div_euclid(86_400);
            let rem = secs.rem_euclid(86_400);
            let (y, m, d) = civil_from_days(days);
            let text = format!("Mon, {d:02} {} {y} {:02}:{:02}:{:02} GMT", MONTHS[m as usize - 1], rem / 3600, rem / 60 % 60, rem % 60);
            prop_assert_eq!(parse_cookie_date(text.as_bytes()), Some(secs));
        }
    }
}
