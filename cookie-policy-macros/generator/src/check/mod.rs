//! The rules of a cookie policy: [`ast`](crate::ast) to a checked [`Model`].
//!
//! Each rule is a small function, with its comment saying the rule and
//! why (as serde_derive's `internals/check.rs` does): the settings' rules
//! (`settings`), the rules of one entry (listed in `entry::RULES`, written
//! in `rules` and `texts`) and the rules across entries (`policy`). Every
//! rule reports to the one [`Errors`] on the token that breaks it and says
//! how to fix it. The model is built even when rules fail, so `expand` can
//! still emit the constants that are well formed.

mod entry;
mod names;
mod policy;
mod rules;
mod settings;
mod texts;
mod web;

use syn::{Attribute, Ident, Visibility};

use crate::ast::*;
use crate::errors::Errors;
use crate::lit::value as str_value;
use cookie_policy_shared::name::is_pattern;
use cookie_policy_shared::requires_consent;
use entry::check_entry;
use settings::check_settings;

/// Generated items that a constant must not shadow.
pub const RESERVED: [&str; 1] = ["POLICY"];
/// RFC 6265bis: user agents cap `Max-Age`/`Expires` at 400 days.
pub const MAX_DAYS: u64 = 400;
/// CNIL: audience-measurement cookies are exempt for at most 13 months.
pub const MAX_ANONYMIZED_DAYS: u64 = 390;
const DAY: u64 = 86_400;

/// A checked policy, ready to expand.
pub struct Model {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub name: Ident,
    pub site: String,
    pub languages: Vec<String>,
    pub consent_cookie: Option<usize>,
    pub cookies: Vec<CookieModel>,
}

/// One checked entry.
pub struct CookieModel {
    pub docs: Vec<Attribute>,
    pub ident: Ident,
    /// `false` for a constant that would clash with another item.
    pub emit_const: bool,
    /// `false` for the second declaration of a name.
    pub indexed: bool,
    pub name: String,
    pub category: Category,
    pub provider: String,
    pub function: Vec<String>,
    pub location: Option<Vec<String>>,
    pub purpose: Vec<String>,
    pub third_party: Option<String>,
    pub domain: Option<String>,
    pub path: Option<String>,
    pub duration: Option<(u64, TimeUnit)>,
    pub same_site: Option<SameSite>,
    pub secure: bool,
    pub http_only: bool,
    pub partitioned: bool,
    pub anonymized: bool,
}

impl CookieModel {
    /// Whether the name is a prefix pattern: it ends in `*`, `"*"` alone
    /// included (which the name check rejects, as it would cover every
    /// cookie). `cookie-policy-shared`'s rule, as the runtime's
    /// `CookieSpec::is_pattern`.
    pub fn is_pattern(&self) -> bool {
        is_pattern(&self.name)
    }

    /// Whether setting the cookie needs consent: `cookie-policy-shared`'s
    /// rule, as the runtime's `CookieSpec::requires_consent`.
    pub fn requires_consent(&self) -> bool {
        requires_consent(self.category, self.anonymized)
    }
}

/// Checks `ast`, reporting every broken rule to `errors`: the settings'
/// rules, each entry's rules, then the rules across entries.
pub fn check(ast: PolicyAst, errors: &mut Errors) -> Model {
    let settings = check_settings(&ast, errors);
    let mut cookies = Vec::new();
    let mut spans = Vec::new();
    for block in &ast.categories {
        for provider in &block.providers {
            let provider_name = str_value(&provider.name);
            policy::provider_has_a_name(provider, &provider_name, errors);
            for entry in &provider.entries {
                let (cookie, entry_spans) =
                    check_entry(entry, block.kind, &provider_name, &settings, errors);
                cookies.push(cookie);
                spans.push(entry_spans);
            }
        }
    }
    policy::cookie_names_are_unique(&mut cookies, &spans, errors);
    policy::constants_are_unique(&mut cookies, &spans, errors);
    policy::patterns_cover_no_declared_name(&cookies, &spans, errors);
    let consent_cookie = settings
        .consent_cookie
        .as_ref()
        .and_then(|reference| policy::consent_cookie(reference, &cookies, errors));
    Model {
        attrs: ast.attrs,
        vis: ast.vis,
        name: ast.name,
        site: settings.site_url,
        languages: settings.languages.into_iter().map(|(l, _)| l).collect(),
        consent_cookie,
        cookies,
    }
}

#[cfg(test)]
mod tests;
