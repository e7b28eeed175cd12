//! The tower layer (`cookie_policy::http`) where users put it: `Router::layer`
//! around axum routes, around nested routers and next to other layers, with
//! handlers that set cookies through plain `Set-Cookie` headers, axum-extra's
//! `CookieJar` (which percent-encodes names) and tower-cookies.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use axum::body::{to_bytes, Body};
use axum::http::header::{CONTENT_TYPE, COOKIE, SET_COOKIE};
use axum::http::{HeaderValue, Request, Response, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{AppendHeaders, IntoResponse};
use axum::routing::{get, post};
use axum::Router;
use axum_extra::extract::cookie::{Cookie, CookieJar};
use cookie_policy::http::{CookiePolicyLayer, DropReason, Dropped};
use cookie_policy::{Category, Consent};
use cookie_policy_tests::shop;
use tower::ServiceExt;

type Drops = Arc<Mutex<Vec<(String, DropReason)>>>;

/// The layer, with a callback recording what it drops.
fn recording_layer() -> (CookiePolicyLayer, Drops) {
    let drops: Drops = Arc::default();
    let log = Arc::clone(&drops);
    let layer = shop::POLICY.layer().on_drop(move |dropped: &Dropped<'_>| {
        log.lock()
            .unwrap()
            .push((dropped.name().into_owned(), dropped.reason()));
    });
    (layer, drops)
}

fn consent_cookie(consent: Consent) -> String {
    format!(
        "cookie_consent={}",
        shop::POLICY.consent_cookie_value(consent)
    )
}

fn request(method: &str, uri: &str, cookie_headers: &[&str]) -> Request<Body> {
    let mut builder = Request::builder().method(method).uri(uri);
    for value in cookie_headers {
        builder = builder.header(COOKIE, *value);
    }
    builder.body(Body::empty()).unwrap()
}

async fn call(app: Router, request: Request<Body>) -> Response<Body> {
    app.oneshot(request).await.unwrap()
}

fn set_cookies(response: &Response<Body>) -> Vec<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect()
}

fn names(set_cookies: &[String]) -> Vec<&str> {
    set_cookies
        .iter()
        .map(|c| c.split('=').next().unwrap_or_default())
        .collect()
}

fn drop_list(drops: &Drops) -> Vec<(String, DropReason)> {
    drops.lock().unwrap().clone()
}

/// A handler that sets every kind of cookie through plain headers.
async fn plain_headers() -> impl IntoResponse {
    (
        [("x-before", "kept")],
        AppendHeaders([
            (SET_COOKIE, "sessionid=s1; Secure; HttpOnly; SameSite=Lax"),
            (SET_COOKIE, "tracker=1; Max-Age=31536000"),
            (SET_COOKIE, "_ga=GA1.2.3; Max-Age=31536000"),
            (SET_COOKIE, "_pk_ses=1; Max-Age=86400"),
            (SET_COOKIE, "ad_id=77; Max-Age=7776000"),
            (SET_COOKIE, "_ga_ABC123=GS1; Max-Age=31536000"),
            (SET_COOKIE, "lang=de"),
            (SET_COOKIE, "ad_id=; Max-Age=0"),
            (
                SET_COOKIE,
                "old_tracker=; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
            ),
            (SET_COOKIE, "not a cookie"),
        ]),
        [("x-after", "kept too")],
        "body",
    )
}

#[tokio::test]
async fn plain_headers_without_consent() {
    let (layer, drops) = recording_layer();
    let app = Router::new().route("/", get(plain_headers)).layer(layer);
    let response = call(app, request("GET", "/", &[])).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        set_cookies(&response),
        [
            "sessionid=s1; Secure; HttpOnly; SameSite=Lax",
            "_pk_ses=1; Max-Age=86400",
            "ad_id=; Max-Age=0",
            "old_tracker=; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        ]
    );
    assert_eq!(response.headers()["x-before"], "kept");
    assert_eq!(response.headers()["x-after"], "kept too");
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "text/plain; charset=utf-8"
    );
    assert_eq!(
        drop_list(&drops),
        [
            ("tracker".to_owned(), DropReason::Undeclared),
            (
                "_ga".to_owned(),
                DropReason::NoConsent(Category::Statistics)
            ),
            (
                "ad_id".to_owned(),
                DropReason::NoConsent(Category::Marketing)
            ),
            (
                "_ga_ABC123".to_owned(),
                DropReason::NoConsent(Category::Statistics)
            ),
            (
                "lang".to_owned(),
                DropReason::NoConsent(Category::Preferences)
            ),
            (String::new(), DropReason::Malformed),
        ]
    );
    let body = to_bytes(response.into_body(), 1 << 16).await.unwrap();
    assert_eq!(&body[..], b"body");
}

#[tokio::test]
async fn plain_headers_with_consent_from_the_request() {
    let (layer, drops) = recording_layer();
    let app = Router::new().route("/", get(plain_headers)).layer(layer);
    let statistics = Consent::necessary_only().with(Category::Statistics);
    let response = call(
        app,
        request(
            "GET",
            "/",
            &[&format!("a=1; {}", consent_cookie(statistics))],
        ),
    )
    .await;
    assert_eq!(
        names(&set_cookies(&response)),
        [
            "sessionid",
            "_ga",
            "_pk_ses",
            "_ga_ABC123",
            "ad_id",
            "old_tracker"
        ]
    );
    let reasons: Vec<_> = drop_list(&drops).into_iter().map(|(_, r)| r).collect();
    assert_eq!(
        reasons,
        [
            DropReason::Undeclared,
            DropReason::NoConsent(Category::Marketing),
            DropReason::NoConsent(Category::Preferences),
            DropReason::Malformed
        ]
    );
}

#[tokio::test]
async fn consent_is_read_from_every_cookie_header_and_never_widened() {
    let app = || {
        Router::new()
            .route("/", get(plain_headers))
            .layer(shop::POLICY.layer())
    };
    // HTTP/2 may split cookies over several `Cookie` fields.
    let all = consent_cookie(Consent::all());
    let response = call(app(), request("GET", "/", &["a=1", &all, "b=2"])).await;
    assert!(names(&set_cookies(&response)).contains(&"lang"));
    // A planted second copy of the consent cookie cannot widen the consent.
    let marketing = consent_cookie(Consent::necessary_only().with(Category::Marketing));
    let response = call(app(), request("GET", "/", &[&all, &marketing])).await;
    let kept = set_cookies(&response);
    assert!(names(&kept).contains(&"ad_id"));
    assert!(!names(&kept).contains(&"lang") && !names(&kept).contains(&"_ga"));
    // An outdated or garbled consent is no consent.
    let response = call(
        app(),
        request("GET", "/", &["cookie_consent=v1.0.7; cookie_consent=junk"]),
    )
    .await;
    assert_eq!(
        names(&set_cookies(&response)),
        ["sessionid", "_pk_ses", "ad_id", "old_tracker"]
    );
}

#[tokio::test]
async fn non_utf8_values_and_several_cookies_of_one_name() {
    async fn handler() -> Response<Body> {
        let mut response = Response::new(Body::empty());
        let headers = response.headers_mut();
        for value in [
            &b"sessionid=\xff\xfe; HttpOnly"[..],
            b"ad_id=\xc3(",
            b"_pk_ses=1; Path=/a",
            b"_pk_ses=2; Path=/b",
            b"\xff=1",
        ] {
            headers.append(SET_COOKIE, HeaderValue::from_bytes(value).unwrap());
        }
        response
    }
    let (layer, drops) = recording_layer();
    let app = Router::new().route("/", get(handler)).layer(layer);
    let response = call(app, request("GET", "/", &[])).await;
    let kept: Vec<&[u8]> = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(HeaderValue::as_bytes)
        .collect();
    assert_eq!(
        kept,
        [
            &b"sessionid=\xff\xfe; HttpOnly"[..],
            b"_pk_ses=1; Path=/a",
            b"_pk_ses=2; Path=/b"
        ]
    );
    assert_eq!(
        drop_list(&drops),
        [
            (
                "ad_id".to_owned(),
                DropReason::NoConsent(Category::Marketing)
            ),
            ("\u{fffd}".to_owned(), DropReason::Malformed),
        ]
    );
}

// ---- axum-extra's CookieJar -------------------------------------------

async fn jar_page(jar: CookieJar) -> (CookieJar, &'static str) {
    let jar = jar
        .add(Cookie::new("sessionid", "s 1;2")) // value encoded by the jar
        .add(Cookie::new("cart|v2", "3 items")) // name encoded: cart%7Cv2
        .add(Cookie::new("_ga", "GA1"))
        .add(Cookie::new("_ga_X|Y", "GS1")) // _ga_X%7CY, covered by _ga_*
        .add(Cookie::new("ad_id", "77"))
        .add(Cookie::new("my tracker", "1")) // my%20tracker: undeclared
        .remove(Cookie::build("_ga_OLD").path("/")); // a deletion: always passes
    (jar, "ok")
}

fn jar_set_cookies(response: &Response<Body>) -> BTreeMap<String, String> {
    // The jar's delta is a hash set: compare by name.
    set_cookies(response)
        .into_iter()
        .map(|c| (c.split('=').next().unwrap_or_default().to_owned(), c))
        .collect()
}

#[tokio::test]
async fn axum_extra_cookie_jar_without_consent() {
    let (layer, drops) = recording_layer();
    let app = Router::new().route("/", get(jar_page)).layer(layer);
    // The jar only writes a removal cookie for a cookie the request had.
    let response = call(app, request("GET", "/", &["_ga_OLD=1"])).await;
    let kept = jar_set_cookies(&response);
    assert_eq!(
        kept.keys().map(String::as_str).collect::<Vec<_>>(),
        ["_ga_OLD", "cart%7Cv2", "sessionid"]
    );
    assert_eq!(kept["sessionid"], "sessionid=s%201%3B2");
    assert!(kept["_ga_OLD"].contains("Max-Age=0"));
    let mut dropped = drop_list(&drops);
    dropped.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        dropped,
        [
            (
                "_ga".to_owned(),
                DropReason::NoConsent(Category::Statistics)
            ),
            (
                "_ga_X|Y".to_owned(),
                DropReason::NoConsent(Category::Statistics)
            ),
            (
                "ad_id".to_owned(),
                DropReason::NoConsent(Category::Marketing)
            ),
            ("my tracker".to_owned(), DropReason::Undeclared),
        ]
    );
}

#[tokio::test]
async fn axum_extra_cookie_jar_with_consent() {
    let app = Router::new()
        .route("/", get(jar_page))
        .layer(shop::POLICY.layer());
    let cookie = consent_cookie(Consent::necessary_only().with(Category::Statistics));
    let response = call(app, request("GET", "/", &[&cookie, "_ga_OLD=1"])).await;
    let kept = jar_set_cookies(&response);
    assert_eq!(
        kept.keys().map(String::as_str).collect::<Vec<_>>(),
        ["_ga", "_ga_OLD", "_ga_X%7CY", "cart%7Cv2", "sessionid"]
    );
}

/// `POST /consent`: the consent cookie and the cookies it allows, in one response.
async fn jar_consent(jar: CookieJar) -> (StatusCode, CookieJar) {
    let consent = Consent::necessary_only().with(Category::Marketing);
    let value = shop::POLICY.consent_cookie_value(consent);
    let jar = jar
        .add(Cookie::new("ad_id", "welcome"))
        .add(Cookie::new("_ga", "GA1"))
        .add(Cookie::new("cookie_consent", value));
    (StatusCode::SEE_OTHER, jar)
}

#[tokio::test]
async fn consent_given_in_the_same_response() {
    let (layer, drops) = recording_layer();
    let app = Router::new()
        .route("/consent", post(jar_consent))
        .layer(layer);
    let response = call(app, request("POST", "/consent", &[])).await;
    let kept = jar_set_cookies(&response);
    assert_eq!(
        kept.keys().map(String::as_str).collect::<Vec<_>>(),
        ["ad_id", "cookie_consent"]
    );
    assert_eq!(
        drop_list(&drops),
        [(
            "_ga".to_owned(),
            DropReason::NoConsent(Category::Statistics)
        )]
    );
}

#[tokio::test]
async fn consent_withdrawn_in_the_same_response() {
    async fn withdraw() -> impl IntoResponse {
        let consent = Consent::necessary_only();
        let mut set = vec![(
            SET_COOKIE,
            shop::POLICY
                .consent_cookie_for(consent)
                .unwrap()
                .to_string(),
        )];
        // A handler that (wrongly) sets a marketing cookie as it withdraws...
        set.push((SET_COOKIE, "ad_id=again".to_owned()));
        // ... and correctly deletes the statistics one.
        set.push((SET_COOKIE, shop::GA.removal_cookie().to_string()));
        AppendHeaders(set)
    }
    let app = Router::new()
        .route("/consent", post(withdraw))
        .layer(shop::POLICY.layer());
    // The request still carries consent to everything.
    let all = consent_cookie(Consent::all());
    let response = call(app, request("POST", "/consent", &[&all])).await;
    assert_eq!(names(&set_cookies(&response)), ["cookie_consent", "_ga"]);
}

// ---- tower-cookies ---------------------------------------------------------

async fn tower_cookies_page(cookies: tower_cookies::Cookies) -> &'static str {
    use tower_cookies::Cookie;
    cookies.add(Cookie::new("sessionid", "s1"));
    cookies.add(Cookie::new("_pk_ses", "1"));
    cookies.add(Cookie::new("_ga_ABC", "GS1"));
    cookies.add(Cookie::new("lang", "fr"));
    cookies.add(Cookie::new("ad_id", "77"));
    // tower-cookies writes names as they are: a name with a space is not
    // a token, so the layer sees a malformed header.
    cookies.add(Cookie::new("my tracker", "1"));
    cookies.remove(Cookie::build(("ad_old", "")).path("/").build());
    "ok"
}

#[tokio::test]
async fn tower_cookies_inside_the_policy_layer() {
    let (layer, drops) = recording_layer();
    let app = Router::new()
        .route("/", get(tower_cookies_page))
        .layer(tower_cookies::CookieManagerLayer::new())
        .layer(layer); // outermost: sees the cookies the manager writes
    let preferences = consent_cookie(Consent::necessary_only().with(Category::Preferences));
    let response = call(app, request("GET", "/", &[&preferences, "ad_old=1"])).await;
    let kept = jar_set_cookies(&response);
    assert_eq!(
        kept.keys().map(String::as_str).collect::<Vec<_>>(),
        ["_pk_ses", "ad_old", "lang", "sessionid"]
    );
    let mut dropped = drop_list(&drops);
    dropped.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        dropped,
        [
            (
                "_ga_ABC".to_owned(),
                DropReason::NoConsent(Category::Statistics)
            ),
            (
                "ad_id".to_owned(),
                DropReason::NoConsent(Category::Marketing)
            ),
            ("my tracker".to_owned(), DropReason::Malformed),
        ]
    );
}

// ---- placement -------------------------------------------------------------

/// A middleware that sets its own cookies and a header around the handler's.
async fn analytics_middleware(request: Request<Body>, next: Next) -> Response<Body> {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.append(SET_COOKIE, HeaderValue::from_static("_ga=from-middleware"));
    headers.append(SET_COOKIE, HeaderValue::from_static("mw_tracker=1"));
    headers.insert("x-middleware", HeaderValue::from_static("yes"));
    response
}

async fn api() -> impl IntoResponse {
    AppendHeaders([(SET_COOKIE, "sessionid=api"), (SET_COOKIE, "ad_id=api")])
}

#[tokio::test]
async fn around_nested_routers_and_other_layers() {
    let (layer, drops) = recording_layer();
    let api_routes = Router::new()
        .route("/items", get(api))
        .layer(middleware::from_fn(analytics_middleware));
    let app = Router::new()
        .route("/", get(plain_headers))
        .nest("/api", api_routes)
        .fallback(|| async { (StatusCode::NOT_FOUND, AppendHeaders([(SET_COOKIE, "nf=1")])) })
        .layer(layer)
        .layer(middleware::from_fn(
            |request: Request<Body>, next: Next| async move {
                // An outer layer sees the filtered response: never the
                // undeclared cookie.
                let mut response = next.run(request).await;
                let undeclared = response
                    .headers()
                    .get_all(SET_COOKIE)
                    .iter()
                    .filter(|c| c.as_bytes().starts_with(b"mw_tracker"))
                    .count();
                response
                    .headers_mut()
                    .insert("x-undeclared-seen", undeclared.into());
                response
            },
        ));

    let response = call(app.clone(), request("GET", "/api/items", &[])).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(names(&set_cookies(&response)), ["sessionid"]);
    assert_eq!(response.headers()["x-middleware"], "yes");
    assert_eq!(response.headers()["x-undeclared-seen"], "0");
    assert_eq!(
        drop_list(&drops),
        [
            (
                "ad_id".to_owned(),
                DropReason::NoConsent(Category::Marketing)
            ),
            (
                "_ga".to_owned(),
                DropReason::NoConsent(Category::Statistics)
            ),
            ("mw_tracker".to_owned(), DropReason::Undeclared),
        ]
    );

    let response = call(app.clone(), request("GET", "/nowhere", &[])).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(set_cookies(&response).is_empty());

    let all = consent_cookie(Consent::all());
    let response = call(app, request("GET", "/api/items", &[&all])).await;
    assert_eq!(
        names(&set_cookies(&response)),
        ["sessionid", "ad_id", "_ga"]
    );
    assert_eq!(response.headers()["x-undeclared-seen"], "0");
}

#[tokio::test]
async fn on_a_nested_router_only() {
    let app = Router::new()
        .route("/", get(plain_headers)) // not covered
        .nest(
            "/api",
            Router::new()
                .route("/items", get(api))
                .layer(shop::POLICY.layer()),
        );
    let response = call(app.clone(), request("GET", "/api/items", &[])).await;
    assert_eq!(names(&set_cookies(&response)), ["sessionid"]);
    let response = call(app, request("GET", "/", &[])).await;
    assert_eq!(set_cookies(&response).len(), 10);
}

#[tokio::test]
async fn with_route_layer_and_a_service_builder_stack() {
    let app = Router::new().route("/", get(plain_headers)).route_layer(
        tower::ServiceBuilder::new()
            .layer(shop::POLICY.layer())
            .layer(middleware::from_fn(analytics_middleware)),
    );
    let response = call(app, request("GET", "/", &[])).await;
    assert_eq!(
        names(&set_cookies(&response)),
        ["sessionid", "_pk_ses", "ad_id", "old_tracker"]
    );
    assert_eq!(response.headers()["x-middleware"], "yes");
}
