//! [`Format::Json`](super::Format::Json): the contract's object, with the
//! notes after the findings.

use crate::audit::report::{AuditReport, Finding};
use crate::render::json::Json;

pub(super) fn write(report: &AuditReport) -> String {
    let summary = report.summary();
    let count = |n: usize| Json::Number(n as u64);
    let mut out = Json::Object(vec![
        ("site", Json::str(report.site())),
        (
            "revision",
            Json::String(format!("{:016x}", report.revision())),
        ),
        (
            "summary",
            Json::Object(vec![
                ("error", count(summary.error)),
                ("warning", count(summary.warning)),
                ("info", count(summary.info)),
            ]),
        ),
        (
            "findings",
            Json::Array(report.findings().iter().map(finding).collect()),
        ),
        (
            "notes",
            Json::Array(report.notes().iter().map(|n| Json::str(n)).collect()),
        ),
    ])
    .to_pretty();
    out.push('\n');
    out
}

fn finding(f: &Finding) -> Json {
    Json::Object(vec![
        ("kind", Json::str(f.kind.as_str())),
        ("severity", Json::str(f.severity.as_str())),
        ("cookie", Json::str(&f.cookie)),
        ("declared", Json::opt_str(f.declared)),
        ("url", Json::opt_str(f.url.as_deref())),
        ("detail", Json::str(&f.detail)),
    ])
}
