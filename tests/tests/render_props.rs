//! Property tests: whatever text a policy holds, the HTML stays well formed
//! (no unescaped `<`, `&` or quote), every Markdown table row keeps its
//! header's number of cells and says what was declared, and the JSON outputs
//! parse back to the declared texts.
//!
//! The macro validates names and texts, so arbitrary policies are built here
//! through the hidden constructors the macro's expansion uses, with leaked
//! strings for the `'static` lifetimes.

use cookie_policy::__private::{spec, HashIndex, PatternIndex, SpecParts};
use cookie_policy::{Category, CookieSpec, DeclaredDuration, Policy, TimeUnit};
use cookie_policy_tests::{html_text, markdown_tables, raw_cell_counts};
use proptest::prelude::*;
use serde_json::Value;

fn leak<T: ?Sized>(value: Box<T>) -> &'static T {
    Box::leak(value)
}

fn leak_str(s: String) -> &'static str {
    leak(s.into_boxed_str())
}

/// Text that stresses every format: mostly the characters each one escapes,
/// sometimes anything at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[<>&\"'|\\\\\n\r\t `*_\\[\\]#;:a-z0-9\u{0}\u{2028}\u{e9}]{0,12}",
        1 => any::<String>(),
        1 => Just("same".to_string()),
    ]
}

#[derive(Debug, Clone)]
struct Cookie {
    name: String,
    category: Category,
    provider: String,
    function: [String; 2],
    location: Option<[String; 2]>,
    purpose: [String; 2],
    third_party: Option<String>,
    duration: Option<(u64, TimeUnit)>,
    anonymized: bool,
}

fn category() -> impl Strategy<Value = Category> {
    prop::sample::select(Category::ALL.to_vec())
}

fn unit() -> impl Strategy<Value = TimeUnit> {
    prop::sample::select(TimeUnit::ALL.to_vec())
}

fn cookie() -> impl Strategy<Value = Cookie> {
    (
        text(),
        category(),
        text(),
        [text(), text()],
        prop::option::of([text(), text()]),
        [text(), text()],
        prop::option::of(text()),
        prop::option::of((0u64..500, unit())),
        any::<bool>(),
    )
        .prop_map(
            |(
                name,
                category,
                provider,
                function,
                location,
                purpose,
                third_party,
                duration,
                anonymized,
            )| Cookie {
                name,
                category,
                provider,
                function,
                location,
                purpose,
                third_party,
                duration,
                anonymized,
            },
        )
}

fn languages() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        Just(vec!["en".to_string()]),
        Just(vec!["de".to_string(), "fr".to_string()]),
        Just(vec!["pl".to_string(), "en".to_string()]),
        text().prop_map(|t| vec![t]),
    ]
}

fn site() -> impl Strategy<Value = String> {
    prop_oneof![Just("https://example.org".to_string()), text()]
}

/// A policy that no macro would accept, built as the macro's expansion would.
fn build(
    site: String,
    languages: Vec<String>,
    cookies: &[Cookie],
    consent: Option<usize>,
) -> Policy {
    let languages: &'static [&'static str] = leak(
        languages
            .into_iter()
            .map(leak_str)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let n = languages.len();
    let texts = |t: &[String; 2]| -> &'static [&'static str] {
        leak(
            t[..n]
                .iter()
                .cloned()
                .map(leak_str)
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        )
    };
    let specs: Vec<CookieSpec> = cookies
        .iter()
        .map(|c| {
            spec(SpecParts {
                name: leak_str(c.name.clone()),
                category: c.category,
                provider: leak_str(c.provider.clone()),
                languages,
                function: texts(&c.function),
                location: c.location.as_ref().map(texts),
                purpose: texts(&c.purpose),
                third_party: c.third_party.clone().map(leak_str),
                domain: None,
                path: None,
                duration: c
                    .duration
                    .map(|(amount, unit)| DeclaredDuration { amount, unit }),
                same_site: None,
                secure: false,
                http_only: false,
                partitioned: false,
                anonymized: c.anonymized,
            })
        })
        .collect();
    Policy::__new(
        leak_str(site),
        languages,
        leak(specs.into_boxed_slice()),
        consent
            .filter(|_| !cookies.is_empty())
            .map(|i| i % cookies.len()),
        0x0123_4567_89ab_cdef,
        HashIndex::EMPTY,
        PatternIndex::EMPTY,
    )
}

fn policy() -> impl Strategy<Value = Policy> {
    (
        site(),
        languages(),
        prop::collection::vec(cookie(), 0..6),
        prop::option::of(0usize..6),
    )
        .prop_map(|(site, languages, cookies, consent)| build(site, languages, &cookies, consent))
}

/// The tags the HTML writer may emit, and the attributes they may carry.
const TAGS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "h3", "h4",
    "h5", "h6", "p", "ul", "li", "strong", "code", "a", "table", "thead", "tbody", "tr", "th",
    "td",
];
const ATTRIBUTES: &[&str] = &[
    "lang", "class", "id", "scope", "href", "charset", "name", "content",
];

/// Whether `text` (outside tags, or inside an attribute value) is free of
/// markup: no `<`, `>` or quote, and `&` only in the writer's five escapes.
fn check_text(text: &str) -> Result<(), String> {
    if let Some(c) = text.chars().find(|c| matches!(c, '<' | '>' | '"' | '\'')) {
        return Err(format!("unescaped {c:?} in {text:?}"));
    }
    for (at, _) in text.match_indices('&') {
        let rest = &text[at..];
        if !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
            .iter()
            .any(|e| rest.starts_with(e))
        {
            return Err(format!("unescaped & in {text:?}"));
        }
    }
    Ok(())
}

/// Checks that every `<` of `html` opens a tag of [`TAGS`] whose attributes
/// are of [`ATTRIBUTES`] with double-quoted, escaped values, and that the
/// text between tags is escaped.
fn check_html(html: &str) -> Result<(), String> {
    let html = html.strip_prefix("<!DOCTYPE html>\n").unwrap_or(html);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open])?;
        let close = rest[open..].find('>').ok_or("a < without >")? + open;
        let tag = &rest[open + 1..close];
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let (name, mut attributes) = tag.split_once(' ').unwrap_or((tag, ""));
        if !TAGS.contains(&name) {
            return Err(format!("unexpected tag <{tag}>"));
        }
        while !attributes.is_empty() {
            let (attribute, after) = attributes
                .split_once("=\"")
                .ok_or_else(|| format!("malformed attributes in <{tag}>"))?;
            if !ATTRIBUTES.contains(&attribute) {
                return Err(format!("unexpected attribute {attribute} in <{tag}>"));
            }
            let (value, after) = after
                .split_once('"')
                .ok_or_else(|| format!("unterminated value in <{tag}>"))?;
            check_text(value)?;
            attributes = after.strip_prefix(' ').unwrap_or(after);
        }
        rest = &rest[close + 1..];
    }
    check_text(rest)
}

/// HTML-escapes `text` as DESIGN.md says (`& < > " '`), plus NUL, which the
/// writer replaces by U+FFFD.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
        .replace('\0', "\u{FFFD}")
}

/// What a Markdown cell shows of `text`: line breaks and other controls
/// folded into spaces, trimmed as a table reader trims cells.
fn folded(text: &str) -> String {
    text.replace("\r\n", " ")
        .chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// What an HTML cell shows of `text`, read back: the text itself, NUL aside.
fn unescaped(text: &str) -> String {
    text.replace('\0', "\u{FFFD}")
}

/// The rows DESIGN.md asks for, in `lang`: per category in render order, one
/// row per (provider, function, location, purpose) in declaration order,
/// names joined by `, `, function as `Function (location)`. Raw texts: each
/// format's reading of them is [`folded`] or [`unescaped`].
fn expected_rows(policy: &Policy, lang: &str) -> Vec<Vec<Vec<String>>> {
    /// Provider, function, location, purpose.
    type Key = (String, String, Option<String>, String);
    let t = |text: cookie_policy::Text| text.get(lang).unwrap_or_default().to_string();
    let mut tables = Vec::new();
    for category in Category::ALL {
        let mut rows: Vec<(Key, Vec<&str>)> = Vec::new();
        for c in policy.cookies().iter().filter(|c| c.category() == category) {
            let key = (
                c.provider().to_string(),
                t(c.function_text()),
                c.location_text().map(t),
                t(c.purpose_text()),
            );
            match rows.iter_mut().find(|(k, _)| *k == key) {
                Some((_, names)) => names.push(c.name()),
                None => rows.push((key, vec![c.name()])),
            }
        }
        if rows.is_empty() {
            continue;
        }
        tables.push(
            rows.into_iter()
                .map(|((provider, function, location, purpose), names)| {
                    let function = match location {
                        Some(location) => format!("{function} ({location})"),
                        None => function,
                    };
                    vec![provider, function, names.join(", "), purpose]
                })
                .collect(),
        );
    }
    tables
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn html_never_leaves_markup_unescaped(policy in policy()) {
        let default = policy.default_language();
        let mut pages = vec![
            (default, policy.render_html()),
            (default, policy.render_html_fragment()),
        ];
        for lang in policy.languages() {
            pages.push((lang, policy.render_html_in(lang).unwrap()));
            pages.push((lang, policy.render_html_fragment_in(lang).unwrap()));
        }
        for (lang, page) in &pages {
            if let Err(problem) = check_html(page) {
                prop_assert!(false, "{}\n{}", problem, page);
            }
            // Every declared text is there, escaped: none went out raw.
            for c in policy.cookies() {
                let function = c.function_in(lang).unwrap();
                let purpose = c.purpose_in(lang).unwrap();
                for text in [c.provider(), c.name(), function, purpose] {
                    prop_assert!(page.contains(&escaped(text)), "{:?} missing", text);
                }
            }
            prop_assert!(page.contains(&escaped(policy.site())));
        }
    }

    #[test]
    fn markdown_tables_keep_their_shape_and_content(policy in policy()) {
        let mut langs: Vec<&str> = policy.languages().to_vec();
        langs.dedup();
        for lang in langs {
            let markdown = policy.render_markdown_in(lang).unwrap();
            let expected = expected_rows(&policy, lang);
            let counts = raw_cell_counts(&markdown);
            prop_assert_eq!(counts.len(), expected.len(), "one table per category present\n{}", markdown);
            for (table, rows) in counts.iter().zip(&expected) {
                // The header and then every row, none split across lines.
                prop_assert_eq!(table.len(), rows.len() + 1, "{}", markdown);
                prop_assert!(table.iter().all(|n| *n == table[0]), "cells per row: {:?}\n{}", table, markdown);
            }
            for (table, rows) in markdown_tables(&markdown).iter().zip(&expected) {
                for (got, want) in table.rows.iter().zip(rows) {
                    let want: Vec<String> = want.iter().map(|cell| folded(cell)).collect();
                    prop_assert_eq!(&got[..4], &want[..], "{}", markdown);
                }
            }
        }
    }

    #[test]
    fn json_and_banner_config_parse_back_to_the_declared_texts(policy in policy()) {
        let json: Value = serde_json::from_str(&policy.to_json()).unwrap();
        prop_assert_eq!(json["site"].as_str(), Some(policy.site()));
        let cookies = json["cookies"].as_array().unwrap();
        prop_assert_eq!(cookies.len(), policy.cookies().len());
        for (value, c) in cookies.iter().zip(policy.cookies()) {
            prop_assert_eq!(value["name"].as_str(), Some(c.name()));
            prop_assert_eq!(value["provider"].as_str(), Some(c.provider()));
            for (lang, text) in c.purpose_text().iter() {
                prop_assert_eq!(value["purpose"][lang].as_str(), Some(text));
            }
            prop_assert_eq!(value["third_party"].as_str(), c.third_party_domain());
        }

        let config = policy.to_cookieconsent_config();
        prop_assert!(!config.contains('<') && !config.contains('&'), "script-safe: {}", config);
        let config: Value = serde_json::from_str(&config).unwrap();
        let lang = policy.default_language();
        let sections = config["language"]["translations"][lang]["preferencesModal"]["sections"]
            .as_array()
            .unwrap();
        let tables: Vec<&Value> = sections.iter().filter_map(|s| s.get("cookieTable")).collect();
        let expected = expected_rows(&policy, lang);
        prop_assert_eq!(tables.len(), expected.len());
        for (table, rows) in tables.iter().zip(&expected) {
            let body = table["body"].as_array().unwrap();
            prop_assert_eq!(body.len(), rows.len());
            for (row, want) in body.iter().zip(rows) {
                // Cells are HTML: escaped, so reading them as HTML gives the text back.
                for (key, want) in ["provider", "function", "names", "purpose"].iter().zip(want) {
                    let cell = row[*key].as_str().unwrap();
                    prop_assert!(check_html(cell).is_ok(), "{:?}", cell);
                    prop_assert_eq!(html_text(cell), unescaped(want));
                }
            }
        }
    }
}
