//! The generator behind the `cookie_policy!` macro of the
//! [`cookie-policy`](https://docs.rs/cookie-policy) crate: a plain library
//! over `proc_macro2` token streams, so every stage runs in ordinary tests,
//! fuzz targets and benchmarks. The macro crate, `cookie-policy-macros`, is
//! a thin `#[proc_macro]` entry that converts the tokens and calls
//! [`expand()`].
//!
//! The stages: [`parse`] (tokens to an [`ast`], recovering after each
//! mistake inside a brace group), [`check`] (the rules, to a
//! [`Model`](check::Model)) and [`expand`](mod@expand) (the model to code).
//! [`revision`] is what consent is given for, as the policy's revision and
//! the purposes stamp hash it. Errors of every stage are accumulated and reported together; the
//! generator never panics on any input.
//!
//! ```
//! let tokens: proc_macro2::TokenStream = r#"
//!     pub mod portal {
//!         site: "https://example.org",
//!         necessary { provider "Example" {
//!             SESSION: "sid" { function: "Session", purpose: "To keep you signed in" }
//!         } }
//!     }
//! "#.parse().unwrap();
//! let code = cookie_policy_generator::expand(tokens).to_string();
//! assert!(code.contains("pub const SESSION"));
//! assert!(!code.contains("compile_error"));
//! ```
//!
//! This is not a stable API: its version is pinned exactly by
//! `cookie-policy-macros`, and the code it generates calls hidden items of
//! that exact version of `cookie-policy`. Use the macro through
//! `cookie-policy`.
#![forbid(unsafe_code)]

pub mod ast;
pub mod check;
pub mod errors;
pub mod expand;
#[cfg(test)]
mod grammar_props;
mod keywords;
mod lit;
pub mod parse;
#[cfg(test)]
mod proptests;
pub mod revision;
#[cfg(test)]
mod span_props;
mod suggest;
#[cfg(test)]
mod testing;

pub use expand::{expand, parse_and_check};
