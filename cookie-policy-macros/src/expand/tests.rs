//! The generated code, as tokens: what is emitted next to errors, the
//! revision, and the lookup tables.

use std::str::FromStr;

use proc_macro2::TokenStream;

use super::{expand, lookup_tables, revision};
use crate::testing::{policy, run};

const SITE: &str = "site: \"https://www.example.org\",";

fn expanded(source: &str) -> String {
    expand(TokenStream::from_str(source).expect("lexically valid")).to_string()
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn a_valid_policy_expands_to_its_module_without_errors() {
    let out = expanded(&policy(
        SITE,
        "/// The session.\nSESSION: \"sid\" { function: \"f\", purpose: \"p\" }",
        "PK: \"_pk*\" { function: \"f\", purpose: \"p\", anonymized }",
        "AD: \"ad\" { function: \"f\", purpose: \"p\" }",
    ));
    assert_eq!(count(&out, "compile_error"), 0, "{out}");
    assert!(out.contains("pub mod site"));
    assert!(out.contains("pub const SESSION : :: cookie_policy :: DeclaredCookie < :: cookie_policy :: NoConsentNeeded >"));
    assert!(out.contains(
        "pub const PK : :: cookie_policy :: DeclaredCookie < :: cookie_policy :: NoConsentNeeded >"
    ));
    assert!(out.contains("pub const AD : :: cookie_policy :: DeclaredCookie < :: cookie_policy :: MarketingConsent >"));
    assert!(out.contains("pub static POLICY : :: cookie_policy :: Policy"));
    assert!(
        out.contains("\" The session.\""),
        "doc comments are forwarded"
    );
    // Runtime items are only ever named through `::cookie_policy`.
    assert!(
        !out.contains(" cookie_policy :: DeclaredCookie")
            || out.contains(":: cookie_policy :: DeclaredCookie")
    );
    for word in out.split_whitespace() {
        assert_ne!(word, "Policy::__new", "paths must be absolute");
    }
}

#[test]
fn statistics_that_need_consent_get_the_statistics_requirement() {
    let out = expanded(&policy(
        SITE,
        "",
        "PK: \"_pk\" { function: \"f\", purpose: \"p\" }",
        "",
    ));
    assert!(out.contains("pub const PK : :: cookie_policy :: DeclaredCookie < :: cookie_policy :: StatisticsConsent >"));
}

#[test]
fn errors_come_with_every_constant_that_could_be_built() {
    let out = expanded(&policy(
        SITE,
        "GOOD: \"good\" { function: \"f\", purpose: \"p\" }
         BAD: \"bad name\" { function: \"f\", purpose: \"p\" }
         GOOD: \"other\" { function: \"f\", purpose: \"p\" }
         POLICY: \"policy\" { function: \"f\", purpose: \"p\" }",
        "",
        "YT: \"yt\" { function: \"f\", purpose: \"p\", colour: \"red\" }",
    ));
    assert_eq!(count(&out, "compile_error"), 4, "{out}");
    // Emitted once each: no E0428 duplicate definitions, no clash with POLICY.
    assert_eq!(count(&out, "pub const GOOD :"), 1);
    assert_eq!(count(&out, "pub const BAD :"), 1);
    assert_eq!(count(&out, "pub const YT :"), 1);
    assert_eq!(count(&out, "pub const POLICY"), 0);
    assert_eq!(count(&out, "pub static POLICY"), 1);
}

#[test]
fn a_broken_head_gives_one_error_and_no_module() {
    let out = expanded("pub struct NotAPolicy;");
    assert_eq!(count(&out, "compile_error"), 1);
    assert!(
        !out.contains("static POLICY") && !out.contains("pub const"),
        "{out}"
    );
    let out = expanded("");
    assert_eq!(count(&out, "compile_error"), 1);
}

#[test]
fn the_revision_follows_the_declaration_not_its_formatting() {
    let entry = "A: \"a\" { function: \"f\", purpose: \"p\", duration: 1 day }";
    let base = run(&policy(SITE, entry, "", "")).0.expect("model");
    let reformatted = run(&policy(SITE, &entry.replace(' ', "\n  "), "", ""))
        .0
        .expect("model");
    assert_eq!(revision(&base), revision(&reformatted));
    for changed in [
        entry.replace("\"p\"", "\"q\""),
        entry.replace("1 day", "2 days"),
        entry.replace("1 day", "1 day, secure"),
        entry.replace("\"a\"", "\"b\""),
    ] {
        let other = run(&policy(SITE, &changed, "", "")).0.expect("model");
        assert_ne!(revision(&base), revision(&other), "{changed}");
    }
    let moved = run(&policy(SITE, "", "", entry)).0.expect("model");
    assert_ne!(
        revision(&base),
        revision(&moved),
        "the category is part of the revision"
    );
}

#[test]
fn lookup_tables_find_exact_names_and_pattern_prefixes() {
    let mut entries = String::new();
    for i in 0..300 {
        entries.push_str(&format!(
            "E{i}: \"cookie_{i}\" {{ function: \"f\", purpose: \"p\" }}\n"
        ));
    }
    entries.push_str("P1: \"_ga*\" { function: \"f\", purpose: \"p\" }\n");
    entries.push_str("P2: \"_ga_*\" { function: \"f\", purpose: \"p\" }\n");
    let model = run(&policy(SITE, "", &entries, "")).0.expect("model");
    let (exact, patterns, lengths) = lookup_tables(&model.cookies);
    for (index, cookie) in model.cookies.iter().enumerate() {
        if cookie.is_pattern() {
            let prefix = cookie.name.trim_end_matches('*');
            assert_eq!(patterns.find(prefix.as_bytes()), Some(index));
        } else {
            assert_eq!(
                exact.find(cookie.name.as_bytes()),
                Some(index),
                "{}",
                cookie.name
            );
        }
    }
    assert_eq!(lengths, [4, 3], "longest prefix first");
}
