//! Fuzzes the HAR reader and the audit: arbitrary bytes never panic; what
//! does not read is an error saying where (a line and column); what reads
//! audits against the recorded shop's policy (`tests/src/har_site.rs`) into
//! a report that holds together (one finding per kind and cookie, the
//! summary counts them, the same recording twice adds nothing) and renders
//! in every format, the JSON as JSON.
//!
//! Start from the real recordings (`../tests/data/har/`, the hand-made
//! files among them):
//!
//! `cargo +nightly fuzz run har corpus/har ../tests/data/har ../tests/data/har/hand-made`

#![no_main]

use std::collections::HashSet;

use cookie_policy::audit::{Format, Har};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/src/har_site.rs"]
#[allow(dead_code)]
mod har_site;

use har_site::shop;

fuzz_target!(|data: &[u8]| {
    let har = match Har::from_slice(data) {
        Ok(har) => har,
        Err(error) => {
            let message = error.to_string();
            assert!(error.line() >= 1, "{message}");
            assert!(
                message.contains(&format!("line {} column {}", error.line(), error.column())),
                "{message}"
            );
            return;
        }
    };
    let report = shop::POLICY.audit(&har);
    let mut once = HashSet::new();
    for finding in report.findings() {
        assert!(
            once.insert((finding.kind, finding.cookie.as_str())),
            "{finding:?} twice"
        );
        assert_eq!(
            finding.declared.is_none(),
            finding.kind.as_str() == "undeclared"
        );
    }
    let summary = report.summary();
    assert_eq!(
        summary.error + summary.warning + summary.info,
        report.findings().len()
    );
    assert_eq!(
        shop::POLICY.audit_all([&har, &har]).findings(),
        report.findings()
    );
    let json: serde_json::Value = serde_json::from_str(&report.render(Format::Json)).unwrap();
    assert_eq!(
        json["findings"].as_array().map(Vec::len),
        Some(report.findings().len())
    );
    let _ = report.render(Format::Text);
    let _ = report.render(Format::Markdown);
});
