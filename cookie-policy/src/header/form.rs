//! `application/x-www-form-urlencoded` (a form's body, a URL's query):
//! `name=value` fields separated by `&`, `+` for a space, `%XX` escapes.
//!
//! Read strictly, so that a malformed body is told apart: a field without
//! `=` (other than an empty one, which is skipped), a `%` not followed by
//! two hex digits, or a name or value that is not UTF-8 once decoded is an
//! error. Never panics.

use core::fmt;

use super::bytes::{split, split_once};
use super::percent::decode_strict;

/// Why a form could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Malformed {
    /// A field without `=`.
    NoEquals,
    /// A `%` not followed by two hex digits.
    StrayPercent,
    /// A name or value that is not UTF-8 once decoded.
    NotUtf8,
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Malformed::NoEquals => "a field without `=`",
            Malformed::StrayPercent => "a `%` not followed by two hex digits",
            Malformed::NotUtf8 => "a field that is not UTF-8 once decoded",
        })
    }
}

/// One name or value, decoded.
fn decode(text: &[u8]) -> Result<String, Malformed> {
    let spaced: Vec<u8> = text
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let bytes = decode_strict(&spaced).ok_or(Malformed::StrayPercent)?;
    String::from_utf8(bytes).map_err(|_| Malformed::NotUtf8)
}

/// Every field of `body`, in order, decoded; the first error if one is
/// malformed.
pub(crate) fn fields(body: &[u8]) -> Result<Vec<(String, String)>, Malformed> {
    split(body, b'&')
        .filter(|field| !field.is_empty())
        .map(|field| {
            let (name, value) = split_once(field, b'=').ok_or(Malformed::NoEquals)?;
            Ok((decode(name)?, decode(value)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(body: &str) -> Vec<(String, String)> {
        fields(body.as_bytes()).unwrap()
    }

    #[test]
    fn fields_decoded_in_order() {
        assert_eq!(
            ok("statistics=on&a+b=c%20d&&e=&lang=%C3%A9"),
            [
                ("statistics".into(), "on".into()),
                ("a b".into(), "c d".into()),
                ("e".into(), String::new()),
                ("lang".into(), "é".into()),
            ]
        );
        assert_eq!(ok(""), []);
        assert_eq!(ok("a=b=c"), [("a".into(), "b=c".into())]);
    }

    #[test]
    fn malformed_fields_are_errors() {
        for (body, error) in [
            (&b"statistics"[..], Malformed::NoEquals),
            (b"a=1&b", Malformed::NoEquals),
            (b"a=%zz", Malformed::StrayPercent),
            (b"a=%4", Malformed::StrayPercent),
            (b"a=%FF", Malformed::NotUtf8),
            (b"\xff=1", Malformed::NotUtf8),
        ] {
            assert_eq!(fields(body), Err(error), "{body:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_never_panic_and_round_trip_what_they_read(
            body in proptest::collection::vec(proptest::sample::select(&b"ab=&%+2F\xff"[..]), 0..32),
        ) {
            if let Ok(read) = fields(&body) {
                // Written back (every byte escaped), it reads the same.
                let mut again = String::new();
                for (i, (name, value)) in read.iter().enumerate() {
                    if i > 0 { again.push('&'); }
                    for b in name.bytes() { again.push_str(&format!("%{b:02X}")); }
                    again.push('=');
                    for b in value.bytes() { again.push_str(&format!("%{b:02X}")); }
                }
                proptest::prop_assert_eq!(fields(again.as_bytes()), Ok(read));
            }
        }
    }
}
