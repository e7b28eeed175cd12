//! The cost of the policy's tower layer per response: a service answering
//! with five `Set-Cookie` headers, called directly (ready futures, no
//! network), bare and behind `CookiePolicyLayer`, in the same run.
//!
//! ```sh
//! cargo bench -p cookie-policy-tests --bench layer
//! ```
//!
//! `layer/pass-through` builds the request and the response and calls the
//! bare service; the `layer/layered ...` benches do the same through the
//! layer, so the difference is what the layer adds: reading the consent
//! from the request's `Cookie` header and judging the five `Set-Cookie`
//! headers (and, when some must go, rebuilding the header map).
//! `enforce/...` time `CookiePolicyLayer::enforce` alone on a cloned map.
//! `report-only/...` the same for a report-only layer, which also reads
//! every passing cookie's attributes to compare them with the declaration
//! (the five cookies are set as declared), and removes nothing.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use http::header::{CACHE_CONTROL, COOKIE};
use http::{HeaderMap, HeaderValue, Request};
use tower::Layer;

use cookie_policy::{Category, Consent};
use cookie_policy_tests::answer::{call_now, page, Answer};
use cookie_policy_tests::shop;

/// Five cookies a typical page sets: two necessary, two statistics (one a
/// pattern), one marketing.
const SET_COOKIES: [&str; 5] = [
    "sessionid=8f2b1c9d4e7a6b3c; Path=/; Secure; HttpOnly; SameSite=Lax",
    "csrftoken=Zx81kLq0pW2mN7vB; Path=/; Max-Age=31536000; SameSite=Lax",
    "_ga=GA1.2.1234567890.1700000000; Path=/; Max-Age=31536000",
    "_ga_XYZ123ABC=GS1.1.1700000000.1.0.1700000000.0.0.0; Path=/; Max-Age=31536000",
    "ad_id=a1b2c3d4e5f6; Path=/; Max-Age=7776000; SameSite=Lax",
];

/// The page's headers: its type, the five cookies, a cache directive.
fn response_headers() -> HeaderMap {
    let mut headers = page(&SET_COOKIES).headers().clone();
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers
}

fn request(cookie: &HeaderValue) -> Request<()> {
    let mut request = Request::new(());
    request.headers_mut().insert(COOKIE, cookie.clone());
    request
}

fn layer(c: &mut Criterion) {
    let cookie_with = |consent| {
        HeaderValue::try_from(format!(
            "sessionid=8f2b1c9d4e7a6b3c; _ga=GA1.2.1234567890.1700000000; cookie_consent={}; lang=en",
            shop::POLICY.consent_cookie_value(consent)
        ))
        .unwrap()
    };
    let accepted_all = cookie_with(Consent::all());
    let statistics_only = cookie_with(Consent::necessary_only().with(Category::Statistics));
    // A handler that answers at once with the page's headers.
    let headers = response_headers();
    let page = Answer(move || {
        let mut response = http::Response::new(());
        *response.headers_mut() = headers.clone();
        response
    });

    let mut group = c.benchmark_group("layer");
    let mut bare = page.clone();
    group.bench_function("pass-through", |b| {
        b.iter(|| black_box(call_now(&mut bare, request(black_box(&accepted_all)))))
    });
    let mut layered = shop::POLICY.layer().layer(page.clone());
    group.bench_function("layered, all 5 kept", |b| {
        b.iter(|| black_box(call_now(&mut layered, request(black_box(&accepted_all)))))
    });
    let mut reporting = shop::POLICY
        .layer()
        .on_drop(|dropped| {
            black_box(dropped.reason());
        })
        .layer(page.clone());
    group.bench_function("layered, 1 of 5 dropped", |b| {
        b.iter(|| {
            black_box(call_now(
                &mut reporting,
                request(black_box(&statistics_only)),
            ))
        })
    });
    group.finish();

    let mut group = c.benchmark_group("enforce");
    let policy_layer = shop::POLICY.layer();
    let headers = response_headers();
    for (name, consent) in [
        ("all 5 kept", Consent::all()),
        (
            "1 of 5 dropped",
            Consent::necessary_only().with(Category::Statistics),
        ),
        ("3 of 5 dropped", Consent::necessary_only()),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || headers.clone(),
                |headers| policy_layer.enforce(black_box(consent), headers),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();

    let mut group = c.benchmark_group("report-only");
    let report_only = shop::POLICY.layer().report_only().on_drop(|dropped| {
        black_box(dropped.reason());
    });
    for (name, consent) in [
        ("all 5 as declared", Consent::all()),
        (
            "1 of 5 would drop",
            Consent::necessary_only().with(Category::Statistics),
        ),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || headers.clone(),
                |headers| report_only.enforce(black_box(consent), headers),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, layer);
criterion_main!(benches);
