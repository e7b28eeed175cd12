//! The `cookie_policy!` macro of the [`cookie-policy`](https://docs.rs/cookie-policy)
//! crate. Use it through `cookie_policy::cookie_policy!`, which documents the
//! language.
//!
//! This crate is only the `#[proc_macro]` entry: it converts the token
//! streams and calls [`cookie_policy_generator::expand()`], the plain library
//! that parses, checks and expands a declaration (and that the unit tests,
//! the fuzz target and the benchmarks call directly).
#![forbid(unsafe_code)]

/// Declares a cookie policy. See the `cookie-policy` crate for the language.
#[proc_macro]
pub fn cookie_policy(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    cookie_policy_generator::expand(input.into()).into()
}
