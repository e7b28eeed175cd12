//! Every error is on a token, in source order: over truncations and random
//! mutations of a valid policy, no error of a non-empty invocation is blamed
//! on the whole macro call (an error at the end of a group is on its closing
//! delimiter, one at the end of the invocation on its last token), and the
//! errors come by where they start.

use std::ops::Range;
use std::str::FromStr;

use proc_macro2::{Span, TokenStream};
use proptest::prelude::*;

use crate::expand::parse_and_check;
use crate::proptests::{assemble, mutated, mutations, valid_lexemes};

/// The bytes an invocation's tokens cover, when it has more than one token
/// (an error on the only token is on a token).
fn whole(tokens: &TokenStream) -> Option<Range<usize>> {
    let mut trees = tokens.clone().into_iter();
    let first = trees.next()?.span().byte_range();
    let last = trees.last()?.span().byte_range();
    Some(first.start..last.end)
}

/// The errors of `tokens` that are not on a token: on the call site (an
/// empty span; with `span-locations`, every token covers a byte or more)
/// or on the whole invocation. As `(message, bytes)`.
fn off_token(tokens: TokenStream) -> Vec<(String, Range<usize>)> {
    let whole = whole(&tokens);
    let (_, errors) = parse_and_check(tokens);
    errors
        .into_iter()
        .flat_map(|e| e.into_iter())
        .map(|e| (e.to_string(), e.span().byte_range()))
        .filter(|(_, bytes)| bytes.is_empty() || Some(bytes) == whole.as_ref())
        .collect()
}

#[test]
fn only_an_empty_invocation_is_blamed_on_the_whole_call() {
    let (_, errors) = parse_and_check(TokenStream::new());
    let spans: Vec<Range<usize>> = errors.iter().map(|e| e.span().byte_range()).collect();
    assert_eq!(spans, [Span::call_site().byte_range()]);
    assert_eq!(off_token(TokenStream::new()).len(), 1, "the check sees it");
}

#[test]
fn an_error_at_the_end_of_a_group_is_on_its_closing_delimiter() {
    use crate::testing::run;
    for (source, token, message) in [
        (
            "mod m { site: \"https://a.org\", necessary { provider \"P\" { A: \"a\" { purpose: \"p\", function: { en: \"f\", de: } } } } }",
            "}",
            "unexpected end of input, expected the text in `de` as a string",
        ),
        (
            "mod m { site: \"https://a.org\", consent_cookie: }",
            "}",
            "unexpected end of input, expected the constant name",
        ),
        ("pub mod m", "m", "unexpected end of input, expected `{`"),
        ("#[doc = \"x\"]", "]", "unexpected end of input, expected `mod`"),
    ] {
        let (_, errors) = run(source);
        let got: Vec<(&str, bool)> = errors
            .iter()
            .map(|e| (e.token.as_str(), e.message.starts_with(message)))
            .collect();
        assert_eq!(got, [(token, true)], "{source}: {errors:#?}");
    }
}

#[test]
fn every_truncation_has_its_errors_on_tokens() {
    let lexemes = valid_lexemes();
    let mut errors = 0;
    for cut in 1..=lexemes.len() {
        let Some(tokens) = lexemes.get(..cut).and_then(assemble) else {
            continue;
        };
        errors += parse_and_check(tokens.clone()).1.len();
        assert_eq!(off_token(tokens.clone()), [], "{tokens}");
    }
    assert!(
        errors > lexemes.len(),
        "most truncations are errors: {errors}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_mutation_has_its_errors_on_tokens(mutations in mutations()) {
        if let Some(tokens) = mutated(&mutations) {
            prop_assume!(!tokens.is_empty());
            prop_assert_eq!(off_token(tokens.clone()), [], "{}", tokens);
        }
    }

    #[test]
    fn every_mutation_has_its_errors_in_source_order(mutations in mutations()) {
        if let Some(tokens) = mutated(&mutations) {
            let starts: Vec<usize> = parse_and_check(tokens)
                .1
                .iter()
                .map(|e| e.span().byte_range().start)
                .collect();
            prop_assert!(starts.is_sorted(), "{:?}", starts);
        }
    }

    #[test]
    fn every_source_cut_has_its_errors_on_tokens(cut in 1usize..10_000) {
        // Cuts of the source text rather than of its lexemes: mid-literal
        // cuts do not lex and are left to rustc.
        let source = crate::proptests::VALID;
        let cut = cut % source.len();
        if let Some(tokens) = source.get(..cut).and_then(|s| TokenStream::from_str(s).ok()) {
            prop_assume!(!tokens.is_empty());
            prop_assert_eq!(off_token(tokens.clone()), [], "{}", tokens);
        }
    }
}
