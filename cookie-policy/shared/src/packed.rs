//! The attributes of a declared cookie packed into one `u64`: the generator
//! writes one such number per cookie (flat arrays of literals are what rustc
//! checks fastest), and the runtime's `const fn` that builds the cookies
//! unpacks it.
//!
//! ```
//! use cookie_policy_shared::packed::Attributes;
//! use cookie_policy_shared::{Category, SameSite, TimeUnit};
//!
//! let declared = Attributes {
//!     category: Category::Statistics,
//!     same_site: Some(SameSite::Lax),
//!     duration: Some((13, TimeUnit::Month)),
//!     secure: true,
//!     anonymized: true,
//!     ..Attributes::NONE
//! };
//! assert_eq!(Attributes::unpack(declared.pack()), declared);
//! ```

use crate::{Category, SameSite, TimeUnit};

/// Bits 0-1: the category (its position in [`Category::ALL`]).
pub const CATEGORY: u32 = 0;
/// Bits 2-3: `same_site` (0 unset, else one more than its position in
/// [`SameSite::ALL`]).
pub const SAME_SITE: u32 = 2;
/// Bit 4.
pub const SECURE: u64 = 1 << 4;
/// Bit 5.
pub const HTTP_ONLY: u64 = 1 << 5;
/// Bit 6.
pub const PARTITIONED: u64 = 1 << 6;
/// Bit 7.
pub const ANONYMIZED: u64 = 1 << 7;
/// Bits 8-11: the unit of the duration (0 session, else one more than its
/// position in [`TimeUnit::ALL`]).
pub const UNIT: u32 = 8;
/// Bit 12: a location is declared.
pub const LOCATION: u64 = 1 << 12;
/// Bit 13: a third party is declared.
pub const THIRD_PARTY: u64 = 1 << 13;
/// Bit 14: a domain is declared.
pub const DOMAIN: u64 = 1 << 14;
/// Bit 15: a path is declared.
pub const PATH: u64 = 1 << 15;
/// Bits 16-63: the amount of the duration (a checked duration is at most
/// 400 days: in minutes, 20 bits).
pub const AMOUNT: u32 = 16;

/// Everything the packed number of a cookie holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Attributes {
    /// The category the cookie is declared in.
    pub category: Category,
    /// `same_site`, if declared.
    pub same_site: Option<SameSite>,
    /// The declared amount and unit; `None` for a session cookie.
    pub duration: Option<(u64, TimeUnit)>,
    /// The `secure` flag.
    pub secure: bool,
    /// The `http_only` flag.
    pub http_only: bool,
    /// The `partitioned` flag.
    pub partitioned: bool,
    /// The `anonymized` flag.
    pub anonymized: bool,
    /// Whether a `location` text is declared.
    pub location: bool,
    /// Whether a `third_party` domain is declared.
    pub third_party: bool,
    /// Whether a `domain` is declared.
    pub domain: bool,
    /// Whether a `path` is declared.
    pub path: bool,
}

const fn flag(on: bool, bit: u64) -> u64 {
    if on {
        bit
    } else {
        0
    }
}

impl Attributes {
    /// A `necessary` session cookie with no flag and no optional field.
    pub const NONE: Attributes = Attributes {
        category: Category::Necessary,
        same_site: None,
        duration: None,
        secure: false,
        http_only: false,
        partitioned: false,
        anonymized: false,
        location: false,
        third_party: false,
        domain: false,
        path: false,
    };

    /// The attributes as one number (an amount too large for its 48 bits is
    /// cut to the largest that fits).
    pub const fn pack(&self) -> u64 {
        let category = match self.category {
            Category::Necessary => 0,
            Category::Preferences => 1,
            Category::Statistics => 2,
            Category::Marketing => 3,
        };
        let same_site = match self.same_site {
            None => 0,
            Some(SameSite::Strict) => 1,
            Some(SameSite::Lax) => 2,
            Some(SameSite::None) => 3,
        };
        let (amount, unit) = match self.duration {
            None => (0, 0),
            Some((amount, unit)) => (
                amount,
                match unit {
                    TimeUnit::Minute => 1,
                    TimeUnit::Hour => 2,
                    TimeUnit::Day => 3,
                    TimeUnit::Week => 4,
                    TimeUnit::Month => 5,
                    TimeUnit::Year => 6,
                },
            ),
        };
        let amount = if amount > u64::MAX >> AMOUNT {
            u64::MAX >> AMOUNT
        } else {
            amount
        };
        (category << CATEGORY)
            | (same_site << SAME_SITE)
            | flag(self.secure, SECURE)
            | flag(self.http_only, HTTP_ONLY)
            | flag(self.partitioned, PARTITIONED)
            | flag(self.anonymized, ANONYMIZED)
            | (unit << UNIT)
            | flag(self.location, LOCATION)
            | flag(self.third_party, THIRD_PARTY)
            | flag(self.domain, DOMAIN)
            | flag(self.path, PATH)
            | (amount << AMOUNT)
    }

    /// The attributes [`pack`](Attributes::pack) packed into `packed` (an
    /// unknown unit code reads as a session cookie).
    pub const fn unpack(packed: u64) -> Attributes {
        let unit = match (packed >> UNIT) & 15 {
            1 => Some(TimeUnit::Minute),
            2 => Some(TimeUnit::Hour),
            3 => Some(TimeUnit::Day),
            4 => Some(TimeUnit::Week),
            5 => Some(TimeUnit::Month),
            6 => Some(TimeUnit::Year),
            _ => None,
        };
        Attributes {
            category: match (packed >> CATEGORY) & 3 {
                0 => Category::Necessary,
                1 => Category::Preferences,
                2 => Category::Statistics,
                _ => Category::Marketing,
            },
            same_site: match (packed >> SAME_SITE) & 3 {
                0 => None,
                1 => Some(SameSite::Strict),
                2 => Some(SameSite::Lax),
                _ => Some(SameSite::None),
            },
            duration: match unit {
                Some(unit) => Some((packed >> AMOUNT, unit)),
                None => None,
            },
            secure: packed & SECURE != 0,
            http_only: packed & HTTP_ONLY != 0,
            partitioned: packed & PARTITIONED != 0,
            anonymized: packed & ANONYMIZED != 0,
            location: packed & LOCATION != 0,
            third_party: packed & THIRD_PARTY != 0,
            domain: packed & DOMAIN != 0,
            path: packed & PATH != 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout, pinned: the generator of one version writes what the
    /// runtime of the same version reads, and a test that printed its own
    /// packing could not catch a field written over another.
    #[test]
    fn every_field_has_its_own_bits() {
        let a = Attributes {
            category: Category::Necessary,
            same_site: Some(SameSite::Lax),
            duration: Some((13, TimeUnit::Month)),
            secure: true,
            http_only: true,
            path: true,
            ..Attributes::NONE
        };
        let b = Attributes {
            category: Category::Statistics,
            duration: Some((2, TimeUnit::Week)),
            anonymized: true,
            location: true,
            ..Attributes::NONE
        };
        let c = Attributes {
            category: Category::Marketing,
            same_site: Some(SameSite::None),
            secure: true,
            partitioned: true,
            third_party: true,
            domain: true,
            ..Attributes::NONE
        };
        assert_eq!(a.pack(), 2 << 2 | 16 | 32 | 5 << 8 | 1 << 15 | 13 << 16);
        assert_eq!(b.pack(), 2 | 128 | 4 << 8 | 1 << 12 | 2 << 16);
        assert_eq!(c.pack(), 3 | 3 << 2 | 16 | 64 | 1 << 13 | 1 << 14);
        assert_eq!(Attributes::NONE.pack(), 0);
    }

    #[test]
    fn unpack_reads_what_pack_wrote() {
        let units = [None]
            .into_iter()
            .chain(TimeUnit::ALL.map(|u| Some((400, u))));
        for category in Category::ALL {
            for same_site in [
                None,
                Some(SameSite::Strict),
                Some(SameSite::Lax),
                Some(SameSite::None),
            ] {
                for duration in units.clone() {
                    for flags in 0u32..256 {
                        let bit = |i: u32| flags & (1 << i) != 0;
                        let a = Attributes {
                            category,
                            same_site,
                            duration,
                            secure: bit(0),
                            http_only: bit(1),
                            partitioned: bit(2),
                            anonymized: bit(3),
                            location: bit(4),
                            third_party: bit(5),
                            domain: bit(6),
                            path: bit(7),
                        };
                        assert_eq!(Attributes::unpack(a.pack()), a, "{a:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_huge_amount_is_cut_not_spilled_into_other_bits() {
        let a = Attributes {
            duration: Some((u64::MAX, TimeUnit::Day)),
            ..Attributes::NONE
        };
        let unpacked = Attributes::unpack(a.pack());
        assert_eq!(unpacked.duration, Some((u64::MAX >> AMOUNT, TimeUnit::Day)));
        assert_eq!(
            Attributes {
                duration: None,
                ..unpacked
            },
            Attributes::NONE
        );
    }
}
