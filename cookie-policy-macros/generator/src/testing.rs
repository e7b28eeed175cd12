//! Helpers for the stage tests: run the stages on source text and find the
//! source text each error points at.

use std::str::FromStr;

use proc_macro2::{Span, TokenStream};

use crate::check::Model;
use crate::expand::parse_and_check;

/// One reported error: the source text it underlines and its message.
#[derive(Debug, Clone)]
pub struct Reported {
    pub token: String,
    pub message: String,
}

/// The text `span` covers in `source` (needs proc-macro2's `span-locations`).
pub fn text_of(source: &str, span: Span) -> String {
    let (start, end) = (span.start(), span.end());
    let offset = |line: usize, column: usize| -> usize {
        let line_start: usize = source
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        let rest = source.get(line_start..).unwrap_or("");
        line_start + rest.chars().take(column).map(char::len_utf8).sum::<usize>()
    };
    let (a, b) = (
        offset(start.line, start.column),
        offset(end.line, end.column),
    );
    source.get(a..b).unwrap_or("").to_string()
}

/// Parses and checks `source`; returns the model (if the head parsed) and
/// every error with the text it points at.
pub fn run(source: &str) -> (Option<Model>, Vec<Reported>) {
    let tokens = TokenStream::from_str(source).expect("test sources are lexically valid");
    let (model, errors) = parse_and_check(tokens);
    let reported = errors
        .into_iter()
        .flat_map(|e| e.into_iter())
        .map(|e| Reported {
            token: text_of(source, e.span()),
            message: e.to_string(),
        })
        .collect();
    (model, reported)
}

/// A valid policy whose body is `settings` followed by a necessary block with
/// `entries` and a statistics and marketing block (empty unless given).
pub fn policy(settings: &str, necessary: &str, statistics: &str, marketing: &str) -> String {
    format!(
        "pub mod site {{\n{settings}\nnecessary {{ provider \"Site\" {{\n{necessary}\n}} }}\nstatistics {{ provider \"Stats\" {{\n{statistics}\n}} }}\nmarketing {{ provider \"Ads\" {{\n{marketing}\n}} }}\n}}"
    )
}
