//! The three ways to write an [`AuditReport`]: [`Format::Text`] (a table
//! for a terminal), [`Format::Json`] (the contract's shape, for programs)
//! and [`Format::Markdown`] (a pull-request comment).

mod json;
mod markdown;
mod text;

use core::fmt;
use core::str::FromStr;

use super::report::{AuditReport, Severity};

/// How to write an [`AuditReport`] (`cookie-policy audit --format`).
///
/// ```
/// use cookie_policy::audit::Format;
/// assert_eq!("markdown".parse::<Format>(), Ok(Format::Markdown));
/// assert_eq!(Format::Json.as_str(), "json");
/// assert!("yaml".parse::<Format>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Format {
    /// A table for a terminal, each finding's detail under its row.
    #[default]
    Text,
    /// One JSON object: `site`, `revision`, `summary`, `findings`, `notes`.
    Json,
    /// A Markdown table that fits a pull-request comment.
    Markdown,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Text, Format::Json, Format::Markdown];

    /// The format's name on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Markdown => "markdown",
        }
    }
}

/// The error of parsing a [`Format`] from a name that is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat;

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown format: expected `text`, `json` or `markdown`")
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(name: &str) -> Result<Format, UnknownFormat> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str() == name)
            .ok_or(UnknownFormat)
    }
}

impl AuditReport {
    /// The report written in `format`.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Text => text::write(self),
            Format::Json => json::write(self),
            Format::Markdown => markdown::write(self),
        }
    }

    /// The report as a table for a terminal ([`Format::Text`]).
    pub fn to_text(&self) -> String {
        text::write(self)
    }

    /// The report as the contract's JSON object ([`Format::Json`]).
    pub fn to_json(&self) -> String {
        json::write(self)
    }

    /// The report as Markdown for a pull-request comment ([`Format::Markdown`]).
    pub fn to_markdown(&self) -> String {
        markdown::write(self)
    }
}

/// `6 errors, 2 warnings, 1 info`.
fn summary_line(report: &AuditReport) -> String {
    let summary = report.summary();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}, {}",
        plural(summary.error, "error", "errors"),
        plural(summary.warning, "warning", "warnings"),
        plural(summary.info, "info", "infos"),
    )
}

/// `1 recording, 10 requests`.
fn scope_line(report: &AuditReport) -> String {
    let (recordings, entries) = (report.recordings(), report.entries());
    format!(
        "{recordings} recording{}, {entries} request{}",
        if recordings == 1 { "" } else { "s" },
        if entries == 1 { "" } else { "s" },
    )
}

/// The mark of a severity in the Markdown table.
fn mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "\u{274C}",
        Severity::Warning => "\u{26A0}\u{FE0F}",
        Severity::Info => "\u{2139}\u{FE0F}",
    }
}
