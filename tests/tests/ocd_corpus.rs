//! The trybuild corpus `tests/ui/ocd/` holds the real mistakes of the Open
//! Cookie Database: this test fails when the database has an invalid or a
//! repeated name that no case declares, so the corpus cannot fall behind
//! the data it documents.

#[path = "../gen/ocd.rs"]
mod ocd;

use std::collections::HashMap;

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/ui/ocd");
    let mut all = String::new();
    for entry in std::fs::read_dir(dir).expect("tests/ui/ocd exists") {
        let path = entry.expect("readable").path();
        if path.extension().is_some_and(|e| e == "rs") {
            all.push_str(&std::fs::read_to_string(&path).expect("readable case"));
        }
    }
    all
}

/// How a name appears in a case's Rust string literal.
fn literal(name: &str) -> String {
    let mut out = String::from("\"");
    for c in name.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || c == '\u{ad}' => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn rows() -> Vec<ocd::Row> {
    let csv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../cookie-policy/data/open-cookie-database.csv"
    ))
    .expect("the vendored database");
    ocd::rows(&csv)
}

#[test]
fn every_invalid_name_of_the_database_has_a_case() {
    let corpus = corpus();
    let invalid: Vec<String> = rows()
        .into_iter()
        .map(|r| r.name)
        .filter(|n| !ocd::is_valid_name(n))
        .collect();
    assert_eq!(
        invalid.len(),
        12,
        "the README of the data promises a dozen: {invalid:?}"
    );
    for name in invalid {
        assert!(
            corpus.contains(&literal(&name)),
            "no ui case declares {name:?}"
        );
    }
}

#[test]
fn repeated_names_of_the_database_have_cases() {
    let corpus = corpus();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for row in rows() {
        *counts.entry(row.name).or_default() += 1;
    }
    let repeated: Vec<&String> = counts
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(k, _)| k)
        .collect();
    assert!(repeated.len() >= 10, "{repeated:?}");
    // A representative few are declared twice (or thrice) in the corpus.
    for name in ["DSID", "u", "euconsent-v2"] {
        assert!(
            repeated.contains(&&name.to_string()),
            "{name} is repeated in the data"
        );
        let declared = corpus.matches(&format!("{}\" {{", literal(name))).count();
        assert!(
            declared >= 2,
            "{name} is declared {declared} times in the corpus"
        );
    }
}
