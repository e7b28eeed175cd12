//! The checked [`Model`] to Rust code: the module with one typed constant per
//! entry and `POLICY`, next to the errors of the invocation.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use syn::Error;

use cookie_policy_shared::hash::head_slot;
use cookie_policy_shared::index::{self, head_entry, EMPTY_HEAD};
use cookie_policy_shared::name::pattern_prefix;
use cookie_policy_shared::packed::Attributes;

use crate::ast::Category;
use crate::check::{check, CookieModel, Model};
use crate::errors::Errors;
use crate::parse::parse_policy;
use crate::phf;

/// The whole macro: parse, check, generate. Never panics; errors become
/// `compile_error!`s next to whatever could still be generated.
pub fn expand(input: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let code = stages(input, &mut errors)
        .map(|model| generate(&model))
        .unwrap_or_default();
    let errors = errors.into_compile_errors();
    quote! { #errors #code }
}

/// The parse and check stages: the model (`None` when not even the module
/// head could be read) and every error of the invocation, one message
/// each, in source order.
pub fn parse_and_check(input: TokenStream) -> (Option<Model>, Vec<Error>) {
    let mut errors = Errors::new();
    let model = stages(input, &mut errors);
    (model, errors.into_sorted())
}

fn stages(input: TokenStream, errors: &mut Errors) -> Option<Model> {
    parse_policy(input, errors).map(|ast| check(ast, errors))
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

/// The attributes `__private::cookies` unpacks from one number per cookie
/// (`cookie-policy-shared`'s layout): the category, `same_site`, the flags,
/// the duration and which optional fields are present.
pub fn attributes(cookie: &CookieModel) -> Attributes {
    Attributes {
        category: cookie.category,
        same_site: cookie.same_site,
        duration: cookie.duration,
        secure: cookie.secure,
        http_only: cookie.http_only,
        partitioned: cookie.partitioned,
        anonymized: cookie.anonymized,
        location: cookie.location.is_some(),
        third_party: cookie.third_party.is_some(),
        domain: cookie.domain.is_some(),
        path: cookie.path.is_some(),
    }
}

/// `COOKIES`, built by `__private::cookies` from one flat array of literals
/// per field, cookies in declaration order. An absent text or optional field
/// is `""` (its bit in the [`attributes`] says it is absent).
fn cookie_columns(model: &Model) -> TokenStream {
    let cookies = &model.cookies;
    let blank: Vec<&str> = model.languages.iter().map(|_| "").collect();
    let texts = |texts: Option<&Vec<String>>| match texts {
        Some(texts) => quote!([#(#texts),*]),
        None => quote!([#(#blank),*]),
    };
    let names = cookies.iter().map(|c| &c.name);
    let providers = cookies.iter().map(|c| &c.provider);
    let functions = cookies.iter().map(|c| texts(Some(&c.function)));
    let locations = cookies.iter().map(|c| texts(c.location.as_ref()));
    let purposes = cookies.iter().map(|c| texts(Some(&c.purpose)));
    let optional = |field: fn(&CookieModel) -> &Option<String>| {
        cookies
            .iter()
            .map(move |c| field(c).as_deref().unwrap_or(""))
    };
    let third_parties = optional(|c| &c.third_party);
    let domains = optional(|c| &c.domain);
    let paths = optional(|c| &c.path);
    let packed = cookies
        .iter()
        .map(|c| Literal::u64_unsuffixed(attributes(c).pack()));
    let (count, languages) = (cookies.len(), model.languages.len());
    // The texts are statics: the specs point into them, and pointers into
    // a named static are cheap to compile, into an anonymous constant not.
    quote! {
        static FUNCTIONS: [[&str; #languages]; #count] = [#(#functions),*];
        static LOCATIONS: [[&str; #languages]; #count] = [#(#locations),*];
        static PURPOSES: [[&str; #languages]; #count] = [#(#purposes),*];

        pub(super) static COOKIES: [::cookie_policy::CookieSpec; #count] =
            ::cookie_policy::__private::cookies::<#count, #languages>(
                LANGUAGES,
                &[#(#names),*],
                &[#(#providers),*],
                &FUNCTIONS,
                &LOCATIONS,
                &PURPOSES,
                &[#(#third_parties),*],
                &[#(#domains),*],
                &[#(#paths),*],
                &[#(#packed),*],
            );
    }
}

fn bytes_literal(bytes: &[u8]) -> Literal {
    Literal::byte_string(bytes)
}

/// A `HashIndex` whose values index `keys` (for the exact names: the
/// cookies, whose names are the keys).
fn index_tokens(table: &phf::Table, keys: &[&str]) -> TokenStream {
    let seed = table.seed;
    let displacements = bytes_literal(&table.displacement_bytes());
    let slots = bytes_literal(&table.slot_bytes());
    let mut starts: Vec<u8> = 0u32.to_le_bytes().to_vec();
    let mut end = 0u32;
    for key in keys {
        end = end.saturating_add(u32::try_from(key.len()).unwrap_or(u32::MAX));
        starts.extend(end.to_le_bytes());
    }
    let starts = bytes_literal(&starts);
    let keys = keys.concat();
    quote! {
        ::cookie_policy::__private::HashIndex {
            seed: #seed,
            displacements: #displacements,
            slots: #slots,
            keys: #keys,
            starts: #starts,
        }
    }
}

fn pattern_tokens(patterns: &PatternTables) -> TokenStream {
    let heads = bytes_literal(
        &patterns
            .heads
            .iter()
            .flat_map(|h| h.to_le_bytes())
            .collect::<Vec<u8>>(),
    );
    let starts = patterns.starts.iter().map(|s| Literal::u32_unsuffixed(*s));
    let members = patterns.members.iter().map(|m| Literal::u32_unsuffixed(*m));
    let lengths = patterns
        .prefixes
        .iter()
        .map(|p| Literal::usize_unsuffixed(p.len()));
    // The first eight bytes of each prefix, zero-padded, little-endian.
    let words: Vec<u8> = patterns
        .prefixes
        .iter()
        .flat_map(|p| {
            let mut word = [0u8; 8];
            for (slot, byte) in word.iter_mut().zip(p.bytes()) {
                *slot = byte;
            }
            word
        })
        .collect();
    let words = bytes_literal(&words);
    let filter = bytes_literal(&patterns.filter);
    let prefixes = &patterns.prefixes;
    quote! {
        ::cookie_policy::__private::PatternIndex {
            filter: #filter,
            heads: #heads,
            starts: &[#(#starts),*],
            members: &[#(#members),*],
            lengths: &[#(#lengths),*],
            words: #words,
            prefixes: &[#(#prefixes),*],
        }
    }
}

/// The tables of `__private::PatternIndex`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternTables {
    /// The first two bytes of the prefixes of two bytes or more, to their
    /// group's number: see [`head_table`].
    pub heads: Vec<u32>,
    /// The bitmap of `PatternIndex::filter`: see [`head_filter`].
    pub filter: Vec<u8>,
    /// Where each group starts in `members`; the last is where the
    /// one-byte prefixes start.
    pub starts: Vec<u32>,
    /// Cookie indexes: by group, longest prefix first; then the patterns
    /// with a one-byte prefix.
    pub members: Vec<u32>,
    /// The prefix of each member.
    pub prefixes: Vec<String>,
}

/// The open-addressing table of `PatternIndex::heads`: for group `g` with
/// first two bytes `head` (a little-endian `u16`), `head << 16 | (g + 1)` in
/// the first free slot from `head_slot(head)`; `0` is an empty slot. At most
/// half full, so a search ends at an empty slot after a probe or two.
pub fn head_table(heads: &[&[u8]]) -> Vec<u32> {
    let mut table = vec![0u32; (2 * heads.len()).max(1).next_power_of_two()];
    for (group, head) in heads.iter().enumerate() {
        insert_head(&mut table, head, group);
    }
    table
}

/// The bitmap of `PatternIndex::filter`: about eight bits per pattern (at
/// least 64); the bit at `head_slot` of each two-byte prefix, and of the
/// first three bytes (a little-endian `u32`) of each longer one, set; every
/// bit set when a pattern has a one-byte prefix (which any name with that
/// first byte matches).
pub fn head_filter(prefixes: &[&str]) -> Vec<u8> {
    let bytes = prefixes.len().next_power_of_two().max(8);
    if prefixes.iter().any(|p| p.len() < 2) {
        return vec![0xFF; bytes];
    }
    let mut filter = vec![0u8; bytes];
    let mask = bytes * 8 - 1;
    for prefix in prefixes {
        let value = prefix
            .bytes()
            .take(3)
            .enumerate()
            .fold(0u32, |v, (i, b)| v | (u32::from(b) << (8 * i)));
        let bit = head_slot(value) & mask;
        if let Some(byte) = filter.get_mut(bit / 8) {
            *byte |= 1 << (bit % 8);
        }
    }
    filter
}

/// Puts `group` in the first free slot for `head` (the table must have one).
fn insert_head(table: &mut [u32], head: &[u8], group: usize) {
    // Two-byte heads are at most 65,536 groups: the number always fits.
    let Some((head, entry)) = index::head(head).and_then(|h| Some((h, head_entry(h, group)?)))
    else {
        return;
    };
    let mask = table.len().wrapping_sub(1);
    let mut slot = head_slot(head) & mask;
    for _ in 0..table.len() {
        match table.get_mut(slot) {
            Some(free) if *free == EMPTY_HEAD => {
                *free = entry;
                return;
            }
            Some(_) => slot = (slot + 1) & mask,
            None => return,
        }
    }
}

/// The group of `head` in a heads table, searched as the runtime does.
pub fn find_head(table: &[u32], head: &[u8]) -> Option<usize> {
    let entry_at = |slot: usize| table.get(slot).copied().unwrap_or(EMPTY_HEAD);
    index::find_head(table.len(), entry_at, index::head(head)?)
}

/// The exact-name index, and the pattern groups.
pub fn lookup_tables(cookies: &[CookieModel]) -> (phf::Table, PatternTables) {
    let mut exact_keys: Vec<&[u8]> = Vec::new();
    let mut exact_ids: Vec<u32> = Vec::new();
    // (The map type the checker uses too: one instantiation less to compile.)
    let mut seen_prefixes: std::collections::HashMap<&str, usize> = Default::default();
    // (prefix, cookie index), each prefix once.
    let mut patterns: Vec<(&str, u32)> = Vec::new();
    for (index, cookie) in cookies.iter().enumerate() {
        if !cookie.indexed {
            continue;
        }
        let id = index as u32;
        if cookie.is_pattern() {
            let prefix = pattern_prefix(&cookie.name).unwrap_or(&cookie.name);
            if seen_prefixes.insert(prefix, index).is_none() {
                patterns.push((prefix, id));
            }
        } else {
            exact_keys.push(cookie.name.as_bytes());
            exact_ids.push(id);
        }
    }
    let mut exact = phf::build(&exact_keys);
    exact.map_indices(&exact_ids);

    // Groups by the first two bytes, in first-seen order; one-byte
    // prefixes last. Within a group, longest prefix first.
    let mut heads: Vec<&[u8]> = Vec::new();
    // A heads table with room for every pattern, to find groups as they come.
    let mut scratch = vec![0u32; (2 * patterns.len()).max(1).next_power_of_two()];
    let mut groups: Vec<Vec<(&str, u32)>> = Vec::new();
    let mut singles: Vec<(&str, u32)> = Vec::new();
    for &(prefix, id) in &patterns {
        match prefix.as_bytes().get(..2) {
            Some(head) => {
                let group = match find_head(&scratch, head) {
                    Some(group) => group,
                    None => {
                        insert_head(&mut scratch, head, groups.len());
                        heads.push(head);
                        groups.push(Vec::new());
                        groups.len() - 1
                    }
                };
                if let Some(members) = groups.get_mut(group) {
                    members.push((prefix, id));
                }
            }
            None => singles.push((prefix, id)),
        }
    }
    let mut starts = Vec::with_capacity(groups.len() + 1);
    let mut members = Vec::with_capacity(patterns.len());
    let mut prefixes = Vec::with_capacity(patterns.len());
    for group in groups.iter_mut().chain(std::iter::once(&mut singles)) {
        starts.push(members.len() as u32);
        group.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
        for &(prefix, id) in group.iter() {
            members.push(id);
            prefixes.push(prefix.to_string());
        }
    }
    let pattern_tables = PatternTables {
        filter: head_filter(&patterns.iter().map(|(p, _)| *p).collect::<Vec<_>>()),
        heads: head_table(&heads),
        starts,
        members,
        prefixes,
    };
    (exact, pattern_tables)
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
        feed(c.category.as_str());
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
                // The unit's variant name (`Month`): fixed, as the revision is.
                .map(|(a, u)| format!("{a}{u:?}"))
                .unwrap_or_default(),
        );
        feed(c.same_site.map(|s| s.as_str()).unwrap_or(""));
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
    let columns = cookie_columns(model);
    let constants = model
        .cookies
        .iter()
        .enumerate()
        .filter(|(_, c)| c.emit_const)
        .map(|(index, cookie)| {
            let docs = &cookie.docs;
            let ident = &cookie.ident;
            let requirement = requirement_tokens(cookie);
            let index = Literal::usize_unsuffixed(index);
            quote! {
                #(#docs)*
                pub const #ident: ::cookie_policy::DeclaredCookie<#requirement> =
                    __cookie_policy_data::d(#index);
            }
        });
    let consent = match model.consent_cookie {
        Some(i) => quote!(::core::option::Option::Some(#i)),
        None => quote!(::core::option::Option::None),
    };
    let revision = revision(model);
    let (exact, patterns) = lookup_tables(&model.cookies);
    let names: Vec<&str> = model.cookies.iter().map(|c| c.name.as_str()).collect();
    let exact = index_tokens(&exact, &names);
    let patterns = pattern_tokens(&patterns);
    let policy_doc = format!(" The cookie policy of <{site}>, as declared in `cookie_policy!`.");
    quote! {
        #(#attrs)*
        #vis mod #name {
            #![allow(dead_code)]

            #[doc(hidden)]
            mod __cookie_policy_data {
                pub(super) const LANGUAGES: &[&str] = &[#(#languages),*];

                #columns

                pub(super) const fn d<R: ::cookie_policy::Requirement>(
                    index: usize,
                ) -> ::cookie_policy::DeclaredCookie<R> {
                    ::cookie_policy::DeclaredCookie::__new(COOKIES[index])
                }
            }

            #(#constants)*

            #[doc = #policy_doc]
            pub static POLICY: ::cookie_policy::Policy = ::cookie_policy::Policy::__new(
                #site,
                __cookie_policy_data::LANGUAGES,
                &__cookie_policy_data::COOKIES,
                #consent,
                #revision,
                #exact,
                #patterns,
            );
        }
    }
}

#[cfg(test)]
mod tests;
