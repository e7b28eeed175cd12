//! Fuzzes `Cookie:` request header parsing: arbitrary bytes never panic, and
//! a consent is granted only when the header carries, under the consent
//! cookie's name, a value that encodes it for the current policy: our `v1`
//! format for the policy's own reader, that or the banner's JSON for the
//! reader of the banner's cookie made for the policy.
//!
//! `cargo +nightly fuzz run cookie_header`

#![no_main]

use cookie_policy::cookieconsent::CcCookieReader;
use cookie_policy::{Category, Consent};
use libfuzzer_sys::fuzz_target;

include!("policy.rs");

fuzz_target!(|data: &[u8]| {
    let policy = &site::POLICY;
    let from_bytes = policy.consent_from_cookie_header_bytes(data);
    let split: Vec<&[u8]> = data.split(|b| *b == b'\n').collect();
    let from_fields = policy.consent_from_cookie_headers(split.iter().copied());
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(policy.consent_from_cookie_header(text), from_bytes);
    }
    let banner =
        CcCookieReader::for_policy(policy).consent_from_cookie_headers(split.iter().copied());
    // Our format: a value for the current revision is in the header
    // (several copies are intersected, so the exact digit may differ).
    let prefix = format!("v1.{:x}.", policy.revision());
    let ours = data.windows(prefix.len()).any(|w| w == prefix.as_bytes());
    // The banner's format: JSON, raw or URI-encoded.
    let json = data
        .windows(3)
        .any(|w| w == b"%7B" || w.first() == Some(&b'{'));
    for (consent, encoded) in [
        (from_bytes, ours),
        (from_fields, ours),
        (banner, ours || json),
    ] {
        if consent.is_necessary_only() {
            continue;
        }
        // Something granted: the header must name the consent cookie...
        assert!(data.windows(b"choices".len()).any(|w| w == b"choices"));
        // ...and what it grants is a real set of categories...
        assert!(consent.allows(Category::Necessary));
        // ...encoded in a format that reader reads.
        assert!(
            encoded,
            "granted {consent:?} without an encoding in the header"
        );
    }
    let _ = Consent::all();
});
