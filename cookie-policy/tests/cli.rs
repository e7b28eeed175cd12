//! The `cookie-policy` binary as users run it, on the recordings of
//! `tests/data/har/` against the recorded shop's policy (its `to_json()`):
//! the findings of `expected-findings.json` in every format, the exit
//! statuses of the contract (0, 1 on an `error` finding, 2 on an input that
//! cannot be read, naming the file and, for JSON, the line and column), and
//! the scaffold.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

/// The shop the recordings are of: the tests crate's fixture, the one file.
#[path = "../../tests/src/har_site.rs"]
#[allow(dead_code)]
mod har_site;

use har_site::shop;

fn har_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/har")
}

/// A scratch directory of this test binary.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The shop's policy as `to_json()` writes it, in a file written once
/// (the tests run in parallel: none may read it while another rewrites it).
fn policy_file() -> PathBuf {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        let path = scratch("policy").join("shop.json");
        std::fs::write(&path, shop::POLICY.to_json()).unwrap();
        path
    })
    .clone()
}

fn cookie_policy(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cookie-policy"))
        .args(args)
        .output()
        .expect("run cookie-policy")
}

fn audit(format: &str, files: &[&str]) -> Output {
    let policy = policy_file();
    let paths: Vec<String> = files
        .iter()
        .map(|f| har_dir().join(f).display().to_string())
        .collect();
    let mut args = vec![
        "audit",
        "--policy",
        policy.to_str().unwrap(),
        "--format",
        format,
    ];
    args.extend(paths.iter().map(String::as_str));
    cookie_policy(&args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn expected() -> Value {
    let text = std::fs::read_to_string(har_dir().join("expected-findings.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The keys of the JSON object `value`, in order.
fn keys(value: &Value) -> Vec<&str> {
    value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

/// Each file's findings, as `--format json` writes them, are the table's;
/// the report has the contract's shape; the exit status is 1 exactly when a
/// finding is an error.
#[test]
fn json_reports_the_expected_findings_with_the_contracts_exit_status() {
    let expected = expected();
    for (file, table) in expected["files"].as_object().unwrap() {
        let output = audit("json", &[file]);
        let report: Value = serde_json::from_str(&stdout(&output))
            .unwrap_or_else(|e| panic!("{file}: {e}: {}", stdout(&output)));
        assert_eq!(
            keys(&report),
            ["site", "revision", "summary", "findings", "notes"],
            "{file}"
        );
        assert_eq!(report["site"], "https://www.shop.test");
        assert_eq!(
            report["revision"],
            format!("{:016x}", shop::POLICY.revision())
        );
        assert_eq!(report["summary"], table["summary"], "{file}");
        let got = report["findings"].as_array().unwrap();
        let want = table["findings"].as_array().unwrap();
        assert_eq!(got.len(), want.len(), "{file}: {got:#?}");
        for (got, want) in got.iter().zip(want) {
            for key in ["kind", "severity", "cookie", "declared", "url"] {
                assert_eq!(got[key], want[key], "{file}: {key} of {got}");
            }
            assert_eq!(
                keys(got),
                ["kind", "severity", "cookie", "declared", "url", "detail"]
            );
            for word in want["detail_mentions"].as_array().into_iter().flatten() {
                let detail = got["detail"].as_str().unwrap();
                assert!(detail.contains(word.as_str().unwrap()), "{file}: {detail}");
            }
        }
        let errors = table["summary"]["error"].as_u64().unwrap();
        assert_eq!(
            output.status.code(),
            Some(if errors > 0 { 1 } else { 0 }),
            "{file}"
        );
        assert!(stderr(&output).is_empty(), "{file}: {}", stderr(&output));
    }
}

/// The text table and the Markdown table show every finding's row.
#[test]
fn text_and_markdown_show_every_finding() {
    let text = stdout(&audit("text", &["playwright.har"]));
    assert!(
        text.starts_with("Cookie audit of https://www.shop.test (policy revision "),
        "{text}"
    );
    assert!(text.contains("6 errors, 2 warnings, 1 info"), "{text}");
    let header = text.lines().find(|l| l.starts_with("SEVERITY")).unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["SEVERITY", "KIND", "COOKIE", "DECLARED", "URL"]
    );
    // The columns line up: each row's URL starts where the header's does.
    let url_at = header.find("URL").unwrap();
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("error") || l.starts_with("warning") || l.starts_with("info"))
        .collect();
    assert_eq!(rows.len(), 9);
    for row in &rows {
        assert!(
            row.get(url_at..)
                .is_some_and(|url| url.starts_with("https://") || url == "-"),
            "{row}"
        );
    }
    assert!(
        rows[7].starts_with("warning   attribute       cart"),
        "{}",
        rows[7]
    );

    let markdown = stdout(&audit("markdown", &["playwright.har"]));
    assert!(
        markdown.starts_with("### Cookie audit of https://www.shop.test\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("**6 errors, 2 warnings, 1 info**"),
        "{markdown}"
    );
    let table: Vec<&str> = markdown.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 2 + 9, "{markdown}");
    assert_eq!(
        table[0],
        "| | Kind | Cookie | Declared as | URL | What to change |"
    );
    assert!(
        table[2].contains("| undeclared | ab\\_test |")
            || table[2].contains("| undeclared | ab_test |"),
        "{}",
        table[2]
    );
    // Every row has the header's six cells.
    for row in &table {
        let cells = row.split(" | ").count();
        assert_eq!(cells, 6, "{row}");
    }
}

/// Several recordings are one audit: `not_seen` over all of them.
#[test]
fn several_files_are_audited_together() {
    let alone = audit("json", &["hand-made/firefox.har"]);
    let together = audit(
        "json",
        &["hand-made/firefox.har", "hand-made/odd-values.har"],
    );
    let not_seen = |output: &Output| -> Vec<String> {
        let report: Value = serde_json::from_str(&stdout(output)).unwrap();
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "not_seen")
            .map(|f| f["cookie"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        not_seen(&alone),
        ["shop_consent", "cart", "currency", "_pk_id.*"]
    );
    assert_eq!(not_seen(&together), ["currency", "_pk_id.*"]);
}

/// Every input that cannot be read is exit status 2, with the file and,
/// for JSON, the line and column; nothing on stdout.
#[test]
fn unreadable_inputs_exit_2_naming_the_file_and_where() {
    for (file, says) in [
        (
            "hand-made/empty.har",
            &["hand-made/empty.har: the file is empty", "line 1 column 0"][..],
        ),
        (
            "hand-made/not-json.har",
            &["hand-made/not-json.har: not JSON", "line 1 column 1"],
        ),
        (
            "hand-made/not-a-har.har",
            &[
                "hand-made/not-a-har.har: not a HAR file",
                "missing field `log`",
                "line 10 column 1",
            ],
        ),
        (
            "hand-made/truncated.har",
            &[
                "hand-made/truncated.har: the JSON ends too early",
                "EOF while parsing",
                "line ",
            ],
        ),
        (
            "hand-made/missing-response.har",
            &[
                "not a HAR file: log.entries[1]: missing field `response`",
                "line ",
            ],
        ),
        (
            "hand-made/missing-request-fields.har",
            &[
                "not a HAR file: log.entries[0].request: missing field `url`",
                "line ",
            ],
        ),
        ("", &["tests/data/har/: is a directory, not a file"]),
        ("no-such-file.har", &["no-such-file.har: cannot read it:"]),
    ] {
        let output = audit("text", &["playwright.har", file]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{file}: {message}");
        assert!(stdout(&output).is_empty(), "{file}");
        assert!(message.starts_with("cookie-policy: "), "{message}");
        for word in says {
            assert!(message.contains(word), "{file}: {message:?} lacks {word:?}");
        }
    }
}

#[test]
fn an_unreadable_policy_exits_2() {
    let dir = scratch("bad-policy");
    let har = har_dir().join("playwright.har");
    for (name, contents, says) in [
        ("empty.json", "", "line 1 column 0"),
        (
            "old.json",
            "{\"site\": \"https://www.shop.test\"}",
            "missing field `languages` at line 1 column 33",
        ),
        (
            "bad.json",
            &shop::POLICY
                .to_json()
                .replace("\"necessary\"", "\"essential\""),
            "unknown `category` \"essential\"",
        ),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, contents).unwrap();
        let output = cookie_policy(&[
            "audit",
            "--policy",
            path.to_str().unwrap(),
            har.to_str().unwrap(),
        ]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{name}: {message}");
        assert!(
            message.contains(name) && message.contains(says),
            "{message}"
        );
    }
    let output = cookie_policy(&["audit", "--policy", "missing.json", har.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("missing.json: cannot read it"));
}

#[test]
fn bad_command_lines_exit_2_with_usage() {
    for args in [
        &["audit", "--policy", "p.json"][..],
        &["audit", "x.har"],
        &["audit", "--policy", "p.json", "--format", "yaml", "x.har"],
        &["scaffold", "x.har"],
        &["lint"],
    ] {
        let output = cookie_policy(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(
            message.contains("Usage: cookie-policy") || message.contains("try '--help'"),
            "{args:?}: {message}"
        );
    }
    let help = cookie_policy(&["audit", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("--format <FORMAT>"));
}

#[test]
fn scaffold_prints_a_declaration_and_checks_its_site() {
    let har = har_dir().join("playwright.har");
    let output = cookie_policy(&[
        "scaffold",
        "--site",
        "https://www.shop.test",
        har.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let declaration = stdout(&output);
    assert!(declaration.contains("cookie_policy::cookie_policy! {"));
    assert!(declaration.contains("site: \"https://www.shop.test\","));
    assert!(
        declaration.contains("_PK_SES_: \"_pk_ses.*\" {"),
        "{declaration}"
    );
    assert!(declaration.contains("third_party: \"tracker.test\","));
    for site in ["www.shop.test", "https://", "ftp://www.shop.test"] {
        let output = cookie_policy(&["scaffold", "--site", site, har.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{site}");
        assert!(
            stderr(&output).contains("absolute URL"),
            "{}",
            stderr(&output)
        );
    }
    let output = cookie_policy(&[
        "scaffold",
        "--site",
        "https://www.shop.test",
        har_dir().to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
}
