//! Fuzzes the whole `cookie_policy!` pipeline (parse, check, expand) on
//! arbitrary source text, through `cookie-policy-generator`, the library the
//! proc-macro crate is a thin entry over: no proc-macro boundary in the way.
//!
//! `cargo +nightly fuzz run macro_parser corpus/macro_parser seeds/macro_parser` (in `fuzz/`)

#![no_main]

use std::str::FromStr;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    // Sources that do not even lex are rejected by rustc before the macro runs.
    if let Ok(tokens) = proc_macro2::TokenStream::from_str(source) {
        let _ = cookie_policy_generator::expand(tokens);
    }
    // With `span-locations`, proc-macro2 keeps every parsed source for the
    // life of the thread; drop them so a long run does not grow without bound.
    proc_macro2::extra::invalidate_current_thread_spans();
});
