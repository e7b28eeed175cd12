//! [`Har`]: a HAR 1.2 recording, as browsers and tools write it, read with
//! serde into strings borrowed from the file's bytes.
//!
//! Only what the audit needs is kept: each entry's `startedDateTime`, its
//! request's URL and `Cookie` header fields, its response's `Set-Cookie`
//! and `Date` header fields. Everything else (bodies above all, but also
//! timings, the other headers, the HAR `cookies` arrays, which lack
//! `SameSite` and `Partitioned`) is skipped as it is read
//! (`serde::de::IgnoredAny`, through serde's derive for unknown fields):
//! never held in memory. A string is copied only when the file escapes a
//! character in it (`\"`, `\n`), which header values seldom do.

use core::fmt;
use std::borrow::Cow;

use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

/// A HAR recording: its entries, in file order.
///
/// ```
/// use cookie_policy::audit::Har;
/// let har = Har::from_slice(br#"{"log": {"version": "1.2", "creator": {"name": "Test", "version": "1"},
///     "entries": [{"startedDateTime": "2026-12-01T09:00:00.000Z",
///                  "request": {"method": "GET", "url": "https://example.org/", "headers": []},
///                  "response": {"status": 200, "headers": [{"name": "Set-Cookie", "value": "a=1"}],
///                               "content": {"size": 5, "text": "hello"}}}]}}"#).unwrap();
/// assert_eq!(har.creator(), Some("Test"));
/// assert_eq!(har.entries().len(), 1);
/// assert_eq!(har.entries()[0].url(), "https://example.org/");
///
/// let error = Har::from_slice(b"{\"log\": {}}").unwrap_err();
/// assert_eq!(error.to_string(), "not a HAR file: log: missing field `entries` at line 1 column 10");
/// assert_eq!((error.line(), error.column()), (1, 10));
/// ```
#[derive(Debug, Clone)]
pub struct Har<'a> {
    creator: Option<Cow<'a, str>>,
    entries: Vec<Entry<'a>>,
}

/// One request of a [`Har`] recording and its response.
#[derive(Debug, Clone, Deserialize)]
#[serde(expecting = "a HAR entry: an object with `startedDateTime`, `request` and `response`")]
pub struct Entry<'a> {
    #[serde(rename = "startedDateTime", deserialize_with = "started")]
    pub(crate) started: Started,
    #[serde(borrow)]
    request: Request<'a>,
    #[serde(borrow)]
    response: Response<'a>,
}

/// When a request started: nanoseconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Started(pub(crate) i128);

impl Started {
    /// Whole seconds since the Unix epoch (rounded down).
    pub(crate) fn seconds(self) -> i64 {
        i64::try_from(self.0.div_euclid(1_000_000_000)).unwrap_or(i64::MAX)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(expecting = "a HAR request: an object with `url` and `headers`")]
struct Request<'a> {
    #[serde(borrow)]
    url: Cow<'a, str>,
    #[serde(borrow, deserialize_with = "kept_headers")]
    headers: Vec<Header<'a>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(expecting = "a HAR response: an object with `headers`")]
struct Response<'a> {
    #[serde(borrow, deserialize_with = "kept_headers")]
    headers: Vec<Header<'a>>,
}

/// A header field the audit reads (see [`KEPT`]).
#[derive(Debug, Clone, Deserialize)]
#[serde(expecting = "a header field: an object with `name` and `value`")]
struct Header<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    value: Cow<'a, str>,
}

/// The header fields kept; the others are read and dropped.
const KEPT: [&str; 3] = ["cookie", "set-cookie", "date"];

impl<'a> Entry<'a> {
    /// The request's URL, as recorded.
    pub fn url(&self) -> &str {
        &self.request.url
    }

    /// The values of the request's `Cookie` header fields.
    pub(crate) fn cookie_headers(&self) -> impl Iterator<Item = &str> {
        values(&self.request.headers, "cookie")
    }

    /// The values of the response's `Set-Cookie` header fields, each split
    /// at `\n` (Chrome's DevTools Protocol joins a response's fields so,
    /// and so do the tools that write its headers as they are).
    pub(crate) fn set_cookies(&self) -> impl Iterator<Item = &str> {
        values(&self.response.headers, "set-cookie").flat_map(|value| value.split('\n'))
    }

    /// The response's `Date`, as written, if it has one.
    pub(crate) fn date(&self) -> Option<&str> {
        values(&self.response.headers, "date").next()
    }
}

fn values<'h>(headers: &'h [Header<'_>], name: &'static str) -> impl Iterator<Item = &'h str> {
    headers
        .iter()
        .filter(move |h| h.name.eq_ignore_ascii_case(name))
        .map(|h| &*h.value)
}

impl<'a> Har<'a> {
    /// Reads the HAR file `bytes` (UTF-8 JSON). The recording borrows its
    /// strings from `bytes`. An error says what is wrong and where (line
    /// and column, and the field when the JSON is not a HAR).
    pub fn from_slice(bytes: &'a [u8]) -> Result<Har<'a>, HarError> {
        match serde_json::from_slice::<File<'a>>(bytes) {
            Ok(file) => Ok(Har {
                creator: file.log.creator.map(|c| c.name),
                entries: file.log.entries,
            }),
            Err(error) => Err(HarError::new(bytes, error)),
        }
    }

    /// The `log.creator.name` of the tool that wrote the file, if given.
    pub fn creator(&self) -> Option<&str> {
        self.creator.as_deref()
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[Entry<'a>] {
        &self.entries
    }

    /// The entries in `startedDateTime` order (file order for ties): the
    /// order the audit reads them in.
    pub(crate) fn in_order(&self) -> Vec<&Entry<'a>> {
        let mut entries: Vec<&Entry<'a>> = self.entries.iter().collect();
        entries.sort_by_key(|entry| entry.started);
        entries
    }

    /// Whether no entry has a `Cookie` or a `Set-Cookie` header field, as
    /// in the HAR files DevTools writes without "sensitive data".
    pub(crate) fn has_no_cookie_headers(&self) -> bool {
        self.entries
            .iter()
            .all(|e| e.cookie_headers().next().is_none() && e.set_cookies().next().is_none())
    }
}

#[derive(Deserialize)]
#[serde(expecting = "a HAR file: an object with a `log`")]
struct File<'a> {
    #[serde(borrow)]
    log: Log<'a>,
}

#[derive(Deserialize)]
#[serde(expecting = "a HAR `log`: an object with `entries`")]
struct Log<'a> {
    #[serde(borrow, default)]
    creator: Option<Creator<'a>>,
    #[serde(borrow)]
    entries: Vec<Entry<'a>>,
}

#[derive(Deserialize)]
struct Creator<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
}

/// Reads a header list, keeping the fields named in [`KEPT`].
fn kept_headers<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Header<'de>>, D::Error> {
    struct Kept;

    impl<'de> Visitor<'de> for Kept {
        type Value = Vec<Header<'de>>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of header fields ({\"name\": ..., \"value\": ...})")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut kept = Vec::new();
            while let Some(header) = seq.next_element::<Header<'de>>()? {
                if KEPT
                    .iter()
                    .any(|name| header.name.eq_ignore_ascii_case(name))
                {
                    kept.push(header);
                }
            }
            Ok(kept)
        }
    }

    deserializer.deserialize_seq(Kept)
}

/// Reads `startedDateTime`: an ISO 8601 date and time (RFC 3339, as every
/// writer we know writes it; without an offset it is taken as UTC).
fn started<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Started, D::Error> {
    let text = <Cow<'de, str>>::deserialize(deserializer)?;
    parse_started(&text).ok_or_else(|| {
        serde::de::Error::custom(format_args!(
            "`startedDateTime` is not an ISO 8601 date and time: {text:?}"
        ))
    })
}

fn parse_started(text: &str) -> Option<Started> {
    use time::format_description::well_known::{Iso8601, Rfc3339};
    let at = time::OffsetDateTime::parse(text, &Rfc3339)
        .or_else(|_| time::OffsetDateTime::parse(text, &Iso8601::DEFAULT))
        .or_else(|_| {
            time::PrimitiveDateTime::parse(text, &Iso8601::DEFAULT).map(|t| t.assume_utc())
        })
        .ok()?;
    Some(Started(at.unix_timestamp_nanos()))
}

/// Why a file is not a HAR recording the audit can read.
#[derive(Debug)]
pub struct HarError {
    kind: HarErrorKind,
    message: String,
    line: usize,
    column: usize,
}

/// What kind of [`HarError`] it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HarErrorKind {
    /// The file is empty (or only blanks).
    Empty,
    /// The file is not JSON.
    NotJson,
    /// The JSON ends too early: a truncated file.
    Truncated,
    /// The file is JSON, but not a HAR recording (a field is missing or
    /// of the wrong type).
    NotHar,
}

impl HarError {
    fn new(bytes: &[u8], error: serde_json::Error) -> HarError {
        use serde_json::error::Category;
        let kind = match error.classify() {
            Category::Eof if bytes.iter().all(u8::is_ascii_whitespace) => HarErrorKind::Empty,
            Category::Eof => HarErrorKind::Truncated,
            // A file cut inside a number (`12.`, `-`) or a literal (`tr`)
            // fails on its last byte as a syntax error, not at EOF.
            Category::Syntax if at_end(bytes, error.line(), error.column()) => {
                HarErrorKind::Truncated
            }
            Category::Syntax | Category::Io => HarErrorKind::NotJson,
            Category::Data => HarErrorKind::NotHar,
        };
        let (line, column) = (error.line(), error.column());
        let message = match kind {
            // Where in the HAR: read again, this time following the path.
            HarErrorKind::NotHar => {
                let mut json = serde_json::Deserializer::from_slice(bytes);
                match serde_path_to_error::deserialize::<_, File<'_>>(&mut json) {
                    Err(error) if error.path().iter().next().is_some() => {
                        format!("{}: {}", error.path(), error.inner())
                    }
                    _ => error.to_string(),
                }
            }
            _ => error.to_string(),
        };
        HarError {
            kind,
            message,
            line,
            column,
        }
    }

    /// What kind of error it is.
    pub fn kind(&self) -> HarErrorKind {
        self.kind
    }

    /// The line (from 1) where reading stopped.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column (from 1; 0 on an empty line) where reading stopped.
    pub fn column(&self) -> usize {
        self.column
    }
}

/// Whether `line` and `column` (serde_json's, from 1, in bytes) are at the
/// last byte of `bytes`: where a cut file stops.
fn at_end(bytes: &[u8], line: usize, column: usize) -> bool {
    let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
    let last = bytes
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(bytes.len(), |newline| bytes.len() - newline - 1);
    line == lines && column >= last
}

impl fmt::Display for HarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            HarErrorKind::Empty => "the file is empty",
            HarErrorKind::NotJson => "not JSON (is it a HAR file?)",
            HarErrorKind::Truncated => "the JSON ends too early (a truncated file?)",
            HarErrorKind::NotHar => "not a HAR file",
        };
        write!(f, "{what}: {}", self.message)
    }
}

impl std::error::Error for HarError {}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests {
    use super::*;

    fn entry(started: &str, request_headers: &str, response_headers: &str) -> String {
        format!(
            r#"{{"startedDateTime": "{started}", "request": {{"method": "GET", "url": "https://a.example/", "headers": [{request_headers}]}},
               "response": {{"status": 200, "headers": [{response_headers}], "content": {{"text": "<html>\"body\"</html>"}}}}}}"#
        )
    }

    fn har(entries: &[String]) -> String {
        format!(
            r#"{{"log": {{"version": "1.2", "entries": [{}]}}}}"#,
            entries.join(",")
        )
    }

    #[test]
    fn keeps_cookie_set_cookie_and_date_only() {
        let text = har(&[entry(
            "2026-12-01T09:00:00Z",
            r#"{"name": "Cookie", "value": "a=1"}, {"name": "User-Agent", "value": "x"}, {"name": "cookie", "value": "b=2"}"#,
            r#"{"name": "set-cookie", "value": "c=3\nd=4"}, {"name": "Date", "value": "Tue, 01 Dec 2026 09:00:00 GMT"}, {"name": "X", "value": "y"}"#,
        )]);
        let har = Har::from_slice(text.as_bytes()).unwrap();
        let e = &har.entries()[0];
        assert_eq!(e.cookie_headers().collect::<Vec<_>>(), ["a=1", "b=2"]);
        assert_eq!(e.set_cookies().collect::<Vec<_>>(), ["c=3", "d=4"]);
        assert_eq!(e.date(), Some("Tue, 01 Dec 2026 09:00:00 GMT"));
        assert_eq!(e.request.headers.len() + e.response.headers.len(), 4);
        assert_eq!(har.creator(), None);
    }

    #[test]
    fn strings_are_borrowed_unless_escaped() {
        let text = har(&[entry(
            "2026-12-01T09:00:00Z",
            r#"{"name": "cookie", "value": "a=1"}"#,
            r#"{"name": "set-cookie", "value": "q=\"x\""}"#,
        )]);
        let har = Har::from_slice(text.as_bytes()).unwrap();
        let e = &har.entries()[0];
        assert!(matches!(e.request.headers[0].value, Cow::Borrowed(_)));
        assert!(matches!(e.response.headers[0].value, Cow::Owned(_)));
        assert_eq!(e.set_cookies().next(), Some("q=\"x\""));
    }

    #[test]
    fn dates_in_the_shapes_writers_use() {
        let at = |text: &str| parse_started(text).map(|s| s.0);
        let base = 1_796_115_600_000_000_000i128; // 2026-12-01T09:00:00Z
        assert_eq!(at("2026-12-01T09:00:00Z"), Some(base));
        assert_eq!(at("2026-12-01T09:00:00.000Z"), Some(base));
        assert_eq!(at("2026-12-01T10:00:00.000+01:00"), Some(base));
        assert_eq!(at("2026-12-01T09:00:00.5Z"), Some(base + 500_000_000));
        assert_eq!(at("2026-12-01T09:00:00"), Some(base));
        for bad in [
            "",
            "yesterday",
            "2026-13-01T00:00:00Z",
            "2026-12-01",
            "99999-01-01T00:00:00Z",
        ] {
            assert_eq!(at(bad), None, "{bad}");
        }
        assert_eq!(Started(base + 999_999_999).seconds(), 1_796_115_600);
        assert_eq!(Started(-1).seconds(), -1);
    }

    #[test]
    fn entries_in_started_order_ties_in_file_order() {
        let text = har(&[
            entry(
                "2026-12-01T09:00:02Z",
                r#"{"name": "cookie", "value": "third"}"#,
                "",
            ),
            entry(
                "2026-12-01T09:00:01Z",
                r#"{"name": "cookie", "value": "first"}"#,
                "",
            ),
            entry(
                "2026-12-01T10:00:01+01:00",
                r#"{"name": "cookie", "value": "second"}"#,
                "",
            ),
        ]);
        let har = Har::from_slice(text.as_bytes()).unwrap();
        let order: Vec<&str> = har
            .in_order()
            .iter()
            .flat_map(|e| e.cookie_headers())
            .collect();
        assert_eq!(order, ["first", "second", "third"]);
    }

    #[test]
    fn errors_say_what_and_where() {
        let cases: [(&[u8], HarErrorKind, &str); 11] = [
            (b"", HarErrorKind::Empty, "the file is empty: EOF while parsing a value at line 1 column 0"),
            (b" \n", HarErrorKind::Empty, "the file is empty: EOF while parsing a value at line 2 column 0"),
            (b"<html>", HarErrorKind::NotJson, "not JSON (is it a HAR file?): expected value at line 1 column 1"),
            (b"{\"log\": {\"entries\": [", HarErrorKind::Truncated, "the JSON ends too early (a truncated file?): EOF while parsing a list at line 1 column 21"),
            (b"{\"log\": {\"entries\": [],\n \"x\": 12.", HarErrorKind::Truncated, "the JSON ends too early (a truncated file?): invalid number at line 2 column 9"),
            (b"{\"log\": tr", HarErrorKind::Truncated, "the JSON ends too early (a truncated file?): EOF while parsing a value at line 1 column 10"),
            (b"{\"log\": x}", HarErrorKind::NotJson, "not JSON (is it a HAR file?): expected value at line 1 column 9"),
            (b"{\"version\": \"1.2\"}", HarErrorKind::NotHar, "not a HAR file: missing field `log` at line 1 column 18"),
            (b"[]", HarErrorKind::NotHar, "not a HAR file: invalid length 0, expected a HAR file: an object with a `log` at line 1 column 2"),
            (
                b"{\"log\": {\"entries\": [{\"startedDateTime\": \"2026-12-01T09:00:00Z\", \"request\": {\"url\": \"u\", \"headers\": []}}]}}",
                HarErrorKind::NotHar,
                "not a HAR file: log.entries[0]: missing field `response` at line 1 column 104",
            ),
            (
                b"{\"log\": {\"entries\": [{\"startedDateTime\": \"soon\"}]}}",
                HarErrorKind::NotHar,
                "not a HAR file: log.entries[0].startedDateTime: `startedDateTime` is not an ISO 8601 date and time: \"soon\" at line 1 column 48",
            ),
        ];
        for (bytes, kind, message) in cases {
            let error = Har::from_slice(bytes).unwrap_err();
            assert_eq!(error.kind(), kind, "{:?}", String::from_utf8_lossy(bytes));
            assert_eq!(error.to_string(), message);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_give_a_har_or_an_error(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)) {
            let _ = Har::from_slice(&bytes).map(|har| har.in_order().len());
        }
    }
}
