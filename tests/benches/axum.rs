//! What the policy costs a real axum app per request, in-process (the
//! router called directly, no network), side by side in one run:
//!
//! - `route/bare`: an axum route that sets three cookies (a session, a
//!   statistics and a marketing cookie), no layer, no extractor;
//! - `route/layered, all 3 kept`: the same route taking the visitor's
//!   `Consent` as an extractor, behind the policy's layer, for a visitor
//!   who accepted everything;
//! - `route/layered, 2 of 3 dropped`: the same for a visitor who accepted
//!   nothing (the layer drops the statistics and marketing cookies);
//! - `consent/form`: a same-origin form post to `POST /cookies/consent`
//!   through the layer (the endpoint's throughput: one choice each).
//!
//! ```sh
//! cargo bench -p cookie-policy-tests --bench axum
//! ```
//!
//! The target: the layered route at most 1.15 times the bare one.

use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use axum::body::Body;
use axum::http::header::{CONTENT_TYPE, COOKIE, HOST, ORIGIN, SET_COOKIE};
use axum::http::{Request, Response};
use axum::response::{AppendHeaders, IntoResponse};
use axum::routing::get;
use axum::Router;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tower::Service;

use cookie_policy::Consent;
use cookie_policy_tests::site;

const COOKIES: [(axum::http::HeaderName, &str); 3] = [
    (
        SET_COOKIE,
        "sid=8f2b1c9d4e7a6b3c; Path=/; HttpOnly; SameSite=Lax",
    ),
    (
        SET_COOKIE,
        "_pk_id=a1b2c3d4e5f6.1700000000; Path=/; Max-Age=33696000",
    ),
    (
        SET_COOKIE,
        "ad_id=a1b2c3d4e5f6; Path=/; Max-Age=7776000; HttpOnly",
    ),
];

async fn bare() -> impl IntoResponse {
    AppendHeaders(COOKIES)
}

async fn with_consent(consent: Consent) -> impl IntoResponse {
    black_box(consent);
    AppendHeaders(COOKIES)
}

/// Calls `router` with `request`; axum's handlers here answer at once.
fn call(router: &mut Router, request: Request<Body>) -> Response<Body> {
    let future = pin!(router.call(request));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(response)) => response,
        Poll::Ready(Err(never)) => match never {},
        Poll::Pending => panic!("the route answers at once"),
    }
}

fn get_request(cookie: &str) -> Request<Body> {
    Request::get("/")
        .header(COOKIE, cookie)
        .body(Body::empty())
        .unwrap()
}

fn routes(c: &mut Criterion) {
    let cookie = |consent| {
        format!(
            "sid=8f2b1c9d4e7a6b3c; _pk_id=a1b2c3d4e5f6.1700000000; consent={}; theme=dark",
            site::POLICY.consent_cookie_value(consent)
        )
    };
    let all = cookie(Consent::all());
    let nothing = cookie(Consent::necessary_only());
    let mut bare: Router = Router::new().route("/", get(bare));
    let mut layered: Router = Router::new()
        .route("/", get(with_consent))
        .layer(site::POLICY.layer());
    // What each answers (checked once, also in `--test` mode).
    let set = |response: &Response<Body>| response.headers().get_all(SET_COOKIE).iter().count();
    assert_eq!(set(&call(&mut bare, get_request(&all))), 3);
    assert_eq!(set(&call(&mut layered, get_request(&all))), 3);
    assert_eq!(set(&call(&mut layered, get_request(&nothing))), 1);

    let mut group = c.benchmark_group("route");
    group.bench_function("bare", |b| {
        b.iter(|| black_box(call(&mut bare, get_request(black_box(&all)))))
    });
    group.bench_function("layered, all 3 kept", |b| {
        b.iter(|| black_box(call(&mut layered, get_request(black_box(&all)))))
    });
    group.bench_function("layered, 2 of 3 dropped", |b| {
        b.iter(|| black_box(call(&mut layered, get_request(black_box(&nothing)))))
    });
    group.finish();

    let mut app: Router = Router::new()
        .merge(cookie_policy::axum::routes(&site::POLICY))
        .layer(site::POLICY.layer());
    let post = || {
        Request::post("/cookies/consent")
            .header(HOST, "www.example.org")
            .header(ORIGIN, "https://www.example.org")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(COOKIE, "sid=1; _ga_ABC=1")
            .body(Body::from("statistics=on&preferences=on"))
            .unwrap()
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let response = runtime.block_on(app.call(post())).unwrap();
    assert_eq!(response.status(), 303);
    let mut group = c.benchmark_group("consent");
    group.throughput(Throughput::Elements(1));
    group.bench_function("form", |b| {
        b.iter(|| black_box(runtime.block_on(app.call(post())).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, routes);
criterion_main!(benches);
