//! The `name=value` pairs of a `Cookie:` request header, without
//! allocating.
//!
//! The rule, as browsers send the header (RFC 6265 section 5.4) and as it
//! is read leniently: pairs are separated by `;`; a pair without `=` is
//! skipped; the name is what precedes the first `=`, the value what follows
//! it, both trimmed of spaces and tabs; one pair of double quotes around
//! the value is removed. Linear in the header's length; never panics.

use super::bytes::{is_blank, split, split_once, trim, trim_start, unquote, Split};

/// Every `(name, value)` pair of the `Cookie:` header value `header`, in
/// order, by the rule of the [module](self).
pub(crate) fn pairs(header: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    split(header, b';').filter_map(pair)
}

/// One pair: the name before the first `=` and the value after it, both
/// trimmed, the value unquoted; `None` without `=`.
#[inline]
fn pair(pair: &[u8]) -> Option<(&[u8], &[u8])> {
    let (name, value) = split_once(pair, b'=')?;
    Some((trim(name), unquote(trim(value))))
}

/// The values of the cookies called `name` in `header`, in order: what
/// [`pairs`] gives for that name (compared byte for byte).
#[inline]
pub(crate) fn values<'h>(header: &'h [u8], name: &'h [u8]) -> Values<'h> {
    Values {
        pieces: split(header, b';'),
        name,
        // A name without `=` and without trailing blanks (every cookie
        // name) is found by a prefix test at the start of each pair: one
        // scan for the `;`s, no search for each pair's `=`. Other names
        // take the general rule.
        plain: !name.contains(&b'=') && !name.last().is_some_and(|&b| is_blank(b)),
    }
}

/// The iterator of [`values`].
#[derive(Debug, Clone)]
pub(crate) struct Values<'h> {
    pieces: Split<'h>,
    name: &'h [u8],
    plain: bool,
}

impl<'h> Iterator for Values<'h> {
    type Item = &'h [u8];

    #[inline]
    fn next(&mut self) -> Option<&'h [u8]> {
        loop {
            let piece = self.pieces.next()?;
            let value = if self.plain {
                let piece = trim_start(piece);
                match (piece.first(), self.name.first()) {
                    // Most pairs differ in their first byte: skip them
                    // without comparing the whole name.
                    (Some(a), Some(b)) if a != b => None,
                    _ => match piece.strip_prefix(self.name).map(trim_start) {
                        Some([b'=', value @ ..]) => Some(unquote(trim(value))),
                        _ => None,
                    },
                }
            } else {
                pair(piece).and_then(|(name, value)| (name == self.name).then_some(value))
            };
            if value.is_some() {
                return value;
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests {
    use super::*;

    fn values_of<'a>(header: &'a str, name: &'a str) -> Vec<&'a str> {
        values(header.as_bytes(), name.as_bytes())
            .map(|v| core::str::from_utf8(v).unwrap())
            .collect()
    }

    #[test]
    fn finds_every_copy_in_order() {
        assert_eq!(values_of("a=1; b=2; a=3", "a"), ["1", "3"]);
        assert_eq!(values_of("a=1;b=2", "b"), ["2"]);
    }

    #[test]
    fn trims_whitespace_and_one_pair_of_quotes() {
        assert_eq!(
            values_of(" \ta \t= \t\"x\" ; a=\"\"y\"\"", "a"),
            ["x", "\"y\""]
        );
        assert_eq!(values_of("a=\"", "a"), ["\""]);
    }

    #[test]
    fn skips_pairs_without_equals_and_other_names() {
        assert_eq!(values_of("a; aa=1; =2; a", "a"), Vec::<&str>::new());
        assert_eq!(values_of("", "a"), Vec::<&str>::new());
        assert_eq!(values_of("A=1", "a"), Vec::<&str>::new());
    }

    #[test]
    fn names_that_are_not_tokens_follow_the_same_rule() {
        assert_eq!(values_of("a=b=1; a=b =2", "a=b"), Vec::<&str>::new());
        assert_eq!(values_of("a =1; a  =2", "a "), Vec::<&str>::new());
        assert_eq!(values_of("=1; a=2; \t=3", ""), ["1", "3"]);
        assert_eq!(values_of("a b=1", "a b"), ["1"]);
    }

    #[test]
    fn the_value_runs_to_the_semicolon_and_keeps_later_equals() {
        assert_eq!(values_of("a=b=c; d=e", "a"), ["b=c"]);
        assert_eq!(values_of("a=", "a"), [""]);
    }

    #[test]
    fn every_pair_in_order() {
        let all: Vec<(&[u8], &[u8])> = pairs(b" sid=1; theme = \"dark\" ;flag; =x;a=b=c").collect();
        assert_eq!(
            all,
            [
                (&b"sid"[..], &b"1"[..]),
                (b"theme", b"dark"),
                (b"", b"x"),
                (b"a", b"b=c")
            ]
        );
    }

    /// The rule as first written: split at `;`, the name is what precedes
    /// the first `=`, trimmed.
    fn reference(header: &[u8]) -> Vec<(&[u8], &[u8])> {
        header
            .split(|&b| b == b';')
            .filter_map(|pair| {
                let eq = pair.iter().position(|&b| b == b'=')?;
                Some((trim(&pair[..eq]), unquote(trim(&pair[eq + 1..]))))
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn pairs_are_the_plain_rule(
            header in proptest::collection::vec(proptest::sample::select(&b"ab=; \t\"x"[..]), 0..40),
        ) {
            proptest::prop_assert_eq!(pairs(&header).collect::<Vec<_>>(), reference(&header));
        }

        #[test]
        fn values_are_the_pairs_of_that_name(
            header in proptest::collection::vec(proptest::sample::select(&b"ab=; \t\"x"[..]), 0..40),
            name in proptest::sample::select(vec![&b"a"[..], b"ab", b"", b"a=", b"a ", b" a", b"a b", b"="]),
        ) {
            let found: Vec<&[u8]> = values(&header, name).collect();
            let expected: Vec<&[u8]> = pairs(&header).filter(|(n, _)| *n == name).map(|(_, v)| v).collect();
            proptest::prop_assert_eq!(found, expected);
        }
    }
}
