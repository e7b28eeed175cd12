//! The HAR files of `tests/data/har/` are what their README says they are:
//! each parses as JSON and names the tool that wrote it; the recordings were
//! made against the shop's current declaration (`cookie_policy_tests::har_site`),
//! so the consent cookie they carry reads, with the current policy, as the
//! visitor's choice (statistics only) from the consent step on and not
//! before; the consent response sets exactly the cookie the policy writes;
//! the writers join or split `Set-Cookie` fields as documented; and the
//! malformed files stay malformed.
//!
//! When the policy's revision changes, the recorded consent cookies become
//! void and these tests fail: re-record with `node tests/js/record-har.js`
//! (after `npm ci --prefix tests/js`).

use std::path::{Path, PathBuf};

use cookie_policy::{Category, Consent, ConsentStatus};
use cookie_policy_tests::har_site::{shop, SITE_HOST};
use serde_json::Value;

const RERECORD: &str =
    "the recordings were made for another revision of the policy: re-record them with \
     `npm ci --prefix tests/js && node tests/js/record-har.js` (see tests/data/har/README.md)";

/// The recordings of the visit, with the `log.creator.name` their writer puts.
const RECORDINGS: [(&str, &str); 4] = [
    ("playwright.har", "Playwright"),
    ("devtools.har", "WebInspector"),
    ("devtools-sanitized.har", "WebInspector"),
    ("chrome-har.har", "chrome-har"),
];

/// The hand-made files that are valid HAR, with their `log.creator.name`.
const HAND_MADE: [(&str, &str); 4] = [
    ("firefox.har", "Firefox"),
    ("no-cookies.har", "WebInspector"),
    ("odd-dates.har", "WebInspector"),
    ("odd-values.har", "WebInspector"),
];

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/har")
}

fn read_har(path: &Path) -> Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

fn entries(har: &Value) -> &[Value] {
    har["log"]["entries"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// The values of the header fields called `name` (any case).
fn header_values<'a>(headers: &'a Value, name: &str) -> Vec<&'a str> {
    headers
        .as_array()
        .into_iter()
        .flatten()
        .filter(|h| {
            h["name"]
                .as_str()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
        .filter_map(|h| h["value"].as_str())
        .collect()
}

/// The host of an `https://` URL.
fn host(url: &str) -> &str {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    rest.split(['/', '?', ':']).next().unwrap_or(rest)
}

#[test]
fn every_file_is_json_and_names_its_writer() {
    for (dir, files) in [("", &RECORDINGS), ("hand-made", &HAND_MADE)] {
        for (file, creator) in files {
            let path = data_dir().join(dir).join(file);
            let har = read_har(&path);
            assert_eq!(har["log"]["version"], "1.2", "{}", path.display());
            assert_eq!(
                har["log"]["creator"]["name"],
                *creator,
                "{}",
                path.display()
            );
            assert!(
                !entries(&har).is_empty(),
                "{} has no entries",
                path.display()
            );
        }
    }
}

#[test]
fn the_recordings_are_of_one_visit_in_the_same_order() {
    let expected = [
        ("GET", "https://www.shop.test/?utm_source=newsletter"),
        ("GET", "https://www.shop.test/product/sku-1234"),
        ("GET", "https://tracker.test/embed?site=www.shop.test"),
        ("POST", "https://www.shop.test/cart/add"),
        ("GET", "https://www.shop.test/cart"),
        ("POST", "https://www.shop.test/cookies/consent"),
        ("GET", "https://www.shop.test/cart"),
        ("GET", "https://www.shop.test/"),
        ("GET", "https://www.shop.test/product/sku-1234"),
        ("GET", "https://tracker.test/embed?site=www.shop.test"),
    ];
    for (file, _) in RECORDINGS {
        let har = read_har(&data_dir().join(file));
        let requests: Vec<(&str, &str)> = entries(&har)
            .iter()
            .map(|e| {
                (
                    e["request"]["method"].as_str().unwrap_or_default(),
                    e["request"]["url"].as_str().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(requests, expected, "{file}");
    }
}

#[test]
fn the_recorded_consent_reads_as_statistics_only_from_the_consent_step_on() {
    let statistics = Consent::from_categories([Category::Statistics]);
    for (file, _) in RECORDINGS {
        if file == "devtools-sanitized.har" {
            continue; // no cookies at all: see the next test
        }
        let har = read_har(&data_dir().join(file));
        let statuses: Vec<ConsentStatus> = entries(&har)
            .iter()
            .filter(|e| host(e["request"]["url"].as_str().unwrap_or_default()) == SITE_HOST)
            .map(|e| {
                let cookie = header_values(&e["request"]["headers"], "cookie").join("; ");
                shop::POLICY.consent_status_from_cookie_header(&cookie)
            })
            .collect();
        // Landing, product, add to cart, cart, the consent POST: no consent;
        // the cart it redirects to, home, product: statistics only.
        let mut expected = vec![ConsentStatus::Missing; 5];
        expected.extend([ConsentStatus::Given(statistics); 3]);
        assert_eq!(statuses, expected, "{file}: {RERECORD}");
    }
}

#[test]
fn the_consent_response_sets_exactly_the_cookie_the_policy_writes() {
    let consent = Consent::from_categories([Category::Statistics]);
    let expected = shop::POLICY
        .consent_cookie_for(consent)
        .map(|c| c.to_string())
        .unwrap_or_default();
    for (file, _) in RECORDINGS {
        let har = read_har(&data_dir().join(file));
        let set_cookies: Vec<&str> = entries(&har)
            .iter()
            .flat_map(|e| header_values(&e["response"]["headers"], "set-cookie"))
            .flat_map(|v| v.split('\n'))
            .filter(|v| v.starts_with("shop_consent="))
            .collect();
        if file == "devtools-sanitized.har" {
            assert!(
                set_cookies.is_empty(),
                "{file}: sanitized, yet {set_cookies:?}"
            );
        } else {
            assert_eq!(set_cookies, [expected.as_str()], "{file}: {RERECORD}");
        }
    }
    let session = read_har(&data_dir().join("session.json"));
    assert_eq!(
        session["policy_revision"].as_str(),
        Some(format!("{:x}", shop::POLICY.revision()).as_str()),
        "session.json: {RERECORD}"
    );
}

/// One response of the tracker sets three cookies: DevTools and Playwright
/// write three `Set-Cookie` entries, chrome-har one value joined by
/// newlines (the protocol's header object), DevTools' sanitized export none.
#[test]
fn writers_split_or_join_set_cookie_fields_as_documented() {
    for (file, fields) in [
        ("playwright.har", 3),
        ("devtools.har", 3),
        ("chrome-har.har", 1),
        ("devtools-sanitized.har", 0),
    ] {
        let har = read_har(&data_dir().join(file));
        let tracker = entries(&har)
            .iter()
            .find(|e| host(e["request"]["url"].as_str().unwrap_or_default()) == "tracker.test")
            .unwrap_or_else(|| panic!("{file}: no tracker.test entry"));
        let values = header_values(&tracker["response"]["headers"], "set-cookie");
        assert_eq!(values.len(), fields, "{file}: {values:?}");
        let cookies: Vec<&str> = values
            .iter()
            .flat_map(|v| v.split('\n'))
            .map(|v| v.split('=').next().unwrap_or_default())
            .collect();
        if fields > 0 {
            assert_eq!(cookies, ["trk_uid", "vid_id", "trk_sync"], "{file}");
        }
    }
}

#[test]
fn the_malformed_files_stay_malformed() {
    let dir = data_dir().join("hand-made");
    for file in ["empty.har", "not-json.har", "truncated.har"] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        let error = serde_json::from_str::<Value>(&text).err();
        assert!(error.is_some(), "{file} parses as JSON");
    }
    let not_a_har = read_har(&dir.join("not-a-har.har"));
    assert!(not_a_har.get("log").is_none());
    let missing = read_har(&dir.join("missing-response.har"));
    assert!(entries(&missing)[1].get("response").is_none());
    let missing = read_har(&dir.join("missing-request-fields.har"));
    let request = &entries(&missing)[0]["request"];
    assert!(request.get("url").is_none() && request.get("headers").is_none());
}

/// The cookie names an entry's request sends and its response sets
/// (deletions included): what a finding at that entry can be about.
fn cookie_names(entry: &Value) -> Vec<String> {
    let sent = header_values(&entry["request"]["headers"], "cookie")
        .into_iter()
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.split_once('='))
        .map(|(name, _)| name.trim().to_owned());
    let set = header_values(&entry["response"]["headers"], "set-cookie")
        .into_iter()
        .flat_map(|v| v.split('\n'))
        .filter_map(|line| line.split(';').next()?.split_once('='))
        .map(|(name, _)| name.trim().to_owned());
    sent.chain(set).filter(|name| !name.is_empty()).collect()
}

/// `expected-findings.json` (the README's tables, machine-readable) fits
/// the files and the policy: every finding is about a cookie that occurs at
/// its URL, names the declared entry `Policy::get` finds, and has the
/// contract's severity; `not_seen` lists exactly the declared entries the
/// file never shows. A stale table (after re-recording or a change to the
/// declaration) fails here.
#[test]
fn the_expected_findings_fit_the_files_and_the_policy() {
    let expected = read_har(&data_dir().join("expected-findings.json"));
    let files = expected["files"].as_object().expect("a `files` object");
    assert_eq!(files.len(), RECORDINGS.len() + HAND_MADE.len());
    for (file, table) in files {
        let har = read_har(&data_dir().join(file));
        let findings = table["findings"].as_array().expect("findings");
        let mut summary = serde_json::Map::new();
        for severity in ["error", "warning", "info"] {
            let count = findings
                .iter()
                .filter(|f| f["severity"] == severity)
                .count();
            summary.insert(severity.into(), count.into());
        }
        assert_eq!(table["summary"], Value::Object(summary), "{file}");
        let names: Vec<String> = entries(&har).iter().flat_map(cookie_names).collect();
        for finding in findings {
            let kind = finding["kind"].as_str().unwrap_or_default();
            let cookie = finding["cookie"].as_str().unwrap_or_default();
            let severity = match kind {
                "undeclared" | "before_consent" => "error",
                "attribute" | "wrong_party" => "warning",
                "not_seen" => "info",
                other => panic!("{file}: unknown kind {other}"),
            };
            assert_eq!(finding["severity"], severity, "{file}: {finding}");
            if kind == "not_seen" {
                assert!(
                    shop::POLICY.cookies().iter().any(|c| c.name() == cookie),
                    "{file}: {cookie} is not declared"
                );
                assert_eq!(finding["declared"], cookie, "{file}");
                assert!(finding["url"].is_null(), "{file}: {finding}");
                continue;
            }
            let declared = shop::POLICY.get(cookie).map(|c| c.name());
            assert_eq!(finding["declared"].as_str(), declared, "{file}: {finding}");
            assert_eq!(
                kind == "undeclared",
                declared.is_none(),
                "{file}: {finding}"
            );
            let url = finding["url"].as_str().unwrap_or_default();
            let at_url = entries(&har)
                .iter()
                .filter(|e| e["request"]["url"] == url)
                .any(|e| cookie_names(e).iter().any(|n| n == cookie));
            assert!(at_url, "{file}: no entry for {url} sends or sets {cookie}");
        }
        // not_seen: exactly the declared entries no entry sends or sets
        // (other than by a deletion).
        for spec in shop::POLICY.cookies() {
            let listed = findings
                .iter()
                .any(|f| f["kind"] == "not_seen" && f["cookie"] == spec.name());
            let shown = names.iter().any(|n| spec.matches(n)) && !spec_only_deleted(&har, spec);
            assert_eq!(listed, !shown, "{file}: {}", spec.name());
        }
    }
}

/// Whether the file shows `spec` only in deletions (`Max-Age=0`, as the
/// shop's consent endpoint writes them): set by no response otherwise,
/// sent by no request.
fn spec_only_deleted(har: &Value, spec: &cookie_policy::CookieSpec) -> bool {
    entries(har).iter().all(|e| {
        let sent = header_values(&e["request"]["headers"], "cookie")
            .into_iter()
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.split_once('='))
            .any(|(name, _)| spec.matches(name.trim()));
        let set = header_values(&e["response"]["headers"], "set-cookie")
            .into_iter()
            .flat_map(|v| v.split('\n'))
            .filter(|line| {
                line.split(';')
                    .next()
                    .and_then(|nv| nv.split_once('='))
                    .is_some_and(|(name, _)| spec.matches(name.trim()))
            })
            .any(|line| !line.to_ascii_lowercase().contains("max-age=0"));
        !sent && !set
    })
}
