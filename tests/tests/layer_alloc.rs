//! The layer's hot path does not allocate: a response whose `Set-Cookie`
//! headers all pass (declared, consented, a pattern, a percent-encoded name,
//! a deletion decided by `Expires`) goes through the service, from reading
//! the request's consent to the filtered response, without one allocation
//! of its own. With the feature `axum` (which the tests crate enables) the
//! layer stores its reading in the request's extensions, and `http`'s
//! `Extensions` allocates for that (the map, when the request has none
//! yet, and the entry): exactly those allocations are allowed, counted
//! by the same insertion into a request of its own. A response with
//! something to drop may allocate (the header map is rebuilt), and does
//! drop. A report-only layer allocates nothing more either on a response it
//! has nothing to report about (its attributes compared with the
//! declaration), nor on one it reports about (the reports borrow the
//! headers), and removes nothing.
//!
//! One test in its own binary, so no other test allocates meanwhile.

use std::alloc::System;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use http::header::{CONTENT_TYPE, COOKIE, SET_COOKIE};
use http::{Request, Response};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use tower::Layer;

use cookie_policy::{Category, Consent};
use cookie_policy_tests::answer::{call_now, page, Answer};
use cookie_policy_tests::shop;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Runs one request through the layered service; returns the response, the
/// number of allocations made between `call` and the ready response.
fn run(set_cookies: &[&'static str], request: Request<()>) -> (Response<()>, usize) {
    let mut service = shop::POLICY
        .layer()
        .on_drop(|_| {})
        .layer(Answer::once(page(set_cookies)));
    let region = Region::new(GLOBAL);
    let response = call_now(&mut service, request);
    let allocations = region.change().allocations;
    (response, allocations)
}

/// The allocations of storing the layer's reading in the extensions of a
/// request that has none yet: what `http::Extensions::insert` costs.
fn extension_allocations(request: &Request<()>) -> usize {
    let read = shop::POLICY.layer().read_request(request.headers());
    let mut extensions = http::Extensions::new();
    let region = Region::new(GLOBAL);
    extensions.insert(read);
    let allocations = region.change().allocations;
    drop(extensions);
    allocations
}

/// A request whose visitor consented to statistics (among other cookies).
fn consenting_to_statistics() -> Request<()> {
    let statistics = format!(
        "a=1; cookie_consent={}; b=2",
        shop::POLICY.consent_cookie_value(Consent::necessary_only().with(Category::Statistics))
    );
    Request::builder()
        .header(COOKIE, statistics)
        .body(())
        .unwrap()
}

#[test]
fn nothing_dropped_nothing_allocated() {
    let passing = [
        "sessionid=abc123; Path=/; HttpOnly; SameSite=Lax",
        "_ga=GA1.2.3456; Max-Age=31536000; Path=/",
        "_ga_XYZ123=GS1.1.17; Max-Age=31536000; Path=/",
        "cart%7Cv2=3%20items; Path=/",
        "ad_id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/",
    ];
    // The least of a few runs, so that a stray allocation elsewhere in the
    // process cannot fail the test; the code under test is deterministic.
    let mut fewest = usize::MAX;
    let mut extension = usize::MAX;
    for _ in 0..5 {
        let request = consenting_to_statistics();
        extension = extension.min(extension_allocations(&request));
        let (response, allocations) = run(&passing, request);
        assert_eq!(
            response.headers().get_all(SET_COOKIE).iter().count(),
            passing.len()
        );
        fewest = fewest.min(allocations);
    }
    assert!(
        extension <= 3,
        "storing one value in empty extensions took {extension} allocations"
    );
    assert_eq!(
        fewest, extension,
        "the layer allocated on a response it left alone, beyond storing its reading"
    );

    // The same response without consent: two drops.
    let request = Request::builder().body(()).unwrap();
    let (response, _) = run(&passing, request);
    let kept: Vec<_> = response.headers().get_all(SET_COOKIE).iter().collect();
    assert_eq!(kept, [passing[0], passing[3], passing[4]]);
    assert_eq!(response.headers()[CONTENT_TYPE], "text/html; charset=utf-8");

    report_only_allocates_nothing_and_drops_nothing(extension);
}

/// Called by the one test of this binary (tests run on parallel threads,
/// and the allocation counter is global).
fn report_only_allocates_nothing_and_drops_nothing(extension: usize) {
    // As declared: nothing to report.
    let as_declared = [
        "sessionid=abc123; Path=/; Secure; HttpOnly; SameSite=Lax",
        "_ga=GA1.2.3456; Max-Age=31536000; Path=/",
        "_ga_XYZ123=GS1.1.17; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        "cart%7Cv2=3%20items; Path=/",
        "csrftoken=t; Max-Age=3600; SameSite=Lax",
    ];
    // Three reports: `Secure` missing, a lifetime of 2 years, no consent.
    let to_report = [
        "sessionid=abc123; Path=/; HttpOnly; SameSite=Lax",
        "_ga=GA1.2.3456; Max-Age=63072000; Path=/",
        "ad_id=1; Max-Age=60",
    ];
    for (set_cookies, reports) in [(&as_declared[..], 0), (&to_report[..], 3)] {
        let mut fewest = usize::MAX;
        for _ in 0..5 {
            let request = consenting_to_statistics();
            let count = Arc::new(AtomicUsize::new(0));
            let counter = Arc::clone(&count);
            let layer = shop::POLICY.layer().report_only().on_drop(move |_| {
                counter.fetch_add(1, Ordering::Relaxed);
            });
            let mut service = layer.layer(Answer::once(page(set_cookies)));
            let region = Region::new(GLOBAL);
            let response = call_now(&mut service, request);
            fewest = fewest.min(region.change().allocations);
            let kept: Vec<_> = response.headers().get_all(SET_COOKIE).iter().collect();
            assert_eq!(kept, set_cookies, "a report-only layer removed a header");
            assert_eq!(count.load(Ordering::Relaxed), reports);
        }
        assert_eq!(
            fewest, extension,
            "the report-only layer allocated ({reports} reports), beyond storing its reading"
        );
    }
}
