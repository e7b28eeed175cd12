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
    for (ident, name) in [
        ("P1", "_ga*"),
        ("P2", "_ga_*"),
        ("P3", "_g*"),
        ("P4", "x*"),
        ("P5", "_pk_id.*"),
        ("P6", "y*"),
    ] {
        entries.push_str(&format!(
            "{ident}: \"{name}\" {{ function: \"f\", purpose: \"p\" }}\n"
        ));
    }
    let model = run(&policy(SITE, "", &entries, "")).0.expect("model");
    let (exact, patterns) = lookup_tables(&model.cookies);
    let index_of = |name: &str| model.cookies.iter().position(|c| c.name == name);
    for (index, cookie) in model.cookies.iter().enumerate() {
        if !cookie.is_pattern() {
            assert_eq!(
                exact.find(cookie.name.as_bytes()),
                Some(index),
                "{}",
                cookie.name
            );
        }
    }
    // Two groups by their first two bytes, longest prefix first; the
    // one-byte prefixes after the last group.
    assert_eq!(patterns.starts, [0, 3, 4]);
    let members: Vec<Option<usize>> = patterns.members.iter().map(|&m| Some(m as usize)).collect();
    assert_eq!(
        members,
        [
            index_of("_ga_*"),
            index_of("_ga*"),
            index_of("_g*"),
            index_of("_pk_id.*"),
            index_of("x*"),
            index_of("y*"),
        ]
    );
    assert_eq!(
        patterns.prefixes,
        ["_ga_", "_ga", "_g", "_pk_id.", "x", "y"]
    );
    // The heads table finds each group by its two bytes, from `head_slot`.
    let find = |head: &[u8; 2]| super::find_head(&patterns.heads, head);
    // A one-byte prefix could match any name with its first byte.
    assert!(patterns.filter.iter().all(|b| *b == 0xFF));
    assert_eq!(patterns.heads.len(), 4, "two groups, at most half full");
    assert_eq!(find(b"_g"), Some(0));
    assert_eq!(find(b"_p"), Some(1));
    // Where the runtime looks for it: from `head_slot`, in the next slots.
    let first = crate::hash::head_slot(u32::from(u16::from_le_bytes(*b"_g"))) & 3;
    let entry = u32::from(u16::from_le_bytes(*b"_g")) << 16 | 1;
    assert!((0..4).any(|i| patterns.heads[(first + i) & 3] == entry));
    assert_eq!(find(b"xy"), None);
}

#[test]
fn packed_attributes_keep_every_field_apart() {
    let model = run(&policy(
        SITE,
        "A: \"a\" { function: \"f\", purpose: \"p\", duration: 13 months, secure, http_only, same_site: Lax, path: \"/\" }",
        "B: \"b\" { function: \"f\", purpose: \"p\", anonymized, duration: 2 weeks, location: \"l\" }",
        "C: \"c\" { function: \"f\", purpose: \"p\", secure, partitioned, same_site: None, third_party: \"ads.example\" }",
    ))
    .0
    .expect("model");
    let packed: Vec<u64> = model.cookies.iter().map(super::packed).collect();
    // category | same_site << 2 | secure 16 | http_only 32 | partitioned 64
    // | anonymized 128 | unit << 8 | location 1 << 12 | third party 1 << 13
    // | domain 1 << 14 | path 1 << 15 | amount << 16
    assert_eq!(
        packed,
        [
            2 << 2 | 16 | 32 | 5 << 8 | 1 << 15 | 13 << 16,
            2 | 128 | 4 << 8 | 1 << 12 | 2 << 16,
            3 | 3 << 2 | 16 | 64 | 1 << 13,
        ]
    );
}

#[test]
fn the_pattern_filter_has_a_bit_per_pattern_head() {
    let model = run(&policy(
        SITE,
        "",
        "A: \"_ga_*\" { function: \"f\", purpose: \"p\" }
         B: \"_gat_*\" { function: \"f\", purpose: \"p\" }
         C: \"_s*\" { function: \"f\", purpose: \"p\" }",
        "",
    ))
    .0
    .expect("model");
    let (_, patterns) = lookup_tables(&model.cookies);
    assert_eq!(patterns.filter.len(), 8, "at least 64 bits");
    // Longer prefixes by their first three bytes, two-byte ones by two.
    let bit = |head: &[u8]| {
        let value = head
            .iter()
            .enumerate()
            .fold(0u32, |v, (i, b)| v | (u32::from(*b) << (8 * i)));
        crate::hash::head_slot(value) & 63
    };
    let set: Vec<usize> = (0..64)
        .filter(|i| patterns.filter[i / 8] & (1 << (i % 8)) != 0)
        .collect();
    let mut expected = vec![bit(b"_ga"), bit(b"_s")];
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(set, expected);
}
