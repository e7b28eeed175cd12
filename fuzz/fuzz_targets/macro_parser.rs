//! Fuzzes the whole `cookie_policy!` pipeline (parse, check, expand) on
//! arbitrary source text. The macro crate's stages are compiled in from its
//! source modules, so no proc-macro boundary is in the way.
//!
//! `cargo +nightly fuzz run macro_parser fuzz/corpus/macro_parser fuzz/seeds/macro_parser`

#![no_main]
#![allow(dead_code)]

#[path = "../../cookie-policy-macros/src/ast.rs"]
mod ast;
#[path = "../../cookie-policy-macros/src/check/mod.rs"]
mod check;
#[path = "../../cookie-policy-macros/src/expand.rs"]
mod expand;
#[path = "../../cookie-policy-macros/src/hash.rs"]
mod hash;
#[path = "../../cookie-policy-macros/src/lit.rs"]
mod lit;
#[path = "../../cookie-policy-macros/src/parse.rs"]
mod parse;
#[path = "../../cookie-policy-macros/src/phf.rs"]
mod phf;
#[path = "../../cookie-policy-macros/src/suggest.rs"]
mod suggest;

use std::str::FromStr;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    // Sources that do not even lex are rejected by rustc before the macro runs.
    if let Ok(tokens) = proc_macro2::TokenStream::from_str(source) {
        let _ = expand::expand(tokens);
    }
    // With `span-locations`, proc-macro2 keeps every parsed source for the
    // life of the thread; drop them so a long run does not grow without bound.
    proc_macro2::extra::invalidate_current_thread_spans();
});
