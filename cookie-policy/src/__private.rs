//! Constructors used by the code `cookie_policy!` generates. Not a public API.

pub use crate::lookup::{HashIndex, PatternIndex};
pub use crate::spec::DeclaredDuration;
use crate::spec::Text;
use crate::{Category, CookieSpec, SameSite, TimeUnit};

/// The fields of a [`CookieSpec`], as the macro writes them.
#[allow(missing_docs)]
pub struct SpecParts {
    pub name: &'static str,
    pub category: Category,
    pub provider: &'static str,
    pub languages: &'static [&'static str],
    pub function: &'static [&'static str],
    pub location: Option<&'static [&'static str]>,
    pub purpose: &'static [&'static str],
    pub third_party: Option<&'static str>,
    pub domain: Option<&'static str>,
    pub path: Option<&'static str>,
    pub duration: Option<DeclaredDuration>,
    pub same_site: Option<SameSite>,
    pub secure: bool,
    pub http_only: bool,
    pub partitioned: bool,
    pub anonymized: bool,
}

/// Builds a [`CookieSpec`] from its parts.
pub const fn spec(p: SpecParts) -> CookieSpec {
    CookieSpec {
        name: p.name,
        category: p.category,
        provider: p.provider,
        function: Text {
            languages: p.languages,
            texts: p.function,
        },
        location: match p.location {
            Some(texts) => Some(Text {
                languages: p.languages,
                texts,
            }),
            None => None,
        },
        purpose: Text {
            languages: p.languages,
            texts: p.purpose,
        },
        third_party: p.third_party,
        domain: p.domain,
        path: p.path,
        duration: p.duration,
        same_site: p.same_site,
        secure: p.secure,
        http_only: p.http_only,
        partitioned: p.partitioned,
        anonymized: p.anonymized,
    }
}

/// The bits of the packed attributes of a cookie in [`cookies`].
pub mod bits {
    /// Bits 0-1: the category (0 necessary, 1 preferences, 2 statistics, 3 marketing).
    pub const CATEGORY: u32 = 0;
    /// Bits 2-3: `same_site` (0 unset, 1 `Strict`, 2 `Lax`, 3 `None`).
    pub const SAME_SITE: u32 = 2;
    /// Bit 4.
    pub const SECURE: u64 = 1 << 4;
    /// Bit 5.
    pub const HTTP_ONLY: u64 = 1 << 5;
    /// Bit 6.
    pub const PARTITIONED: u64 = 1 << 6;
    /// Bit 7.
    pub const ANONYMIZED: u64 = 1 << 7;
    /// Bits 8-11: the unit of the duration (0 session, 1 minute, 2 hour,
    /// 3 day, 4 week, 5 month, 6 year).
    pub const UNIT: u32 = 8;
    /// Bit 12: a location is declared.
    pub const LOCATION: u64 = 1 << 12;
    /// Bit 13: a third party is declared.
    pub const THIRD_PARTY: u64 = 1 << 13;
    /// Bit 14: a domain is declared.
    pub const DOMAIN: u64 = 1 << 14;
    /// Bit 15: a path is declared.
    pub const PATH: u64 = 1 << 15;
    /// Bits 16-63: the amount of the duration.
    pub const AMOUNT: u32 = 16;
}

const fn unit(code: u64) -> Option<TimeUnit> {
    match code {
        1 => Some(TimeUnit::Minute),
        2 => Some(TimeUnit::Hour),
        3 => Some(TimeUnit::Day),
        4 => Some(TimeUnit::Week),
        5 => Some(TimeUnit::Month),
        6 => Some(TimeUnit::Year),
        _ => None,
    }
}

const fn when(present: bool, value: &'static str) -> Option<&'static str> {
    if present {
        Some(value)
    } else {
        None
    }
}

/// Builds the cookies of a policy from the columns the macro emits: one
/// flat array per field, with the category, flags, `same_site`, the
/// duration and which optional fields are present packed into one number
/// per cookie (see [`bits`]); an absent optional field is `""`.
///
/// Flat arrays of literals are what the compiler checks and evaluates
/// fastest: a large policy as one expression per cookie, each with nested
/// slices and `Option`s, took seconds to compile.
#[allow(clippy::too_many_arguments)]
pub const fn cookies<const N: usize, const L: usize>(
    languages: &'static [&'static str],
    names: &[&'static str; N],
    providers: &[&'static str; N],
    functions: &'static [[&'static str; L]; N],
    locations: &'static [[&'static str; L]; N],
    purposes: &'static [[&'static str; L]; N],
    third_parties: &[&'static str; N],
    domains: &[&'static str; N],
    paths: &[&'static str; N],
    packed: &[u64; N],
) -> [CookieSpec; N] {
    const NONE: CookieSpec = spec(SpecParts {
        name: "",
        category: Category::Necessary,
        provider: "",
        languages: &[],
        function: &[],
        location: None,
        purpose: &[],
        third_party: None,
        domain: None,
        path: None,
        duration: None,
        same_site: None,
        secure: false,
        http_only: false,
        partitioned: false,
        anonymized: false,
    });
    let mut out = [NONE; N];
    let mut i = 0;
    while i < N {
        let p = packed[i];
        out[i] = spec(SpecParts {
            name: names[i],
            category: match (p >> bits::CATEGORY) & 3 {
                0 => Category::Necessary,
                1 => Category::Preferences,
                2 => Category::Statistics,
                _ => Category::Marketing,
            },
            provider: providers[i],
            languages,
            function: &functions[i],
            location: if p & bits::LOCATION != 0 {
                Some(&locations[i])
            } else {
                None
            },
            purpose: &purposes[i],
            third_party: when(p & bits::THIRD_PARTY != 0, third_parties[i]),
            domain: when(p & bits::DOMAIN != 0, domains[i]),
            path: when(p & bits::PATH != 0, paths[i]),
            duration: match unit((p >> bits::UNIT) & 15) {
                Some(unit) => Some(DeclaredDuration {
                    amount: p >> bits::AMOUNT,
                    unit,
                }),
                None => None,
            },
            same_site: match (p >> bits::SAME_SITE) & 3 {
                0 => None,
                1 => Some(SameSite::Strict),
                2 => Some(SameSite::Lax),
                _ => Some(SameSite::None),
            },
            secure: p & bits::SECURE != 0,
            http_only: p & bits::HTTP_ONLY != 0,
            partitioned: p & bits::PARTITIONED != 0,
            anonymized: p & bits::ANONYMIZED != 0,
        });
        i += 1;
    }
    out
}
