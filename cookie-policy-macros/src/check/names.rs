//! Cookie names: RFC 6265 tokens, prefix patterns, RFC 6265bis name prefixes.

const ALLOWED_PUNCTUATION: &str = "!#$%&'*+-.^_`|~";

/// Why `name` is not a valid cookie name (or pattern), if it is not.
///
/// A trailing `*` makes a prefix pattern; a `*` anywhere else is a mistake.
pub fn name_error(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some(
            "a cookie name cannot be empty: browsers ignore a cookie without a name".into(),
        );
    }
    if name == "*" {
        return Some(
            "a prefix pattern needs a prefix before `*`, as in `\"_ga_*\"`; `*` alone would cover every cookie".into(),
        );
    }
    let body = name.strip_suffix('*').unwrap_or(name);
    for (position, c) in body.chars().enumerate() {
        let problem = match c {
            '*' => {
                return Some(format!(
                    "`*` may only end a name, where it makes a prefix pattern (`\"_ga_*\"` covers `_ga_XYZ`); this `*` is character {} of `{name}`",
                    position + 1
                ))
            }
            ' ' => "a space".to_string(),
            '\t' => "a tab".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", c as u32),
            c if !c.is_ascii() => format!("the non-ASCII character `{c}`"),
            '(' | ')' | '<' | '>' | '@' | ',' | ';' | ':' | '\\' | '"' | '/' | '[' | ']' | '?'
            | '=' | '{' | '}' => format!("`{c}`"),
            _ => continue,
        };
        return Some(format!(
            "`{}` is not a valid cookie name: it contains {problem} (character {}). RFC 6265 allows only ASCII letters, digits and {ALLOWED_PUNCTUATION} in a name; browsers and servers split or drop other names",
            name.escape_debug(),
            position + 1
        ));
    }
    None
}

/// The RFC 6265bis prefix of a name, matched case-insensitively as browsers do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamePrefix {
    Secure,
    Host,
}

pub fn name_prefix(name: &str) -> Option<NamePrefix> {
    let starts = |prefix: &str| {
        name.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    if starts("__Secure-") {
        Some(NamePrefix::Secure)
    } else if starts("__Host-") {
        Some(NamePrefix::Host)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_names_and_patterns() {
        for name in [
            "sessionid",
            "_ga",
            "_ga_*",
            "__Host-id",
            "a!#$%&'+-.^_`|~9",
            "_pk_id.*",
        ] {
            assert_eq!(name_error(name), None, "{name}");
        }
    }

    #[test]
    fn invalid_names_say_which_character() {
        let cases = [
            ("", "cannot be empty"),
            ("*", "needs a prefix"),
            ("Site History", "a space (character 5)"),
            ("barometric[cuid]", "`[` (character 11)"),
            ("name\t", "a tab"),
            ("café", "non-ASCII character `é`"),
            ("a=b", "`=`"),
            ("_ga*_x", "`*` may only end a name"),
            ("x\u{1}", "control character U+0001"),
        ];
        for (name, expected) in cases {
            let message = name_error(name).unwrap_or_default();
            assert!(message.contains(expected), "{name:?}: {message}");
        }
    }

    #[test]
    fn prefixes_are_case_insensitive() {
        assert_eq!(name_prefix("__Secure-id"), Some(NamePrefix::Secure));
        assert_eq!(name_prefix("__secure-id"), Some(NamePrefix::Secure));
        assert_eq!(name_prefix("__HOST-id"), Some(NamePrefix::Host));
        assert_eq!(name_prefix("__Hostid"), None);
        assert_eq!(name_prefix("_é"), None);
    }
}
