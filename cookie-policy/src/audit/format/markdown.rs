//! [`Format::Markdown`](super::Format::Markdown): a heading, the summary
//! and a table, short enough for a pull-request comment. Every text from a
//! recording is escaped: it cannot break the table or inject markup.

use super::{mark, scope_line, summary_line};
use crate::audit::report::AuditReport;
use crate::render::escape::markdown_into;

pub(super) fn write(report: &AuditReport) -> String {
    let mut out = String::from("### Cookie audit of ");
    markdown_into(&mut out, report.site());
    out.push_str("\n\n");
    let summary = summary_line(report);
    if report.has_errors() {
        out.push_str(&format!("**{summary}**"));
    } else {
        out.push_str(&summary);
    }
    out.push_str(&format!(
        " · {} · policy revision `{:016x}`\n",
        scope_line(report),
        report.revision()
    ));
    if !report.findings().is_empty() {
        out.push_str(
            "\n| | Kind | Cookie | Declared as | URL | What to change |\n| --- | --- | --- | --- | --- | --- |\n",
        );
        for f in report.findings() {
            let cells = [
                f.kind.as_str(),
                &f.cookie,
                f.declared.unwrap_or(""),
                f.url.as_deref().unwrap_or(""),
                &f.detail,
            ];
            out.push_str(&format!("| {} {} ", mark(f.severity), f.severity));
            for cell in cells {
                out.push_str("| ");
                markdown_into(&mut out, cell);
                out.push(' ');
            }
            out.push_str("|\n");
        }
    }
    for note in report.notes() {
        out.push_str("\n> ");
        markdown_into(&mut out, note);
        out.push('\n');
    }
    out
}
