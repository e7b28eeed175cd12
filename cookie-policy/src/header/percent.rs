//! Hex digits and percent-encoding (`%XX`).
//!
//! One decoder serves every reader: [`decoded`] yields each byte, and says
//! where a `%` is not followed by two hex digits; [`decode_lenient`] keeps
//! such a `%` as it is (cookie values and names, as the `cookie` crate and
//! form bodies read them), [`decode_strict`] rejects the input
//! (JavaScript's `decodeURIComponent`).

/// The value of the hex digit `b`, in either case.
#[inline]
pub(crate) const fn hex_value(b: u8) -> Option<u8> {
    lower_hex_value(b.to_ascii_lowercase())
}

/// The value of the hex digit `b` written in lower case (`0`-`9`, `a`-`f`).
#[inline]
pub(crate) const fn lower_hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    }
}

/// [`lower_hex_value`] of every byte, [`NOT_HEX`] for the others: one load
/// per digit and no branch, for numbers read on every request (the consent
/// cookie's revision).
#[expect(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, `b < 256`: an index out of bounds would not compile"
)]
const LOWER_HEX: [u8; 256] = {
    let mut table = [NOT_HEX; 256];
    let mut b = 0;
    while b < 256 {
        if let Some(value) = lower_hex_value(b as u8) {
            table[b] = value;
        }
        b += 1;
    }
    table
};

/// The mark in [`LOWER_HEX`] of a byte that is no lower-case hex digit.
const NOT_HEX: u8 = 0x80;

/// The number the lower-case hex digits `digits` spell, at most 16 of them
/// (`None` for more, or for any other byte; `Some(0)` for none).
#[inline]
pub(crate) fn lower_hex_u64(digits: &[u8]) -> Option<u64> {
    if digits.len() > 16 {
        return None;
    }
    let (mut value, mut marks) = (0u64, 0u8);
    for &b in digits {
        let nibble = LOWER_HEX.get(usize::from(b)).copied().unwrap_or(NOT_HEX);
        marks |= nibble;
        value = (value << 4) | u64::from(nibble & 0x0F);
    }
    (marks & NOT_HEX == 0).then_some(value)
}

/// A `%` not followed by two hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StrayPercent;

/// The bytes of `input`, each `%XX` (hex in either case) decoded to the
/// byte `XX`; `Err` for a `%` that is not followed by two hex digits (the
/// bytes after it are read as they come).
pub(crate) fn decoded(input: &[u8]) -> Decoded<'_> {
    Decoded { rest: input }
}

/// The iterator of [`decoded`].
#[derive(Debug, Clone)]
pub(crate) struct Decoded<'a> {
    rest: &'a [u8],
}

impl Iterator for Decoded<'_> {
    type Item = Result<u8, StrayPercent>;

    fn next(&mut self) -> Option<Self::Item> {
        let (&b, rest) = self.rest.split_first()?;
        if b != b'%' {
            self.rest = rest;
            return Some(Ok(b));
        }
        if let [hi, lo, after @ ..] = rest {
            if let (Some(hi), Some(lo)) = (hex_value(*hi), hex_value(*lo)) {
                self.rest = after;
                return Some(Ok(hi << 4 | lo));
            }
        }
        self.rest = rest;
        Some(Err(StrayPercent))
    }
}

/// [`decoded`], a stray `%` kept as it is: any input decodes.
pub(crate) fn decode_lenient(input: &[u8]) -> impl Iterator<Item = u8> + '_ {
    decoded(input).map(|b| b.unwrap_or(b'%'))
}

/// [`decode_lenient`] into `buffer`, without allocating: the decoded bytes,
/// or `None` when `buffer` is shorter than `input` (the decoded bytes are
/// never more than the input's).
pub(crate) fn decode_into<'b>(input: &[u8], buffer: &'b mut [u8]) -> Option<&'b [u8]> {
    if input.len() > buffer.len() {
        return None;
    }
    let mut len = 0;
    for byte in decode_lenient(input) {
        *buffer.get_mut(len)? = byte;
        len += 1;
    }
    buffer.get(..len)
}

/// The decoded bytes, or `None` when a `%` is not followed by two hex
/// digits: `decodeURIComponent` before its UTF-8 check. Allocates.
pub(crate) fn decode_strict(input: &[u8]) -> Option<Vec<u8>> {
    decoded(input)
        .collect::<Result<Vec<u8>, StrayPercent>>()
        .ok()
}

/// Appends `%XX` for `b` to `out` (upper-case hex, as RFC 3986 recommends).
pub(crate) fn encode_byte_into(out: &mut String, b: u8) {
    let digit = |nibble: u8| {
        char::from_digit(u32::from(nibble), 16).map_or('0', |c| c.to_ascii_uppercase())
    };
    out.push('%');
    out.push(digit(b >> 4));
    out.push(digit(b & 0x0F));
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lenient(input: &[u8]) -> Vec<u8> {
        decode_lenient(input).collect()
    }

    proptest! {
        /// The table reads what `lower_hex_value` reads, digit by digit.
        #[test]
        fn a_hex_number_is_read_as_digit_by_digit(
            digits in proptest::collection::vec(
                prop_oneof![4 => proptest::sample::select(&b"0123456789abcdef"[..]), 1 => any::<u8>()],
                0..20,
            ),
        ) {
            let by_digit = (digits.len() <= 16).then_some(()).and_then(|()| {
                digits.iter().try_fold(0u64, |n, &b| Some((n << 4) | u64::from(lower_hex_value(b)?)))
            });
            prop_assert_eq!(lower_hex_u64(&digits), by_digit);
        }
    }

    #[test]
    fn hex_numbers_are_lower_case_and_at_most_sixteen_digits() {
        assert_eq!(lower_hex_u64(b"ffffffffffffffff"), Some(u64::MAX));
        assert_eq!(lower_hex_u64(b"0a"), Some(10));
        assert_eq!(lower_hex_u64(b""), Some(0));
        assert_eq!(lower_hex_u64(b"1ffffffffffffffff"), None);
        assert_eq!(lower_hex_u64(b"A"), None);
        assert_eq!(lower_hex_u64(b"g"), None);
        assert_eq!(lower_hex_u64(&[0x80 | b'1']), None);
    }

    #[test]
    fn lenient_decoding_keeps_what_is_no_escape() {
        for (input, decoded) in [
            (&b"a%20b%7c%7C"[..], &b"a b||"[..]),
            (b"100%", b"100%"),
            (b"%zz%4", b"%zz%4"),
            (b"%%41", b"%A"),
            (b"%C3%A9", b"\xc3\xa9"),
        ] {
            assert_eq!(lenient(input), decoded, "{input:?}");
        }
    }

    #[test]
    fn decoding_into_a_buffer() {
        let mut buffer = [0u8; 16];
        assert_eq!(decode_into(b"a%20b", &mut buffer), Some(&b"a b"[..]));
        assert_eq!(decode_into(b"plain", &mut buffer), Some(&b"plain"[..]));
        assert_eq!(decode_into(b"%41234567890123456", &mut buffer), None);
    }

    #[test]
    fn strict_decoding_fails_where_javascript_throws() {
        assert_eq!(decode_strict(b"a%20b").as_deref(), Some(&b"a b"[..]));
        assert_eq!(decode_strict(b"%C3%A9").as_deref(), Some(&b"\xc3\xa9"[..]));
        assert_eq!(decode_strict(b"a+b").as_deref(), Some(&b"a+b"[..]));
        for bad in [&b"%"[..], b"%2", b"%zz", b"%+1", b"a%"] {
            assert_eq!(decode_strict(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn hex_digits_in_both_cases() {
        let digits: Vec<(u8, u8)> = (0..=255u8)
            .filter_map(|b| hex_value(b).map(|v| (b, v)))
            .collect();
        assert_eq!(digits.len(), 22);
        let lower: Vec<u8> = (0..=255u8)
            .filter(|&b| lower_hex_value(b).is_some())
            .collect();
        assert_eq!(lower, b"0123456789abcdef");
        assert!(digits
            .iter()
            .all(|&(b, v)| u8::from_str_radix(core::str::from_utf8(&[b]).unwrap(), 16) == Ok(v)));
    }

    /// The plain rule: at each `%`, two hex digits make a byte.
    fn decode_by_the_rule(input: &[u8]) -> Vec<Result<u8, StrayPercent>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < input.len() {
            let escape = input.get(i + 1..i + 3).and_then(|hex| {
                let hex = core::str::from_utf8(hex).ok()?;
                hex.bytes()
                    .all(|b| b.is_ascii_hexdigit())
                    .then(|| u8::from_str_radix(hex, 16).ok())?
            });
            match (input[i], escape) {
                (b'%', Some(byte)) => {
                    out.push(Ok(byte));
                    i += 3;
                }
                (b'%', None) => {
                    out.push(Err(StrayPercent));
                    i += 1;
                }
                (b, _) => {
                    out.push(Ok(b));
                    i += 1;
                }
            }
        }
        out
    }

    proptest! {
        #[test]
        fn decoding_is_the_plain_rule(
            input in proptest::collection::vec(proptest::sample::select(&b"%0aF+g\xff "[..]), 0..24),
        ) {
            prop_assert_eq!(decoded(&input).collect::<Vec<_>>(), decode_by_the_rule(&input));
        }

        #[test]
        fn encoding_a_byte_decodes_back(b in any::<u8>()) {
            let mut out = String::new();
            encode_byte_into(&mut out, b);
            prop_assert_eq!(out.len(), 3);
            prop_assert_eq!(out.clone(), format!("%{b:02X}"));
            prop_assert_eq!(lenient(out.as_bytes()), vec![b]);
        }
    }
}
