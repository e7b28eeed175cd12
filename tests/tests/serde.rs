//! Feature `serde`: a policy serializes as `to_json()` writes it (key for
//! key, in order), on policies with patterns, several languages, locations,
//! third parties and attributes; each `CookieSpec` as its entry there;
//! `axum::Json(&POLICY)` answers that JSON; `Consent` and `ConsentStatus`
//! as the categories they allow.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use axum::Router;
use cookie_policy::{Category, Consent, ConsentStatus, Policy};
use cookie_policy_tests::{portals, shop, site};
use serde_json::{json, Value};
use tower::ServiceExt;

/// The policies compared: the routes' site (three languages, a prefix
/// pattern, a third party), the shop (three languages, patterns,
/// `Domain`/`Path`, `HttpOnly`), Potsdam (German and English, locations,
/// durations) and a portal of one language.
fn policies() -> [(&'static str, &'static Policy); 4] {
    [
        ("site", &site::POLICY),
        ("shop", &shop::POLICY),
        ("potsdam", &portals::potsdam::POLICY),
        ("mannheim", &portals::mannheim::POLICY),
    ]
}

#[test]
fn a_policy_serializes_as_to_json_writes_it() {
    for (name, policy) in policies() {
        // The same text, byte for byte (serde_json writes compact JSON as
        // to_json() does, and preserve_order keeps the keys' order).
        assert_eq!(
            serde_json::to_string(policy).unwrap(),
            policy.to_json(),
            "{name}"
        );
        let value = serde_json::to_value(policy).unwrap();
        let expected: Value = serde_json::from_str(&policy.to_json()).unwrap();
        assert_eq!(value, expected, "{name}");
        assert_eq!(
            value["revision"],
            format!("{:016x}", policy.revision()),
            "{name}"
        );
    }
}

#[test]
fn the_policies_compared_cover_patterns_and_languages() {
    let covered = |f: fn(&Policy) -> bool| policies().iter().any(|(_, p)| f(p));
    assert!(covered(|p| p.cookies().iter().any(|c| c.is_pattern())));
    assert!(covered(|p| p.languages().len() > 1));
    assert!(covered(|p| p.languages().len() == 1));
    assert!(covered(|p| p
        .cookies()
        .iter()
        .any(|c| c.third_party_domain().is_some())));
    assert!(covered(|p| p.cookies().iter().any(|c| c.path().is_some())));
}

#[test]
fn each_cookie_serializes_as_its_entry_of_to_json() {
    for (name, policy) in policies() {
        let expected: Value = serde_json::from_str(&policy.to_json()).unwrap();
        let entries = expected["cookies"].as_array().unwrap();
        assert_eq!(entries.len(), policy.cookies().len(), "{name}");
        for (spec, entry) in policy.cookies().iter().zip(entries) {
            assert_eq!(&serde_json::to_value(spec).unwrap(), entry, "{name}");
        }
    }
}

#[tokio::test]
async fn axum_json_of_a_policy_answers_its_json() {
    let app: Router = Router::new().route("/p.json", get(|| async { axum::Json(&shop::POLICY) }));
    let response = app
        .oneshot(Request::get("/p.json").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/json");
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    assert_eq!(std::str::from_utf8(&body).unwrap(), shop::POLICY.to_json());
}

#[test]
fn categories_serialize_as_their_keywords() {
    for category in Category::ALL {
        assert_eq!(serde_json::to_value(category).unwrap(), category.as_str());
    }
}

#[test]
fn a_consent_serializes_as_what_it_allows() {
    let policy = &site::POLICY;
    let revision = format!("{:016x}", policy.revision());
    assert_eq!(
        serde_json::to_value(Consent::necessary_only()).unwrap(),
        json!({"accept": [], "revision": null})
    );
    assert_eq!(
        serde_json::to_value(Consent::all().for_policy(policy)).unwrap(),
        json!({"accept": ["preferences", "statistics", "marketing"], "revision": revision})
    );
    let statistics = Consent::necessary_only().with(Category::Statistics);
    assert_eq!(
        serde_json::to_value(statistics).unwrap(),
        json!({"accept": ["statistics"], "revision": null})
    );
    // What a consent cookie of the policy reads as.
    let read = policy.consent_from_cookie_header(&format!(
        "consent={}",
        policy.consent_cookie_value(statistics.with(Category::Marketing))
    ));
    assert_eq!(
        serde_json::to_value(read).unwrap(),
        json!({"accept": ["statistics", "marketing"], "revision": revision})
    );
}

#[test]
fn a_consent_status_serializes_as_its_state_and_the_consent_in_force() {
    let policy = &site::POLICY;
    let given = Consent::necessary_only()
        .with(Category::Preferences)
        .for_policy(policy);
    assert_eq!(
        serde_json::to_value(ConsentStatus::Given(given)).unwrap(),
        json!({"status": "given", "accept": ["preferences"],
               "revision": format!("{:016x}", policy.revision())})
    );
    assert_eq!(
        serde_json::to_value(ConsentStatus::Missing).unwrap(),
        json!({"status": "missing", "accept": [], "revision": null})
    );
    // An outdated consent is void: nothing is in force.
    let other = policy.revision().wrapping_add(1);
    let outdated = policy.consent_status_from_cookie_header(&format!("consent=v1.{other:x}.7"));
    assert_eq!(outdated, ConsentStatus::Outdated);
    assert_eq!(
        serde_json::to_value(outdated).unwrap(),
        json!({"status": "outdated", "accept": [], "revision": null})
    );
}
