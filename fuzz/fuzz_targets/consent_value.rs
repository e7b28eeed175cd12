//! Fuzzes the consent cookie value codec: any input reads without panicking,
//! grants nothing it does not encode exactly, and round-trips.
//!
//! `cargo +nightly fuzz run consent_value`

#![no_main]

use cookie_policy::Consent;
use libfuzzer_sys::fuzz_target;

include!("policy.rs");

fuzz_target!(|data: &[u8]| {
    let value = String::from_utf8_lossy(data);
    let read = Consent::from_cookie_value(&value);
    if !read.is_necessary_only() {
        // Only the exact encoding of a consent grants it.
        assert_eq!(read.to_cookie_value(), value);
        assert_eq!(Consent::from_cookie_value(&read.to_cookie_value()), read);
    }
    let policy = &site::POLICY;
    let current = policy.consent_from_cookie_value(&value);
    if !current.is_necessary_only() {
        assert_eq!(read.revision(), Some(policy.revision()));
        assert_eq!(current, read);
        assert_eq!(policy.consent_cookie_value(current), value);
    }
    let for_revision = Consent::from_cookie_value_for(&value, 0x1234);
    assert!(for_revision.is_necessary_only() || value.starts_with("v1.1234."));
});
