//! Cookie names: RFC 6265 tokens and prefix patterns (by
//! `cookie-policy-shared`'s rules), well-known trackers.

use cookie_policy_shared::name::{is_token_byte, pattern_prefix};

/// The punctuation a cookie name may hold, for the message: every byte of
/// the token table that is neither a letter nor a digit, in ASCII order.
fn allowed_punctuation() -> String {
    (0u8..0x80)
        .filter(|b| is_token_byte(*b) && !b.is_ascii_alphanumeric())
        .map(char::from)
        .collect()
}

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
    let body = pattern_prefix(name).unwrap_or(name);
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
            c if !is_token_byte(c as u8) => format!("`{c}`"),
            _ => continue,
        };
        return Some(format!(
            "`{}` is not a valid cookie name: it contains {problem} (character {}). RFC 6265 allows only ASCII letters, digits and {} in a name; browsers and servers split or drop other names",
            name.escape_debug(),
            position + 1,
            allowed_punctuation()
        ));
    }
    None
}

/// Cookies of well-known analytics and advertising services, with the
/// category the Open Cookie Database gives them (`Analytics` is `statistics`
/// here). Only distinctive names: a site may well have its own `fr` cookie.
/// A trailing `*` is a prefix pattern, as in the language.
pub const KNOWN_TRACKERS: [(&str, &str, crate::ast::Category); 22] = {
    use crate::ast::Category::{Marketing, Statistics};
    [
        ("_ga", "Google Analytics", Statistics),
        ("_ga_*", "Google Analytics", Statistics),
        ("_gid", "Google Analytics", Statistics),
        ("_gat*", "Google Analytics", Statistics),
        ("__utma", "Google Analytics", Statistics),
        ("__utmb", "Google Analytics", Statistics),
        ("__utmc", "Google Analytics", Statistics),
        ("__utmt", "Google Analytics", Statistics),
        ("__utmz", "Google Analytics", Statistics),
        ("_pk_id.*", "Matomo", Statistics),
        ("_pk_ses.*", "Matomo", Statistics),
        ("_hjid", "Hotjar", Statistics),
        ("_clck", "Microsoft Clarity", Statistics),
        ("_clsk", "Microsoft Clarity", Statistics),
        ("_gcl_au", "Google Ads", Marketing),
        ("_gcl_aw", "Google Ads", Marketing),
        ("_fbp", "Meta (Facebook)", Marketing),
        ("_fbc", "Meta (Facebook)", Marketing),
        ("VISITOR_INFO1_LIVE", "YouTube", Marketing),
        ("_uetsid", "Microsoft Advertising", Marketing),
        ("_uetvid", "Microsoft Advertising", Marketing),
        ("_ttp", "TikTok", Marketing),
    ]
};

/// The service and category of a well-known analytics or advertising cookie
/// that `name` (a name or a prefix pattern) declares, if it declares one.
pub fn known_tracker(name: &str) -> Option<(&'static str, crate::ast::Category)> {
    let (declared, declared_pattern) = match pattern_prefix(name) {
        Some(prefix) => (prefix, true),
        None => (name, false),
    };
    KNOWN_TRACKERS
        .iter()
        .find(|(known, _, _)| match pattern_prefix(known) {
            // A known pattern covers the name, or a narrower pattern.
            Some(prefix) => declared.starts_with(prefix),
            None => !declared_pattern && declared == *known,
        })
        .map(|(_, service, category)| (*service, *category))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::Category;

    #[test]
    fn known_trackers_are_recognised_by_name_and_pattern() {
        assert_eq!(
            known_tracker("_ga"),
            Some(("Google Analytics", Category::Statistics))
        );
        assert_eq!(
            known_tracker("_ga_2X7Q9"),
            Some(("Google Analytics", Category::Statistics))
        );
        assert_eq!(
            known_tracker("_ga_*"),
            Some(("Google Analytics", Category::Statistics))
        );
        assert_eq!(
            known_tracker("_gat_UA-1"),
            Some(("Google Analytics", Category::Statistics))
        );
        assert_eq!(
            known_tracker("_pk_id.1.ab"),
            Some(("Matomo", Category::Statistics))
        );
        assert_eq!(
            known_tracker("_fbp"),
            Some(("Meta (Facebook)", Category::Marketing))
        );
        for own in [
            "sessionid",
            "csrftoken",
            "_g*",
            "_gax",
            "_fbp_own",
            "ga",
            "fr",
        ] {
            assert_eq!(known_tracker(own), None, "{own}");
        }
    }

    /// Every entry of the table is in the vendored Open Cookie Database with
    /// the category the table gives it.
    #[test]
    fn known_trackers_agree_with_the_open_cookie_database() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../cookie-policy/data/open-cookie-database.csv"
        );
        let Ok(csv) = std::fs::read_to_string(path) else {
            panic!("the Open Cookie Database is vendored at {path}");
        };
        for (name, service, category) in KNOWN_TRACKERS {
            let (key, wildcard) = match name.strip_suffix('*') {
                Some(prefix) => (prefix, "1"),
                None => (name, "0"),
            };
            let expected = match category {
                Category::Statistics => "Analytics",
                _ => "Marketing",
            };
            // Columns: ID, Platform, Category, Name, Domain, ..., Wildcard match.
            let found = csv.lines().any(|line| {
                let cells: Vec<&str> = line.split(',').collect();
                cells.get(2) == Some(&expected)
                    && cells.get(3) == Some(&key)
                    && cells.last() == Some(&wildcard)
            });
            assert!(
                found,
                "{name} ({service}) is {expected} in the Open Cookie Database"
            );
        }
    }

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
}
