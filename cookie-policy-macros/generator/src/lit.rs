//! String literals without syn's unescaping where there is nothing to
//! unescape. `syn::LitStr` runs its unescaper over the literal's text on
//! every peek, parse and `value()`, and proc macros run unoptimized in debug
//! builds: for a policy of thousands of descriptions that was a large part
//! of the expansion time. A plain `"..."` literal (no escapes, no carriage
//! return, no suffix) is just its text between the quotes; anything else
//! still goes through syn. A suffix (`"sid"x`) is an error here, as on
//! every literal the macro reads.

use proc_macro2::Literal;
use syn::parse::ParseStream;
use syn::{Error, LitStr};

use crate::errors::Errors;

/// The value of a plain `"..."` literal from its source text, if plain.
fn plain(repr: &str) -> Option<&str> {
    let inner = repr.strip_prefix('"')?.strip_suffix('"')?;
    // A plain byte loop: `str::contains` with a char pattern is many times
    // slower in the unoptimized builds proc macros run in.
    for &b in inner.as_bytes() {
        if b == b'\\' || b == b'\r' || b == b'"' {
            return None;
        }
    }
    Some(inner)
}

/// `lit.value()`.
pub fn value(lit: &LitStr) -> String {
    let repr = lit.token().to_string();
    match plain(&repr) {
        Some(value) => value.to_string(),
        None => lit.value(),
    }
}

/// `input.peek(LitStr)`: whether the next token is a string literal (a
/// literal whose text starts like `"..."` or `r"..."`, as syn classifies
/// literals), without unescaping it.
pub fn peek_string(input: ParseStream) -> bool {
    match input.cursor().literal() {
        Some((literal, _)) => {
            let repr = literal.to_string();
            repr.starts_with('"') || repr.starts_with("r\"") || repr.starts_with("r#")
        }
        None => false,
    }
}

/// The error for a literal's suffix (`"sid"x`, `14u8`), if it has one: a
/// suffix means nothing in a policy, and syn would drop a string's silently.
/// The one message for every literal the macro reads.
pub fn suffix_error(token: &Literal, suffix: &str) -> Option<Error> {
    if suffix.is_empty() {
        return None;
    }
    let repr = token.to_string();
    let bare = repr.strip_suffix(suffix).unwrap_or(&repr);
    Some(Error::new(
        token.span(),
        format!(
            "a literal in a policy takes no suffix: write `{bare}` without the `{suffix}` suffix"
        ),
    ))
}

/// `input.parse::<LitStr>()`; a suffix is reported to `errors` and the
/// value kept.
pub fn string(input: ParseStream, errors: &mut Errors) -> syn::Result<LitStr> {
    let fast = input.step(|cursor| match cursor.literal() {
        Some((literal, rest)) => match plain(&literal.to_string()) {
            Some(value) => Ok((Some(LitStr::new(value, literal.span())), rest)),
            None => Ok((None, *cursor)),
        },
        None => Ok((None, *cursor)),
    })?;
    match fast {
        // A plain literal has no suffix.
        Some(lit) => Ok(lit),
        None => {
            let lit: LitStr = input.parse()?;
            errors.extend(suffix_error(&lit.token(), lit.suffix()));
            Ok(lit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse::Parser;

    /// Whether `source` peeks as a string, its value (or error), and the
    /// errors reported beside it.
    fn parsed(source: &str) -> (bool, Result<String, String>, Vec<String>) {
        let tokens: proc_macro2::TokenStream = source.parse().expect("lexes");
        let peek = (|input: ParseStream| {
            let peeked = peek_string(input);
            let _rest: proc_macro2::TokenStream = input.parse()?;
            Ok(peeked)
        })
        .parse2(tokens.clone())
        .unwrap_or(false);
        let mut errors = Errors::new();
        let parsed = (|input: ParseStream| {
            let lit = string(input, &mut errors)?;
            assert_eq!(value(&lit), lit.value(), "{source}");
            Ok(value(&lit))
        })
        .parse2(tokens)
        .map_err(|e| e.to_string());
        let errors = errors.into_sorted().iter().map(Error::to_string).collect();
        (peek, parsed, errors)
    }

    #[test]
    fn values_are_syns_values() {
        for (source, expected) in [
            (r#""plain text""#, "plain text"),
            (r#""""#, ""),
            (r#""caf\u{e9} \"quoted\" \\ \n""#, "café \"quoted\" \\ \n"),
            ("\"caf\u{e9}\"", "caf\u{e9}"),
            (r###"r#"raw "text""#"###, "raw \"text\""),
            (r#"r"raw""#, "raw"),
            ("\"line\\\nbreak\"", "linebreak"),
            ("\"two\nlines\"", "two\nlines"),
        ] {
            assert_eq!(
                parsed(source),
                (true, Ok(expected.to_string()), Vec::new()),
                "{source}"
            );
        }
    }

    #[test]
    fn a_suffix_is_reported_and_the_value_kept() {
        for (source, bare, suffix, expected) in [
            (r#""suffixed"x"#, r#""suffixed""#, "x", "suffixed"),
            (r#""a\"b"_id"#, r#""a\"b""#, "_id", "a\"b"),
            (r##"r#"raw"#s"##, r##"r#"raw"#"##, "s", "raw"),
        ] {
            let message = format!(
                "a literal in a policy takes no suffix: write `{bare}` without the `{suffix}` suffix"
            );
            assert_eq!(
                parsed(source),
                (true, Ok(expected.to_string()), vec![message]),
                "{source}"
            );
        }
    }

    #[test]
    fn numbers_get_the_same_suffix_message() {
        let int: syn::LitInt = syn::parse_str("14u8").expect("an integer");
        let error = suffix_error(&int.token(), int.suffix()).map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some("a literal in a policy takes no suffix: write `14` without the `u8` suffix")
        );
        let plain: syn::LitInt = syn::parse_str("14").expect("an integer");
        assert!(suffix_error(&plain.token(), plain.suffix()).is_none());
    }

    #[test]
    fn other_tokens_are_not_strings() {
        for source in ["12", "b\"bytes\"", "'c'", "ident", "{ }", "c\"cstr\""] {
            let (peek, parsed, errors) = parsed(source);
            assert!(!peek && errors.is_empty(), "{source}");
            assert_eq!(
                parsed,
                Err("expected string literal".to_string()),
                "{source}"
            );
        }
    }
}
