//! The `Accept-Language` request header (RFC 9110 section 12.5.4): its
//! language ranges and their weights, and the best of a list of languages
//! for it (RFC 4647's basic filtering, q-values honoured).
//!
//! Read leniently, as servers do: items are separated by `,`, blanks around
//! them are ignored; an item is a range (`*`, or letters, digits and `-`,
//! the way `de-AT` is written) and parameters after `;`, of which only `q`
//! counts (`q=0.8`: `0` to `1` with at most three decimals). An item that
//! is not that (an empty range, other bytes in it, an invalid `q`) is
//! skipped, never an error. Linear in the header's length; never panics.

use super::bytes::{split, split_once, trim};

/// One language range of the header and its weight, in thousandths
/// (`q=0.8` is 800; no `q` is 1000).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Range<'h> {
    pub(crate) range: &'h [u8],
    pub(crate) weight: u16,
}

/// Every valid range of the header value `header`, in order.
pub(crate) fn ranges(header: &[u8]) -> impl Iterator<Item = Range<'_>> {
    split(header, b',').filter_map(range)
}

/// One item: `range *( ";" parameter )`, or `None` when it is not valid.
fn range(item: &[u8]) -> Option<Range<'_>> {
    let mut parts = split(item, b';');
    let range = trim(parts.next()?);
    let valid = range == b"*"
        || (!range.is_empty()
            && range
                .iter()
                .all(|&b| b.is_ascii_alphanumeric() || b == b'-')
            && !range.starts_with(b"-")
            && !range.ends_with(b"-"));
    if !valid {
        return None;
    }
    let mut weight = 1000;
    for parameter in parts {
        let (name, value) = split_once(parameter, b'=')?;
        if trim(name).eq_ignore_ascii_case(b"q") {
            weight = qvalue(trim(value))?;
        }
    }
    Some(Range { range, weight })
}

/// A `qvalue` (`0`, `0.5`, `1.000`, ...) in thousandths.
fn qvalue(value: &[u8]) -> Option<u16> {
    let (whole, decimals) = match split_once(value, b'.') {
        Some((whole, decimals)) => (whole, decimals),
        None => (value, &b""[..]),
    };
    if decimals.len() > 3 || !decimals.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut fraction: u16 = 0;
    for i in 0..3 {
        let digit = decimals.get(i).map_or(0, |d| u16::from(d - b'0'));
        fraction = fraction * 10 + digit;
    }
    match whole {
        b"0" => Some(fraction),
        b"1" if fraction == 0 => Some(1000),
        _ => None,
    }
}

/// Whether the language tag `tag` (as a policy declares it: `de`, `de_at`)
/// and the range `range` are the same language, compared in any case with
/// `_` read as `-`.
fn same(tag: &[u8], range: &[u8]) -> bool {
    tag.len() == range.len() && tag.iter().zip(range).all(|(&t, &r)| normal(t) == normal(r))
}

fn normal(b: u8) -> u8 {
    match b {
        b'_' => b'-',
        b => b.to_ascii_lowercase(),
    }
}

/// Whether `longer` starts with `prefix` followed by a `-` (a subtag
/// boundary), compared as [`same`] compares.
fn extends(longer: &[u8], prefix: &[u8]) -> bool {
    match (longer.get(..prefix.len()), longer.get(prefix.len())) {
        (Some(start), Some(&next)) => same(start, prefix) && normal(next) == b'-',
        _ => false,
    }
}

/// How well `range` asks for `tag`: `3` the same tag, `2` a range the tag
/// extends (`de` for `de-AT`, RFC 4647 basic filtering), `1` a range that
/// extends the tag (`de-AT` for `de`: the visitor reads German), `0` the
/// wildcard, `None` another language.
fn closeness(tag: &[u8], range: &[u8]) -> Option<u8> {
    if same(tag, range) {
        Some(3)
    } else if extends(tag, range) {
        Some(2)
    } else if extends(range, tag) {
        Some(1)
    } else if range == b"*" {
        Some(0)
    } else {
        None
    }
}

/// The language of `languages` that the `Accept-Language` header fields
/// `headers` ask for most: the highest weight a range gives it, then the
/// closest range, then the range written first, then the first in
/// `languages`. `None` when the header asks for none of them (or refuses
/// them all with `q=0`).
pub(crate) fn best<'l, I>(headers: I, languages: &[&'l str]) -> Option<&'l str>
where
    I: IntoIterator + Clone,
    I::Item: AsRef<[u8]>,
{
    // (weight, closeness, the range's position from the end): greater wins.
    let mut best: Option<((u16, u8, usize), &'l str)> = None;
    for &language in languages {
        // The most specific range that names the language decides its
        // weight (RFC 4647 section 3.3: `de;q=0, de-AT` keeps `de-AT`).
        let mut score: Option<(u8, u16, usize)> = None;
        let mut position = 0usize;
        for header in headers.clone() {
            for range in ranges(header.as_ref()) {
                if let Some(closeness) = closeness(language.as_bytes(), range.range) {
                    let key = (closeness, range.weight, usize::MAX - position);
                    if score.is_none_or(|earlier| key > earlier) {
                        score = Some(key);
                    }
                }
                position = position.saturating_add(1);
            }
        }
        if let Some((closeness, weight, from_end)) = score {
            let key = (weight, closeness, from_end);
            if weight > 0 && best.is_none_or(|(k, _)| key > k) {
                best = Some((key, language));
            }
        }
    }
    best.map(|(_, language)| language)
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests {
    use super::*;

    fn parsed(header: &str) -> Vec<(&str, u16)> {
        ranges(header.as_bytes())
            .map(|r| (core::str::from_utf8(r.range).unwrap(), r.weight))
            .collect()
    }

    #[test]
    fn ranges_and_weights_in_order() {
        assert_eq!(
            parsed("de-AT, de;q=0.9 , en;Q=0.5,*;q=0.1"),
            [("de-AT", 1000), ("de", 900), ("en", 500), ("*", 100)]
        );
        assert_eq!(parsed("fr;q=1.000;level=1"), [("fr", 1000)]);
        assert_eq!(parsed("fr;q=0"), [("fr", 0)]);
    }

    #[test]
    fn invalid_items_are_skipped() {
        assert_eq!(
            parsed("en;q=2, de;q=0.1234, fr;q=, es;q=x, it;q=1.5, -x, y-, a b, , pl"),
            [("pl", 1000)]
        );
        assert_eq!(parsed(""), []);
        assert_eq!(parsed(";q=1"), []);
        assert_eq!(parsed("é"), []);
    }

    #[test]
    fn the_best_declared_language() {
        let declared = ["en", "de", "fr"];
        for (header, expected) in [
            ("de", Some("de")),
            ("fr;q=0.8, de;q=0.9", Some("de")),
            ("de-AT,de;q=0.9,en;q=0.8", Some("de")),
            ("pl, fr;q=0.1", Some("fr")),
            ("pl", None),
            ("*", Some("en")),
            ("*;q=0.5, fr", Some("fr")),
            ("de;q=0, *", Some("en")),
            ("de;q=0", None),
            ("DE", Some("de")),
            ("", None),
            ("en;q=0.5, de;q=0.5", Some("en")),
        ] {
            assert_eq!(best([header], &declared), expected, "{header:?}");
        }
        assert_eq!(best(["pl", "de"], &declared), Some("de"), "several fields");
    }

    #[test]
    fn regional_tags_match_both_ways() {
        assert_eq!(best(["de"], &["en", "de_at"]), Some("de_at"));
        assert_eq!(best(["de-AT"], &["en", "de"]), Some("de"));
        assert_eq!(best(["de-AT, de-CH"], &["de_ch", "de_at"]), Some("de_at"));
        // The exact tag before the one a broader range covers.
        assert_eq!(best(["de"], &["de_at", "de"]), Some("de"));
        assert_eq!(best(["dex"], &["de"]), None);
    }

    proptest::proptest! {
        #[test]
        fn any_header_gives_a_declared_language_or_none(
            header in proptest::collection::vec(proptest::sample::select(&b"deATn-_*;q=0.51, \t\xff"[..]), 0..48),
        ) {
            let declared = ["en", "de", "de_at"];
            if let Some(language) = best([&header], &declared) {
                proptest::prop_assert!(declared.contains(&language));
            }
            for range in ranges(&header) {
                proptest::prop_assert!(range.weight <= 1000);
            }
        }
    }
}
