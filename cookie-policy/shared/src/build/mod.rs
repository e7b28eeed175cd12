//! Building a policy's lookup tables (feature `build`, which needs
//! `alloc`): the generator builds them at compile time and writes them as
//! literals, the runtime builds them for a policy it reads back from JSON;
//! both through [`lookup_tables`], in the layout `Policy::get` reads
//! ([`ExactLayout`], [`PatternLayout`]).
//!
//! ```
//! use cookie_policy_shared::build::lookup_tables;
//!
//! let names = ["sessionid", "_ga_*", "_pk_id.*", "_ga"];
//! let tables = lookup_tables(&names);
//! let exact = tables.exact_layout(&names);
//! assert_eq!(exact.keys, "sessionid_ga_*_pk_id.*_ga");
//! assert_eq!(exact.starts.len(), 4 * (names.len() + 1));
//! let patterns = tables.pattern_layout();
//! assert_eq!(patterns.prefixes, ["_ga_", "_pk_id."]);
//! assert_eq!(patterns.members, [1, 2]);
//! ```

mod patterns;
pub mod phf;

use alloc::collections::BTreeSet;
use alloc::string::String;
use alloc::vec::Vec;

use crate::name::pattern_prefix;
pub use patterns::{find_head, head_filter, head_table, pattern_tables, PatternTables};

/// The exact-name table and the pattern tables of a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupTables {
    /// The exact names: their cookie's index by name.
    pub exact: phf::Table,
    /// The prefix patterns.
    pub patterns: PatternTables,
}

/// The tables over `names`, the policy's cookie names in declaration order
/// (a name ending in `*` is a prefix pattern): each name's index is its
/// place in `names`. A name or prefix given twice is looked up as its first.
pub fn lookup_tables(names: &[&str]) -> LookupTables {
    lookup_tables_of(names.iter().enumerate().map(|(i, name)| (*name, i as u32)))
}

/// [`lookup_tables`] over `(name, index)` pairs: the names to index, each
/// with the index it finds (the generator leaves out the entries it could
/// not check).
pub fn lookup_tables_of<'a>(names: impl IntoIterator<Item = (&'a str, u32)>) -> LookupTables {
    let mut exact_keys: Vec<&[u8]> = Vec::new();
    let mut exact_ids: Vec<u32> = Vec::new();
    // (prefix, cookie index), each prefix once.
    let mut patterns: Vec<(&str, u32)> = Vec::new();
    let mut seen: BTreeSet<(bool, &str)> = BTreeSet::new();
    for (name, id) in names {
        let prefix = pattern_prefix(name);
        if !seen.insert((prefix.is_some(), prefix.unwrap_or(name))) {
            continue;
        }
        match prefix {
            Some(prefix) => patterns.push((prefix, id)),
            None => {
                exact_keys.push(name.as_bytes());
                exact_ids.push(id);
            }
        }
    }
    let mut exact = phf::build(&exact_keys);
    exact.map_indices(&exact_ids);
    LookupTables {
        exact,
        patterns: pattern_tables(&patterns),
    }
}

/// The runtime's `HashIndex`, as bytes: little-endian numbers throughout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExactLayout {
    /// The seed of the name hash.
    pub seed: u64,
    /// One `u32` displacement per bucket.
    pub displacements: Vec<u8>,
    /// The `u64` slots.
    pub slots: Vec<u8>,
    /// Every cookie's name, concatenated in index order.
    pub keys: String,
    /// Where each name starts in `keys` (`u32`s), and one more: where the
    /// last one ends.
    pub starts: Vec<u8>,
}

/// The runtime's `PatternIndex`, as bytes and numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternLayout {
    /// The filter bitmap.
    pub filter: Vec<u8>,
    /// The heads table, `u32`s.
    pub heads: Vec<u8>,
    /// Where each group starts in `members`, and where the one-byte
    /// prefixes start.
    pub starts: Vec<u32>,
    /// The cookie index of each pattern.
    pub members: Vec<u32>,
    /// The length of each prefix.
    pub lengths: Vec<u32>,
    /// The first eight bytes of each prefix, zero-padded, a `u64` each.
    pub words: Vec<u8>,
    /// Each prefix.
    pub prefixes: Vec<String>,
}

impl LookupTables {
    /// The exact-name index, its keys `names` (every cookie's name, by
    /// index: a found index is checked against its name).
    pub fn exact_layout(&self, names: &[&str]) -> ExactLayout {
        let mut starts: Vec<u8> = 0u32.to_le_bytes().to_vec();
        let mut end = 0u32;
        for key in names {
            end = end.saturating_add(u32::try_from(key.len()).unwrap_or(u32::MAX));
            starts.extend(end.to_le_bytes());
        }
        ExactLayout {
            seed: self.exact.seed,
            displacements: self.exact.displacement_bytes(),
            slots: self.exact.slot_bytes(),
            keys: names.concat(),
            starts,
        }
    }

    /// The pattern index.
    pub fn pattern_layout(&self) -> PatternLayout {
        let patterns = &self.patterns;
        PatternLayout {
            filter: patterns.filter.clone(),
            heads: patterns
                .heads
                .iter()
                .flat_map(|h| h.to_le_bytes())
                .collect(),
            starts: patterns.starts.clone(),
            members: patterns.members.clone(),
            lengths: patterns
                .prefixes
                .iter()
                .map(|p| u32::try_from(p.len()).unwrap_or(u32::MAX))
                .collect(),
            words: patterns
                .prefixes
                .iter()
                .flat_map(|p| {
                    let mut word = [0u8; 8];
                    for (slot, byte) in word.iter_mut().zip(p.bytes()) {
                        *slot = byte;
                    }
                    word
                })
                .collect(),
            prefixes: patterns.prefixes.clone(),
        }
    }
}
