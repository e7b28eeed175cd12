//! The `cookie_policy!` macro of the [`cookie-policy`](https://docs.rs/cookie-policy)
//! crate. Use it through `cookie_policy::cookie_policy!`, which documents the
//! language.
//!
//! The macro runs in stages, private modules each testable on its own with
//! `proc_macro2`: `parse` (tokens to an `ast`), `check` (the rules, to a
//! model) and `expand` (the model to code). Errors of every stage are accumulated and
//! reported together; the macro never panics on any input.

mod ast;
mod check;
mod expand;
#[cfg(test)]
mod grammar_props;
mod hash;
mod lit;
mod parse;
mod phf;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod span_props;
mod suggest;
#[cfg(test)]
mod testing;

/// Declares a cookie policy. See the `cookie-policy` crate for the language.
#[proc_macro]
pub fn cookie_policy(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::expand(input.into()).into()
}
