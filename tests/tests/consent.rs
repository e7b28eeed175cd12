//! `Consent`, the consent cookie's value and reading it from `Cookie:`
//! request headers, on the shop's policy (`cookie_policy_tests::shop`).

use cookie_policy::{Category, Consent, ConsentStatus, MarketingConsent, StatisticsConsent};
use cookie_policy_tests::shop;
use proptest::prelude::*;

/// Another policy of the same site, with the same consent cookie but none
/// of the shop's cookies that need consent: another revision.
mod shop_v2 {
    cookie_policy::cookie_policy! {
        pub mod policy {
            site: "https://shop.example.org",
            consent_cookie: CONSENT,
            necessary {
                provider "Shop" {
                    CONSENT: "cookie_consent" {
                        function: "Consent",
                        purpose: "To remember your cookie choices, reworded",
                        duration: 6 months,
                    }
                }
            }
        }
    }
}

use shop::POLICY;

fn consent_strategy() -> impl Strategy<Value = Consent> {
    prop::collection::vec(prop::sample::select(Category::ALL.to_vec()), 0..4)
        .prop_map(Consent::from_categories)
}

#[test]
fn a_visitor_who_accepted_statistics_gets_a_statistics_proof_only() {
    let choice = Consent::necessary_only().with(Category::Statistics);
    let header = format!(
        "sessionid=8f2c; cookie_consent={}; _ga=GA1.2.3",
        POLICY.consent_cookie_value(choice)
    );
    let consent = POLICY.consent_from_cookie_header(&header);
    assert_eq!(consent, choice);
    assert!(consent.proof::<StatisticsConsent>().is_some());
    assert!(consent.proof::<MarketingConsent>().is_none());
    assert!(consent.allows_cookie(&shop::GA));
    assert!(!consent.allows_cookie(&shop::VIDEO));
    assert!(consent.allows_cookie(&shop::SESSION));
}

#[test]
fn a_consent_to_another_revision_of_the_policy_is_void() {
    assert_ne!(POLICY.revision(), shop_v2::policy::POLICY.revision());
    let old = format!(
        "cookie_consent={}",
        shop_v2::policy::POLICY.consent_cookie_value(Consent::all())
    );
    assert_eq!(
        POLICY.consent_from_cookie_header(&old),
        Consent::necessary_only()
    );
    assert_eq!(
        POLICY.consent_status_from_cookie_header(&old),
        ConsentStatus::Outdated
    );
    assert!(POLICY
        .consent_status_from_cookie_header(&old)
        .needs_asking());
}

#[test]
fn refusing_everything_is_an_answer() {
    let header = format!(
        "cookie_consent={}",
        POLICY.consent_cookie_value(Consent::necessary_only())
    );
    let status = POLICY.consent_status_from_cookie_header(&header);
    assert_eq!(status, ConsentStatus::Given(Consent::necessary_only()));
    assert!(!status.needs_asking());
    assert!(POLICY
        .consent_status_from_cookie_header("sessionid=1")
        .needs_asking());
}

#[test]
fn untrusted_headers_give_necessary_only() {
    let valid = POLICY.consent_cookie_value(Consent::all());
    let long = "a".repeat(1 << 20);
    for header in [
        "",
        ";",
        "=",
        "cookie_consent",
        "cookie_consent=",
        "cookie_consent=\"\"",
        "cookie_consent=v1",
        "cookie_consent=v1.",
        "cookie_consent=v1.0.7",
        "cookie_consent=all",
        &format!("cookie_consent={}", &valid[..valid.len() - 1]),
        &format!("cookie_consent={valid}{valid}"),
        &format!("COOKIE_CONSENT={valid}"),
        &format!("cookie_consent={long}"),
        &format!("{long}={valid}"),
        &format!("cookie_consent=\u{0}{valid}"),
    ] {
        assert_eq!(
            POLICY.consent_from_cookie_header(header),
            Consent::necessary_only(),
            "{:?}",
            header.get(..80).unwrap_or(header)
        );
    }
}

#[test]
fn the_value_is_compact_and_made_of_cookie_octets() {
    let value = POLICY.consent_cookie_value(Consent::all());
    assert!(value.starts_with("v1."), "{value}");
    assert!(value.len() <= 21, "{value}");
    let revision = format!("{:x}", POLICY.revision());
    assert_eq!(value, format!("v1.{revision}.7"));
}

proptest! {
    #[test]
    fn round_trip_through_the_header(consent in consent_strategy()) {
        let header = format!("cookie_consent={}", POLICY.consent_cookie_value(consent));
        prop_assert_eq!(POLICY.consent_from_cookie_header(&header), consent);
        let quoted = format!("cookie_consent=\"{}\"", POLICY.consent_cookie_value(consent));
        prop_assert_eq!(POLICY.consent_from_cookie_header(&quoted), consent);
    }

    #[test]
    fn arbitrary_headers_never_panic(header in any::<String>()) {
        let consent = POLICY.consent_from_cookie_header(&header);
        // a consent is granted only by an exact value in the header
        if !consent.is_necessary_only() {
            let value = POLICY.consent_cookie_value(consent);
            prop_assert!(header.contains(&value[..value.len() - 1]));
        }
    }

    #[test]
    fn arbitrary_values_never_grant(value in any::<String>()) {
        let header = format!("cookie_consent={value}");
        prop_assert_eq!(POLICY.consent_from_cookie_header(&header), Consent::necessary_only());
    }

    #[test]
    fn a_value_from_another_revision_never_grants(
        consent in consent_strategy(), revision in any::<u64>()
    ) {
        prop_assume!(revision != POLICY.revision());
        let value = consent.to_cookie_value_for(revision);
        prop_assert_eq!(POLICY.consent_from_cookie_value(&value), Consent::necessary_only());
        prop_assert_eq!(Consent::from_cookie_value_for(&value, POLICY.revision()), Consent::necessary_only());
        prop_assert_eq!(Consent::from_cookie_value_for(&value, revision), consent);
    }

    #[test]
    fn several_copies_grant_only_what_all_accept(
        copies in prop::collection::vec(consent_strategy(), 1..5),
        noise in prop::collection::vec("[ -:<-~]{0,20}", 0..4),
    ) {
        let mut pairs: Vec<String> = copies
            .iter()
            .map(|c| format!("cookie_consent={}", POLICY.consent_cookie_value(*c)))
            .collect();
        pairs.extend(noise.iter().map(|n| format!("cookie_consent={n}")));
        let header = pairs.join("; ");
        let expected = copies.iter().fold(Consent::all(), |a, b| a.intersection(*b));
        prop_assert_eq!(POLICY.consent_from_cookie_header(&header), expected);
    }
}
