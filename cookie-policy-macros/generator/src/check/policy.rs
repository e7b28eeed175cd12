//! The rules across a policy's entries: providers have names, names and
//! constants are unique, patterns cover no declared name, and
//! `consent_cookie` names a `necessary` entry. Each is linear in the size
//! of the policy (hash lookups), so a policy of thousands of cookies checks
//! fast.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::Hash;

use proc_macro2::Span;
use syn::Ident;

use super::entry::EntrySpans;
use super::rules::is_plain_ident;
use super::settings::ConsentRef;
use super::{CookieModel, RESERVED};
use crate::ast::{Category, Provider};
use crate::errors::Errors;
use crate::lit::value as str_value;
use crate::suggest::did_you_mean;
use cookie_policy_shared::name::pattern_prefix;

/// Rule 9: a provider has a name, the company or service that sets its
/// cookies: the first column of the policy's tables. (Not for the stand-in
/// provider of entries written outside one, which is reported already.)
pub fn provider_has_a_name(provider: &Provider, name: &str, errors: &mut Errors) {
    if name.trim().is_empty() && !provider.recovered {
        errors.error(
            provider.name.span(),
            "a provider needs a name: the company or service that sets these cookies, `provider \"Opendatasoft\"`",
        );
    }
}

/// The line a token is on, where the compiler tells (`None` on compilers
/// before 1.88 and for tokens without a location).
fn line_of(span: Span) -> Option<usize> {
    let line = span.start().line;
    (line > 0).then_some(line)
}

/// For each key, the index of the first equal key before it (`None` for
/// a first one).
fn earlier<K: Hash + Eq>(keys: impl Iterator<Item = K>) -> Vec<Option<usize>> {
    let mut first: HashMap<K, usize> = HashMap::new();
    keys.enumerate()
        .map(|(index, key)| match first.entry(key) {
            Entry::Occupied(entry) => Some(*entry.get()),
            Entry::Vacant(entry) => {
                entry.insert(index);
                None
            }
        })
        .collect()
}

/// Rule 1: a cookie name is declared once: a cookie is one thing with one
/// purpose and one lifetime, and two entries would contradict each other
/// in the policy and in enforcement. The error says where the first is;
/// the second is kept out of the lookup tables.
pub fn cookie_names_are_unique(
    cookies: &mut [CookieModel],
    spans: &[EntrySpans],
    errors: &mut Errors,
) {
    let earlier = earlier(cookies.iter().map(|c| c.name.clone()));
    for (index, first) in earlier.into_iter().enumerate() {
        let Some(first) = first else {
            continue;
        };
        if let (Some(cookie), Some(span), Some(first), Some(first_span)) = (
            cookies.get(index),
            spans.get(index),
            cookies.get(first),
            spans.get(first),
        ) {
            let line = line_of(first_span.name)
                .map(|line| format!(" on line {line}"))
                .unwrap_or_default();
            errors.error(
                span.name,
                format!(
                    "the cookie `{}` is declared twice: it is already declared{line} as `{}` (provider \"{}\", {}). Remove one, or merge their texts",
                    cookie.name,
                    first.ident,
                    first.provider,
                    first.category.as_str()
                ),
            );
        }
        if let Some(cookie) = cookies.get_mut(index) {
            cookie.indexed = false;
        }
    }
}

/// Rule 2: a constant is declared once and is not named like a generated
/// item (`POLICY`): the module would not compile, or a constant would
/// shadow `POLICY`. Such a constant, or a keyword (reported by
/// `constant_is_upper_snake_case`), is not emitted.
pub fn constants_are_unique(
    cookies: &mut [CookieModel],
    spans: &[EntrySpans],
    errors: &mut Errors,
) {
    let earlier = earlier(cookies.iter().map(|c| c.ident.to_string()));
    for (index, first) in earlier.into_iter().enumerate() {
        let (Some(cookie), Some(span)) = (cookies.get(index), spans.get(index)) else {
            continue;
        };
        let ident = cookie.ident.to_string();
        let reserved = RESERVED.contains(&ident.as_str());
        if reserved {
            errors.error(
                span.ident,
                format!("`{ident}` is the name of a generated item (the module's `{ident}`): rename this constant, e.g. `{ident}_COOKIE`"),
            );
        } else if let Some((first, first_span)) =
            first.and_then(|first| Some((cookies.get(first)?, spans.get(first)?)))
        {
            let line = line_of(first_span.ident)
                .map(|line| format!(" (line {line})"))
                .unwrap_or_default();
            errors.error(
                span.ident,
                format!(
                    "the constant `{ident}` is already used for the cookie `{}`{line}: give this entry another name",
                    first.name
                ),
            );
        }
        let emit_const = !reserved && first.is_none() && is_plain_ident(&ident);
        if let Some(cookie) = cookies.get_mut(index) {
            cookie.emit_const = emit_const;
        }
    }
}

/// Rule 12: a prefix pattern covers no other declared (exact) name: a
/// cookie must be described once. (Nested patterns are fine: the longest
/// prefix wins.) Linear in the total length of the names.
pub fn patterns_cover_no_declared_name(
    cookies: &[CookieModel],
    spans: &[EntrySpans],
    errors: &mut Errors,
) {
    let mut prefixes: HashMap<&str, usize> = HashMap::new();
    for (index, cookie) in cookies.iter().enumerate() {
        if cookie.indexed {
            if let Some(prefix) = pattern_prefix(&cookie.name) {
                prefixes.insert(prefix, index);
            }
        }
    }
    if prefixes.is_empty() {
        return;
    }
    let mut covered: Vec<Vec<usize>> = vec![Vec::new(); cookies.len()];
    for (index, cookie) in cookies.iter().enumerate() {
        if cookie.is_pattern() || !cookie.indexed {
            continue;
        }
        for end in 1..=cookie.name.len() {
            let Some(head) = cookie.name.get(..end) else {
                continue;
            };
            if let Some(&pattern) = prefixes.get(head) {
                if let Some(list) = covered.get_mut(pattern) {
                    list.push(index);
                }
            }
        }
    }
    for (pattern, list) in covered.iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        let (Some(cookie), Some(span)) = (cookies.get(pattern), spans.get(pattern)) else {
            continue;
        };
        let shown: Vec<String> = list
            .iter()
            .take(3)
            .filter_map(|i| cookies.get(*i))
            .map(|c| format!("`{}` ({})", c.name, c.ident))
            .collect();
        let more = if list.len() > 3 {
            format!(" and {} more", list.len() - 3)
        } else {
            String::new()
        };
        errors.error(
            span.name,
            format!(
                "the pattern `{}` also covers {}{more}, declared separately: a cookie must be described once. Make the pattern more specific, or remove the entries it covers",
                cookie.name,
                shown.join(", ")
            ),
        );
    }
}

/// Rule 13: `consent_cookie` names the `necessary` entry that stores the
/// visitor's choices, by its constant, and that entry has a fixed name: it
/// must be set before (and even without) any consent, to remember a
/// refusal too. The entry's index, if it does.
pub fn consent_cookie(
    reference: &ConsentRef,
    cookies: &[CookieModel],
    errors: &mut Errors,
) -> Option<usize> {
    let ident = consent_cookie_is_a_constant(reference, cookies, errors)?;
    let index = consent_cookie_names_an_entry(ident, cookies, errors)?;
    let cookie = cookies.get(index)?;
    (consent_cookie_is_necessary(ident, cookie, errors)
        && consent_cookie_has_a_fixed_name(ident, cookie, errors))
    .then_some(index)
}

/// `consent_cookie` is written as the entry's constant, not in quotes.
fn consent_cookie_is_a_constant<'a>(
    reference: &'a ConsentRef,
    cookies: &[CookieModel],
    errors: &mut Errors,
) -> Option<&'a Ident> {
    let lit = match reference {
        ConsentRef::Constant(ident) => return Some(ident),
        ConsentRef::CookieName(lit) => lit,
    };
    let name = str_value(lit);
    let message = match cookies.iter().find(|c| c.name == name) {
        Some(cookie) => format!(
            "`consent_cookie` names the entry's constant, not the cookie's name: write `consent_cookie: {},`",
            cookie.ident
        ),
        None => "`consent_cookie` names the constant of the `necessary` entry that stores the visitor's choices, without quotes: `consent_cookie: PREFERENCES,`".to_string(),
    };
    errors.error(lit.span(), message);
    None
}

/// `consent_cookie` names an entry of the policy (with a hint when it
/// nearly does).
fn consent_cookie_names_an_entry(
    ident: &Ident,
    cookies: &[CookieModel],
    errors: &mut Errors,
) -> Option<usize> {
    let found = cookies.iter().position(|c| c.ident == *ident);
    if found.is_none() {
        let names: Vec<String> = cookies.iter().map(|c| c.ident.to_string()).collect();
        errors.error(
            ident.span(),
            format!(
                "`consent_cookie: {ident}` names no entry of this policy: name the constant of the `necessary` cookie that stores the visitor's choices.{}",
                did_you_mean(&ident.to_string(), names.iter().map(String::as_str))
            ),
        );
    }
    found
}

/// The consent cookie is `necessary`.
fn consent_cookie_is_necessary(ident: &Ident, cookie: &CookieModel, errors: &mut Errors) -> bool {
    if cookie.category == Category::Necessary {
        return true;
    }
    errors.error(
        ident.span(),
        format!(
            "the consent cookie `{}` is in `{}`, but it must be `necessary`: it has to be set before (and even without) any consent, to remember a refusal",
            cookie.name,
            cookie.category.as_str()
        ),
    );
    false
}

/// The consent cookie has a fixed name, not a pattern.
fn consent_cookie_has_a_fixed_name(
    ident: &Ident,
    cookie: &CookieModel,
    errors: &mut Errors,
) -> bool {
    if !cookie.is_pattern() {
        return true;
    }
    errors.error(
        ident.span(),
        format!(
            "the consent cookie must have a fixed name, not the pattern `{}`",
            cookie.name
        ),
    );
    false
}
