//! The tables of the prefix patterns: groups by the first two bytes of
//! their prefixes (the heads table), longest prefix first, and a filter
//! bitmap.

use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use crate::hash::head_slot;
use crate::index::{self, head_entry, EMPTY_HEAD};

/// The tables of the runtime's `PatternIndex`, before their layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternTables {
    /// The first two bytes of the prefixes of two bytes or more, to their
    /// group's number: see [`head_table`].
    pub heads: Vec<u32>,
    /// The bitmap of `PatternIndex::filter`: see [`head_filter`].
    pub filter: Vec<u8>,
    /// Where each group starts in `members`; the last is where the
    /// one-byte prefixes start.
    pub starts: Vec<u32>,
    /// Cookie indexes: by group, longest prefix first; then the patterns
    /// with a one-byte prefix.
    pub members: Vec<u32>,
    /// The prefix of each member.
    pub prefixes: Vec<String>,
}

/// The open-addressing table of `PatternIndex::heads`: for group `g` with
/// first two bytes `head` (a little-endian `u16`), `head << 16 | (g + 1)` in
/// the first free slot from `head_slot(head)`; `0` is an empty slot. At most
/// half full, so a search ends at an empty slot after a probe or two.
pub fn head_table(heads: &[&[u8]]) -> Vec<u32> {
    let mut table = vec![0u32; (2 * heads.len()).max(1).next_power_of_two()];
    for (group, head) in heads.iter().enumerate() {
        insert_head(&mut table, head, group);
    }
    table
}

/// The bitmap of `PatternIndex::filter`: about eight bits per pattern (at
/// least 64); the bit at `head_slot` of each two-byte prefix, and of the
/// first three bytes (a little-endian `u32`) of each longer one, set; every
/// bit set when a pattern has a one-byte prefix (which any name with that
/// first byte matches).
pub fn head_filter(prefixes: &[&str]) -> Vec<u8> {
    let bytes = prefixes.len().next_power_of_two().max(8);
    if prefixes.iter().any(|p| p.len() < 2) {
        return vec![0xFF; bytes];
    }
    let mut filter = vec![0u8; bytes];
    let mask = bytes * 8 - 1;
    for prefix in prefixes {
        let value = prefix
            .bytes()
            .take(3)
            .enumerate()
            .fold(0u32, |v, (i, b)| v | (u32::from(b) << (8 * i)));
        let bit = head_slot(value) & mask;
        if let Some(byte) = filter.get_mut(bit / 8) {
            *byte |= 1 << (bit % 8);
        }
    }
    filter
}

/// Puts `group` in the first free slot for `head` (the table must have one).
fn insert_head(table: &mut [u32], head: &[u8], group: usize) {
    // Two-byte heads are at most 65,536 groups: the number always fits.
    let Some((head, entry)) = index::head(head).and_then(|h| Some((h, head_entry(h, group)?)))
    else {
        return;
    };
    let mask = table.len().wrapping_sub(1);
    let mut slot = head_slot(head) & mask;
    for _ in 0..table.len() {
        match table.get_mut(slot) {
            Some(free) if *free == EMPTY_HEAD => {
                *free = entry;
                return;
            }
            Some(_) => slot = (slot + 1) & mask,
            None => return,
        }
    }
}

/// The group of `head` in a heads table, searched as the runtime does.
pub fn find_head(table: &[u32], head: &[u8]) -> Option<usize> {
    let entry_at = |slot: usize| table.get(slot).copied().unwrap_or(EMPTY_HEAD);
    index::find_head(table.len(), entry_at, index::head(head)?)
}

/// The pattern tables of `patterns`: each a prefix and the index of its
/// cookie, each prefix once. Groups by the first two bytes, in first-seen
/// order; one-byte prefixes last. Within a group, longest prefix first.
pub fn pattern_tables(patterns: &[(&str, u32)]) -> PatternTables {
    let mut heads: Vec<&[u8]> = Vec::new();
    // A heads table with room for every pattern, to find groups as they come.
    let mut scratch = vec![0u32; (2 * patterns.len()).max(1).next_power_of_two()];
    let mut groups: Vec<Vec<(&str, u32)>> = Vec::new();
    let mut singles: Vec<(&str, u32)> = Vec::new();
    for &(prefix, id) in patterns {
        match prefix.as_bytes().get(..2) {
            Some(head) => {
                let group = match find_head(&scratch, head) {
                    Some(group) => group,
                    None => {
                        insert_head(&mut scratch, head, groups.len());
                        heads.push(head);
                        groups.push(Vec::new());
                        groups.len() - 1
                    }
                };
                if let Some(members) = groups.get_mut(group) {
                    members.push((prefix, id));
                }
            }
            None => singles.push((prefix, id)),
        }
    }
    let mut starts = Vec::with_capacity(groups.len() + 1);
    let mut members = Vec::with_capacity(patterns.len());
    let mut prefixes = Vec::with_capacity(patterns.len());
    for group in groups.iter_mut().chain(core::iter::once(&mut singles)) {
        starts.push(members.len() as u32);
        group.sort_by_key(|(prefix, _)| core::cmp::Reverse(prefix.len()));
        for &(prefix, id) in group.iter() {
            members.push(id);
            prefixes.push(prefix.to_string());
        }
    }
    PatternTables {
        filter: head_filter(&patterns.iter().map(|(p, _)| *p).collect::<Vec<_>>()),
        heads: head_table(&heads),
        starts,
        members,
        prefixes,
    }
}
