//! Fuzzes the HTTP layer's `Set-Cookie` handling: arbitrary header values
//! (one per line of the input) under an arbitrary consent never panic; what
//! is kept is a subsequence of the input in order, every drop is reported
//! once, and nothing kept is an undeclared cookie that is not a deletion.
//!
//! `cargo +nightly fuzz run set_cookie`

#![no_main]

use cookie_policy::{Category, Consent};
use http::header::{HeaderMap, HeaderValue, CONTENT_TYPE, SET_COOKIE};
use libfuzzer_sys::fuzz_target;

include!("policy.rs");

fuzz_target!(|data: &[u8]| {
    let Some((&bits, rest)) = data.split_first() else {
        return;
    };
    let consent = [
        Category::Preferences,
        Category::Statistics,
        Category::Marketing,
    ]
    .into_iter()
    .enumerate()
    .filter(|(i, _)| bits & (1 << i) != 0)
    .fold(Consent::necessary_only(), |c, (_, category)| {
        c.with(category)
    });
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html"));
    let mut input = Vec::new();
    for line in rest.split(|b| *b == b'\n') {
        if let Ok(value) = HeaderValue::from_bytes(line) {
            headers.append(SET_COOKIE, value.clone());
            input.push(value);
        }
    }
    let layer = site::POLICY.layer();
    let mut reported = 0;
    let dropped = layer.enforce_with(consent, &mut headers, |_| reported += 1);
    assert_eq!(dropped, reported, "every drop is reported once");
    let kept: Vec<&HeaderValue> = headers.get_all(SET_COOKIE).iter().collect();
    assert_eq!(kept.len() + dropped, input.len());
    // Kept values are the input's, in the same order.
    let mut rest = input.iter();
    for value in &kept {
        assert!(
            rest.any(|v| v == *value),
            "kept {value:?} out of order or invented"
        );
    }
    assert_eq!(
        headers.get(CONTENT_TYPE).map(|v| v.as_bytes()),
        Some(&b"text/html"[..])
    );
    // Nothing kept is a cookie of a category the visitor refused, unless it
    // deletes it (Max-Age=0 or an expiry in the past).
    for value in kept {
        let bytes = value.as_bytes();
        let name = bytes.split(|b| *b == b'=').next().unwrap_or(b"");
        // An over-approximation of the layer's rule (the last valid
        // Max-Age <= 0, else an Expires not later than now).
        let lower = bytes.to_ascii_lowercase();
        let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
        let deletes = has(b"max-age=0") || has(b"max-age=-") || has(b"expires=");
        if name == b"ad" && !consent.allows(Category::Marketing) {
            assert!(deletes, "kept a refused marketing cookie: {value:?}");
        }
    }
});
