use super::*;
use proptest::prelude::*;

cookie_policy::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: CHOICES,
        necessary { provider "Example" {
            CHOICES: "choices" { function: "Consent", purpose: "To remember choices", duration: 6 months }
        } }
    }
}

cookie_policy::cookie_policy! {
    mod no_consent_cookie {
        site: "https://example.org",
        necessary { provider "Example" {
            CHOICES: "choices" { function: "Consent", purpose: "To remember choices" }
        } }
    }
}

/// The eight consents (every choice of the three optional categories);
/// also used by the tests of the modules that map a consent elsewhere.
pub(crate) fn every_consent() -> impl Iterator<Item = Consent> {
    (0..=ALL_CHOICES).map(|choices| Consent {
        choices,
        revision: None,
    })
}

fn arb_consent() -> impl Strategy<Value = Consent> {
    (0..=ALL_CHOICES).prop_map(|choices| Consent {
        choices,
        revision: None,
    })
}

#[test]
fn each_category_has_its_own_bit() {
    for a in Category::ALL {
        let consent = Consent::necessary_only().with(a);
        for b in Category::ALL {
            let expected = b == a || b == Category::Necessary;
            assert_eq!(consent.allows(b), expected, "{a} allows {b}");
        }
    }
}

#[test]
fn with_and_without_are_inverse_and_necessary_stays() {
    for consent in every_consent() {
        for c in Category::ALL {
            assert!(consent.with(c).allows(c));
            assert_eq!(consent.without(c).allows(c), c == Category::Necessary);
            assert!(consent.without(c).allows(Category::Necessary));
        }
    }
    assert_eq!(Consent::all().without(Category::Necessary), Consent::all());
}

#[test]
fn from_categories_matches_with() {
    assert_eq!(Consent::from_categories([]), Consent::necessary_only());
    assert_eq!(Consent::from_categories(Category::ALL), Consent::all());
    assert_eq!(
        Consent::from_categories([Category::Necessary]),
        Consent::necessary_only()
    );
}

#[test]
fn debug_lists_the_categories() {
    let consent = Consent::from_categories([Category::Marketing]);
    assert_eq!(format!("{consent:?}"), "Consent{Necessary, Marketing}");
}

#[test]
fn proof_follows_allows() {
    use crate::{MarketingConsent, PreferencesConsent, StatisticsConsent};
    for consent in every_consent() {
        assert_eq!(
            consent.proof::<PreferencesConsent>().is_some(),
            consent.allows(Category::Preferences)
        );
        assert_eq!(
            consent.proof::<StatisticsConsent>().is_some(),
            consent.allows(Category::Statistics)
        );
        assert_eq!(
            consent.proof::<MarketingConsent>().is_some(),
            consent.allows(Category::Marketing)
        );
    }
    assert_eq!(
        format!("{:?}", Consent::all().proof::<MarketingConsent>().unwrap()),
        "ConsentProof(marketing)"
    );
}

#[test]
fn the_value_format_is_stable() {
    assert_eq!(Consent::necessary_only().to_cookie_value_for(0), "v1.0.0");
    assert_eq!(
        Consent::all().to_cookie_value_for(u64::MAX),
        "v1.ffffffffffffffff.7"
    );
    let c = Consent::from_categories([Category::Preferences]);
    assert_eq!(c.to_cookie_value_for(0xa), "v1.a.1");
    let c = Consent::from_categories([Category::Statistics]);
    assert_eq!(c.to_cookie_value_for(0x10), "v1.10.2");
    let c = Consent::from_categories([Category::Marketing]);
    assert_eq!(c.to_cookie_value_for(1), "v1.1.4");
    assert_eq!(
        Consent::all().to_cookie_value_for(u64::MAX).len(),
        MAX_VALUE_LEN
    );
}

#[test]
fn the_value_may_end_with_a_consent_id() {
    let id = ConsentId::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
    let value = format!("{}.{id}", Consent::all().to_cookie_value_for(u64::MAX));
    assert_eq!(
        value,
        "v1.ffffffffffffffff.7.0123456789abcdef0123456789abcdef"
    );
    assert_eq!(value.len(), MAX_VALUE_WITH_ID_LEN);
    assert_eq!(
        decode_with_id(value.as_bytes()),
        Some((u64::MAX, Consent::all(), Some(id)))
    );
    // a value written before ids existed stays valid, without one
    assert_eq!(
        decode_with_id(b"v1.ab.3"),
        Some((0xab, Consent::from_cookie_value("v1.ab.3"), None))
    );
    for bad in [
        "v1.ab.3.",
        "v1.ab.3.0123456789abcdef0123456789abcde",
        "v1.ab.3.0123456789abcdef0123456789abcdef0",
        "v1.ab.3.0123456789ABCDEF0123456789ABCDEF",
        "v1.ab.3-0123456789abcdef0123456789abcdef",
        "v1.ab.8.0123456789abcdef0123456789abcdef",
        "v1.ab.3.01234567-89ab-cdef-0123-456789abcdef",
        "v2.ab.3.0123456789abcdef0123456789abcdef",
        "v1.ab.3.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef",
    ] {
        assert_eq!(decode_with_id(bad.as_bytes()), None, "{bad}");
        assert_eq!(
            Consent::from_cookie_value_for(bad, 0xab),
            Consent::necessary_only(),
            "{bad}"
        );
    }
}

#[test]
fn the_id_of_a_cookie_header() {
    let id = ConsentId::from_u128(42);
    let with_id = site::POLICY.consent_cookie_value_with_id(Consent::all(), id);
    let header = format!("a=b; choices={with_id}; c=d");
    assert_eq!(
        site::POLICY.consent_id_from_cookie_header(&header),
        Some(id)
    );
    assert_eq!(
        site::POLICY.consent_from_cookie_header(&header),
        Consent::all()
    );
    // the same id twice, or beside a copy without one: that id
    let plain = site::POLICY.consent_cookie_value(Consent::all());
    let header = format!("choices={with_id}; choices={plain}; choices={with_id}");
    assert_eq!(
        site::POLICY.consent_id_from_cookie_header(&header),
        Some(id)
    );
    // an id kept from an older revision of the policy: still the visitor's
    let old = format!(
        "choices={}.{id}",
        Consent::all().to_cookie_value_for(site::POLICY.revision() ^ 1)
    );
    assert_eq!(site::POLICY.consent_id_from_cookie_header(&old), Some(id));
    // two ids: neither
    let other = site::POLICY.consent_cookie_value_with_id(Consent::all(), ConsentId::from_u128(43));
    let header = format!("choices={with_id}; choices={other}");
    assert_eq!(site::POLICY.consent_id_from_cookie_header(&header), None);
    assert_eq!(
        site::POLICY.consent_id_from_cookie_header(&format!("choices={plain}")),
        None
    );
    assert_eq!(
        no_consent_cookie::POLICY.consent_id_from_cookie_header(&format!("choices={with_id}")),
        None
    );
}

#[test]
fn only_the_canonical_text_is_read() {
    let rev = 0xab;
    assert_eq!(
        Consent::from_cookie_value_for("v1.ab.7", rev),
        Consent::all()
    );
    for bad in [
        "",
        "v1",
        "v1.",
        "v1.ab",
        "v1.ab.",
        "v1.ab.8",
        "v1.ab.77",
        "v1.AB.7",
        "v1.0ab.7",
        "V1.ab.7",
        "v2.ab.7",
        " v1.ab.7",
        "v1.ab.7 ",
        "v1.+ab.7",
        "v1.ab.-7",
        "v1..7",
        "v1.ab.7.",
        "\"v1.ab.7\"",
        "v1.ab,7",
        "v1.00000000000000ab.7",
        "v1.1ffffffffffffffff.7",
        "v1.ab.７",
    ] {
        assert_eq!(
            Consent::from_cookie_value_for(bad, rev),
            Consent::necessary_only(),
            "{bad:?}"
        );
    }
}

#[test]
fn the_policy_reads_its_own_values_only() {
    let policy = &site::POLICY;
    for consent in every_consent() {
        let value = policy.consent_cookie_value(consent);
        assert_eq!(policy.consent_from_cookie_value(&value), consent);
        let older = consent.to_cookie_value_for(policy.revision().wrapping_add(1));
        assert_eq!(
            policy.consent_from_cookie_value(&older),
            Consent::necessary_only()
        );
    }
}

fn header_for(consent: Consent) -> String {
    format!("choices={}", site::POLICY.consent_cookie_value(consent))
}

#[test]
fn the_header_reader_finds_the_consent_cookie_among_others() {
    let value = site::POLICY.consent_cookie_value(Consent::all());
    for header in [
        format!("choices={value}"),
        format!("a=1; choices={value}; b=2"),
        format!("a=1;choices={value};b=2"),
        format!("  choices \t=  {value}  "),
        format!("choices=\"{value}\""),
        format!("a; =x; ;;; choices={value}"),
        format!("choices=garbage; choices={value}"),
    ] {
        assert_eq!(
            site::POLICY.consent_from_cookie_header(&header),
            Consent::all(),
            "{header:?}"
        );
    }
    for header in [
        String::new(),
        format!("Choices={value}"),
        format!("choicesx={value}"),
        format!("xchoices={value}"),
        format!("choices{value}"),
        format!("choices={value}x"),
        format!("choices=\"{value}"),
        format!("choices=\"\"{value}\"\""),
        format!("choices={value},a=b"),
    ] {
        assert_eq!(
            site::POLICY.consent_from_cookie_header(&header),
            Consent::necessary_only(),
            "{header:?}"
        );
    }
}

#[test]
fn duplicates_are_intersected() {
    let stats = Consent::from_categories([Category::Statistics, Category::Marketing]);
    let prefs = Consent::from_categories([Category::Preferences, Category::Marketing]);
    let header = format!("{}; {}", header_for(stats), header_for(prefs));
    assert_eq!(
        site::POLICY.consent_from_cookie_header(&header),
        Consent::from_categories([Category::Marketing])
    );
    // an outdated or invalid copy neither widens nor narrows the valid one
    let old = format!(
        "choices={}",
        Consent::all().to_cookie_value_for(site::POLICY.revision() ^ 1)
    );
    let header = format!("{old}; {}; choices=v1.zz.7", header_for(stats));
    assert_eq!(site::POLICY.consent_from_cookie_header(&header), stats);
    let headers = [header_for(Consent::all()), header_for(stats)];
    assert_eq!(site::POLICY.consent_from_cookie_headers(&headers), stats);
}

#[test]
fn the_status_tells_refusal_from_no_answer() {
    let policy = &site::POLICY;
    assert_eq!(
        policy.consent_status_from_cookie_header(""),
        ConsentStatus::Missing
    );
    assert_eq!(
        policy.consent_status_from_cookie_header("choices=nonsense"),
        ConsentStatus::Missing
    );
    assert_eq!(
        policy.consent_status_from_cookie_header(&header_for(Consent::necessary_only())),
        ConsentStatus::Given(Consent::necessary_only())
    );
    let old = format!(
        "choices={}",
        Consent::all().to_cookie_value_for(policy.revision().wrapping_sub(1))
    );
    assert_eq!(
        policy.consent_status_from_cookie_header(&old),
        ConsentStatus::Outdated
    );
    let both = format!("{old}; {}", header_for(Consent::all()));
    assert_eq!(
        policy.consent_status_from_cookie_header(&both),
        ConsentStatus::Given(Consent::all())
    );
}

#[test]
fn without_a_consent_cookie_nobody_has_consented() {
    let value = no_consent_cookie::POLICY.consent_cookie_value(Consent::all());
    assert_eq!(
        no_consent_cookie::POLICY.consent_from_cookie_header(&format!("choices={value}")),
        Consent::necessary_only()
    );
}

#[test]
fn huge_headers_are_read_in_one_pass() {
    let mut header = "x=1; ".repeat(200_000);
    header.push_str(&header_for(Consent::all()));
    assert_eq!(
        site::POLICY.consent_from_cookie_header(&header),
        Consent::all()
    );
    let huge_value = format!("choices=v1.{}.7", "f".repeat(100_000));
    assert_eq!(
        site::POLICY.consent_from_cookie_header(&huge_value),
        Consent::necessary_only()
    );
}

proptest! {
    #[test]
    fn round_trip_is_the_identity(consent in arb_consent(), revision in any::<u64>()) {
        let value = consent.to_cookie_value_for(revision);
        prop_assert!(value.bytes().all(crate::header::bytes::is_cookie_octet));
        prop_assert!(value.len() <= MAX_VALUE_LEN);
        prop_assert_eq!(Consent::from_cookie_value_for(&value, revision), consent);
    }

    #[test]
    fn another_revision_voids_the_value(
        consent in arb_consent(), written in any::<u64>(), current in any::<u64>()
    ) {
        prop_assume!(written != current);
        let value = consent.to_cookie_value_for(written);
        prop_assert_eq!(Consent::from_cookie_value_for(&value, current), Consent::necessary_only());
    }

    /// Whatever the input, a consent is read only from the exact text that
    /// encodes it: nothing that was not encoded is ever granted.
    #[test]
    fn any_string_grants_only_what_it_encodes(value in any::<String>(), revision in any::<u64>()) {
        let consent = Consent::from_cookie_value_for(&value, revision);
        if !consent.is_necessary_only() {
            let plain = consent.to_cookie_value_for(revision);
            match decode_with_id(value.as_bytes()) {
                Some((_, _, Some(id))) => prop_assert_eq!(format!("{plain}.{id}"), value),
                _ => prop_assert_eq!(plain, value),
            }
        }
    }

    /// A consent id rides along: the value reads back to the same consent,
    /// revision and id, in cookie-octets only.
    #[test]
    fn the_id_round_trips(consent in arb_consent(), revision in any::<u64>(), id in any::<u128>()) {
        let id = ConsentId::from_u128(id);
        let value = format!("{}.{id}", consent.to_cookie_value_for(revision));
        prop_assert!(value.bytes().all(crate::header::bytes::is_cookie_octet));
        prop_assert!(value.len() <= MAX_VALUE_WITH_ID_LEN);
        prop_assert_eq!(decode_with_id(value.as_bytes()), Some((revision, consent, Some(id))));
        prop_assert_eq!(Consent::from_cookie_value_for(&value, revision), consent);
    }

    /// Any bytes: an id is read only from the exact text that writes it,
    /// so a truncated, padded or altered id is never taken for one.
    #[test]
    fn an_id_is_read_only_from_its_exact_text(
        consent in arb_consent(),
        revision in any::<u64>(),
        id in any::<u128>(),
        cut in any::<prop::sample::Index>(),
        insert in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        noise in prop::collection::vec(any::<u8>(), 0..80),
    ) {
        let value = format!("{}.{}", consent.to_cookie_value_for(revision), ConsentId::from_u128(id));
        let canonical = |bytes: &[u8]| match decode_with_id(bytes) {
            Some((revision, consent, Some(id))) => {
                bytes == format!("{}.{id}", consent.to_cookie_value_for(revision)).as_bytes()
            }
            _ => true,
        };
        let truncated = value.as_bytes().get(..cut.index(value.len())).unwrap_or_default();
        prop_assert!(canonical(truncated));
        prop_assert_eq!(decode_with_id(truncated).and_then(|(_, _, id)| id), None);
        let mut mutated = value.clone().into_bytes();
        mutated.insert(insert.index(value.len() + 1), byte);
        prop_assert!(canonical(&mutated));
        // A byte put into the revision can give another valid value (one
        // more hex digit) carrying the same id; a byte put into the id
        // never gives one.
        let read = decode_with_id(&mutated).and_then(|(_, _, id)| id);
        prop_assert!(read.is_none() || read == Some(ConsentId::from_u128(id)), "{read:?}");
        prop_assert!(canonical(&noise));
    }

    #[test]
    fn near_misses_grant_only_what_they_encode(
        consent in arb_consent(),
        revision in any::<u64>(),
        cut in any::<prop::sample::Index>(),
        insert in any::<prop::sample::Index>(),
        byte in 0x20u8..0x7f,
    ) {
        let value = consent.to_cookie_value_for(revision);
        let truncated = &value[..cut.index(value.len())];
        let read = Consent::from_cookie_value_for(truncated, revision);
        prop_assert!(read.is_necessary_only() || read.to_cookie_value_for(revision) == truncated);
        let mut mutated = value.clone().into_bytes();
        mutated.insert(insert.index(value.len() + 1), byte);
        let mutated = String::from_utf8(mutated).unwrap();
        let read = Consent::from_cookie_value_for(&mutated, revision);
        prop_assert!(read.is_necessary_only() || read.to_cookie_value_for(revision) == mutated);
    }

    #[test]
    fn any_header_bytes_never_panic_and_grant_only_encoded_values(
        header in prop::collection::vec(any::<u8>(), 0..300)
    ) {
        let consent = site::POLICY.consent_from_cookie_header_bytes(&header);
        if !consent.is_necessary_only() {
            // the header must then hold the exact value of a consent that
            // allows at least as much
            let found = crate::header::cookie::values(&header, b"choices")
                .any(|v| site::POLICY.consent_from_cookie_value(
                    core::str::from_utf8(v).unwrap_or("")).intersection(consent) == consent);
            prop_assert!(found);
        }
    }

    #[test]
    fn the_consent_cookie_is_found_among_arbitrary_cookies(
        consent in arb_consent(),
        before in prop::collection::vec("[a-zA-Z0-9_]{1,8}=[ -:<-~]{0,12}", 0..5),
        after in prop::collection::vec("[a-zA-Z0-9_]{1,8}=[ -:<-~]{0,12}", 0..5),
    ) {
        let others = |pairs: &[String]| pairs
            .iter()
            .filter(|p| !p.starts_with("choices="))
            .cloned()
            .collect::<Vec<_>>();
        let mut pairs = others(&before);
        pairs.push(header_for(consent));
        pairs.extend(others(&after));
        let header = pairs.join("; ");
        prop_assert_eq!(site::POLICY.consent_from_cookie_header(&header), consent);
    }
}

#[test]
fn a_stale_value_read_through_the_policy_is_void() {
    let current = Consent::all().for_policy(&site::POLICY).to_cookie_value();
    assert_eq!(
        site::POLICY.consent_from_cookie_value(&current),
        Consent::all()
    );
    let stale = Consent::all()
        .for_revision(site::POLICY.revision() ^ 1)
        .to_cookie_value();
    // The value itself is well formed and records its revision...
    assert_eq!(Consent::from_cookie_value(&stale), Consent::all());
    assert_eq!(
        Consent::from_cookie_value(&stale).revision(),
        Some(site::POLICY.revision() ^ 1)
    );
    // ...but the policy knows it answered another version of itself.
    assert!(site::POLICY
        .consent_from_cookie_value(&stale)
        .is_necessary_only());
    let header = format!("other=1; choices={stale}");
    assert!(site::POLICY
        .consent_from_cookie_header(&header)
        .is_necessary_only());
}

#[test]
fn an_unbound_consent_is_written_for_no_current_policy() {
    let value = Consent::all().to_cookie_value();
    assert_eq!(value, "v1.0.7");
    assert!(site::POLICY
        .consent_from_cookie_value(&value)
        .is_necessary_only());
}

proptest! {
    #[test]
    fn contract_round_trip_keeps_categories_and_revision(consent in arb_consent(), revision in any::<u64>()) {
        let given = consent.for_revision(revision);
        let value = given.to_cookie_value();
        prop_assert!(value.bytes().all(crate::header::bytes::is_cookie_octet));
        let read = Consent::from_cookie_value(&value);
        prop_assert_eq!(read, consent);
        prop_assert_eq!(read.revision(), Some(revision));
        prop_assert_eq!(read.to_cookie_value(), value);
    }

    #[test]
    fn contract_reader_never_grants_what_was_not_encoded(value in ".{0,40}") {
        let read = Consent::from_cookie_value(&value);
        if !read.is_necessary_only() {
            // Only the exact encoding of `read` can grant anything.
            prop_assert_eq!(read.to_cookie_value(), value);
        }
    }

    #[test]
    fn contract_reader_takes_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let value = String::from_utf8_lossy(&bytes);
        let read = Consent::from_cookie_value(&value);
        prop_assert!(read.is_necessary_only() || read.to_cookie_value() == value);
    }
}
