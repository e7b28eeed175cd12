//! The Open Cookie Database (github.com/jkwakman/Open-Cookie-Database,
//! Apache-2.0, `data/` with its licence), shipped in the crate for the
//! scaffold: what it knows of a cookie, by its exact name or by the longest
//! of its wildcard entries (a name prefix) that starts the name.

use std::collections::HashMap;

use serde::Deserialize;

use crate::Category;

/// The database, as vendored.
const CSV: &str = include_str!("../../data/open-cookie-database.csv");

/// What the database says of one cookie (or, for a wildcard entry, of the
/// cookies whose names start with `name`).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Known {
    /// The service (`Google Analytics`).
    #[serde(rename = "Platform")]
    pub(crate) platform: String,
    /// The database's category (`Functional`, `Analytics`, `Marketing`, ...).
    #[serde(rename = "Category")]
    pub(crate) category: String,
    /// The cookie's name, or for a wildcard entry the prefix.
    #[serde(rename = "Cookie / Data Key name")]
    pub(crate) name: String,
    /// What the cookie is for.
    #[serde(rename = "Description")]
    pub(crate) description: String,
    /// `1` for a wildcard entry.
    #[serde(rename = "Wildcard match")]
    wildcard: String,
}

impl Known {
    /// Whether the entry covers every name starting with its `name`.
    pub(crate) fn is_wildcard(&self) -> bool {
        self.wildcard.trim() == "1"
    }

    /// The `cookie_policy!` category of the database's: `Functional`,
    /// `Security` and `Necessary` cookies are what a site cannot work
    /// without; `Personalization` remembers choices; `Analytics` measures
    /// the audience; `Marketing` (and anything else) advertises.
    pub(crate) fn category(&self) -> Category {
        match self.category.trim() {
            "Functional" | "Security" | "Necessary" => Category::Necessary,
            "Personalization" | "Preferences" => Category::Preferences,
            "Analytics" => Category::Statistics,
            _ => Category::Marketing,
        }
    }
}

/// The database, indexed.
pub(crate) struct Database {
    exact: HashMap<String, Known>,
    /// Longest prefix first.
    wildcards: Vec<Known>,
}

impl Database {
    /// The vendored database. Rows that do not read are left out (the
    /// vendored file has none).
    pub(crate) fn load() -> Database {
        let mut exact = HashMap::new();
        let mut wildcards = Vec::new();
        let mut reader = csv::Reader::from_reader(CSV.as_bytes());
        for known in reader.deserialize::<Known>().filter_map(Result::ok) {
            let name = known.name.trim();
            if name.is_empty() {
                continue;
            }
            if known.is_wildcard() {
                wildcards.push(known);
            } else if !exact.contains_key(name) {
                exact.insert(name.to_owned(), known);
            }
        }
        wildcards.sort_by_key(|k| core::cmp::Reverse(k.name.trim().len()));
        Database { exact, wildcards }
    }

    /// What the database knows of the cookie `name`: its exact entry, else
    /// the wildcard entry with the longest prefix of `name`.
    pub(crate) fn get(&self, name: &str) -> Option<&Known> {
        self.exact.get(name).or_else(|| {
            self.wildcards
                .iter()
                .find(|k| name.starts_with(k.name.trim()))
        })
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests {
    use super::*;

    #[test]
    fn finds_exact_names_then_the_longest_wildcard() {
        let db = Database::load();
        assert!(db.exact.len() > 1_900, "{}", db.exact.len());
        assert!(db.wildcards.len() > 200, "{}", db.wildcards.len());
        let ga = db.get("_ga").unwrap();
        assert_eq!(
            (ga.platform.as_str(), ga.category()),
            ("Google Analytics", Category::Statistics)
        );
        assert!(!ga.is_wildcard());
        let ga4 = db.get("_ga_XYZ123").unwrap();
        assert!(ga4.is_wildcard());
        assert_eq!(ga4.name, "_ga_");
        let pk = db.get("_pk_id.1.shop").unwrap();
        assert_eq!(
            (pk.name.as_str(), pk.category()),
            ("_pk_id.", Category::Statistics)
        );
        assert_eq!(db.get("PHPSESSID").unwrap().category(), Category::Necessary);
        assert!(db.get("shop_session").is_none());
        assert!(db.get("").is_none());
    }

    #[test]
    fn every_wildcard_is_tried_longest_first() {
        let db = Database::load();
        for pair in db.wildcards.windows(2) {
            assert!(pair[0].name.trim().len() >= pair[1].name.trim().len());
        }
    }
}
