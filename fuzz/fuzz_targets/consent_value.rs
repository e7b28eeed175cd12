//! Fuzzes the consent cookie value codec: any input reads without panicking,
//! grants nothing it does not encode exactly, and round-trips, with or
//! without a consent id at the end (which is read only from its exact text
//! and never changes the consent).
//!
//! `cargo +nightly fuzz run consent_value`

#![no_main]

use cookie_policy::{Consent, ConsentId};
use libfuzzer_sys::fuzz_target;

include!("policy.rs");

fuzz_target!(|data: &[u8]| {
    let value = String::from_utf8_lossy(data);
    let policy = &site::POLICY;
    // Read as a `Cookie` header's one pair (only cookie-octets: anything
    // else would be read as several pairs, or none).
    let octets = value
        .bytes()
        .all(|b| b.is_ascii_graphic() && !b"\";,\\".contains(&b));
    let id = octets
        .then(|| policy.consent_id_from_cookie_header(&format!("choices={value}")))
        .flatten();
    // The value without its id, when it carries one.
    let plain = match id {
        Some(id) => {
            let suffix = format!(".{id}");
            assert!(value.ends_with(&suffix), "{value:?} carries {id}");
            value[..value.len() - suffix.len()].to_string()
        }
        None => value.to_string(),
    };
    if let Some(id) = id {
        assert_eq!(ConsentId::parse(&id.to_string()), Some(id));
        assert_eq!(Consent::from_cookie_value(&value), Consent::from_cookie_value(&plain));
        assert!(Consent::from_cookie_value(&plain).revision().is_some());
    }
    let read = Consent::from_cookie_value(&value);
    if !read.is_necessary_only() {
        // Only the exact encoding of a consent grants it.
        assert_eq!(read.to_cookie_value(), plain);
        assert_eq!(Consent::from_cookie_value(&read.to_cookie_value()), read);
    }
    let current = policy.consent_from_cookie_value(&value);
    if !current.is_necessary_only() {
        assert_eq!(read.revision(), Some(policy.revision()));
        assert_eq!(current, read);
        assert_eq!(policy.consent_cookie_value(current), plain);
    }
    let for_revision = Consent::from_cookie_value_for(&value, 0x1234);
    assert!(for_revision.is_necessary_only() || value.starts_with("v1.1234."));
});
