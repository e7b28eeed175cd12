//! The generated code, as tokens: what is emitted next to errors, and the
//! lookup tables. (The revision's tests are `revision`'s.)

use std::str::FromStr;

use proc_macro2::{Spacing, TokenStream, TokenTree};

use super::{expand, lookup_tables};
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
}

/// A path in generated code: whether it starts with `::`, and its segments.
#[derive(Debug)]
struct PathUse {
    absolute: bool,
    segments: Vec<String>,
}

fn is_colon2(trees: &[TokenTree], at: usize) -> bool {
    matches!(
        (trees.get(at), trees.get(at + 1)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
            if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
    )
}

/// Every path (`a::b::C`, `::a::b`) in `tokens`, groups included. A `::`
/// after an identifier or `>` continues a path (or is a turbofish); any
/// other `::` starts an absolute path.
fn paths(tokens: TokenStream, out: &mut Vec<PathUse>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut at = 0;
    while let Some(tree) = trees.get(at) {
        let before = |back: usize| at.checked_sub(back).and_then(|i| trees.get(i));
        let arrow = matches!(
            before(2),
            Some(TokenTree::Punct(p)) if matches!(p.as_char(), '-' | '=') && p.spacing() == Spacing::Joint
        );
        let continues = match before(1) {
            Some(TokenTree::Ident(_)) => true,
            // `<T>::x`, not `-> ::x`.
            Some(TokenTree::Punct(p)) => p.as_char() == '>' && !arrow,
            _ => false,
        };
        let absolute = is_colon2(&trees, at) && !continues;
        let start = if absolute { at + 2 } else { at };
        match (tree, trees.get(start)) {
            (TokenTree::Group(group), _) => {
                paths(group.stream(), out);
                at += 1;
            }
            (_, Some(TokenTree::Ident(_))) if absolute || matches!(tree, TokenTree::Ident(_)) => {
                let mut segments = Vec::new();
                let mut next = start;
                while let Some(TokenTree::Ident(ident)) = trees.get(next) {
                    segments.push(ident.to_string());
                    if is_colon2(&trees, next + 1)
                        && matches!(trees.get(next + 3), Some(TokenTree::Ident(_)))
                    {
                        next += 3;
                    } else {
                        next += 1;
                        break;
                    }
                }
                out.push(PathUse { absolute, segments });
                at = next;
            }
            _ => at += 1,
        }
    }
}

/// The runtime items generated code names (beside any other name it
/// reaches through `::cookie_policy::`).
const RUNTIME_ITEMS: [&str; 11] = [
    "cookie_policy",
    "__private",
    "Policy",
    "CookieSpec",
    "DeclaredCookie",
    "Requirement",
    "NoConsentNeeded",
    "PreferencesConsent",
    "StatisticsConsent",
    "MarketingConsent",
    "Category",
];

/// The paths of `tokens` that name a runtime item other than through
/// `::cookie_policy::...`, as `a :: b` text.
fn relative_runtime_paths(tokens: TokenStream) -> Vec<String> {
    let mut all = Vec::new();
    paths(tokens, &mut all);
    let through_runtime =
        |p: &PathUse| p.absolute && p.segments.first().is_some_and(|s| s == "cookie_policy");
    // Whatever generated code reaches through the runtime is a runtime item.
    let mut runtime: Vec<String> = RUNTIME_ITEMS.iter().map(|s| s.to_string()).collect();
    for path in all.iter().filter(|p| through_runtime(p)) {
        runtime.extend(path.segments.iter().skip(1).cloned());
    }
    all.iter()
        .filter(|p| !through_runtime(p))
        .filter(|p| p.segments.iter().any(|s| runtime.contains(s)))
        .map(|p| {
            let lead = if p.absolute { ":: " } else { "" };
            format!("{lead}{}", p.segments.join(" :: "))
        })
        .collect()
}

const EVERY_KIND: [&str; 4] = [
    "/// The session.\nSESSION: \"sid\" { function: \"f\", purpose: \"p\", duration: 1 day, secure, same_site: Lax, path: \"/\" }",
    "PK: \"_pk*\" { function: \"f\", purpose: \"p\", anonymized }",
    "ST: \"st\" { function: \"f\", purpose: \"p\", location: \"l\" }",
    "AD: \"ad\" { function: \"f\", purpose: \"p\", third_party: \"ads.example\", domain: \"ads.example\" }",
];

#[test]
fn generated_code_names_runtime_items_only_through_the_absolute_path() {
    let [necessary, statistics, statistics_2, marketing] = EVERY_KIND;
    let source = policy(
        SITE,
        necessary,
        &format!("{statistics}\n{statistics_2}"),
        marketing,
    );
    let tokens = expand(TokenStream::from_str(&source).expect("lexically valid"));
    let mut all = Vec::new();
    paths(tokens.clone(), &mut all);
    let absolute = all
        .iter()
        .filter(|p| p.absolute && p.segments.first().is_some_and(|s| s == "cookie_policy"))
        .count();
    assert!(absolute > 10, "the walk finds the runtime paths: {all:?}");
    assert_eq!(relative_runtime_paths(tokens.clone()), Vec::<String>::new());
    // Next to errors, too.
    let broken = expand(
        TokenStream::from_str(&source.replace("\"sid\"", "\"s id\"")).expect("lexically valid"),
    );
    assert!(broken.to_string().contains("compile_error"));
    assert_eq!(relative_runtime_paths(broken), Vec::<String>::new());
}

#[test]
fn the_path_check_catches_each_way_of_naming_the_runtime_otherwise() {
    let source = policy(SITE, EVERY_KIND[0], EVERY_KIND[1], EVERY_KIND[3]);
    let good = expanded(&source);
    for (from, to, caught) in [
        (
            ":: cookie_policy :: Policy :: __new",
            "Policy :: __new",
            "Policy :: __new",
        ),
        (
            ":: cookie_policy :: Policy =",
            "cookie_policy :: Policy =",
            "cookie_policy :: Policy",
        ),
        (
            ":: cookie_policy :: __private :: cookies",
            "__private :: cookies",
            "__private :: cookies",
        ),
        (
            ":: cookie_policy :: DeclaredCookie <",
            "crate :: cookie_policy :: DeclaredCookie <",
            "crate :: cookie_policy :: DeclaredCookie",
        ),
        (
            ":: cookie_policy :: NoConsentNeeded",
            ":: other :: NoConsentNeeded",
            ":: other :: NoConsentNeeded",
        ),
        (
            ":: cookie_policy :: CookieSpec ;",
            "CookieSpec ;",
            "CookieSpec",
        ),
    ] {
        let broken = good.replacen(from, to, 1);
        assert_ne!(broken, good, "`{from}` is in the expansion");
        let tokens = TokenStream::from_str(&broken).expect("lexically valid");
        assert_eq!(relative_runtime_paths(tokens), [caught], "{to}");
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
    let super::LookupTables { exact, patterns } = lookup_tables(&model.cookies);
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
    let first = cookie_policy_shared::hash::head_slot(u32::from(u16::from_le_bytes(*b"_g"))) & 3;
    let entry = u32::from(u16::from_le_bytes(*b"_g")) << 16 | 1;
    assert!((0..4).any(|i| patterns.heads[(first + i) & 3] == entry));
    assert_eq!(find(b"xy"), None);
}

/// Each field of the model goes to its attribute (the bits of the packed
/// number are `cookie-policy-shared`'s, pinned there).
#[test]
fn every_field_goes_to_its_packed_attribute() {
    use cookie_policy_shared::packed::Attributes;
    use cookie_policy_shared::{Category, SameSite, TimeUnit};

    let (model, errors) = run(&policy(
        SITE,
        "A: \"a\" { function: \"f\", purpose: \"p\", duration: 1 year, http_only, same_site: Strict, domain: \"example.org\" }",
        "B: \"b\" { function: \"f\", purpose: \"p\", duration: 30 minutes, anonymized, path: \"/app\", location: \"l\" }",
        "C: \"c\" { function: \"f\", purpose: \"p\", secure, partitioned, same_site: None, third_party: \"ads.example\" }",
    ));
    assert!(errors.is_empty(), "{errors:#?}");
    let model = model.expect("model");
    let attributes: Vec<Attributes> = model.cookies.iter().map(super::attributes).collect();
    let expected = [
        (
            Category::Necessary,
            Some(SameSite::Strict),
            Some((1, TimeUnit::Year)),
        ),
        (Category::Statistics, None, Some((30, TimeUnit::Minute))),
        (Category::Marketing, Some(SameSite::None), None),
    ];
    for (a, (category, same_site, duration)) in attributes.iter().zip(expected) {
        assert_eq!(
            (a.category, a.same_site, a.duration),
            (category, same_site, duration)
        );
    }
    let flags = |a: &Attributes| {
        [
            a.secure,
            a.http_only,
            a.partitioned,
            a.anonymized,
            a.location,
            a.third_party,
            a.domain,
            a.path,
        ]
    };
    assert_eq!(
        attributes.iter().map(flags).collect::<Vec<_>>(),
        [
            [false, true, false, false, false, false, true, false],
            [false, false, false, true, true, false, false, true],
            [true, false, true, false, false, true, false, false],
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
    let patterns = lookup_tables(&model.cookies).patterns;
    assert_eq!(patterns.filter.len(), 8, "at least 64 bits");
    // Longer prefixes by their first three bytes, two-byte ones by two.
    let bit = |head: &[u8]| {
        let value = head
            .iter()
            .enumerate()
            .fold(0u32, |v, (i, b)| v | (u32::from(*b) << (8 * i)));
        cookie_policy_shared::hash::head_slot(value) & 63
    };
    let set: Vec<usize> = (0..64)
        .filter(|i| patterns.filter[i / 8] & (1 << (i % 8)) != 0)
        .collect();
    let mut expected = vec![bit(b"_ga"), bit(b"_s")];
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(set, expected);
}

#[test]
fn errors_come_in_source_order_and_keep_their_order_on_one_token() {
    // Found by the stages in another order: the settings are checked after
    // every entry is parsed, the constants and names after every entry is
    // checked, the consent cookie last.
    let source = "mod m {
        site: \"opendata.example.org\",
        consent_cookie: NOPE,
        necessary { provider \"P\" {
            A: \"__Host-a b\" { function: \"f\", purpose: \"p\", colour: 1 }
            A: \"b\" { function: \"f\", purpose: \"p\" }
        } }
        ads { }
    }";
    let (_, errors) = run(source);
    let tokens: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.token.as_str(), e.message.split(':').next().unwrap_or("")))
        .collect();
    assert_eq!(
        tokens,
        [
            (
                "\"opendata.example.org\"",
                "`site` must be an absolute URL with its scheme"
            ),
            ("NOPE", "`consent_cookie"),
            ("\"__Host-a b\"", "`__Host-a b` is not a valid cookie name"),
            (
                "\"__Host-a b\"",
                "`__Host-a b` starts with `__Host-`, so browsers drop it unless it is Secure"
            ),
            ("colour", "unknown field `colour`"),
            (
                "A",
                "the constant `A` is already used for the cookie `__Host-a b` (line 5)"
            ),
            ("ads", "unknown category `ads`"),
        ],
        "{errors:#?}"
    );
}
