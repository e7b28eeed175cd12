//! String literals without syn's unescaping where there is nothing to
//! unescape. `syn::LitStr` runs its unescaper over the literal's text on
//! every peek, parse and `value()`, and proc macros run unoptimized in debug
//! builds: for a policy of thousands of descriptions that was a large part
//! of the expansion time. A plain `"..."` literal (no escapes, no carriage
//! return, no suffix) is just its text between the quotes; anything else
//! still goes through syn.

use syn::parse::ParseStream;
use syn::LitStr;

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

/// `input.parse::<LitStr>()`.
pub fn string(input: ParseStream) -> syn::Result<LitStr> {
    let fast = input.step(|cursor| match cursor.literal() {
        Some((literal, rest)) => match plain(&literal.to_string()) {
            Some(value) => Ok((Some(LitStr::new(value, literal.span())), rest)),
            None => Ok((None, *cursor)),
        },
        None => Ok((None, *cursor)),
    })?;
    match fast {
        Some(lit) => Ok(lit),
        None => input.parse(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse::Parser;

    fn parsed(source: &str) -> (bool, Result<String, String>) {
        let tokens: proc_macro2::TokenStream = source.parse().expect("lexes");
        let peek = (|input: ParseStream| {
            let peeked = peek_string(input);
            let _rest: proc_macro2::TokenStream = input.parse()?;
            Ok(peeked)
        })
        .parse2(tokens.clone())
        .unwrap_or(false);
        let parsed = (|input: ParseStream| {
            let lit = string(input)?;
            assert_eq!(value(&lit), lit.value(), "{source}");
            Ok(value(&lit))
        })
        .parse2(tokens)
        .map_err(|e| e.to_string());
        (peek, parsed)
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
            (r#""suffixed"x"#, "suffixed"),
        ] {
            assert_eq!(parsed(source), (true, Ok(expected.to_string())), "{source}");
        }
    }

    #[test]
    fn other_tokens_are_not_strings() {
        for source in ["12", "b\"bytes\"", "'c'", "ident", "{ }", "c\"cstr\""] {
            let (peek, parsed) = parsed(source);
            assert!(!peek, "{source}");
            assert_eq!(
                parsed,
                Err("expected string literal".to_string()),
                "{source}"
            );
        }
    }
}
