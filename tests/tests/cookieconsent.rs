//! Server-side consent from the vanilla-cookieconsent 3 banner's cookie.
//!
//! `data/cookieconsent/cookies.txt` holds cookies written by the real banner
//! (3.1.0, run in jsdom by `data/cookieconsent/generate.js`), one per line:
//! 1. revision 3, `analytics` and `ads` accepted;
//! 2. no revision, "accept all" (`necessary`, `functionality`, `analytics`,
//!    `ads`, `social`);
//! 3. stored under the name `cookies_preferences`, revision 0, necessary only.

use cookie_policy::cookieconsent::{category_for_key, CcCookie, CcCookieReader};
use cookie_policy::{Category, Consent};
use cookie_policy_tests::portals::potsdam;
use proptest::prelude::*;

const FIXTURES: &str = include_str!("../data/cookieconsent/cookies.txt");

fn fixture(line: usize) -> (&'static str, &'static str) {
    FIXTURES
        .lines()
        .nth(line)
        .and_then(|l| l.split_once('='))
        .expect("fixture line")
}

#[test]
fn reads_the_real_banners_cookie() {
    let (name, value) = fixture(0);
    assert_eq!(name, "cc_cookie");
    let cc = CcCookie::parse(value).expect("the banner's own cookie is valid");
    assert_eq!(cc.categories(), ["analytics", "ads", "necessary"]);
    assert_eq!(cc.revision(), Some(3));
    assert!(cc.has_revision(3));
    assert_eq!(cc.language_code(), Some("en"));
    assert_eq!(cc.consent_id().len(), 36, "a UUID");
    assert_eq!(
        cc.consent(),
        Consent::from_categories([Category::Statistics, Category::Marketing])
    );
}

#[test]
fn accept_all_maps_every_known_key_and_ignores_the_others() {
    let (_, value) = fixture(1);
    let cc = CcCookie::parse(value).unwrap();
    assert!(cc.categories().iter().any(|c| c == "social"));
    assert_eq!(cc.consent(), Consent::all());
    let only_social = cc.consent_with(|key| (key == "social").then_some(Category::Marketing));
    assert_eq!(only_social, Consent::from_categories([Category::Marketing]));
}

#[test]
fn the_reader_finds_it_in_a_request_header_and_checks_the_revision() {
    let (name, value) = fixture(0);
    let header = format!("sessionid=abc; {name}={value}; theme=dark");
    let expected = Consent::from_categories([Category::Statistics, Category::Marketing]);
    assert_eq!(
        CcCookieReader::new().consent_from_cookie_header(&header),
        expected
    );
    assert_eq!(
        CcCookieReader::new()
            .with_revision(3)
            .consent_from_cookie_header(&header),
        expected
    );
    // the banner moved on to revision 4: the visitor must be asked again
    assert_eq!(
        CcCookieReader::new()
            .with_revision(4)
            .consent_from_cookie_header(&header),
        Consent::necessary_only()
    );
    // another cookie name
    assert_eq!(
        CcCookieReader::new()
            .named("other")
            .consent_from_cookie_header(&header),
        Consent::necessary_only()
    );
}

#[test]
fn a_banner_storing_its_consent_in_the_policys_consent_cookie() {
    let (name, value) = fixture(2);
    let header = format!("{name}={value}");
    let reader = CcCookieReader::for_policy(&potsdam::POLICY).with_revision(0);
    assert_eq!(reader.cookie_name(), name);
    let cc = CcCookie::parse(value).unwrap();
    assert_eq!(cc.categories(), ["necessary"]);
    assert_eq!(
        reader.consent_from_cookie_header(&header),
        Consent::necessary_only()
    );
    // this crate's own format does not mistake the banner's value for its own
    assert_eq!(
        potsdam::POLICY.consent_from_cookie_header(&header),
        Consent::necessary_only()
    );
}

#[test]
fn only_a_consent_the_banner_accepts_counts() {
    let valid = r#"{"categories":["analytics"],"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t"}"#;
    assert!(CcCookie::parse(valid).is_some());
    for invalid in [
        r#"{}"#,
        r#"[]"#,
        r#"null"#,
        r#"{"categories":"analytics","consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t"}"#,
        r#"{"categories":["analytics"],"consentId":"","consentTimestamp":"t","lastConsentTimestamp":"t"}"#,
        r#"{"categories":["analytics"],"consentId":7,"consentTimestamp":"t","lastConsentTimestamp":"t"}"#,
        r#"{"categories":["analytics"],"consentTimestamp":"t","lastConsentTimestamp":"t"}"#,
        r#"{"categories":["analytics"],"consentId":"x","lastConsentTimestamp":"t"}"#,
        r#"{"categories":["analytics"],"consentId":"x","consentTimestamp":"","lastConsentTimestamp":"t"}"#,
        r#"{"categories":["analytics"],"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":null}"#,
        r#"{"categories":["analytics"],"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t""#,
    ] {
        assert!(CcCookie::parse(invalid).is_none(), "{invalid}");
        assert_eq!(
            CcCookieReader::new().consent_from_cookie_value(invalid),
            Consent::necessary_only()
        );
    }
    // without a `revision` the reader with a revision refuses it, like the banner
    assert_eq!(
        CcCookieReader::new()
            .with_revision(0)
            .consent_from_cookie_value(valid),
        Consent::necessary_only()
    );
}

#[test]
fn duplicate_banner_cookies_grant_only_what_all_accept() {
    let (_, both) = fixture(0);
    let (_, all) = fixture(1);
    let header = format!("cc_cookie={all}; cc_cookie=garbage; cc_cookie={both}");
    assert_eq!(
        CcCookieReader::new().consent_from_cookie_header(&header),
        Consent::from_categories([Category::Statistics, Category::Marketing])
    );
}

#[test]
fn oversized_values_are_ignored() {
    let padding = " ".repeat(cookie_policy::cookieconsent::MAX_VALUE_LEN);
    let value = format!(
        r#"{{"categories":["ads"],"consentId":"x","consentTimestamp":"t","lastConsentTimestamp":"t"}}{padding}"#
    );
    assert!(CcCookie::parse(&value).is_none());
}

/// `encodeURIComponent`.
fn encode_uri_component(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Category keys a banner may store, and what each grants, as the README
/// documents it (written out here, not taken from `category_for_key`).
const KEYS: &[(&str, Option<Category>)] = &[
    ("necessary", Some(Category::Necessary)),
    ("preferences", Some(Category::Preferences)),
    ("functionality", Some(Category::Preferences)),
    ("statistics", Some(Category::Statistics)),
    ("analytics", Some(Category::Statistics)),
    ("marketing", Some(Category::Marketing)),
    ("ads", Some(Category::Marketing)),
    ("social", None),
    ("Analytics", None),
    ("", None),
    ("performance", None),
];

#[test]
fn category_keys_map_as_documented() {
    for &(key, category) in KEYS {
        assert_eq!(category_for_key(key), category, "{key:?}");
    }
}

proptest! {
    #[test]
    fn arbitrary_values_never_panic(value in any::<String>()) {
        let _ = CcCookie::parse(&value);
        let _ = CcCookieReader::new().consent_from_cookie_header(&value);
        let consent = CcCookieReader::new().consent_from_cookie_value(&encode_uri_component(&value));
        // a value that is not JSON in the banner's shape never grants
        if serde_json::from_str::<serde_json::Value>(&value).is_err() {
            prop_assert_eq!(consent, Consent::necessary_only());
        }
    }

    #[test]
    fn the_consent_is_exactly_the_mapped_keys(
        picked in prop::collection::vec(prop::sample::select(KEYS), 0..6),
        revision in 0u32..5,
        extra in "[a-z]{1,8}",
    ) {
        let keys: Vec<&str> = picked.iter().map(|(key, _)| *key).collect();
        let json = serde_json::json!({
            "categories": keys,
            "revision": revision,
            "data": { "note": "a;b, c" },
            "consentTimestamp": "2025-01-01T00:00:00.000Z",
            "consentId": "id",
            "services": {},
            (format!("x_{extra}")): [1, 2, 3],
            "lastConsentTimestamp": "2025-01-01T00:00:00.000Z",
        });
        let value = encode_uri_component(&json.to_string());
        let expected: Consent = picked.iter().filter_map(|(_, category)| *category).collect();
        let header = format!("cc_cookie={value}");
        prop_assert_eq!(CcCookieReader::new().consent_from_cookie_header(&header), expected);
        prop_assert_eq!(
            CcCookieReader::new().with_revision(u64::from(revision)).consent_from_cookie_header(&header),
            expected
        );
        prop_assert_eq!(
            CcCookieReader::new().with_revision(u64::from(revision) + 1).consent_from_cookie_header(&header),
            Consent::necessary_only()
        );
    }
}

/// The banner configured to store its consent under the shop's consent
/// cookie (`cookie_consent`), read by `CcCookieReader::for_policy`, and not
/// by the policy's own reader.
mod through_the_policy {
    use cookie_policy::cookieconsent::CcCookieReader;
    use cookie_policy::{Category, Consent, ConsentStatus};
    use cookie_policy_tests::shop;

    fn banner_value(revision: u64, categories: &str) -> String {
        let json = format!(
            r#"{{"categories":[{categories}],"revision":{revision},"data":null,"consentTimestamp":"2026-11-23T10:00:00.000Z","consentId":"5f6d2c1e-0000-4000-8000-000000000000","services":{{}},"languageCode":"en","lastConsentTimestamp":"2026-11-23T10:00:00.000Z","expirationTime":1795000000000}}"#
        );
        // The banner stores encodeURIComponent(JSON.stringify(...)).
        json.replace('%', "%25")
            .replace('"', "%22")
            .replace(',', "%2C")
            .replace(':', "%3A")
            .replace('{', "%7B")
            .replace('}', "%7D")
            .replace('[', "%5B")
            .replace(']', "%5D")
    }

    #[test]
    fn the_policy_reader_reads_the_banner_cookie_stored_under_its_consent_cookie() {
        let policy = &shop::POLICY;
        let value = banner_value(
            policy.cookieconsent_revision(),
            r#""necessary","analytics""#,
        );
        let header = format!("other=1; cookie_consent={value}");
        let consent = CcCookieReader::for_policy(policy).consent_from_cookie_header(&header);
        assert!(consent.allows(Category::Statistics), "{header}");
        assert!(!consent.allows(Category::Marketing));
        assert_eq!(consent.revision(), Some(policy.revision()));
    }

    /// The `cookieconsent` feature is on in this crate: it must not change
    /// what the policy's own reader accepts.
    #[test]
    fn the_policy_itself_never_reads_the_banners_json() {
        let policy = &shop::POLICY;
        let value = banner_value(
            policy.cookieconsent_revision(),
            r#""necessary","preferences","statistics","marketing""#,
        );
        let header = format!("cookie_consent={value}");
        assert_eq!(
            CcCookieReader::for_policy(policy).consent_from_cookie_header(&header),
            Consent::all(),
            "the value is a valid banner consent"
        );
        assert_eq!(
            policy.consent_from_cookie_header(&header),
            Consent::necessary_only()
        );
        assert_eq!(
            policy.consent_from_cookie_headers([header.as_bytes()]),
            Consent::necessary_only()
        );
        assert_eq!(
            policy.consent_status_from_cookie_header(&header),
            ConsentStatus::Missing
        );
        assert_eq!(
            policy.consent_from_cookie_value(&value),
            Consent::necessary_only()
        );
    }

    #[test]
    fn a_banner_consent_to_an_older_policy_is_outdated() {
        let policy = &shop::POLICY;
        let value = banner_value(
            policy.cookieconsent_revision() ^ 1,
            r#""necessary","statistics","marketing""#,
        );
        let header = format!("cookie_consent={value}");
        let reader = CcCookieReader::for_policy(policy);
        assert!(reader
            .consent_from_cookie_header(&header)
            .is_necessary_only());
        assert_eq!(
            reader.consent_status_from_cookie_headers([&header]),
            ConsentStatus::Outdated
        );
    }

    #[test]
    fn the_policy_reader_reads_the_servers_own_values_too() {
        let policy = &shop::POLICY;
        let reader = CcCookieReader::for_policy(policy);
        let statistics = Consent::from_categories([Category::Statistics]);
        let ours = format!("cookie_consent={}", policy.consent_cookie_value(statistics));
        assert_eq!(
            reader.consent_status_from_cookie_headers([&ours]),
            ConsentStatus::Given(statistics)
        );
        let older = statistics.to_cookie_value_for(policy.revision() ^ 1);
        assert_eq!(
            reader.consent_status_from_cookie_headers([format!("cookie_consent={older}")]),
            ConsentStatus::Outdated
        );
        // A reader not made for the policy reads the banner's JSON only.
        assert_eq!(
            CcCookieReader::new()
                .named("cookie_consent")
                .consent_status_from_cookie_headers([&ours]),
            ConsentStatus::Missing
        );
    }

    #[test]
    fn both_formats_together_grant_only_what_both_grant() {
        let policy = &shop::POLICY;
        let banner = banner_value(
            policy.cookieconsent_revision(),
            r#""statistics","marketing""#,
        );
        let ours = policy.consent_cookie_value(Consent::from_categories([
            Category::Statistics,
            Category::Preferences,
        ]));
        let header = format!("cookie_consent={banner}; cookie_consent={ours}");
        let consent = CcCookieReader::for_policy(policy).consent_from_cookie_header(&header);
        assert_eq!(
            consent,
            Consent::from_categories([Category::Statistics]),
            "a second copy never widens consent"
        );
    }
}
