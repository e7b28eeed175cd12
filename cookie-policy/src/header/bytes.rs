//! Byte classes, trimming, unquoting and the byte search.

/// Whether `b` is an RFC 6265 `token` character (RFC 2616 section 2.2:
/// visible US-ASCII but the separators `( ) < > @ , ; : \ " / [ ] ? = { }`),
/// what a cookie name is made of: the table of `cookie_policy_shared`, which
/// the macro checks declared names with too.
#[inline]
pub(crate) fn is_token_byte(b: u8) -> bool {
    // One load from a table: the layer reads every cookie name byte by byte.
    cookie_policy_shared::name::is_token_byte(b)
}

/// Whether `bytes` is a non-empty RFC 6265 `token` (a valid cookie name).
#[inline]
pub(crate) fn is_token(bytes: &[u8]) -> bool {
    !bytes.is_empty() && bytes.iter().all(|&b| is_token_byte(b))
}

/// Whether `b` is an RFC 6265 `cookie-octet`: a visible US-ASCII character
/// other than `"`, `,`, `;` and `\`.
#[inline]
pub(crate) const fn is_cookie_octet(b: u8) -> bool {
    matches!(b, 0x21 | 0x23..=0x2B | 0x2D..=0x3A | 0x3C..=0x5B | 0x5D..=0x7E)
}

/// Whether `b` is a blank around header items: a space or a tab (HTTP's
/// `OWS`, RFC 6265's `WSP`).
#[inline]
pub(crate) const fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t')
}

/// `bytes` without its leading blanks.
#[inline]
pub(crate) fn trim_start(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = bytes {
        bytes = rest;
    }
    bytes
}

/// `bytes` without its leading and trailing blanks.
#[inline]
pub(crate) fn trim(bytes: &[u8]) -> &[u8] {
    let mut bytes = trim_start(bytes);
    while let [rest @ .., b' ' | b'\t'] = bytes {
        bytes = rest;
    }
    bytes
}

/// `value` without one pair of surrounding double quotes, if it has them.
#[inline]
pub(crate) fn unquote(value: &[u8]) -> &[u8] {
    match value {
        [b'"', inner @ .., b'"'] => inner,
        _ => value,
    }
}

/// The index of the first `needle` in `haystack`, looked for eight bytes
/// at a time (a `Cookie` header is mostly long values between the `;`s).
#[inline]
pub(crate) fn find_byte(haystack: &[u8], needle: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(needle);
    let mut chunks = haystack.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // A zero byte of `x` is a `needle` byte of the chunk; the lowest
        // flagged byte is always a true one (borrows only run upwards).
        let x = u64::from_le_bytes(word) ^ pattern;
        let zeros = x.wrapping_sub(ONES) & !x & HIGHS;
        if zeros != 0 {
            return Some(offset + (zeros.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == needle)
        .map(|i| offset + i)
}

/// `bytes` split around its first `needle`: what precedes it and what
/// follows it; `None` when there is none.
#[inline]
pub(crate) fn split_once(bytes: &[u8], needle: u8) -> Option<(&[u8], &[u8])> {
    let at = find_byte(bytes, needle)?;
    Some((bytes.get(..at)?, bytes.get(at + 1..)?))
}

/// The pieces of `bytes` between the `needle`s, in order, as
/// `<[u8]>::split` gives them (an empty input is one empty piece), found by
/// [`find_byte`].
#[inline]
pub(crate) fn split(bytes: &[u8], needle: u8) -> Split<'_> {
    Split {
        rest: Some(bytes),
        needle,
    }
}

/// The iterator of [`split`].
#[derive(Debug, Clone)]
pub(crate) struct Split<'a> {
    rest: Option<&'a [u8]>,
    needle: u8,
}

impl<'a> Iterator for Split<'a> {
    type Item = &'a [u8];

    #[inline]
    fn next(&mut self) -> Option<&'a [u8]> {
        let rest = self.rest?;
        match split_once(rest, self.needle) {
            Some((piece, after)) => {
                self.rest = Some(after);
                Some(piece)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The class itself is tested against RFC 2616 in `cookie_policy_shared`.
    #[test]
    fn a_token_is_a_non_empty_run_of_token_bytes() {
        assert!(is_token(b"_ga_XYZ.1|~!"));
        assert!(!is_token(b""));
        assert!(!is_token(b"a b"));
        assert!(!is_token(b"caf\xc3\xa9"));
    }

    #[test]
    fn cookie_octets_are_exactly_rfc_6265s() {
        let octets: Vec<u8> = (0u8..=255).filter(|&b| is_cookie_octet(b)).collect();
        assert_eq!(
            octets,
            b"!#$%&'()*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"
        );
    }

    #[test]
    fn trimming_takes_spaces_and_tabs_only_and_unquoting_one_pair() {
        type Case = (fn(&[u8]) -> &[u8], &'static [u8], &'static [u8]);
        let cases: [Case; 9] = [
            (trim, b" \t a b \t ", b"a b"),
            (trim, b"\r\na\n", b"\r\na\n"),
            (trim, b"   ", b""),
            (trim_start, b"  a ", b"a "),
            (unquote, b"\"x\"", b"x"),
            (unquote, b"\"\"x\"\"", b"\"x\""),
            (unquote, b"\"", b"\""),
            (unquote, b"\"\"", b""),
            (unquote, b"x\"", b"x\""),
        ];
        for (f, input, expected) in cases {
            assert_eq!(f(input), expected, "{input:?}");
        }
    }

    const BYTES: &[u8] = &[
        0, 1, b';', b'=', b' ', b'\t', b'"', 0x3a, 0x3c, 0xbb, 0xff, b'a',
    ];

    fn trim_by_the_rule(bytes: &[u8]) -> &[u8] {
        let start = bytes.iter().position(|&b| !is_blank(b));
        let end = bytes.iter().rposition(|&b| !is_blank(b));
        match (start, end) {
            (Some(start), Some(end)) => &bytes[start..=end],
            _ => &[],
        }
    }

    proptest! {
        #[test]
        fn find_byte_finds_the_first(
            haystack in proptest::collection::vec(proptest::sample::select(BYTES), 0..40),
            needle in proptest::sample::select(&[0u8, b';', 0xff, 0x3b ^ 0x80][..]),
        ) {
            prop_assert_eq!(
                find_byte(&haystack, needle),
                haystack.iter().position(|&b| b == needle)
            );
        }

        #[test]
        fn split_is_slice_split(
            haystack in proptest::collection::vec(proptest::sample::select(BYTES), 0..40),
            needle in proptest::sample::select(&[b';', b'=', 0xff][..]),
        ) {
            let ours: Vec<&[u8]> = split(&haystack, needle).collect();
            let std: Vec<&[u8]> = haystack.split(|&b| b == needle).collect();
            prop_assert_eq!(ours, std);
            prop_assert_eq!(
                split_once(&haystack, needle),
                haystack.iter().position(|&b| b == needle).map(|i| (&haystack[..i], &haystack[i + 1..]))
            );
        }

        #[test]
        fn trim_is_the_plain_rule(bytes in proptest::collection::vec(proptest::sample::select(BYTES), 0..20)) {
            prop_assert_eq!(trim(&bytes), trim_by_the_rule(&bytes));
            let start = bytes.iter().position(|&b| !is_blank(b)).unwrap_or(bytes.len());
            prop_assert_eq!(trim_start(&bytes), &bytes[start..]);
        }
    }
}
