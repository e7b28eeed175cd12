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
    header.split(|&b| b == b';').filter_map(move |pair| {
        let eq = pair.iter().position(|&b| b == b'=')?;
        let (pair_name, value) = pair.split_at(eq);
        if trim(pair_name) != name {
            return None;
        }
        let value = trim(value.get(1..)?);
        Some(unquote(value))
    })
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

    #[test]
    fn the_value_runs_to_the_semicolon_and_keeps_later_equals() {
        assert_eq!(values("a=b=c; d=e", "a"), ["b=c"]);
        assert_eq!(values("a=", "a"), [""]);
    }
}
