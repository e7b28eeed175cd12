//! The name hash and slot tag, twins of `cookie-policy/src/lookup.rs`: both
//! sides pin the same values in their tests, so a change to one fails until
//! both agree.

const P0: u64 = 0xA076_1D64_78BD_642F;
const P1: u64 = 0xE703_7ED1_A0B4_28DB;
const P2: u64 = 0x8EBC_6AF0_9C88_C6E3;

fn fold(x: u64, y: u64) -> u64 {
    let product = u128::from(x) * u128::from(y);
    (product as u64) ^ ((product >> 64) as u64)
}

/// Little-endian value of up to 8 bytes (missing bytes are zero).
fn le(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .take(8)
        .enumerate()
        .fold(0, |w, (i, b)| w | (u64::from(*b) << (8 * i)))
}

/// The little-endian `n`-byte word at `at` (zero past the end).
fn word_at(bytes: &[u8], at: usize, n: usize) -> u64 {
    le(bytes.get(at..at.saturating_add(n)).unwrap_or(&[]))
}

fn byte(bytes: &[u8], i: usize) -> u64 {
    bytes.get(i).map_or(0, |b| u64::from(*b))
}

pub fn hash(seed: u64, bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let mut s0 = seed ^ P0;
    let mut s1 = seed.rotate_left(32) ^ P1;
    let (a, b) = if len <= 16 {
        if len >= 8 {
            (word_at(bytes, 0, 8), word_at(bytes, len - 8, 8))
        } else if len >= 4 {
            (word_at(bytes, 0, 4), word_at(bytes, len - 4, 4))
        } else if len > 0 {
            (
                (byte(bytes, 0) << 16) | (byte(bytes, len / 2) << 8) | byte(bytes, len - 1),
                0,
            )
        } else {
            (0, 0)
        }
    } else {
        let mut at = 0;
        while at + 16 < len {
            let next = fold(s0 ^ word_at(bytes, at, 8), P2 ^ word_at(bytes, at + 8, 8));
            s0 = s1;
            s1 = next;
            at += 16;
        }
        (word_at(bytes, len - 16, 8), word_at(bytes, len - 8, 8))
    };
    fold(s0 ^ a, s1 ^ b ^ (len as u64).wrapping_mul(P2))
}

/// The tag a slot keeps of its key's hash (`lookup::tag` at run time).
pub fn tag(hash: u64) -> u32 {
    (hash >> 16) as u32
}

/// Where the search for a group's first two bytes starts in the pattern
/// heads table (`lookup::head_slot` at run time).
pub fn head_slot(head: u32) -> usize {
    (head.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

#[cfg(test)]
pub(crate) mod tests {
    use super::{hash, head_slot};

    /// Pinned in `cookie-policy/src/lookup.rs` too.
    #[test]
    fn head_slot_is_pinned_to_the_runtime_side() {
        let heads = [(u32::from_le_bytes([b'_', b'g', 0, 0])), 0x7a7a, 0x2121];
        let slots: Vec<usize> = heads.iter().map(|&h| head_slot(h)).collect();
        assert_eq!(slots, HEAD_SLOTS);
    }

    const HEAD_SLOTS: [usize; 3] = [2188, 54894, 35798];

    /// The same table is pinned in `cookie-policy/src/lookup.rs`.
    pub const PINNED: &[(u64, &str, u64)] = &[
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
    fn hash_is_pinned_to_the_runtime_side() {
        for (seed, key, value) in PINNED {
            assert_eq!(hash(*seed, key.as_bytes()), *value, "hash({seed}, {key:?})");
        }
    }
}
