//! The name hash, twin of `cookie-policy/src/lookup.rs`: both sides pin the
//! same values in their tests, so a change to one fails until both agree.

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xFF51_AFD7_ED55_8CCD;

fn mix(h: u64, w: u64) -> u64 {
    (h ^ w).wrapping_mul(K1).rotate_left(31)
}

/// Little-endian value of up to 8 bytes (missing bytes are zero).
fn le(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .take(8)
        .enumerate()
        .fold(0, |w, (i, b)| w | (u64::from(*b) << (8 * i)))
}

fn byte(bytes: &[u8], i: usize) -> u64 {
    bytes.get(i).map_or(0, |b| u64::from(*b))
}

pub fn hash(seed: u64, bytes: &[u8]) -> u64 {
    let len = bytes.len();
    let mut h = seed ^ (len as u64).wrapping_mul(K1);
    if len <= 8 {
        let w = if len >= 4 {
            (le(bytes.get(..4).unwrap_or(&[])) << 32) | le(bytes.get(len - 4..).unwrap_or(&[]))
        } else if len > 0 {
            (byte(bytes, 0) << 16) | (byte(bytes, len / 2) << 8) | byte(bytes, len - 1)
        } else {
            0
        };
        h = mix(h, w);
    } else {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            h = mix(h, le(chunk));
        }
        if !chunks.remainder().is_empty() {
            h = mix(h, le(bytes.get(len - 8..).unwrap_or(&[])));
        }
    }
    h ^= h >> 33;
    h = h.wrapping_mul(K2);
    h ^ (h >> 33)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::hash;

    /// The same table is pinned in `cookie-policy/src/lookup.rs`.
    pub const PINNED: &[(u64, &str, u64)] = &[
        (0, "", 0x0000000000000000),
        (0, "a", 0x21CA5E8C1AE84D74),
        (1, "ab", 0x25EBAA4DF03A90B2),
        (0, "_ga", 0x880C18B75ABD3471),
        (0, "abcd", 0x862D17310A12A65C),
        (3, "_pk_id.", 0xA57B33A73930C606),
        (0, "sessionid", 0xBCC1539F01C3BDCF),
        (0, "cookies_preferences", 0x888D736611D7F66D),
        (7, "VISITOR_INFO1_LIVE", 0xFC309F9F797AD141),
        (u64::MAX, "0123456789abcdef", 0xBFE4AC5EE2920F05),
    ];

    #[test]
    fn hash_is_pinned_to_the_runtime_side() {
        for (seed, key, value) in PINNED {
            assert_eq!(hash(*seed, key.as_bytes()), *value, "hash({seed}, {key:?})");
        }
    }
}
