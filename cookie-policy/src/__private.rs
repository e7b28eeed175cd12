//! Constructors used by the code `cookie_policy!` generates. Not a public API.

pub use crate::lookup::{HashIndex, PatternIndex};
pub use crate::spec::DeclaredDuration;
use crate::spec::Text;
use crate::{Category, CookieSpec, SameSite};
use cookie_policy_shared::packed::Attributes;

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
/// per cookie (`cookie-policy-shared`'s `packed::Attributes`, which the
/// generator packs with); an absent optional field is `""`.
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
        let a = Attributes::unpack(packed[i]);
        out[i] = spec(SpecParts {
            name: names[i],
            category: a.category,
            provider: providers[i],
            languages,
            function: &functions[i],
            location: if a.location {
                Some(&locations[i])
            } else {
                None
            },
            purpose: &purposes[i],
            third_party: when(a.third_party, third_parties[i]),
            domain: when(a.domain, domains[i]),
            path: when(a.path, paths[i]),
            duration: match a.duration {
                Some((amount, unit)) => Some(DeclaredDuration { amount, unit }),
                None => None,
            },
            same_site: a.same_site,
            secure: a.secure,
            http_only: a.http_only,
            partitioned: a.partitioned,
            anonymized: a.anonymized,
        });
        i += 1;
    }
    out
}
