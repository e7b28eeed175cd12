//! Every drop of the layer is a `tracing` event (target
//! `cookie_policy::http`): `DEBUG` for a missing consent, `WARN` for an
//! undeclared or malformed cookie, with the cookie's name and the reason,
//! never its value. A report-only layer emits the same events for what it
//! would drop ("report-only: kept ..."), and a `WARN` with the differences
//! for a cookie set with other attributes than declared.
//!
//! One test in its own binary: tracing caches per call site whether anyone
//! listens, and a test on another thread hitting the layer's call sites
//! while this one installs its subscriber can leave them cached as unheard
//! (seen once in a cold CI run, when it shared a binary with `layer.rs`).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use http::header::SET_COOKIE;

use cookie_policy::Consent;
use cookie_policy_tests::shop;

type Events = Arc<Mutex<Vec<(tracing::Level, BTreeMap<String, String>)>>>;

/// The headers both tests send: one cookie set with other attributes than
/// declared, one without consent, one undeclared, one malformed.
const HEADERS: [&str; 4] = [
    "sessionid=1",
    "ad_id=secret-value",
    "my%20tracker=secret-value",
    "broken",
];

/// The smallest subscriber that records the layer's events and their fields.
struct Capture(Events);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        if event.metadata().target() != "cookie_policy::http" {
            return;
        }
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.0
            .lock()
            .unwrap()
            .push((*event.metadata().level(), fields));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn every_drop_and_every_report_is_a_tracing_event() {
    let events: Events = Arc::default();
    let subscriber = Capture(Arc::clone(&events));
    let mut reported = http::HeaderMap::new();
    tracing::subscriber::with_default(subscriber, || {
        let mut headers = http::HeaderMap::new();
        for value in HEADERS {
            headers.append(SET_COOKIE, value.parse().unwrap());
        }
        reported = headers.clone();
        assert_eq!(
            shop::POLICY
                .layer()
                .enforce(Consent::necessary_only(), &mut headers),
            3
        );
        assert_eq!(
            shop::POLICY
                .layer()
                .report_only()
                .enforce(Consent::necessary_only(), &mut reported),
            0
        );
    });
    assert_eq!(reported.get_all(SET_COOKIE).iter().count(), HEADERS.len());
    let events = events.lock().unwrap();
    let summary: Vec<_> = events
        .iter()
        .map(|(level, fields)| {
            (
                *level,
                fields["message"].as_str(),
                fields["cookie"].as_str(),
                fields["reason"].as_str(),
                fields
                    .get("category")
                    .or(fields.get("differences"))
                    .map(String::as_str),
            )
        })
        .collect();
    use tracing::Level;
    assert_eq!(
        summary,
        [
            (
                Level::DEBUG,
                "dropped a Set-Cookie the visitor has not consented to",
                "ad_id",
                "no_consent",
                Some("marketing")
            ),
            (
                Level::WARN,
                "dropped a Set-Cookie the cookie policy does not declare",
                "my tracker",
                "undeclared",
                None
            ),
            (
                Level::WARN,
                "dropped a malformed Set-Cookie header",
                "",
                "malformed",
                None
            ),
            (
                Level::WARN,
                "a Set-Cookie with other attributes than declared",
                "sessionid",
                "attributes",
                Some("`Secure` missing; `HttpOnly` missing; `SameSite` missing or unknown, declared `SameSite=Lax`")
            ),
            (
                Level::DEBUG,
                "report-only: kept a Set-Cookie the visitor has not consented to",
                "ad_id",
                "no_consent",
                Some("marketing")
            ),
            (
                Level::WARN,
                "report-only: kept a Set-Cookie the cookie policy does not declare",
                "my tracker",
                "undeclared",
                None
            ),
            (
                Level::WARN,
                "report-only: kept a malformed Set-Cookie header",
                "",
                "malformed",
                None
            ),
        ]
    );
    // The cookie's value is never logged.
    assert!(events
        .iter()
        .all(|(_, fields)| fields.values().all(|v| !v.contains("secret"))));
}
