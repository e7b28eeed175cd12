//! [`Format::Text`](super::Format::Text): a table for a terminal, one row
//! per finding (severity, kind, cookie, declared as, URL) with its detail
//! wrapped under it. Text from a recording is escaped: it cannot drive the
//! terminal.

use super::{scope_line, summary_line};
use crate::audit::report::AuditReport;
use crate::render::escape::terminal_into;

/// The width details are wrapped at.
const WIDTH: usize = 100;
/// The indent of a detail under its row.
const INDENT: &str = "    ";

pub(super) fn write(report: &AuditReport) -> String {
    let mut out = String::new();
    out.push_str("Cookie audit of ");
    terminal_into(&mut out, report.site());
    out.push_str(&format!(
        " (policy revision {:016x}): {}\n{}\n",
        report.revision(),
        scope_line(report),
        summary_line(report)
    ));
    let rows: Vec<[String; 5]> = report
        .findings()
        .iter()
        .map(|f| {
            [
                f.severity.as_str().to_owned(),
                f.kind.as_str().to_owned(),
                escaped(&f.cookie),
                escaped(f.declared.unwrap_or("-")),
                escaped(f.url.as_deref().unwrap_or("-")),
            ]
        })
        .collect();
    if !rows.is_empty() {
        let header = ["SEVERITY", "KIND", "COOKIE", "DECLARED", "URL"].map(str::to_owned);
        let mut widths = [0usize; 5];
        for row in core::iter::once(&header).chain(&rows) {
            for (width, cell) in widths.iter_mut().zip(row) {
                *width = (*width).max(cell.chars().count());
            }
        }
        out.push('\n');
        line(&mut out, &header, &widths);
        for (row, finding) in rows.iter().zip(report.findings()) {
            line(&mut out, row, &widths);
            for wrapped in wrap(&escaped(&finding.detail), WIDTH - INDENT.len()) {
                out.push_str(INDENT);
                out.push_str(&wrapped);
                out.push('\n');
            }
        }
    }
    for note in report.notes() {
        out.push_str("\nnote: ");
        out.push_str(&escaped(note));
        out.push('\n');
    }
    out
}

fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    terminal_into(&mut out, text);
    out
}

/// One row, its cells padded to `widths` (the last one not padded).
fn line(out: &mut String, cells: &[String; 5], widths: &[usize; 5]) {
    let mut text = String::new();
    for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            text.push_str("  ");
        }
        text.push_str(cell);
        if i + 1 < cells.len() {
            text.extend(core::iter::repeat_n(' ', width - cell.chars().count()));
        }
    }
    out.push_str(text.trim_end());
    out.push('\n');
}

/// `text` in lines of at most `width` characters, broken at spaces (a
/// longer word gets a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = current.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(core::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrapping_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("a verylongword b", 4), ["a", "verylongword", "b"]);
        assert_eq!(wrap("", 4), Vec::<String>::new());
        assert_eq!(wrap("é é é", 3), ["é é", "é"]);
    }
}
