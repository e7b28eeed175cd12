//! The app `benches/axum.rs` measures and `examples/axum_requests.rs` runs
//! under a profiler: one axum route that sets three cookies (a session, a
//! statistics and a marketing cookie of the tests' site policy), bare,
//! behind an identity layer, and taking `Consent` behind the policy's
//! layer; the consent endpoint; and the requests they answer.

#![allow(dead_code)]

use std::future::Future;
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use axum::body::Body;
use axum::http::header::{HeaderName, CONTENT_TYPE, COOKIE, HOST, ORIGIN, SET_COOKIE};
use axum::http::{Request, Response};
use axum::response::{AppendHeaders, IntoResponse};
use axum::routing::get;
use axum::Router;
use tower::util::MapRequestLayer;
use tower::{Layer, Service};

use cookie_policy::http::CookiePolicyService;
use cookie_policy::Consent;
use cookie_policy_tests::site;

/// The route's three cookies: necessary, statistics, marketing.
const COOKIES: [(HeaderName, &str); 3] = [
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

/// The route alone: no layer, no extractor.
pub fn bare_route() -> Router {
    Router::new().route("/", get(bare))
}

/// The route behind a layer that does nothing: what `Router::layer`
/// itself costs, which every layer pays.
pub fn identity_layered_route() -> Router {
    bare_route().layer(MapRequestLayer::new(|request: Request<Body>| request))
}

/// The route taking the visitor's `Consent`, behind the policy's layer.
pub fn policy_layered_route() -> Router {
    Router::new()
        .route("/", get(with_consent))
        .layer(site::POLICY.layer())
}

/// The route taking the visitor's `Consent`, the policy's layer applied
/// around the whole router (`Layer::layer(router)`): no per-route boxing,
/// and every response of the app passes it, fallbacks included.
pub fn policy_around_router() -> CookiePolicyService<Router> {
    site::POLICY
        .layer()
        .layer(Router::new().route("/", get(with_consent)))
}

/// What any layer that tells handlers what it read of the request costs at
/// least (the floor under the policy's layer): around the router, it
/// stores a value of `RequestConsent`'s size in the request's extensions
/// and passes the response through its own future; the route extracts the
/// value (axum's `Extension`) and sets the three cookies. Nothing is read
/// or judged.
pub fn extension_floor() -> impl Service<
    Request<Body>,
    Response = Response<Body>,
    Error = core::convert::Infallible,
    Future = impl Send,
> + Clone {
    tower::ServiceBuilder::new()
        .map_request(|mut request: Request<Body>| {
            request.extensions_mut().insert(Read([0; READ]));
            request
        })
        .map_response(|response: Response<Body>| response)
        .service(Router::new().route("/", get(with_extension)))
}

/// A value of `RequestConsent`'s size, for [`extension_floor`].
#[derive(Debug, Clone, Copy)]
struct Read([u8; READ]);
const READ: usize = core::mem::size_of::<cookie_policy::http::RequestConsent>();

async fn with_extension(axum::Extension(read): axum::Extension<Read>) -> impl IntoResponse {
    black_box(read);
    AppendHeaders(COOKIES)
}

/// The policy's routes behind its layer (the consent endpoint).
pub fn consent_app() -> Router {
    Router::new()
        .merge(cookie_policy::axum::routes(&site::POLICY))
        .layer(site::POLICY.layer())
}

/// The `Cookie` header of a visitor with `consent`: the session, the
/// statistics cookie, the consent cookie and one undeclared cookie.
pub fn cookie_header(consent: Consent) -> String {
    format!(
        "sid=8f2b1c9d4e7a6b3c; _pk_id=a1b2c3d4e5f6.1700000000; consent={}; theme=dark",
        site::POLICY.consent_cookie_value(consent)
    )
}

/// `GET /` with the `Cookie` header `cookie`.
pub fn get_request(cookie: &str) -> Request<Body> {
    Request::get("/")
        .header(COOKIE, cookie)
        .body(Body::empty())
        .unwrap()
}

/// A same-origin form accepting preferences and statistics.
pub fn consent_post() -> Request<Body> {
    Request::post("/cookies/consent")
        .header(HOST, "www.example.org")
        .header(ORIGIN, "https://www.example.org")
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(COOKIE, "sid=1; _ga_ABC=1")
        .body(Body::from("statistics=on&preferences=on"))
        .unwrap()
}

/// Calls `router` with `request`; the route's handlers answer at once.
pub fn call<S>(router: &mut S, request: Request<Body>) -> Response<Body>
where
    S: Service<Request<Body>, Response = Response<Body>, Error = core::convert::Infallible>,
{
    let future = pin!(router.call(request));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(response)) => response,
        Poll::Ready(Err(never)) => match never {},
        Poll::Pending => panic!("the route answers at once"),
    }
}

/// How many `Set-Cookie` headers `response` has.
pub fn set_cookies(response: &Response<Body>) -> usize {
    response.headers().get_all(SET_COOKIE).iter().count()
}
