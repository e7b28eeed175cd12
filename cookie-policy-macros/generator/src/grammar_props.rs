//! Policies generated from the grammar: a valid policy checks without error
//! into exactly the data it declares, and each single-rule violation gives
//! exactly one error, on the expected token, with the expected explanation.

use proptest::prelude::*;

use crate::ast::{Category, SameSite, TimeUnit};
use crate::testing::run;

const LANGUAGES: [&str; 3] = ["en", "de", "fr"];
const UNITS: [(&str, TimeUnit); 6] = [
    ("minutes", TimeUnit::Minute),
    ("hour", TimeUnit::Hour),
    ("days", TimeUnit::Day),
    ("week", TimeUnit::Week),
    ("months", TimeUnit::Month),
    ("year", TimeUnit::Year),
];

#[derive(Debug, Clone)]
struct Entry {
    name: String,
    function: Vec<String>,
    location: Option<Vec<String>>,
    purpose: Vec<String>,
    duration: Option<(u64, usize)>,
    secure: bool,
    http_only: bool,
    same_site: Option<SameSite>,
    partitioned: bool,
    anonymized: bool,
    third_party: bool,
    domain: bool,
    path: Option<&'static str>,
}

#[derive(Debug, Clone)]
struct Gen {
    languages: Vec<&'static str>,
    /// Per category (in `Category::ALL` order): providers, each with entries.
    categories: Vec<Vec<Vec<Entry>>>,
    consent_cookie: bool,
}

fn text(languages: usize) -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec("[A-Z][a-z]{0,6}( [a-z]{1,6}){0,3}", languages)
}

fn entry(category: usize, languages: usize) -> impl Strategy<Value = Entry> {
    let statistics = category == 2;
    let necessary = category == 0;
    (
        text(languages),
        proptest::option::of(text(languages)),
        text(languages),
        proptest::option::of((1u64..=12, 0usize..UNITS.len())),
        any::<(bool, bool, bool, bool)>(),
        0usize..4,
        any::<(bool, bool)>(),
        prop_oneof![Just(None), Just(Some("/")), Just(Some("/app"))],
    )
        .prop_map(
            move |(function, location, purpose, duration, flags, same_site, (tp, domain), path)| {
                let (secure, http_only, partitioned, anonymized) = flags;
                let same_site = match same_site {
                    0 => None,
                    1 => Some(SameSite::Strict),
                    2 => Some(SameSite::Lax),
                    _ => Some(SameSite::None),
                };
                let third_party = tp && !necessary && !(statistics && anonymized);
                Entry {
                    name: String::new(),
                    function,
                    location,
                    purpose,
                    // At most 12 months or 12 years would break rule 7: keep
                    // years to 1 and months to 12 (360 days < 390).
                    duration: duration.map(|(n, u)| if u == 5 { (1, u) } else { (n, u) }),
                    secure: secure || same_site == Some(SameSite::None) || partitioned,
                    http_only,
                    same_site,
                    partitioned,
                    anonymized: anonymized && statistics,
                    third_party,
                    domain: domain && !third_party,
                    path,
                }
            },
        )
}

fn policy() -> impl Strategy<Value = Gen> {
    (
        proptest::sample::subsequence(LANGUAGES.to_vec(), 1..=3),
        any::<bool>(),
    )
        .prop_flat_map(|(languages, consent)| {
            let n = languages.len();
            let category = |c: usize| {
                proptest::collection::vec(proptest::collection::vec(entry(c, n), 1..3), 0..3)
            };
            (
                Just(languages),
                category(0),
                category(1),
                category(2),
                category(3),
                Just(consent),
            )
        })
        .prop_map(|(languages, n, p, s, m, consent)| {
            let mut g = Gen {
                languages,
                categories: vec![n, p, s, m],
                consent_cookie: consent,
            };
            // Unique names; every fourth entry is a prefix pattern. Exact
            // names start with `c`, patterns with `p`, so no pattern covers
            // another name (`p1_` is not a prefix of `p12_`).
            let mut counter = 0;
            for providers in &mut g.categories {
                for entries in providers {
                    for e in entries {
                        counter += 1;
                        e.name = if counter % 4 == 0 {
                            format!("p{counter}_*")
                        } else {
                            format!("c{counter}")
                        };
                    }
                }
            }
            let has_exact_necessary = g.categories[0]
                .iter()
                .flatten()
                .any(|e| !e.name.ends_with('*'));
            g.consent_cookie &= has_exact_necessary;
            g
        })
}

fn render_text(g: &Gen, texts: &[String]) -> String {
    if g.languages.len() == 1 && texts.len() == 1 {
        return format!("{:?}", texts[0]);
    }
    let items: Vec<String> = g
        .languages
        .iter()
        .zip(texts)
        .map(|(l, t)| format!("{l}: {t:?}"))
        .collect();
    format!("{{ {} }}", items.join(", "))
}

fn render_entry(g: &Gen, ident: &str, e: &Entry, extra: &str) -> String {
    let mut f = vec![
        format!("function: {}", render_text(g, &e.function)),
        format!("purpose: {}", render_text(g, &e.purpose)),
    ];
    if let Some(l) = &e.location {
        f.push(format!("location: {}", render_text(g, l)));
    }
    if let Some((n, u)) = e.duration {
        f.push(format!("duration: {n} {}", UNITS[u].0));
    }
    if e.secure {
        f.push("secure".into());
    }
    if e.http_only {
        f.push("http_only".into());
    }
    if e.partitioned {
        f.push("partitioned".into());
    }
    if e.anonymized {
        f.push("anonymized".into());
    }
    if let Some(s) = e.same_site {
        f.push(format!("same_site: {s}"));
    }
    if e.third_party {
        f.push(format!(
            "third_party: \"t-{}.example.com\"",
            ident.to_lowercase().replace('_', "-")
        ));
    }
    if e.domain {
        f.push("domain: \"example.org\"".into());
    }
    if let Some(p) = e.path {
        f.push(format!("path: {p:?}"));
    }
    if !extra.is_empty() {
        f.push(extra.to_string());
    }
    format!(
        "/// Entry {ident}.\n{ident}: {:?} {{ {} }}\n",
        e.name,
        f.join(", ")
    )
}

fn ident_of(e: &Entry) -> String {
    format!(
        "K_{}",
        e.name
            .trim_end_matches('*')
            .trim_end_matches('_')
            .to_uppercase()
    )
}

/// Renders the policy; `extra[c]` is added to category `c`'s body.
fn render(g: &Gen, settings: &str, extra: [&str; 4]) -> String {
    let consent = g
        .consent_cookie
        .then(|| {
            g.categories[0]
                .iter()
                .flatten()
                .find(|e| !e.name.ends_with('*'))
        })
        .flatten()
        .map(|e| format!("consent_cookie: {},", ident_of(e)))
        .unwrap_or_default();
    let mut out = format!(
        "pub mod generated {{\nsite: \"https://www.example.org\",\nlanguages: [{}],\n{consent}\n{settings}\n",
        g.languages.join(", ")
    );
    for (c, category) in Category::ALL.iter().enumerate() {
        out.push_str(&format!("{category} {{\n"));
        for (p, entries) in g.categories[c].iter().enumerate() {
            out.push_str(&format!("provider \"Provider {c}.{p}\" {{\n"));
            for e in entries {
                out.push_str(&render_entry(g, &ident_of(e), e, ""));
            }
            out.push_str("}\n");
        }
        out.push_str(extra[c]);
        out.push_str("}\n");
    }
    out.push_str("}\n");
    out
}

/// An extra valid entry, as source, for a violation to be added to.
fn probe(g: &Gen, ident: &str, name: &str, fields: &str) -> String {
    let texts = vec!["Text".to_string(); g.languages.len()];
    let t = render_text(g, &texts);
    let sep = if fields.is_empty() { "" } else { ", " };
    format!("provider \"Probe\" {{ {ident}: {name:?} {{ function: {t}, purpose: {t}{sep}{fields} }} }}\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn valid_policies_check_into_the_declared_data(g in policy()) {
        let source = render(&g, "", ["", "", "", ""]);
        let (model, errors) = run(&source);
        prop_assert!(errors.is_empty(), "{source}\n{errors:#?}");
        let model = model.expect("model");
        prop_assert_eq!(&model.languages, &g.languages.iter().map(|l| l.to_string()).collect::<Vec<_>>());
        let declared: Vec<(Category, &Entry)> = Category::ALL
            .iter()
            .zip(&g.categories)
            .flat_map(|(c, providers)| providers.iter().flatten().map(move |e| (*c, e)))
            .collect();
        prop_assert_eq!(model.cookies.len(), declared.len());
        for (cookie, (category, e)) in model.cookies.iter().zip(&declared) {
            prop_assert_eq!(&cookie.name, &e.name);
            prop_assert_eq!(cookie.ident.to_string(), ident_of(e));
            prop_assert_eq!(cookie.category, *category);
            prop_assert_eq!(&cookie.function, &e.function);
            prop_assert_eq!(&cookie.purpose, &e.purpose);
            prop_assert_eq!(&cookie.location, &e.location);
            prop_assert_eq!(cookie.duration, e.duration.map(|(n, u)| (n, UNITS[u].1)));
            prop_assert_eq!(
                (cookie.secure, cookie.http_only, cookie.partitioned, cookie.anonymized),
                (e.secure, e.http_only, e.partitioned, e.anonymized)
            );
            prop_assert_eq!(cookie.same_site, e.same_site);
            prop_assert_eq!(cookie.third_party.is_some(), e.third_party);
            prop_assert_eq!(cookie.domain.is_some(), e.domain);
            prop_assert_eq!(cookie.path.as_deref(), e.path);
            prop_assert_eq!(cookie.docs.len(), 1);
        }
        prop_assert_eq!(model.consent_cookie.is_some(), g.consent_cookie);
    }

    #[test]
    fn each_single_violation_gives_exactly_its_error(g in policy(), which in 0usize..14) {
        let t = render_text(&g, &vec!["Text".to_string(); g.languages.len()]);
        let (settings, extra, token, fragment): (String, [String; 4], String, &str) = match which {
            0 => (String::new(), [probe(&g, "V", "bad name", ""), String::new(), String::new(), String::new()],
                  "\"bad name\"".into(), "a space"),
            1 => (String::new(), [probe(&g, "V", "v", "third_party: \"x.example.com\""), String::new(), String::new(), String::new()],
                  "third_party".into(), "cannot be `necessary`"),
            2 => (String::new(), [probe(&g, "V", "__Host-v", ""), String::new(), String::new(), String::new()],
                  "\"__Host-v\"".into(), "add `secure`"),
            3 => (String::new(), [String::new(), probe(&g, "V", "v", "same_site: None"), String::new(), String::new()],
                  "None".into(), "needs `secure`"),
            4 => (String::new(), [String::new(), String::new(), probe(&g, "V", "v", "duration: 401 days"), String::new()],
                  "401 days".into(), "400 days"),
            5 => (String::new(), [String::new(), String::new(), String::new(), probe(&g, "V", "v", "anonymized")],
                  "anonymized".into(), "only applies to `statistics`"),
            6 => (String::new(), [String::new(), String::new(), probe(&g, "V", "v", "purpse: \"x\""), String::new()],
                  "purpse".into(), "Did you mean `purpose`?"),
            7 => (String::new(), [String::new(), String::new(), String::new(), probe(&g, "V", "v", &format!("location: {{ {} zz: \"x\" }}", g.languages.iter().map(|l| format!("{l}: \"x\",")).collect::<String>()))],
                  "zz".into(), "not one of the policy's languages"),
            8 => ("consent_cookie: NOPE,".into(), [String::new(), String::new(), String::new(), String::new()],
                  "NOPE".into(), "names no entry"),
            9 => (String::new(), [probe(&g, "V", "a*b", ""), String::new(), String::new(), String::new()],
                  "\"a*b\"".into(), "`*` may only end a name"),
            10 => (String::new(), [String::new(), String::new(), String::new(), probe(&g, "V", "v", "third_party: \"cdn.www.example.org\"")],
                  "\"cdn.www.example.org\"".into(), "a subdomain of the site's host"),
            11 => (String::new(), [String::new(), String::new(), probe(&g, "V", "v", "duration: 13 months, anonymized, duration: 1 day"), String::new()],
                  "duration".into(), "given twice"),
            12 => (String::new(), [format!("provider \"Probe\" {{ V: \"v\" {{ function: {t} }} }}\n"), String::new(), String::new(), String::new()],
                  "V".into(), "missing `purpose`"),
            _ => (String::new(), [String::new(), String::new(), probe(&g, "V", "v*", "") + &probe(&g, "W", "vw", ""), String::new()],
                  "\"v*\"".into(), "also covers `vw`"),
        };
        // Skip the consent violation where the policy already names one.
        prop_assume!(!(which == 8 && g.consent_cookie));
        let source = render(&g, &settings, [&extra[0], &extra[1], &extra[2], &extra[3]]);
        let (_, errors) = run(&source);
        prop_assert_eq!(errors.len(), 1, "{}\n{:#?}", source, errors);
        prop_assert_eq!(&errors[0].token, &token, "{}", errors[0].message);
        prop_assert!(errors[0].message.contains(fragment), "{} lacks {}", errors[0].message, fragment);
    }
}
