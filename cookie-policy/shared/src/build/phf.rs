//! The hash-and-displace table over the exact names.
//!
//! Keys are spread over buckets of about four; each bucket, the fullest
//! first, gets the smallest displacement that moves all its keys to free
//! slots of a power-of-two table at most half full. A slot keeps the key's
//! index and a tag of its hash, so a lookup at run time is one hash, two
//! loads and, only when the tag matches, one string comparison. The hash
//! and the layout are `cookie-policy-shared`'s, which the runtime reads
//! the table with.

use alloc::vec;
use alloc::vec::Vec;

use crate::hash::{hash, tag};
use crate::index::{bucket, entry_index, entry_tag, slot, slot_entry, EMPTY_SLOT};

/// A collision-free table over a set of distinct keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The seed of [`hash`] that makes the table collision free.
    pub seed: u64,
    /// One displacement per bucket.
    pub displacements: Vec<u32>,
    /// The tag and index of the key in the input (a `slot_entry`), or
    /// `EMPTY_SLOT`.
    pub slots: Vec<u64>,
}

impl Table {
    /// Replaces each key's index by `ids[index]` (the value the runtime
    /// should find), keeping its tag.
    pub fn map_indices(&mut self, ids: &[u32]) {
        for slot in self.slots.iter_mut() {
            if *slot != EMPTY_SLOT {
                *slot = match ids.get(entry_index(*slot) as usize) {
                    Some(&id) => slot_entry(entry_tag(*slot), id),
                    None => EMPTY_SLOT,
                };
            }
        }
    }

    /// The displacements as little-endian bytes, as the runtime reads them.
    pub fn displacement_bytes(&self) -> Vec<u8> {
        self.displacements
            .iter()
            .flat_map(|d| d.to_le_bytes())
            .collect()
    }

    /// The slots as little-endian bytes, as the runtime reads them.
    pub fn slot_bytes(&self) -> Vec<u8> {
        self.slots.iter().flat_map(|s| s.to_le_bytes()).collect()
    }
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Builds a table for `keys`, which must be distinct; the value of a key in
/// the table is its position in `keys`.
pub fn build(keys: &[&[u8]]) -> Table {
    let n = keys.len();
    let mut size = (2 * n).max(1).next_power_of_two();
    let buckets = n.div_ceil(4).max(1);
    let mut attempt = 0u64;
    loop {
        let seed = splitmix(attempt);
        if let Some(table) = try_build(keys, seed, size, buckets) {
            return table;
        }
        attempt += 1;
        if attempt.is_multiple_of(64) {
            // Extremely unlikely; a bigger table always succeeds eventually.
            size *= 2;
        }
    }
}

fn try_build(keys: &[&[u8]], seed: u64, size: usize, buckets: usize) -> Option<Table> {
    let mask = size - 1;
    let hashes: Vec<u64> = keys.iter().map(|k| hash(seed, k)).collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (index, h) in hashes.iter().enumerate() {
        members.get_mut(bucket(*h, buckets as u64))?.push(index);
    }
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|b| core::cmp::Reverse(members.get(*b).map_or(0, Vec::len)));
    let mut slots = vec![EMPTY_SLOT; size];
    let mut displacements = vec![0u32; buckets];
    let mut taken: Vec<usize> = Vec::with_capacity(8);
    for bucket in order {
        let keys_here = members.get(bucket)?;
        if keys_here.is_empty() {
            break;
        }
        let mut placed = false;
        'displacement: for d in 0..size as u32 {
            taken.clear();
            for &key in keys_here {
                let slot = slot(*hashes.get(key)?, d, mask);
                if *slots.get(slot)? != EMPTY_SLOT || taken.contains(&slot) {
                    continue 'displacement;
                }
                taken.push(slot);
            }
            for (&key, &slot) in keys_here.iter().zip(&taken) {
                *slots.get_mut(slot)? = slot_entry(tag(*hashes.get(key)?), key as u32);
            }
            *displacements.get_mut(bucket)? = d;
            placed = true;
            break;
        }
        if !placed {
            return None;
        }
    }
    Some(Table {
        seed,
        displacements,
        slots,
    })
}

impl Table {
    /// The lookup the runtime performs (`HashIndex::candidate`), for tests:
    /// the index in the slot `key` hashes to, if its tag matches.
    pub fn find(&self, key: &[u8]) -> Option<usize> {
        let h = hash(self.seed, key);
        let d = *self
            .displacements
            .get(bucket(h, self.displacements.len() as u64))?;
        let entry = *self.slots.get(slot(h, d, self.slots.len() - 1))?;
        (entry_tag(entry) == tag(h)).then_some(entry_index(entry) as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::string::String;

    #[test]
    fn every_key_finds_itself() {
        for n in [0usize, 1, 2, 3, 10, 100, 2000] {
            let names: Vec<String> = (0..n).map(|i| format!("cookie_{i}")).collect();
            let keys: Vec<&[u8]> = names.iter().map(|s| s.as_bytes()).collect();
            let table = build(&keys);
            assert!(table.slots.len().is_power_of_two());
            assert!(table.slots.len() >= 2 * n);
            for (i, key) in keys.iter().enumerate() {
                assert_eq!(table.find(key), Some(i), "{n} keys, key {i}");
            }
            // A miss lands on an empty slot or on another key's, whose tag
            // almost always differs.
            let misses = (0..1000)
                .filter(|i| table.find(format!("miss_{i}").as_bytes()).is_some())
                .count();
            assert!(misses <= 1, "{n} keys: {misses} misses passed the tag");
        }
    }

    #[test]
    fn tables_are_deterministic() {
        let keys: Vec<&[u8]> = vec![b"a", b"b", b"sessionid", b"_ga"];
        assert_eq!(build(&keys), build(&keys));
    }
}
