//! `Policy::audit` finds exactly the planted problems of the recorded shop
//! (`tests/data/har/`): for every recording and hand-made file, the
//! findings of `expected-findings.json` (kind, severity, cookie, declared
//! name, URL, and the words each detail must contain), in that order, and
//! nothing else. The table was written from the rules of the HAR README,
//! independently of the audit.

use std::path::{Path, PathBuf};

use cookie_policy::audit::{AuditReport, FindingKind, Har};
use cookie_policy_tests::har_site::shop;
use serde_json::Value;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/har")
}

fn expected() -> Value {
    let text = std::fs::read_to_string(data_dir().join("expected-findings.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn audit(file: &str) -> AuditReport {
    let bytes = std::fs::read(data_dir().join(file)).unwrap();
    let har = Har::from_slice(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
    shop::POLICY.audit(&har)
}

/// A finding as the table writes it (without the detail's words).
fn row(
    kind: &str,
    severity: &str,
    cookie: &str,
    declared: Option<&str>,
    url: Option<&str>,
) -> String {
    format!("{kind} {severity} {cookie} declared={declared:?} url={url:?}")
}

#[test]
fn every_file_gives_exactly_its_expected_findings() {
    let expected = expected();
    let files = expected["files"].as_object().unwrap();
    assert_eq!(files.len(), 8);
    for (file, table) in files {
        let report = audit(file);
        let want: Vec<String> = table["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                row(
                    f["kind"].as_str().unwrap(),
                    f["severity"].as_str().unwrap(),
                    f["cookie"].as_str().unwrap(),
                    f["declared"].as_str(),
                    f["url"].as_str(),
                )
            })
            .collect();
        let got: Vec<String> = report
            .findings()
            .iter()
            .map(|f| {
                row(
                    f.kind.as_str(),
                    f.severity.as_str(),
                    &f.cookie,
                    f.declared,
                    f.url.as_deref(),
                )
            })
            .collect();
        assert_eq!(got, want, "{file}");
        for (finding, wanted) in report
            .findings()
            .iter()
            .zip(table["findings"].as_array().unwrap())
        {
            for word in wanted["detail_mentions"].as_array().into_iter().flatten() {
                let word = word.as_str().unwrap();
                assert!(
                    finding.detail.contains(word),
                    "{file}: the detail of {} {} does not say {word:?}: {}",
                    finding.kind,
                    finding.cookie,
                    finding.detail
                );
            }
        }
        let summary = report.summary();
        let counts = &table["summary"];
        assert_eq!(
            [summary.error, summary.warning, summary.info].map(|n| n as u64),
            ["error", "warning", "info"].map(|s| counts[s].as_u64().unwrap()),
            "{file}"
        );
        assert_eq!(report.has_errors(), summary.error > 0);
    }
}

#[test]
fn a_script_written_cookie_says_so() {
    let report = audit("playwright.har");
    let recently_viewed = report
        .of_kind(FindingKind::Undeclared)
        .find(|f| f.cookie == "recently_viewed")
        .unwrap();
    assert!(
        recently_viewed.detail.contains("first seen in a request")
            && recently_viewed.detail.contains("script"),
        "{}",
        recently_viewed.detail
    );
    let ab_test = report
        .of_kind(FindingKind::Undeclared)
        .find(|f| f.cookie == "ab_test")
        .unwrap();
    assert!(
        ab_test.detail.contains("set by www.shop.test"),
        "{}",
        ab_test.detail
    );
}

#[test]
fn only_the_sanitized_export_gets_a_note() {
    for (file, noted) in [
        ("playwright.har", false),
        ("devtools.har", false),
        ("devtools-sanitized.har", true),
        ("chrome-har.har", false),
        ("hand-made/no-cookies.har", true),
    ] {
        let report = audit(file);
        assert_eq!(
            report.notes().len(),
            usize::from(noted),
            "{file}: {:?}",
            report.notes()
        );
        if noted {
            assert!(report.notes()[0].contains("sanitized"), "{file}");
        }
    }
}

/// Several recordings at once: `not_seen` over all of them, and one
/// finding per kind and cookie over all of them.
#[test]
fn several_recordings_are_one_audit() {
    let files = ["hand-made/firefox.har", "hand-made/odd-values.har"];
    let bytes: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(data_dir().join(f)).unwrap())
        .collect();
    let hars: Vec<Har<'_>> = bytes.iter().map(|b| Har::from_slice(b).unwrap()).collect();
    let report = shop::POLICY.audit_all(&hars);
    let not_seen: Vec<&str> = report
        .of_kind(FindingKind::NotSeen)
        .map(|f| f.cookie.as_str())
        .collect();
    // firefox.har lacks shop_consent, cart, currency, _pk_id.*; odd-values.har shows the first two.
    assert_eq!(not_seen, ["currency", "_pk_id.*"]);
    assert_eq!(report.recordings(), 2);
    assert_eq!(report.entries(), 4);
    let separately: usize = hars
        .iter()
        .map(|h| {
            shop::POLICY
                .audit(h)
                .of_kind(FindingKind::Undeclared)
                .count()
        })
        .sum();
    assert_eq!(report.of_kind(FindingKind::Undeclared).count(), separately);
    // The same recording twice adds nothing.
    let twice = shop::POLICY.audit_all([&hars[0], &hars[0]]);
    assert_eq!(twice.findings(), shop::POLICY.audit(&hars[0]).findings());
}

/// Each hand-made bad file is an error of its kind, at its line and
/// column, naming what is missing; nothing is read from it.
#[test]
fn every_bad_file_is_a_clear_error() {
    use cookie_policy::audit::HarErrorKind;
    for (file, kind, line, column, says) in [
        ("empty.har", HarErrorKind::Empty, 1, 0, "the file is empty"),
        ("not-json.har", HarErrorKind::NotJson, 1, 1, "not JSON"),
        (
            "not-a-har.har",
            HarErrorKind::NotHar,
            10,
            1,
            "not a HAR file: missing field `log`",
        ),
        (
            "truncated.har",
            HarErrorKind::Truncated,
            1,
            2000,
            "the JSON ends too early",
        ),
        (
            "missing-response.har",
            HarErrorKind::NotHar,
            156,
            7,
            "log.entries[1]: missing field `response`",
        ),
        (
            "missing-request-fields.har",
            HarErrorKind::NotHar,
            26,
            9,
            "log.entries[0].request: missing field `url`",
        ),
    ] {
        let bytes = std::fs::read(data_dir().join("hand-made").join(file)).unwrap();
        let error = Har::from_slice(&bytes).unwrap_err();
        assert_eq!(error.kind(), kind, "{file}: {error}");
        assert_eq!((error.line(), error.column()), (line, column), "{file}");
        let message = error.to_string();
        assert!(message.contains(says), "{file}: {message}");
        assert!(
            message.ends_with(&format!("at line {line} column {column}")),
            "{file}: {message}"
        );
    }
}
