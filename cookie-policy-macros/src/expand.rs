//! The checked [`Model`] to Rust code: the module with one typed constant per
//! entry and `POLICY`, next to the errors of the invocation.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Error;

use crate::ast::{Category, SameSite};
use crate::check::{check, CookieModel, Model};
use crate::parse::parse_policy;
use crate::phf;

/// The whole macro: parse, check, generate. Never panics; errors become
/// `compile_error!`s next to whatever could still be generated.
pub fn expand(input: TokenStream) -> TokenStream {
    let mut errors = Vec::new();
    let code = parse_policy(input, &mut errors)
        .map(|ast| check(ast, &mut errors))
        .map(|model| generate(&model))
        .unwrap_or_default();
    let errors = errors
        .into_iter()
        .reduce(|mut all, e| {
            all.combine(e);
            all
        })
        .map(Error::into_compile_error)
        .unwrap_or_default();
    quote! { #errors #code }
}

fn category_tokens(category: Category) -> TokenStream {
    match category {
        Category::Necessary => quote!(::cookie_policy::Category::Necessary),
        Category::Preferences => quote!(::cookie_policy::Category::Preferences),
        Category::Statistics => quote!(::cookie_policy::Category::Statistics),
        Category::Marketing => quote!(::cookie_policy::Category::Marketing),
    }
}

fn requirement_tokens(cookie: &CookieModel) -> TokenStream {
    if !cookie.requires_consent() {
        return quote!(::cookie_policy::NoConsentNeeded);
    }
    match cookie.category {
        Category::Preferences => quote!(::cookie_policy::PreferencesConsent),
        Category::Statistics => quote!(::cookie_policy::StatisticsConsent),
        _ => quote!(::cookie_policy::MarketingConsent),
    }
}

fn option_str(value: &Option<String>) -> TokenStream {
    match value {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

fn spec_tokens(cookie: &CookieModel) -> TokenStream {
    let name = &cookie.name;
    let category = category_tokens(cookie.category);
    let provider = &cookie.provider;
    let function = &cookie.function;
    let purpose = &cookie.purpose;
    let location = match &cookie.location {
        Some(texts) => quote!(::core::option::Option::Some(&[#(#texts),*])),
        None => quote!(::core::option::Option::None),
    };
    let third_party = option_str(&cookie.third_party);
    let domain = option_str(&cookie.domain);
    let path = option_str(&cookie.path);
    let duration = match cookie.duration {
        Some((amount, unit)) => {
            let unit = format_ident!("{}", unit.variant());
            quote!(::core::option::Option::Some(::cookie_policy::__private::DeclaredDuration {
                amount: #amount,
                unit: ::cookie_policy::TimeUnit::#unit,
            }))
        }
        None => quote!(::core::option::Option::None),
    };
    let same_site = match cookie.same_site {
        Some(s) => {
            let variant = format_ident!("{}", s.variant());
            quote!(::core::option::Option::Some(::cookie_policy::SameSite::#variant))
        }
        None => quote!(::core::option::Option::None),
    };
    let (secure, http_only, partitioned, anonymized) = (
        cookie.secure,
        cookie.http_only,
        cookie.partitioned,
        cookie.anonymized,
    );
    quote! {
        ::cookie_policy::__private::spec(::cookie_policy::__private::SpecParts {
            name: #name,
            category: #category,
            provider: #provider,
            languages: LANGUAGES,
            function: &[#(#function),*],
            location: #location,
            purpose: &[#(#purpose),*],
            third_party: #third_party,
            domain: #domain,
            path: #path,
            duration: #duration,
            same_site: #same_site,
            secure: #secure,
            http_only: #http_only,
            partitioned: #partitioned,
            anonymized: #anonymized,
        })
    }
}

fn index_tokens(table: &phf::Table) -> TokenStream {
    let seed = table.seed;
    let displacements = &table.displacements;
    let slots = &table.slots;
    quote! {
        ::cookie_policy::__private::HashIndex {
            seed: #seed,
            displacements: &[#(#displacements),*],
            slots: &[#(#slots),*],
        }
    }
}

/// The exact-name and pattern-prefix indexes, and the distinct pattern
/// prefix lengths, longest first.
pub fn lookup_tables(cookies: &[CookieModel]) -> (phf::Table, phf::Table, Vec<usize>) {
    let mut exact_keys: Vec<&[u8]> = Vec::new();
    let mut exact_ids: Vec<u32> = Vec::new();
    let mut pattern_keys: Vec<&[u8]> = Vec::new();
    let mut pattern_ids: Vec<u32> = Vec::new();
    let mut seen_prefixes = std::collections::HashSet::new();
    for (index, cookie) in cookies.iter().enumerate() {
        if !cookie.indexed {
            continue;
        }
        let id = index as u32;
        if cookie.is_pattern() {
            let prefix = cookie.name.strip_suffix('*').unwrap_or(&cookie.name);
            if seen_prefixes.insert(prefix) {
                pattern_keys.push(prefix.as_bytes());
                pattern_ids.push(id);
            }
        } else {
            exact_keys.push(cookie.name.as_bytes());
            exact_ids.push(id);
        }
    }
    let remap = |mut table: phf::Table, ids: &[u32]| {
        for slot in table.slots.iter_mut() {
            if *slot != phf::EMPTY {
                *slot = ids.get(*slot as usize).copied().unwrap_or(phf::EMPTY);
            }
        }
        table
    };
    let exact = remap(phf::build(&exact_keys), &exact_ids);
    let patterns = remap(phf::build(&pattern_keys), &pattern_ids);
    let mut lengths: Vec<usize> = pattern_keys.iter().map(|k| k.len()).collect();
    lengths.sort_unstable_by(|a, b| b.cmp(a));
    lengths.dedup();
    (exact, patterns, lengths)
}

/// FNV-1a over a canonical rendering of the declaration: the same policy
/// always gets the same revision, any change another one.
pub fn revision(model: &Model) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    let mut feed = |text: &str| {
        for b in text.bytes().chain([0xFF]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01B3);
        }
    };
    feed(&model.site);
    feed(&model.languages.join(","));
    feed(
        &model
            .consent_cookie
            .map(|i| i.to_string())
            .unwrap_or_default(),
    );
    for c in &model.cookies {
        feed(&c.name);
        feed(c.category.keyword());
        feed(&c.provider);
        c.function.iter().for_each(|t| feed(t));
        feed(
            &c.location
                .as_ref()
                .map(|l| l.join("\u{1}"))
                .unwrap_or_else(|| "\u{2}".into()),
        );
        c.purpose.iter().for_each(|t| feed(t));
        feed(c.third_party.as_deref().unwrap_or("\u{2}"));
        feed(c.domain.as_deref().unwrap_or("\u{2}"));
        feed(c.path.as_deref().unwrap_or("\u{2}"));
        feed(
            &c.duration
                .map(|(a, u)| format!("{a}{}", u.variant()))
                .unwrap_or_default(),
        );
        feed(c.same_site.map(SameSite::variant).unwrap_or(""));
        feed(&format!(
            "{}{}{}{}",
            c.secure, c.http_only, c.partitioned, c.anonymized
        ));
    }
    h
}

fn generate(model: &Model) -> TokenStream {
    let attrs = &model.attrs;
    let vis = &model.vis;
    let name = &model.name;
    let site = &model.site;
    let languages = &model.languages;
    let specs = model.cookies.iter().map(spec_tokens);
    let constants = model
        .cookies
        .iter()
        .enumerate()
        .filter(|(_, c)| c.emit_const)
        .map(|(index, cookie)| {
            let docs = &cookie.docs;
            let ident = &cookie.ident;
            let requirement = requirement_tokens(cookie);
            quote! {
                #(#docs)*
                pub const #ident: ::cookie_policy::DeclaredCookie<#requirement> =
                    ::cookie_policy::DeclaredCookie::__new(__cookie_policy_data::COOKIES[#index]);
            }
        });
    let consent = match model.consent_cookie {
        Some(i) => quote!(::core::option::Option::Some(#i)),
        None => quote!(::core::option::Option::None),
    };
    let revision = revision(model);
    let (exact, patterns, lengths) = lookup_tables(&model.cookies);
    let exact = index_tokens(&exact);
    let patterns = index_tokens(&patterns);
    let policy_doc = format!(" The cookie policy of <{site}>, as declared in `cookie_policy!`.");
    quote! {
        #(#attrs)*
        #vis mod #name {
            #![allow(dead_code)]

            #[doc(hidden)]
            mod __cookie_policy_data {
                pub(super) const LANGUAGES: &[&str] = &[#(#languages),*];
                pub(super) const COOKIES: &[::cookie_policy::CookieSpec] = &[#(#specs),*];
            }

            #(#constants)*

            #[doc = #policy_doc]
            pub static POLICY: ::cookie_policy::Policy = ::cookie_policy::Policy::__new(
                #site,
                __cookie_policy_data::LANGUAGES,
                __cookie_policy_data::COOKIES,
                #consent,
                #revision,
                #exact,
                #patterns,
                &[#(#lengths),*],
            );
        }
    }
}

#[cfg(test)]
mod tests;
