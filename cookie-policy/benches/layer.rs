//! The cost of the policy's tower layer per response: a service answering
//! with five `Set-Cookie` headers, called directly (ready futures, no
//! network), bare and behind `CookiePolicyLayer`, in the same run.
//!
//! ```sh
//! cargo bench -p cookie-policy --features tower --bench layer
//! ```
//!
//! `layer/pass-through` builds the request and the response and calls the
//! bare service; the `layer/layered ...` benches do the same through the
//! layer, so the difference is what the layer adds: reading the consent
//! from the request's `Cookie` header and judging the five `Set-Cookie`
//! headers (and, when some must go, rebuilding the header map).
//! `enforce/...` time `CookiePolicyLayer::enforce` alone on a cloned map.

use std::convert::Infallible;
use std::future::{ready, Future, Ready};
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use http::header::{CONTENT_TYPE, COOKIE, SET_COOKIE};
use http::{HeaderMap, HeaderValue, Request, Response};
use tower::{Layer, Service};

use cookie_policy::{Category, Consent};

cookie_policy::cookie_policy! {
    mod shop {
        site: "https://shop.example.org",
        consent_cookie: CONSENT,
        necessary {
            provider "Shop" {
                SESSION: "sessionid" { function: "Authentication", purpose: "Sign-in", http_only, secure, same_site: Lax }
                CONSENT: "cookie_consent" { function: "Consent", purpose: "Choices", duration: 6 months }
                CSRF: "csrftoken" { function: "Security", purpose: "Forgery protection", duration: 1 year }
            }
        }
        preferences {
            provider "Shop" {
                LANG: "lang" { function: "Language", purpose: "Language", duration: 1 year }
            }
        }
        statistics {
            provider "Analytics Inc." {
                GA: "_ga" { function: "Analytics", purpose: "Visitors", duration: 1 year }
                GA_STATE: "_ga_*" { function: "Analytics", purpose: "Sessions", duration: 1 year }
            }
        }
        marketing {
            provider "Ads Inc." {
                AD: "ad_id" { function: "Advertising", purpose: "Ads", duration: 90 days }
            }
        }
    }
}

/// Five cookies a typical page sets: two necessary, two statistics (one a
/// pattern), one marketing.
const SET_COOKIES: [&str; 5] = [
    "sessionid=8f2b1c9d4e7a6b3c; Path=/; Secure; HttpOnly; SameSite=Lax",
    "csrftoken=Zx81kLq0pW2mN7vB; Path=/; Max-Age=31536000; SameSite=Lax",
    "_ga=GA1.2.1234567890.1700000000; Path=/; Max-Age=31536000",
    "_ga_XYZ123ABC=GS1.1.1700000000.1.0.1700000000.0.0.0; Path=/; Max-Age=31536000",
    "ad_id=a1b2c3d4e5f6; Path=/; Max-Age=7776000; SameSite=Lax",
];

fn response_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    for value in SET_COOKIES {
        headers.append(SET_COOKIE, HeaderValue::from_static(value));
    }
    headers.insert("cache-control", HeaderValue::from_static("no-store"));
    headers
}

/// A handler that answers at once with the page's headers.
#[derive(Clone)]
struct Page(HeaderMap);

impl Service<Request<()>> for Page {
    type Response = Response<()>;
    type Error = Infallible;
    type Future = Ready<Result<Response<()>, Infallible>>;
    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }
    fn call(&mut self, _: Request<()>) -> Self::Future {
        let mut response = Response::new(());
        *response.headers_mut() = self.0.clone();
        ready(Ok(response))
    }
}

fn request(cookie: &HeaderValue) -> Request<()> {
    let mut request = Request::new(());
    request.headers_mut().insert(COOKIE, cookie.clone());
    request
}

fn serve<S>(service: &mut S, request: Request<()>) -> Response<()>
where
    S: Service<Request<()>, Response = Response<()>, Error = Infallible>,
{
    let future = pin!(service.call(request));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(response)) => response,
        Poll::Pending => unreachable!("the page answers at once"),
    }
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
    let page = Page(response_headers());

    let mut group = c.benchmark_group("layer");
    let mut bare = page.clone();
    group.bench_function("pass-through", |b| {
        b.iter(|| black_box(serve(&mut bare, request(black_box(&accepted_all)))))
    });
    let mut layered = shop::POLICY.layer().layer(page.clone());
    group.bench_function("layered, all 5 kept", |b| {
        b.iter(|| black_box(serve(&mut layered, request(black_box(&accepted_all)))))
    });
    let mut reporting = shop::POLICY
        .layer()
        .on_drop(|dropped| {
            black_box(dropped.reason());
        })
        .layer(page.clone());
    group.bench_function("layered, 1 of 5 dropped", |b| {
        b.iter(|| black_box(serve(&mut reporting, request(black_box(&statistics_only)))))
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
}

criterion_group!(benches, layer);
criterion_main!(benches);
