//! The layout of a policy's lookup tables: what the generator writes and
//! `Policy::get` reads.
//!
//! Exact names live in a hash-and-displace perfect hash table. A name's
//! [`hash`](crate::hash::hash) picks its [`bucket`]; the bucket's
//! displacement moves it to its [`slot`], which holds a [`slot_entry`]: the
//! name's [`tag`](crate::hash::tag) and its index.
//!
//! Prefix patterns are grouped by the first two bytes of their prefix (the
//! group's [`head`]); the heads table, open addressing from
//! [`head_slot`], holds a [`head_entry`] for each
//! group, and [`find_head`] finds it again.
//!
//! ```
//! use cookie_policy_shared::hash::{hash, tag};
//! use cookie_policy_shared::index::{bucket, entry_index, entry_tag, slot, slot_entry};
//!
//! let h = hash(7, b"sessionid");
//! let entry = slot_entry(tag(h), 3);
//! assert_eq!((entry_tag(entry), entry_index(entry)), (tag(h), 3));
//! assert!(bucket(h, 4) < 4);
//! assert!(slot(h, 0x1234, 15) <= 15);
//! ```

use crate::hash::head_slot;

/// The entry of an empty slot of the exact-name table.
pub const EMPTY_SLOT: u64 = u64::MAX;

/// The bucket of a name's hash among `buckets`: a multiply-shift of its
/// high half (so it does not depend on the bits [`slot`] takes).
#[inline(always)]
pub const fn bucket(hash: u64, buckets: u64) -> usize {
    (((hash >> 32) * buckets) >> 32) as usize
}

/// The slot a name's hash lands on, moved by its bucket's `displacement`,
/// in a power-of-two table of `mask + 1` slots.
#[inline(always)]
pub const fn slot(hash: u64, displacement: u32, mask: usize) -> usize {
    ((hash as u32) ^ displacement) as usize & mask
}

/// The entry of an occupied slot: the name's tag in the high half, its
/// index in the low half.
#[inline(always)]
pub const fn slot_entry(tag: u32, index: u32) -> u64 {
    ((tag as u64) << 32) | index as u64
}

/// The tag part of a slot entry.
#[inline(always)]
pub const fn entry_tag(entry: u64) -> u32 {
    (entry >> 32) as u32
}

/// The index part of a slot entry.
#[inline(always)]
pub const fn entry_index(entry: u64) -> u32 {
    entry as u32
}

/// The entry of an empty slot of the heads table.
pub const EMPTY_HEAD: u32 = 0;

/// The first two bytes of `name` as a little-endian `u16`: the head of the
/// group of patterns it can match. `None` for a name shorter than two bytes.
///
/// ```
/// use cookie_policy_shared::index::head;
/// assert_eq!(head(b"_ga"), Some(u32::from(u16::from_le_bytes(*b"_g"))));
/// assert_eq!(head(b"_"), None);
/// ```
#[inline(always)]
pub const fn head(name: &[u8]) -> Option<u32> {
    match name {
        [a, b, ..] => Some(*a as u32 | ((*b as u32) << 8)),
        _ => None,
    }
}

/// The heads-table entry of group number `group` with `head`: the head in
/// the high half and the group number plus one in the low half. `None`
/// past 65,535 groups (two bytes make at most 65,536 heads).
pub const fn head_entry(head: u32, group: usize) -> Option<u32> {
    if group >= 0xFFFF {
        return None;
    }
    Some((head << 16) | (group as u32 + 1))
}

/// The group of `head` in a heads table of `slots` slots (a power of two),
/// whose entry at a slot `entry_at` reads: the search from
/// [`head_slot`] through the next slots, until the
/// head's entry or an empty slot.
///
/// ```
/// use cookie_policy_shared::hash::head_slot;
/// use cookie_policy_shared::index::{find_head, head, head_entry};
///
/// let g = head(b"_ga").unwrap();
/// let mut table = [0u32; 4];
/// table[head_slot(g) & 3] = head_entry(g, 0).unwrap();
/// assert_eq!(find_head(4, |s| table[s], g), Some(0));
/// assert_eq!(find_head(4, |s| table[s], head(b"xy").unwrap()), None);
/// ```
#[inline(always)]
pub fn find_head(slots: usize, entry_at: impl Fn(usize) -> u32, head: u32) -> Option<usize> {
    let mask = slots.wrapping_sub(1);
    let mut slot = head_slot(head) & mask;
    for _ in 0..slots {
        let entry = entry_at(slot);
        if entry == EMPTY_HEAD {
            return None;
        }
        if entry >> 16 == head {
            return Some(((entry & 0xFFFF) as usize).wrapping_sub(1));
        }
        slot = (slot + 1) & mask;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_entries_keep_tag_and_index_apart() {
        for (tag, index) in [(0, 0), (u32::MAX, 0), (0, u32::MAX - 1), (0xDEAD_BEEF, 42)] {
            let entry = slot_entry(tag, index);
            assert_ne!(entry, EMPTY_SLOT);
            assert_eq!((entry_tag(entry), entry_index(entry)), (tag, index));
        }
    }

    #[test]
    fn buckets_and_slots_stay_in_range() {
        for h in [0, 1, u64::MAX, 0x8000_0000_0000_0000, 0x1234_5678_9ABC_DEF0] {
            for buckets in [1, 2, 7, 500] {
                assert!(bucket(h, buckets) < buckets as usize, "{h:#x} {buckets}");
            }
            for mask in [0, 1, 7, 1023] {
                assert!(slot(h, 0xFFFF_FFFF, mask) <= mask);
            }
        }
    }

    #[test]
    fn every_head_is_found_in_a_half_full_table() {
        let heads: [&[u8]; 5] = [b"_g", b"_p", b"xy", b"ab", b"__"];
        let mut table = [EMPTY_HEAD; 16];
        for (group, name) in heads.iter().enumerate() {
            let head = head(name).unwrap();
            let entry = head_entry(head, group).unwrap();
            let mut at = head_slot(head) & 15;
            while table[at] != EMPTY_HEAD {
                at = (at + 1) & 15;
            }
            table[at] = entry;
        }
        for (group, name) in heads.iter().enumerate() {
            let head = head(name).unwrap();
            assert_eq!(find_head(16, |s| table[s], head), Some(group));
        }
        assert_eq!(find_head(16, |s| table[s], head(b"zz").unwrap()), None);
        assert_eq!(find_head(0, |_| 0, head(b"_g").unwrap()), None);
        assert_eq!(head_entry(1, 0xFFFE), Some((1 << 16) | 0xFFFF));
        assert_eq!(head_entry(1, 0xFFFF), None);
    }
}
