//! The mistakes of one invocation: every stage reports to one [`Errors`],
//! which accumulates them and hands them over in source order, as one
//! `compile_error!` per message.

use std::fmt::Display;

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::Error;

/// The errors of one invocation, as the stages find them.
#[derive(Default)]
pub struct Errors {
    found: Vec<Error>,
}

impl Errors {
    /// No error yet.
    pub fn new() -> Errors {
        Errors::default()
    }

    /// An error on `span`.
    pub fn error(&mut self, span: Span, message: impl Display) {
        self.found.push(Error::new(span, message));
    }

    /// An error on all of `tokens` (from the first to the last).
    pub fn error_spanned(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.found.push(Error::new_spanned(tokens, message));
    }

    /// An error as syn reports it (one message or several).
    pub fn push(&mut self, error: Error) {
        self.found.push(error);
    }

    /// Every message, one an error, by where its span starts, so a reader
    /// goes top to bottom; messages on the same token keep the order they
    /// were reported in (where the compiler tells no location, every span
    /// starts at line 0 and the order is the stages').
    pub fn into_sorted(self) -> Vec<Error> {
        let mut messages: Vec<Error> = self.found.into_iter().flat_map(Error::into_iter).collect();
        messages.sort_by_cached_key(|e| {
            let start = e.span().start();
            (start.line, start.column)
        });
        messages
    }

    /// The messages in source order as `compile_error!`s, each on its
    /// token; nothing when there is no error.
    pub fn into_compile_errors(self) -> TokenStream {
        self.into_sorted()
            .into_iter()
            .reduce(|mut all, e| {
                all.combine(e);
                all
            })
            .map(Error::into_compile_error)
            .unwrap_or_default()
    }
}

impl Extend<Error> for Errors {
    fn extend<I: IntoIterator<Item = Error>>(&mut self, errors: I) {
        self.found.extend(errors);
    }
}
