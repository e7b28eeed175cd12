//! The macro never panics: truncations and random token mutations of a valid
//! policy go through every stage and come back as code or errors. (The
//! generators serve [`span_props`](crate::span_props) too.)

use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use proptest::prelude::*;

use crate::expand::expand;

pub const VALID: &str = r#"
/// Docs.
pub mod portal {
    consent_cookie: PREFS,
    site: "https://opendata.potsdam.de",
    languages: [en, de],
    necessary {
        provider "Opendatasoft" {
            /// Session.
            SESSIONID: "sessionid" {
                function: { en: "Authentication", de: "Authentifizierung" },
                purpose: { en: "To remember the user", de: "Um den Nutzer zu erkennen" },
                location: { en: "front office", de: "Front-Office" },
                duration: 14 days, secure, http_only, same_site: Lax, domain: "potsdam.de", path: "/",
            }
            PREFS: "cookies_preferences" {
                function: { en: "Choices", de: "Auswahl" },
                purpose: { en: "To remember choices", de: "Um die Auswahl zu speichern" },
                duration: 6 months,
            }
            HOST: "__Host-csrf" { function: { en: "CSRF", de: "CSRF" }, purpose: { en: "x", de: "y" }, secure, path: "/" }
        }
    }
    statistics {
        provider "Matomo" {
            PK_ID: "_pk_id.*" {
                function: { en: "Audience", de: "Reichweite" },
                purpose: { en: "To count visits", de: "Um Besuche zu zählen" },
                duration: 13 months, anonymized,
            }
        }
    }
    marketing {
        provider "YouTube" {
            YT: "VISITOR_INFO1_LIVE" {
                function: { en: "Videos", de: "Videos" },
                purpose: { en: "Bandwidth", de: "Bandbreite" },
                third_party: "youtube.com", duration: 180 days, secure, same_site: None, partitioned,
            }
        }
    }
}
"#;

/// The policy as a flat list of lexemes, with group delimiters as lexemes.
fn lexemes(tokens: TokenStream, out: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::None => ("", ""),
                };
                out.push(open.to_string());
                lexemes(group.stream(), out);
                out.push(close.to_string());
            }
            other => out.push(other.to_string()),
        }
    }
}

/// Joins lexemes and closes whatever is left open, so it lexes again.
pub fn assemble(lexemes: &[String]) -> Option<TokenStream> {
    let mut source = String::new();
    let mut open = Vec::new();
    for lexeme in lexemes {
        match lexeme.as_str() {
            "{" => open.push('}'),
            "[" => open.push(']'),
            "(" => open.push(')'),
            "}" | "]" | ")" => {
                if open.last().map(|c| c.to_string()) != Some(lexeme.clone()) {
                    continue; // drop an unbalanced closer
                }
                open.pop();
            }
            _ => {}
        }
        source.push_str(lexeme);
        source.push(' ');
    }
    while let Some(close) = open.pop() {
        source.push(close);
    }
    TokenStream::from_str(&source).ok()
}

pub fn valid_lexemes() -> Vec<String> {
    let mut out = Vec::new();
    lexemes(TokenStream::from_str(VALID).expect("valid"), &mut out);
    out
}

const POOL: &[&str] = &[
    "",
    "*",
    ",",
    ":",
    ";",
    "{",
    "}",
    "[",
    "]",
    "#",
    "mod",
    "pub",
    "provider",
    "necessary",
    "marketing",
    "statistics",
    "preferences",
    "site",
    "languages",
    "consent_cookie",
    "secure",
    "anonymized",
    "duration",
    "same_site",
    "None",
    "0",
    "401",
    "18446744073709551616",
    "\"\"",
    "\"*\"",
    "\"__Host-x\"",
    "\"https://\"",
    "\"é\"",
    "\"a b\"",
    "\"_pk_id.x\"",
    "en",
    "fr",
    "days",
    "session",
    "POLICY",
    "r#mod",
    "1.5",
    "'a'",
    "b\"x\"",
    "-",
    "=",
    "///",
];

#[derive(Debug, Clone)]
pub enum Mutation {
    Delete(usize),
    Insert(usize, usize),
    Replace(usize, usize),
    Duplicate(usize),
    Swap(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), 0..POOL.len()).prop_map(|(a, b)| Mutation::Insert(a, b)),
        (any::<usize>(), 0..POOL.len()).prop_map(|(a, b)| Mutation::Replace(a, b)),
        any::<usize>().prop_map(Mutation::Duplicate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
    ]
}

/// A few mutations in a row.
pub fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    proptest::collection::vec(mutation(), 1..8)
}

/// The valid policy after `mutations`, if it still lexes.
pub fn mutated(mutations: &[Mutation]) -> Option<TokenStream> {
    let mut lexemes = valid_lexemes();
    for m in mutations {
        apply(&mut lexemes, m);
    }
    assemble(&lexemes)
}

fn apply(lexemes: &mut Vec<String>, mutation: &Mutation) {
    let len = lexemes.len().max(1);
    let pool = |i: usize| POOL.get(i).copied().unwrap_or("").to_string();
    match *mutation {
        Mutation::Delete(i) if !lexemes.is_empty() => {
            lexemes.remove(i % len);
        }
        Mutation::Insert(i, p) => lexemes.insert(i % (lexemes.len() + 1), pool(p)),
        Mutation::Replace(i, p) if !lexemes.is_empty() => lexemes[i % len] = pool(p),
        Mutation::Duplicate(i) if !lexemes.is_empty() => {
            let copy = lexemes[i % len].clone();
            lexemes.insert(i % len, copy);
        }
        Mutation::Swap(a, b) if !lexemes.is_empty() => lexemes.swap(a % len, b % len),
        _ => {}
    }
}

#[test]
fn the_valid_policy_expands_cleanly() {
    let out = expand(TokenStream::from_str(VALID).expect("valid")).to_string();
    assert!(!out.contains("compile_error"), "{out}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn truncations_never_panic(cut in 0usize..10_000) {
        let lexemes = valid_lexemes();
        let cut = cut % (lexemes.len() + 1);
        if let Some(tokens) = assemble(&lexemes[..cut]) {
            let _ = expand(tokens);
        }
    }

    #[test]
    fn mutations_never_panic(mutations in mutations()) {
        if let Some(tokens) = mutated(&mutations) {
            let _ = expand(tokens);
        }
    }

    #[test]
    fn arbitrary_strings_in_every_literal_never_panic(text in "\\PC{0,12}", which in 0usize..64) {
        let lexemes = valid_lexemes();
        let literal = format!("{text:?}");
        let mut replaced = 0;
        let mutated: Vec<String> = lexemes
            .into_iter()
            .map(|l| {
                if l.starts_with('"') {
                    replaced += 1;
                    if replaced % 64 == which { return literal.clone(); }
                }
                l
            })
            .collect();
        if let Some(tokens) = assemble(&mutated) {
            let _ = expand(tokens);
        }
    }
}
