//! Property tests of the HAR reader and the audit, against the recorded
//! shop's policy (`tests/src/har_site.rs`):
//!
//! - any well-formed HAR, with any header values, dates and names, reads
//!   and audits without a panic into a report that holds together (one
//!   finding per kind and cookie, each at a URL of the recording, the
//!   summary counts them, every format renders, the JSON parses);
//! - the shapes writers differ in change nothing: `Set-Cookie` fields
//!   joined with `\n` (chrome-har) or separate, header names in any case,
//!   the `cookies` arrays and the bodies (never read);
//! - any cut of a real recording is an error saying where, never a HAR;
//!   any corruption of one is a HAR or an error, never a panic.
//!
//! The consent values are written by the policy itself (never pinned), so
//! the tests hold whatever its revision.

use std::collections::HashSet;
use std::path::Path;

use cookie_policy::audit::{AuditReport, Format, Har, HarErrorKind, Severity};
use cookie_policy::{Category, Consent};
use cookie_policy_tests::har_site::shop;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Names the shop declares (exactly and under its patterns), names it
/// does not, and names that are no cookie names.
const NAMES: [&str; 14] = [
    "shop_session",
    "shop_consent",
    "cart",
    "currency",
    "_pk_ses.1.shop",
    "_pk_id.1.shop",
    "campaign",
    "trk_uid",
    "vid_id",
    "ab_test",
    "recently_viewed",
    "ab test",
    "",
    "__Host-x",
];

const URLS: [&str; 6] = [
    "https://www.shop.test/",
    "https://www.shop.test/cart?x=1",
    "https://tracker.test/embed?site=www.shop.test",
    "https://video.test/v",
    "http://www.shop.test:8080/",
    "not a url",
];

/// Text without a newline (a newline splits a `Set-Cookie` value).
fn line() -> impl Strategy<Value = String> {
    "[^\n]{0,12}"
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(&NAMES[..]).prop_map(str::to_owned),
        1 => "[!-~]{1,8}",
        1 => line(),
    ]
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Tue, 01 Dec 2026 09:00:00 GMT".to_owned()),
        Just("Wed, 02 Dec 2026 09:00:00 GMT".to_owned()),
        Just("Sun, 06 Nov 1994 08:49:37 GMT".to_owned()),
        Just("Thu, 01 Jan 9999 00:00:00 GMT".to_owned()),
        Just("Sunday, 06-Nov-94 08:49:37 GMT".to_owned()),
        Just("Sun Nov  6 08:49:37 1994".to_owned()),
        Just("01 Dec 1600 00:00:00 GMT".to_owned()),
        line(),
    ]
}

fn attribute() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|s| format!("Max-Age={s}")),
        (0u64..100_000_000).prop_map(|s| format!("max-age={s}")),
        line().prop_map(|s| format!("Max-Age={s}")),
        date().prop_map(|d| format!("Expires={d}")),
        Just("Secure".to_owned()),
        Just("HttpOnly".to_owned()),
        Just("Partitioned".to_owned()),
        proptest::sample::select(&["Lax", "Strict", "None", "lax", "bogus", ""][..])
            .prop_map(|s| format!("SameSite={s}")),
        proptest::sample::select(&["shop.test", ".www.shop.test", "tracker.test", ""][..])
            .prop_map(|d| format!("Domain={d}")),
        proptest::sample::select(&["/", "/cart", ""][..]).prop_map(|p| format!("Path={p}")),
        line(),
    ]
}

fn set_cookie() -> impl Strategy<Value = String> {
    (
        name(),
        "[!-:<-~]{0,8}",
        proptest::collection::vec(attribute(), 0..5),
    )
        .prop_map(|(name, value, attributes)| {
            let mut header = if name.is_empty() {
                value
            } else {
                format!("{name}={value}")
            };
            for attribute in attributes {
                header.push_str("; ");
                header.push_str(&attribute);
            }
            header
        })
}

/// A request's `Cookie` value: pairs of the names above, odd bits, and
/// the policy's own consent cookie for some choice of categories.
fn cookie_header() -> impl Strategy<Value = String> {
    let pair = prop_oneof![
        4 => name().prop_map(|n| format!("{n}=1")),
        1 => line(),
        1 => proptest::collection::vec(any::<bool>(), 3).prop_map(|accept| {
            let consent = [Category::Preferences, Category::Statistics, Category::Marketing]
                .into_iter()
                .zip(accept)
                .filter(|(_, a)| *a)
                .fold(Consent::necessary_only(), |c, (category, _)| c.with(category));
            format!("shop_consent={}", shop::POLICY.consent_cookie_value(consent))
        }),
    ];
    proptest::collection::vec(pair, 0..5).prop_map(|pairs| pairs.join("; "))
}

/// One entry, before it is written as JSON.
#[derive(Debug, Clone)]
struct Exchange {
    url: String,
    /// Seconds after the recording's start (ties are kept in file order).
    at: u32,
    cookie: Option<String>,
    date: Option<String>,
    set_cookies: Vec<String>,
}

fn exchange() -> impl Strategy<Value = Exchange> {
    (
        proptest::sample::select(&URLS[..]),
        0u32..100,
        proptest::option::of(cookie_header()),
        proptest::option::of(date()),
        proptest::collection::vec(set_cookie(), 0..5),
    )
        .prop_map(|(url, at, cookie, date, set_cookies)| Exchange {
            url: url.to_owned(),
            at,
            cookie,
            date,
            set_cookies,
        })
}

fn recording() -> impl Strategy<Value = Vec<Exchange>> {
    proptest::collection::vec(exchange(), 0..8)
}

/// How a writer lays the exchanges out.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    /// One `Set-Cookie` field with the values joined by `\n`.
    joined: bool,
    /// Header names as `Set-Cookie`, `COOKIE`, ... instead of lower case.
    mixed_case: bool,
    /// With `cookies` arrays (garbage: never read) and bodies.
    arrays_and_bodies: bool,
}

fn har(exchanges: &[Exchange], shape: Shape) -> Vec<u8> {
    let header = |lower: &str, mixed: &str, value: &str| json!({"name": if shape.mixed_case { mixed } else { lower }, "value": value});
    let entries: Vec<Value> = exchanges
        .iter()
        .map(|e| {
            let mut request_headers = vec![header("accept", "Accept", "*/*")];
            if let Some(cookie) = &e.cookie {
                request_headers.push(header("cookie", "COOKIE", cookie));
            }
            let mut response_headers = vec![header("content-type", "Content-Type", "text/html")];
            if let Some(date) = &e.date {
                response_headers.push(header("date", "Date", date));
            }
            if shape.joined && !e.set_cookies.is_empty() {
                response_headers.push(header(
                    "set-cookie",
                    "Set-Cookie",
                    &e.set_cookies.join("\n"),
                ));
            } else {
                for value in &e.set_cookies {
                    response_headers.push(header("set-cookie", "Set-Cookie", value));
                }
            }
            let mut request = json!({"method": "GET", "url": e.url, "httpVersion": "h2",
                                     "headers": request_headers, "queryString": []});
            let mut response = json!({"status": 200, "statusText": "", "httpVersion": "h2",
                                      "headers": response_headers});
            if shape.arrays_and_bodies {
                let garbage = json!([{"name": "decoy", "value": "1", "expires": "never"}, 7]);
                request["cookies"] = garbage.clone();
                response["cookies"] = garbage;
                response["content"] = json!({"size": 4, "mimeType": "text/html",
                    "text": "<html>Set-Cookie: decoy=1</html>"});
                request["postData"] = json!({"mimeType": "text/plain", "text": "cookie=decoy"});
            }
            json!({
                "startedDateTime": format!("2026-12-01T09:{:02}:{:02}.000Z", e.at / 60, e.at % 60),
                "time": 1.5,
                "request": request,
                "response": response,
                "cache": {},
                "timings": {"send": 0, "wait": 1, "receive": 0}
            })
        })
        .collect();
    serde_json::to_vec(&json!({"log": {"version": "1.2",
        "creator": {"name": "proptest", "version": "1"}, "entries": entries}}))
    .unwrap()
}

fn audit(bytes: &[u8]) -> AuditReport {
    let har = Har::from_slice(bytes).unwrap_or_else(|e| panic!("{e}"));
    shop::POLICY.audit(&har)
}

fn recorded(file: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/har")
            .join(file),
    )
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)))]

    /// Any well-formed HAR audits into a report that holds together.
    #[test]
    fn any_recording_audits_into_a_consistent_report(exchanges in recording()) {
        let report = audit(&har(&exchanges, Shape::default()));
        let urls: HashSet<&str> = exchanges.iter().map(|e| e.url.as_str()).collect();
        let mut once = HashSet::new();
        for finding in report.findings() {
            prop_assert!(once.insert((finding.kind, finding.cookie.clone())), "{finding:?} twice");
            prop_assert!(!finding.detail.is_empty());
            match &finding.url {
                Some(url) => prop_assert!(urls.contains(url.as_str()), "{finding:?}"),
                None => prop_assert_eq!(finding.kind.as_str(), "not_seen"),
            }
            match finding.declared {
                // Declared: what the policy finds for the name.
                Some(declared) => prop_assert_eq!(
                    shop::POLICY.get(&finding.cookie).map(|c| c.name()),
                    Some(declared)
                ),
                None => {
                    prop_assert_eq!(finding.kind.as_str(), "undeclared");
                    prop_assert!(shop::POLICY.get(&finding.cookie).is_none());
                }
            }
        }
        let summary = report.summary();
        let count = |s: Severity| report.findings().iter().filter(|f| f.severity == s).count();
        prop_assert_eq!(
            (summary.error, summary.warning, summary.info),
            (count(Severity::Error), count(Severity::Warning), count(Severity::Info))
        );
        prop_assert_eq!(report.has_errors(), summary.error > 0);
        let json: Value = serde_json::from_str(&report.render(Format::Json)).unwrap();
        prop_assert_eq!(json["findings"].as_array().map(Vec::len), Some(report.findings().len()));
        let text = report.render(Format::Text);
        let markdown = report.render(Format::Markdown);
        for finding in report.findings() {
            prop_assert!(text.contains(finding.kind.as_str()));
            prop_assert!(markdown.contains(finding.kind.as_str()));
        }
    }

    /// The shapes writers differ in do not change the report.
    #[test]
    fn the_writers_shapes_change_nothing(exchanges in recording()) {
        let plain = audit(&har(&exchanges, Shape::default()));
        for shape in [
            Shape { joined: true, ..Shape::default() },
            Shape { mixed_case: true, ..Shape::default() },
            Shape { arrays_and_bodies: true, ..Shape::default() },
        ] {
            let other = audit(&har(&exchanges, shape));
            prop_assert_eq!(other.findings(), plain.findings(), "{:?}", shape);
        }
    }

    /// A recording cut anywhere is an error (empty or truncated) saying
    /// where, never a recording with what was lost.
    #[test]
    fn a_cut_recording_is_an_error(cut in any::<prop::sample::Index>(), file in proptest::sample::select(&["playwright.har", "chrome-har.har", "hand-made/firefox.har"][..])) {
        let bytes = recorded(file);
        let content = bytes.trim_ascii_end().len();
        let at = cut.index(content);
        let error = Har::from_slice(&bytes[..at]).unwrap_err();
        prop_assert!(
            matches!(error.kind(), HarErrorKind::Empty | HarErrorKind::Truncated),
            "{file} cut at {at}: {error}"
        );
        prop_assert!(error.line() >= 1);
        prop_assert!(error.to_string().contains(&format!("line {}", error.line())), "{error}");
    }

    /// Corrupted bytes of a real recording give a recording or an error,
    /// never a panic, and what reads audits.
    #[test]
    fn a_corrupted_recording_reads_or_errs(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let mut bytes = recorded("chrome-har.har");
        let len = bytes.len();
        for (at, byte) in edits {
            bytes[at.index(len)] = byte;
        }
        if let Ok(har) = Har::from_slice(&bytes) {
            let report = shop::POLICY.audit(&har);
            let _ = report.render(Format::Json);
        }
    }
}
