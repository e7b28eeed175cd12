//! Constructors used by the code `cookie_policy!` generates. Not a public API.

pub use crate::lookup::HashIndex;
pub use crate::spec::DeclaredDuration;
use crate::spec::Text;
use crate::{Category, CookieSpec, SameSite};

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
