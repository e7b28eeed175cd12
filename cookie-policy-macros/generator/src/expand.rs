//! The checked [`Model`] to Rust code: the module with one typed constant per
//! entry and `POLICY`, next to the errors of the invocation.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use syn::Error;

#[cfg(test)]
pub use cookie_policy_shared::build::find_head;
use cookie_policy_shared::build::lookup_tables_of;
pub use cookie_policy_shared::build::LookupTables;
use cookie_policy_shared::packed::Attributes;

use crate::ast::Category;
use crate::check::{check, CookieModel, Model};
use crate::errors::Errors;
use crate::parse::parse_policy;
use crate::revision::revision;

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

/// The `HashIndex` of `tables`, its keys every cookie's name, by index.
fn index_tokens(tables: &LookupTables, names: &[&str]) -> TokenStream {
    let layout = tables.exact_layout(names);
    let seed = layout.seed;
    let displacements = bytes_literal(&layout.displacements);
    let slots = bytes_literal(&layout.slots);
    let starts = bytes_literal(&layout.starts);
    let keys = layout.keys;
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

fn pattern_tokens(tables: &LookupTables) -> TokenStream {
    let layout = tables.pattern_layout();
    let heads = bytes_literal(&layout.heads);
    let starts = layout.starts.iter().map(|s| Literal::u32_unsuffixed(*s));
    let members = layout.members.iter().map(|m| Literal::u32_unsuffixed(*m));
    let lengths = layout.lengths.iter().map(|l| Literal::u32_unsuffixed(*l));
    let words = bytes_literal(&layout.words);
    let filter = bytes_literal(&layout.filter);
    let prefixes = &layout.prefixes;
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

/// The exact-name index and the pattern groups of the entries that were
/// checked well enough to be looked up (`indexed`), each finding its
/// cookie's index.
pub fn lookup_tables(cookies: &[CookieModel]) -> LookupTables {
    lookup_tables_of(
        cookies
            .iter()
            .enumerate()
            .filter(|(_, cookie)| cookie.indexed)
            .map(|(index, cookie)| (cookie.name.as_str(), index as u32)),
    )
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
    let revision_setting = model.revision_setting;
    let tables = lookup_tables(&model.cookies);
    let names: Vec<&str> = model.cookies.iter().map(|c| c.name.as_str()).collect();
    let exact = index_tokens(&tables, &names);
    let patterns = pattern_tokens(&tables);
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
                #revision_setting,
                #exact,
                #patterns,
            );
        }
    }
}

#[cfg(test)]
mod tests;
