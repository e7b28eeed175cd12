//! Reading cookies out of a `Cookie:` request header, without allocating.

/// The values of the cookies called `name` in the `Cookie:` header value
/// `header`, in order.
///
/// Pairs are separated by `;`; spaces and tabs around names and values are
/// trimmed; a pair without `=` is skipped; the name is compared byte for byte;
/// one pair of surrounding double quotes is removed from the value. Linear in
/// the header's length; never panics.
pub(crate) fn cookie_values<'h>(
    header: &'h [u8],
    name: &'h [u8],
) -> impl Iterator<Item = &'h [u8]> + 'h {
    // A name without `=` and without trailing blanks (every cookie name)
    // is found by a prefix test at the start of each pair: one scan for the
    // `;`s, no search for each pair's `=`. Other names take the general rule.
    let plain = !name.contains(&b'=') && !matches!(name.last(), Some(b' ' | b'\t'));
    let mut rest = Some(header);
    core::iter::from_fn(move || loop {
        let remaining = rest?;
        let pair = match find_byte(remaining, b';') {
            Some(semicolon) => {
                rest = Some(&remaining[semicolon + 1..]);
                &remaining[..semicolon]
            }
            None => {
                rest = None;
                remaining
            }
        };
        let value = if plain {
            match trim_start(pair).strip_prefix(name).map(trim_start) {
                Some([b'=', value @ ..]) => Some(value),
                _ => None,
            }
        } else {
            let eq = pair.iter().position(|&b| b == b'=');
            eq.filter(|&eq| trim(&pair[..eq]) == name)
                .map(|eq| &pair[eq + 1..])
        };
        if let Some(value) = value {
            return Some(unquote(trim(value)));
        }
    })
}

/// The index of the first `needle` in `haystack`, looked for eight bytes
/// at a time (a `Cookie` header is mostly long values between the `;`s).
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

fn trim_start(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = bytes {
        bytes = rest;
    }
    bytes
}

fn trim(mut bytes: &[u8]) -> &[u8] {
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

#[cfg(test)]
mod tests {
    use super::cookie_values;

    fn values<'a>(header: &'a str, name: &'a str) -> Vec<&'a str> {
        cookie_values(header.as_bytes(), name.as_bytes())
            .map(|v| core::str::from_utf8(v).unwrap())
            .collect()
    }

    #[test]
    fn finds_every_copy_in_order() {
        assert_eq!(values("a=1; b=2; a=3", "a"), ["1", "3"]);
        assert_eq!(values("a=1;b=2", "b"), ["2"]);
    }

    #[test]
    fn trims_whitespace_and_one_pair_of_quotes() {
        assert_eq!(
            values(" \ta \t= \t\"x\" ; a=\"\"y\"\"", "a"),
            ["x", "\"y\""]
        );
        assert_eq!(values("a=\"", "a"), ["\""]);
    }

    #[test]
    fn skips_pairs_without_equals_and_other_names() {
        assert_eq!(values("a; aa=1; =2; a", "a"), Vec::<&str>::new());
        assert_eq!(values("", "a"), Vec::<&str>::new());
        assert_eq!(values("A=1", "a"), Vec::<&str>::new());
    }

    /// The rule as first written: split at `;`, the name is what precedes
    /// the first `=`, trimmed.
    fn reference<'h>(header: &'h [u8], name: &'h [u8]) -> Vec<&'h [u8]> {
        header
            .split(|&b| b == b';')
            .filter_map(|pair| {
                let eq = pair.iter().position(|&b| b == b'=')?;
                (super::trim(&pair[..eq]) == name)
                    .then(|| super::unquote(super::trim(&pair[eq + 1..])))
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn find_byte_finds_the_first(
            haystack in proptest::collection::vec(proptest::sample::select(&[0u8, 1, b';', 0x3a, 0x3c, 0xbb, 0xff][..]), 0..40),
            needle in proptest::sample::select(&[0u8, b';', 0xff, 0x3b ^ 0x80][..]),
        ) {
            proptest::prop_assert_eq!(
                super::find_byte(&haystack, needle),
                haystack.iter().position(|&b| b == needle)
            );
        }

        #[test]
        fn agrees_with_the_general_rule(
            header in proptest::collection::vec(proptest::sample::select(&b"ab=; \t\"x"[..]), 0..40),
            name in proptest::sample::select(vec![&b"a"[..], b"ab", b"", b"a=", b"a ", b" a", b"a b", b"="]),
        ) {
            let found: Vec<&[u8]> = cookie_values(&header, name).collect();
            proptest::prop_assert_eq!(found, reference(&header, name));
        }
    }

    #[test]
    fn names_that_are_not_tokens_follow_the_same_rule() {
        assert_eq!(values("a=b=1; a=b =2", "a=b"), Vec::<&str>::new());
        assert_eq!(values("a =1; a  =2", "a "), Vec::<&str>::new());
        assert_eq!(values("=1; a=2; \t=3", ""), ["1", "3"]);
        assert_eq!(values("a b=1", "a b"), ["1"]);
    }

    #[test]
    fn the_value_runs_to_the_semicolon_and_keeps_later_equals() {
        assert_eq!(values("a=b=c; d=e", "a"), ["b=c"]);
        assert_eq!(values("a=", "a"), [""]);
    }
}
