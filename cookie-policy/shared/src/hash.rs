//! The name hash: the generator hashes every declared name with it when it
//! builds a policy's tables, and `Policy::get` hashes the name it looks up.
//!
//! A folded 64x64->128-bit multiply over 16 bytes at a time, the last 16
//! (or, for shorter keys, the first and last 8 or 4) read as overlapping
//! words. Written for the lookup's speed: a few multiplies and loads, no
//! loop for names up to 16 bytes, every read checked.

const P0: u64 = 0xA076_1D64_78BD_642F;
const P1: u64 = 0xE703_7ED1_A0B4_28DB;
const P2: u64 = 0x8EBC_6AF0_9C88_C6E3;

/// The 128-bit product of `x` and `y`, folded to 64 bits.
#[inline(always)]
fn fold(x: u64, y: u64) -> u64 {
    let product = u128::from(x) * u128::from(y);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The little-endian `u64` at `at` in `bytes`; 0 when fewer than eight
/// bytes are left there.
///
/// ```
/// use cookie_policy_shared::hash::le_u64;
/// assert_eq!(le_u64(b"\x01\0\0\0\0\0\0\0\x02", 0), 1);
/// assert_eq!(le_u64(b"\x01\0\0\0\0\0\0\0\x02", 1), 2 << 56);
/// assert_eq!(le_u64(b"short", 0), 0);
/// ```
#[inline(always)]
pub fn le_u64(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at.wrapping_add(8)) {
        Some(&[a, b, c, d, e, f, g, h]) => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        _ => 0,
    }
}

/// The little-endian `u32` at `at` in `bytes`; 0 when fewer than four bytes
/// are left there.
///
/// ```
/// use cookie_policy_shared::hash::le_u32;
/// assert_eq!(le_u32(b"\x01\x02\0\0", 0), 0x0201);
/// assert_eq!(le_u32(b"\x01\x02\0\0", 1), 0);
/// ```
#[inline(always)]
pub fn le_u32(bytes: &[u8], at: usize) -> u32 {
    match bytes.get(at..at.wrapping_add(4)) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

/// The hash of `bytes` under `seed` (the seed that makes a policy's table
/// collision free).
///
/// ```
/// use cookie_policy_shared::hash::hash;
/// assert_eq!(hash(0, b"sessionid"), hash(0, b"sessionid"));
/// assert_ne!(hash(0, b"sessionid"), hash(1, b"sessionid"));
/// ```
#[inline]
pub fn hash(seed: u64, bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let mut s0 = seed ^ P0;
    let mut s1 = seed.rotate_left(32) ^ P1;
    let (a, b) = if len <= 16 {
        if len >= 8 {
            (le_u64(bytes, 0), le_u64(bytes, len - 8))
        } else if len >= 4 {
            (
                u64::from(le_u32(bytes, 0)),
                u64::from(le_u32(bytes, len - 4)),
            )
        } else if len > 0 {
            let byte = |i: usize| bytes.get(i).map_or(0, |b| u64::from(*b));
            ((byte(0) << 16) | (byte(len / 2) << 8) | byte(len - 1), 0)
        } else {
            (0, 0)
        }
    } else {
        let mut at = 0;
        while at + 16 < len {
            let next = fold(s0 ^ le_u64(bytes, at), P2 ^ le_u64(bytes, at + 8));
            s0 = s1;
            s1 = next;
            at += 16;
        }
        (le_u64(bytes, len - 16), le_u64(bytes, len - 8))
    };
    fold(s0 ^ a, s1 ^ b ^ (len as u64).wrapping_mul(P2))
}

/// The tag a slot keeps of its key's hash: bits the bucket and the slot
/// number do not depend on, so a miss is almost always rejected on it
/// without reading a name.
#[inline(always)]
pub const fn tag(hash: u64) -> u32 {
    (hash >> 16) as u32
}

/// Where the search for a group of prefix patterns starts in a policy's
/// heads table, before the mask: a multiplicative hash of the group's first
/// two bytes (`head`, a little-endian `u16`). The pattern filter takes the
/// same hash of the first two or three bytes.
#[inline(always)]
pub const fn head_slot(head: u32) -> usize {
    (head.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::vec::Vec;

    use super::{hash, head_slot};

    /// The values a policy's tables were built with: a change to the hash
    /// is a change of every generated table, so it must be deliberate.
    #[test]
    fn the_hash_is_stable() {
        for (seed, key, value) in PINNED {
            assert_eq!(hash(*seed, key.as_bytes()), *value, "hash({seed}, {key:?})");
        }
    }

    const PINNED: &[(u64, &str, u64)] = &[
        (0, "", 0x1FF5C2923A788D2C),
        (0, "a", 0x534AB4F8B198408D),
        (1, "ab", 0x3826A8A4C22EAA9F),
        (0, "_ga", 0x084733090B6E6A28),
        (0, "abcd", 0x1883B6B61A588E52),
        (3, "_pk_id.", 0xA51F3B477E2F3E0C),
        (0, "sessionid", 0x982E19DECEA29A2F),
        (0, "cookies_preferences", 0x89D7247BA12B4917),
        (7, "VISITOR_INFO1_LIVE", 0x277DCFBD654EEA36),
        (u64::MAX, "0123456789abcdef", 0x05FF429F7C0606DB),
        (
            5,
            "cookielawinfo-checkbox-advertisement-and-more",
            0xD28DE61A66351E5E,
        ),
    ];

    #[test]
    fn the_head_slot_is_stable() {
        let heads = [(u32::from_le_bytes([b'_', b'g', 0, 0])), 0x7a7a, 0x2121];
        let slots: Vec<usize> = heads.iter().map(|&h| head_slot(h)).collect();
        assert_eq!(slots, [2188, 54894, 35798]);
    }

    #[test]
    fn every_byte_and_the_length_change_the_hash() {
        let base = b"cookielawinfo-checkbox-analytics!";
        for len in 0..=base.len() {
            let key = &base[..len];
            for i in 0..len {
                let mut changed = key.to_vec();
                changed[i] ^= 0x20;
                assert_ne!(hash(9, key), hash(9, &changed), "{len} bytes, byte {i}");
            }
            if len > 0 {
                assert_ne!(hash(9, key), hash(9, &key[..len - 1]), "{len} bytes");
            }
            assert_ne!(hash(9, key), hash(10, key), "the seed matters");
        }
    }
}
