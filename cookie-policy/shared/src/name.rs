//! Cookie names: which bytes a name may hold (RFC 6265), which names are
//! prefix patterns, and the RFC 6265bis name prefixes.

/// Whether each byte may appear in an RFC 6265 cookie name: a `token` of
/// RFC 2616 section 2.2, visible ASCII except the separators
/// `( ) < > @ , ; : \ " / [ ] ? = { }` (and so no space, tab, control or
/// non-ASCII byte).
pub const TOKEN: [bool; 256] = {
    let mut token = [false; 256];
    let mut b = 0x21;
    while b < 0x7F {
        token[b] = !matches!(
            b as u8,
            b'(' | b')'
                | b'<'
                | b'>'
                | b'@'
                | b','
                | b';'
                | b':'
                | b'\\'
                | b'"'
                | b'/'
                | b'['
                | b']'
                | b'?'
                | b'='
                | b'{'
                | b'}'
        );
        b += 1;
    }
    token
};

/// Whether `byte` may appear in a cookie name (see [`TOKEN`]).
///
/// ```
/// use cookie_policy_shared::name::is_token_byte;
/// assert!(is_token_byte(b'_') && is_token_byte(b'*') && is_token_byte(b'~'));
/// assert!(!is_token_byte(b'=') && !is_token_byte(b' ') && !is_token_byte(0xC3));
/// ```
#[inline(always)]
pub const fn is_token_byte(byte: u8) -> bool {
    TOKEN[byte as usize]
}

/// Whether `name` is a cookie name: a non-empty RFC 6265 token.
///
/// ```
/// use cookie_policy_shared::name::is_token;
/// assert!(is_token(b"_ga_2X7Q9"));
/// assert!(!is_token(b"") && !is_token(b"Site History") && !is_token(b"barometric[cuid]"));
/// ```
pub const fn is_token(name: &[u8]) -> bool {
    if name.is_empty() {
        return false;
    }
    let mut i = 0;
    while i < name.len() {
        if !is_token_byte(name[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether a declared name is a prefix pattern: it ends in `*` (`"_ga_*"`
/// covers `_ga_XYZ123`). `"*"` alone is the pattern with an empty prefix,
/// which covers every name (and which `cookie_policy!` rejects).
///
/// ```
/// use cookie_policy_shared::name::is_pattern;
/// assert!(is_pattern("_ga_*") && is_pattern("*"));
/// assert!(!is_pattern("sid") && !is_pattern("*a") && !is_pattern(""));
/// ```
#[inline]
pub const fn is_pattern(name: &str) -> bool {
    match name.as_bytes() {
        [.., last] => *last == b'*',
        [] => false,
    }
}

/// The prefix of a prefix pattern (its name without the trailing `*`), or
/// `None` for an exact name.
///
/// ```
/// use cookie_policy_shared::name::pattern_prefix;
/// assert_eq!(pattern_prefix("_ga_*"), Some("_ga_"));
/// assert_eq!(pattern_prefix("*"), Some(""));
/// assert_eq!(pattern_prefix("sid"), None);
/// ```
#[inline]
pub fn pattern_prefix(name: &str) -> Option<&str> {
    name.strip_suffix('*')
}

/// `text` spelled for an `UPPER_SNAKE_CASE` constant: ASCII letters and
/// digits upper-cased, every other character an `_`. The generator's hint
/// for a badly named entry and the scaffold's constants are spelled so.
///
/// ```
/// use cookie_policy_shared::name::upper_snake;
/// assert!(upper_snake("_pk_id.1").eq("_PK_ID_1".chars()));
/// assert!(upper_snake("sessionId").eq("SESSIONID".chars()));
/// ```
pub fn upper_snake(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().map(|c| {
        if c.is_ascii_alphanumeric() {
            c.to_ascii_uppercase()
        } else {
            '_'
        }
    })
}

/// An RFC 6265bis cookie name prefix, which browsers enforce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NamePrefix {
    /// `__Secure-`: the cookie must be `Secure`.
    Secure,
    /// `__Host-`: `Secure`, no `Domain`, `Path=/`.
    Host,
}

impl NamePrefix {
    /// Both prefixes.
    pub const ALL: [NamePrefix; 2] = [NamePrefix::Secure, NamePrefix::Host];

    /// The prefix as RFC 6265bis writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            NamePrefix::Secure => "__Secure-",
            NamePrefix::Host => "__Host-",
        }
    }

    /// The prefix `name` starts with, matched case-insensitively as
    /// browsers do.
    ///
    /// ```
    /// use cookie_policy_shared::name::NamePrefix;
    /// assert_eq!(NamePrefix::of("__secure-id"), Some(NamePrefix::Secure));
    /// assert_eq!(NamePrefix::of("__Host-csrf"), Some(NamePrefix::Host));
    /// assert_eq!(NamePrefix::of("__Hostid"), None);
    /// ```
    pub fn of(name: &str) -> Option<NamePrefix> {
        NamePrefix::ALL.into_iter().find(|prefix| {
            let prefix = prefix.as_str();
            name.get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table against the RFC's own wording: CHAR except CTLs and
    /// separators, where CHAR is any US-ASCII byte.
    #[test]
    fn the_token_table_is_rfc_2616s_token() {
        const SEPARATORS: &[u8] = b"()<>@,;:\\\"/[]?={} \t";
        for b in 0..=255u8 {
            let expected = b.is_ascii() && !b.is_ascii_control() && !SEPARATORS.contains(&b);
            assert_eq!(is_token_byte(b), expected, "{b:#04x}");
        }
    }

    #[test]
    fn names_ending_in_a_star_are_patterns() {
        for (name, pattern) in [
            ("*", true),
            ("_ga_*", true),
            ("a*", true),
            ("**", true),
            ("", false),
            ("sid", false),
            ("*a", false),
            ("a*b", false),
        ] {
            assert_eq!(is_pattern(name), pattern, "{name:?}");
            assert_eq!(pattern_prefix(name).is_some(), pattern, "{name:?}");
        }
    }

    #[test]
    fn prefixes_are_case_insensitive() {
        assert_eq!(NamePrefix::of("__Secure-id"), Some(NamePrefix::Secure));
        assert_eq!(NamePrefix::of("__secure-id"), Some(NamePrefix::Secure));
        assert_eq!(NamePrefix::of("__HOST-id"), Some(NamePrefix::Host));
        assert_eq!(NamePrefix::of("__Hostid"), None);
        assert_eq!(NamePrefix::of("_é"), None);
    }
}
