//! Cookie values are untrusted: percent-encoding them so that no value can
//! break out of its `Set-Cookie` header.

use std::borrow::Cow;

use crate::header::bytes::is_cookie_octet;
use crate::header::percent;

/// Encodes an arbitrary string as a cookie value made only of RFC 6265
/// cookie-octets: every byte that is not a cookie-octet (space, `"`, `,`,
/// `;`, `\`, control characters, non-ASCII UTF-8 bytes), and `%` itself,
/// becomes `%XX` (upper-case hex). Anything else is kept as is, so a value
/// that is already safe (a session id, base64, `v1.…`) is returned borrowed,
/// unchanged.
///
/// This is what building a cookie from a declared constant does to the value
/// (feature `cookie`), so an untrusted value can never inject an attribute or
/// a second cookie into the `Set-Cookie` header. [`decode_cookie_value`]
/// reverses it, and so does the `cookie` crate's `Cookie::parse_encoded`.
///
/// ```
/// use cookie_policy::encode_cookie_value;
/// assert_eq!(encode_cookie_value("abc-123_XYZ="), "abc-123_XYZ=");
/// assert_eq!(encode_cookie_value("x; Domain=evil.example"), "x%3B%20Domain=evil.example");
/// assert_eq!(encode_cookie_value("100% \"sure\", ok\\"), "100%25%20%22sure%22%2C%20ok%5C");
/// assert_eq!(encode_cookie_value("é\n"), "%C3%A9%0A");
/// ```
pub fn encode_cookie_value(value: &str) -> Cow<'_, str> {
    let needs_encoding = |b: u8| b == b'%' || !is_cookie_octet(b);
    let Some(first) = value.bytes().position(needs_encoding) else {
        return Cow::Borrowed(value);
    };
    let mut out = String::with_capacity(value.len() + 8);
    out.push_str(value.get(..first).unwrap_or_default());
    for b in value.bytes().skip(first) {
        if needs_encoding(b) {
            percent::encode_byte_into(&mut out, b);
        } else {
            out.push(char::from(b));
        }
    }
    Cow::Owned(out)
}

/// Decodes a cookie value written by [`encode_cookie_value`]: every `%XX`
/// (hex, either case) becomes the byte `XX`; a `%` not followed by two hex
/// digits is kept as is. Bytes that do not form UTF-8 are replaced by
/// U+FFFD, so any input decodes and nothing panics.
///
/// ```
/// use cookie_policy::{decode_cookie_value, encode_cookie_value};
/// assert_eq!(decode_cookie_value("x%3B%20Domain=evil.example"), "x; Domain=evil.example");
/// assert_eq!(decode_cookie_value("plain"), "plain");
/// assert_eq!(decode_cookie_value("100%"), "100%");
/// let untrusted = "a;b,c d\"e\\f\u{7f}g%h";
/// assert_eq!(decode_cookie_value(&encode_cookie_value(untrusted)), untrusted);
/// ```
pub fn decode_cookie_value(value: &str) -> Cow<'_, str> {
    if !value.contains('%') {
        return Cow::Borrowed(value);
    }
    let out: Vec<u8> = percent::decode_lenient(value.as_bytes()).collect();
    match String::from_utf8(out) {
        Ok(s) => Cow::Owned(s),
        Err(e) => Cow::Owned(String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn safe_values_are_borrowed() {
        assert!(matches!(encode_cookie_value("v1.ab.3"), Cow::Borrowed(_)));
        assert!(matches!(decode_cookie_value("v1.ab.3"), Cow::Borrowed(_)));
    }

    proptest! {
        #[test]
        fn encoding_yields_only_cookie_octets_and_round_trips(value in any::<String>()) {
            let encoded = encode_cookie_value(&value);
            prop_assert!(encoded.bytes().all(is_cookie_octet), "{encoded:?}");
            prop_assert_eq!(decode_cookie_value(&encoded), value.as_str());
        }

        #[test]
        fn decoding_anything_never_panics(value in any::<String>()) {
            let _ = decode_cookie_value(&value);
        }
    }
}
