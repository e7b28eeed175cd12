//! `cookie_policy::axum`: the extractors, Global Privacy Control, the four
//! routes, and the security of the consent endpoint (cross-site requests,
//! open redirects, malformed and oversized bodies, unknown categories), in
//! an axum app, request by request (no network); and the layer around the
//! whole router, also served by `axum::serve` on a real socket.

use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::header::{
    ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, COOKIE, HOST, LOCATION, ORIGIN, REFERER,
    SET_COOKIE, VARY,
};
use axum::http::{Request, Response, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use cookie_policy::axum::{routes, Choice, ChoiceSource, OnChoice};
use cookie_policy::http::RequestConsent;
use cookie_policy::{Category, Consent, ConsentStatus};
use cookie_policy_tests::site;
use tower::ServiceExt;

/// The choices the endpoint reported.
type Choices = Arc<Mutex<Vec<Choice>>>;

/// A handler that shows what the extractors give it.
async fn whoami(consent: Consent, status: ConsentStatus, read: RequestConsent) -> String {
    let names = |c: Consent| c.categories().map(Category::as_str).collect::<Vec<_>>();
    let status = match status {
        ConsentStatus::Given(given) => format!("given {:?}", names(given)),
        ConsentStatus::Missing => "missing".to_string(),
        other => format!("{other:?}"),
    };
    format!(
        "consent={:?} status={status} gpc={}",
        names(consent),
        read.gpc()
    )
}

/// The site: a handler using the extractors, the routes (reporting every
/// choice to `choices`), the layer around everything.
fn app(choices: &Choices) -> Router {
    site_routes(choices).layer(site::POLICY.layer())
}

/// The routes of [`app`] without the layer.
fn site_routes(choices: &Choices) -> Router {
    let log = Arc::clone(choices);
    Router::new()
        .route("/whoami", get(whoami))
        .merge(routes(&site::POLICY).on_choice(move |choice| log.lock().unwrap().push(*choice)))
}

fn send<S>(app: S, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String)
where
    S: tower::Service<Request<Body>, Response = Response<Body>, Error = std::convert::Infallible>,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let response: Response<Body> = app.oneshot(request).await.unwrap();
        let (parts, body) = response.into_parts();
        let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        (
            parts.status,
            parts.headers,
            String::from_utf8(body.to_vec()).unwrap(),
        )
    })
}

fn consent_cookie(consent: Consent) -> String {
    format!("consent={}", site::POLICY.consent_cookie_value(consent))
}

fn set_cookies(headers: &axum::http::HeaderMap) -> Vec<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

/// The consent a response's `Set-Cookie` stores, if it sets one.
fn stored(headers: &axum::http::HeaderMap) -> Option<Consent> {
    set_cookies(headers)
        .iter()
        .find(|c| c.starts_with("consent="))
        .map(|c| {
            let value = c.split(';').next().unwrap().trim();
            site::POLICY.consent_from_cookie_header(value)
        })
}

/// A same-origin form post (as the policy page's form sends it).
fn form(body: &str) -> axum::http::request::Builder {
    Request::post("/cookies/consent")
        .header(HOST, "www.example.org")
        .header(ORIGIN, "https://www.example.org")
        .header("sec-fetch-site", "same-origin")
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(REFERER, "https://www.example.org/cookies?lang=de")
        .header(CONTENT_LENGTH_NAME, body.len())
}

const CONTENT_LENGTH_NAME: axum::http::HeaderName = axum::http::header::CONTENT_LENGTH;

fn json() -> axum::http::request::Builder {
    Request::post("/cookies/consent")
        .header(HOST, "www.example.org")
        .header(ORIGIN, "https://www.example.org")
        .header("sec-fetch-site", "same-origin")
        .header(CONTENT_TYPE, "application/json")
}

// ---- the extractors and GPC -------------------------------------------------

#[test]
fn the_extractors_read_what_the_layer_stored() {
    let choices = Choices::default();
    let statistics = Consent::necessary_only().with(Category::Statistics);
    let request = Request::get("/whoami")
        .header(COOKIE, format!("sid=1; {}", consent_cookie(statistics)))
        .body(Body::empty())
        .unwrap();
    let (status, _, body) = send(app(&choices), request);
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body,
        "consent=[\"necessary\", \"statistics\"] status=given [\"necessary\", \"statistics\"] gpc=false"
    );

    let request = Request::get("/whoami").body(Body::empty()).unwrap();
    let (_, _, body) = send(app(&choices), request);
    assert_eq!(body, "consent=[\"necessary\"] status=missing gpc=false");
}

#[test]
fn without_the_layer_the_extractors_answer_a_clear_500() {
    let app: Router = Router::new().route("/whoami", get(whoami));
    let (status, _, body) = send(app, Request::get("/whoami").body(Body::empty()).unwrap());
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(body.contains(".layer(POLICY.layer())"), "{body}");
}

#[test]
fn gpc_refuses_marketing_in_the_extractors_and_the_layer() {
    async fn ads(consent: Consent) -> impl IntoResponse {
        // A careless handler: sets the marketing cookie whatever it got.
        let _ = consent;
        axum::response::AppendHeaders([
            (SET_COOKIE, "ad_id=1; Max-Age=60; HttpOnly"),
            (SET_COOKIE, "_pk_id=2; Max-Age=60"),
        ])
    }
    let app = |layer: cookie_policy::http::CookiePolicyLayer| {
        Router::new()
            .route("/whoami", get(whoami))
            .route("/ads", get(ads))
            .layer(layer)
    };
    let everything = || {
        Request::get("/whoami")
            .header(COOKIE, consent_cookie(Consent::all()))
            .header("sec-gpc", "1")
    };
    let (_, _, body) = send(
        app(site::POLICY.layer()),
        everything().body(Body::empty()).unwrap(),
    );
    assert_eq!(
        body,
        "consent=[\"necessary\", \"preferences\", \"statistics\"] \
         status=given [\"necessary\", \"preferences\", \"statistics\"] gpc=true"
    );
    let ads_request = || {
        Request::get("/ads")
            .header(COOKIE, consent_cookie(Consent::all()))
            .header("sec-gpc", "1")
            .body(Body::empty())
            .unwrap()
    };
    let (_, headers, _) = send(app(site::POLICY.layer()), ads_request());
    assert_eq!(set_cookies(&headers), ["_pk_id=2; Max-Age=60"]);
    // Configurable: statistics too, or nothing.
    let strict = site::POLICY
        .layer()
        .gpc_refuses([Category::Marketing, Category::Statistics]);
    let (_, headers, _) = send(app(strict), ads_request());
    assert!(set_cookies(&headers).is_empty());
    let (_, headers, _) = send(app(site::POLICY.layer().gpc_refuses([])), ads_request());
    assert_eq!(set_cookies(&headers).len(), 2);
}

// ---- GET /cookies -----------------------------------------------------------

fn page(accept_language: Option<&str>, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut request = Request::get(uri);
    if let Some(value) = accept_language {
        request = request.header(ACCEPT_LANGUAGE, value);
    }
    send(
        app(&Choices::default()),
        request.body(Body::empty()).unwrap(),
    )
}

#[test]
fn the_page_is_in_the_best_declared_language() {
    for (accept, uri, expected) in [
        (Some("de-DE,de;q=0.9,en;q=0.8"), "/cookies", "de"),
        (Some("fr;q=0.4, de;q=0.3, en;q=0.2"), "/cookies", "fr"),
        (Some("en;q=0.1, fr;q=0.9"), "/cookies", "fr"),
        (Some("pl, ja"), "/cookies", "en"),
        (None, "/cookies", "en"),
        (Some("de"), "/cookies?lang=fr", "fr"),
        (Some("de"), "/cookies?lang=pl", "de"),
        (Some("fr;q=0, *"), "/cookies", "en"),
    ] {
        let (status, headers, body) = page(accept, uri);
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers[CONTENT_LANGUAGE], expected, "{accept:?} {uri}");
        assert_eq!(headers[VARY], "Accept-Language");
        assert!(headers[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"));
        assert!(
            body.contains(&format!("<html lang=\"{expected}\">")),
            "{accept:?} {uri}"
        );
    }
    let (_, _, german) = page(Some("de"), "/cookies");
    assert!(german.contains("Ihre Auswahl"));
    assert!(german.contains("Auswahl speichern"));
}

#[test]
fn the_page_shows_the_choice_and_a_form_without_javascript() {
    let statistics = Consent::necessary_only().with(Category::Statistics);
    let request = Request::get("/cookies")
        .header(COOKIE, consent_cookie(statistics))
        .body(Body::empty())
        .unwrap();
    let (_, _, body) = send(app(&Choices::default()), request);
    assert!(body.contains("You have accepted: statistics."), "{body}");
    assert!(body.contains("<form method=\"post\" action=\"cookies/consent\""));
    assert!(!body.contains("<script"), "works without JavaScript");
    // One checkbox per category that needs consent, the current choice checked.
    for (name, checked) in [
        ("preferences", false),
        ("statistics", true),
        ("marketing", false),
    ] {
        let input = format!(
            "name=\"{name}\" id=\"cookie-policy-{name}-choice\" value=\"on\"{}>",
            if checked { " checked" } else { "" }
        );
        assert!(body.contains(&input), "{input}");
    }
    assert!(!body.contains("name=\"necessary\""));
    assert!(body.contains("This site honours Global Privacy Control"));
    assert!(!body.contains("Your browser sends it."));

    let request = Request::get("/cookies")
        .header(COOKIE, consent_cookie(Consent::all()))
        .header("sec-gpc", "1")
        .body(Body::empty())
        .unwrap();
    let (_, _, body) = send(app(&Choices::default()), request);
    assert!(body.contains("Your browser sends it."));
    assert!(body.contains(
        "name=\"marketing\" id=\"cookie-policy-marketing-choice\" value=\"on\" disabled>"
    ));
    assert!(body.contains("You have accepted: preferences and statistics."));
}

#[test]
fn the_json_and_the_banner_script_are_served() {
    let (status, headers, body) = page(None, "/cookies.json");
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[CONTENT_TYPE], "application/json");
    assert_eq!(body, site::POLICY.to_json());

    let (status, headers, script) = page(None, "/cookies/banner.js");
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[CONTENT_TYPE], "text/javascript; charset=utf-8");
    assert!(script.starts_with(cookie_policy::render::COOKIECONSENT_ADAPTER_JS));
    assert!(script.contains("var endpoint = \"/cookies/consent\";"));
    assert!(script.contains("\"useLocalStorage\": true"));
    assert!(script.contains("window.gtag('consent', 'update', update)"));
}

// ---- POST /cookies/consent --------------------------------------------------

#[test]
fn a_form_sets_the_consent_cookie_removes_the_refused_and_goes_back() {
    let choices = Choices::default();
    let request = form("statistics=on&preferences=on")
        .header(
            COOKIE,
            format!(
                "sid=1; {}; _ga_ABC=1; _ga_DEF=2; _ga_ABC=3; _pk_ses=1",
                consent_cookie(Consent::all())
            ),
        )
        .body(Body::from("statistics=on&preferences=on"))
        .unwrap();
    let (status, headers, _) = send(app(&choices), request);
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[LOCATION], "/cookies?lang=de");
    let expected = Consent::from_categories([Category::Statistics, Category::Preferences]);
    assert_eq!(stored(&headers), Some(expected));
    let set = set_cookies(&headers);
    let consent = &set[0];
    assert!(consent.contains("Max-Age=15552000"), "{consent}");
    // Marketing refused: both first-party marketing cookies removed, with
    // their declared attributes (HttpOnly; Path and Domain); the third
    // party's cannot be, and is not tried.
    assert_eq!(
        set[1..],
        [
            "ad_id=; HttpOnly; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
            "shop_ad=; Path=/shop; Domain=example.org; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        ]
    );
    let reported = choices.lock().unwrap().clone();
    assert_eq!(reported.len(), 1);
    assert_eq!(reported[0].previous(), ConsentStatus::Given(Consent::all()));
    assert_eq!(reported[0].consent(), expected);
    assert_eq!(reported[0].revision(), site::POLICY.revision());
    assert_eq!(reported[0].source(), ChoiceSource::Form);
    assert!(!reported[0].gpc());
}

#[test]
fn refusing_statistics_removes_every_concrete_name_of_its_pattern() {
    let request = json()
        .header(COOKIE, "_ga_ABC=1; _ga_DEF=2; _ga_ABC=3; _pk_ses=1; _gax=1")
        .body(Body::from(r#"{"accept": ["marketing"]}"#))
        .unwrap();
    let (status, headers, body) = send(app(&Choices::default()), request);
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    assert!(body.is_empty());
    let names: Vec<String> = set_cookies(&headers)
        .iter()
        .map(|c| c.split('=').next().unwrap().to_string())
        .collect();
    // The consent, then preferences and statistics removed: theme, _pk_id,
    // and each _ga_* the request carries (once each); never the
    // anonymized _pk_ses, the unrelated _gax or a marketing cookie.
    assert_eq!(names, ["consent", "theme", "_pk_id", "_ga_ABC", "_ga_DEF"]);
}

#[test]
fn json_from_the_banner_is_reported_as_such() {
    let choices = Choices::default();
    let request = json()
        .body(Body::from(
            r#"{"accept": ["necessary", "statistics"], "source": "banner"}"#,
        ))
        .unwrap();
    let (status, headers, _) = send(app(&choices), request);
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        stored(&headers),
        Some(Consent::necessary_only().with(Category::Statistics))
    );
    let reported = choices.lock().unwrap();
    assert_eq!(reported[0].source(), ChoiceSource::Banner);
    assert_eq!(reported[0].previous(), ConsentStatus::Missing);
}

#[test]
fn gpc_caps_what_the_endpoint_stores() {
    let choices = Choices::default();
    let request = json()
        .header("sec-gpc", "1")
        .body(Body::from(
            r#"{"accept": ["preferences", "statistics", "marketing"]}"#,
        ))
        .unwrap();
    let (_, headers, _) = send(app(&choices), request);
    assert_eq!(
        stored(&headers),
        Some(Consent::all().without(Category::Marketing))
    );
    assert!(set_cookies(&headers)
        .iter()
        .any(|c| c.starts_with("ad_id=;")));
    assert!(choices.lock().unwrap()[0].gpc());
}

#[test]
fn staging_hosts_and_localhost_are_the_same_origin() {
    for (host, origin) in [
        ("staging.example.net", "https://staging.example.net"),
        ("localhost:3000", "http://localhost:3000"),
        ("127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("www.example.org:443", "https://www.example.org"),
        ("other.example", "https://www.example.org"), // the declared site
    ] {
        let request = Request::post("/cookies/consent")
            .header(HOST, host)
            .header(ORIGIN, origin)
            .header(REFERER, format!("{origin}/shop/basket"))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("marketing=on"))
            .unwrap();
        let (status, headers, body) = send(app(&Choices::default()), request);
        assert_eq!(status, StatusCode::SEE_OTHER, "{host} {origin}: {body}");
        assert_eq!(headers[LOCATION], "/shop/basket");
    }
}

// ---- security ---------------------------------------------------------------

/// Asserts that a refused request changed nothing: no cookie set, no
/// choice reported, and a message.
fn refused(request: Request<Body>, expected: StatusCode) -> String {
    let choices = Choices::default();
    let (status, headers, body) = send(app(&choices), request);
    assert_eq!(status, expected, "{body}");
    assert!(headers.get_all(SET_COOKIE).iter().next().is_none());
    assert!(choices.lock().unwrap().is_empty());
    assert!(!body.trim().is_empty(), "a message");
    body
}

#[test]
fn a_cross_site_post_is_refused_and_changes_nothing() {
    // A hostile page posting "accept marketing" for the visitor.
    let hostile = |build: fn(axum::http::request::Builder) -> axum::http::request::Builder| {
        let request = Request::post("/cookies/consent")
            .header(HOST, "www.example.org")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(COOKIE, consent_cookie(Consent::necessary_only()));
        build(request)
            .body(Body::from("marketing=on&statistics=on"))
            .unwrap()
    };
    for build in [
        (|r: axum::http::request::Builder| r.header("sec-fetch-site", "cross-site")) as fn(_) -> _,
        |r| r.header(ORIGIN, "https://evil.example"),
        |r| {
            r.header(ORIGIN, "https://evil.example")
                .header("sec-fetch-site", "same-site")
        },
        |r| r.header(ORIGIN, "https://www.example.org.evil.example"),
        |r| r.header(ORIGIN, "http://www.example.org:8443"),
        |r| r.header(ORIGIN, "null"),
        |r| {
            r.header(ORIGIN, "https://www.example.org")
                .header("sec-fetch-site", "cross-site")
        },
    ] {
        let body = refused(hostile(build), StatusCode::FORBIDDEN);
        assert!(
            body.contains("cannot change the visitor's consent"),
            "{body}"
        );
    }
}

#[test]
fn a_foreign_referer_never_becomes_the_redirect_target() {
    for referer in [
        "https://evil.example/phish",
        "https://www.example.org.evil.example/",
        "//evil.example/",
        "https://www.example.org//evil.example/",
        "https://www.example.org/\\evil.example/",
        "javascript:alert(1)",
        "not a url",
    ] {
        let request = Request::post("/cookies/consent")
            .header(HOST, "www.example.org")
            .header(REFERER, referer)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("statistics=on"))
            .unwrap();
        let (status, headers, _) = send(app(&Choices::default()), request);
        assert_eq!(status, StatusCode::SEE_OTHER, "{referer}");
        assert_eq!(headers[LOCATION], "/", "{referer}");
    }
}

/// Found by the fuzz target `consent_endpoint`: a `Referer` of the site
/// whose query carries raw non-ASCII bytes (`obs-text`, which no browser
/// sends but a header may hold, and `http`'s URI parser keeps in a query)
/// went into `Location` as they were.
#[test]
fn a_referer_with_raw_bytes_redirects_to_its_path_percent_encoded() {
    let referer =
        axum::http::HeaderValue::from_bytes(b"https://www.example.org/shop?q=caf\xc3\xa9&lang=de")
            .unwrap();
    let request = Request::post("/cookies/consent")
        .header(HOST, "www.example.org")
        .header(REFERER, referer)
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("statistics=on"))
        .unwrap();
    let (status, headers, _) = send(app(&Choices::default()), request);
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[LOCATION], "/shop?q=caf%C3%A9&lang=de");
}

#[test]
fn a_malformed_body_is_a_400_with_a_message() {
    for (content_type, body, says) in [
        ("application/json", "{", "could not be read"),
        ("application/json", "[\"statistics\"]", "not an object"),
        (
            "application/json",
            "{\"accept\": \"statistics\"}",
            "not an array",
        ),
        (
            "application/json",
            "{\"accept\": [1]}",
            "something else than a string",
        ),
        ("application/json", "{}", "no \"accept\""),
        (
            "application/x-www-form-urlencoded",
            "statistics=%FF",
            "not UTF-8",
        ),
        (
            "application/x-www-form-urlencoded",
            "statistics=on&%zz=1",
            "a `%` not followed",
        ),
        (
            "application/x-www-form-urlencoded",
            "statistics",
            "without `=`",
        ),
        ("text/plain", "statistics=on", "expected a form"),
    ] {
        let request = Request::post("/cookies/consent")
            .header(CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .unwrap();
        let message = refused(request, StatusCode::BAD_REQUEST);
        assert!(message.contains(says), "{body}: {message}");
    }
    let request = Request::post("/cookies/consent")
        .body(Body::from("statistics=on"))
        .unwrap();
    assert!(refused(request, StatusCode::BAD_REQUEST).contains("no Content-Type"));
}

#[test]
fn an_oversized_body_is_a_413_with_a_message() {
    let big = format!(
        "statistics=on&pad={}",
        "x".repeat(cookie_policy::axum::MAX_BODY)
    );
    // Announced by Content-Length ...
    let request = form(&big).body(Body::from(big.clone())).unwrap();
    let message = refused(request, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(message.contains("4096 bytes"), "{message}");
    // ... and streamed without one.
    let chunks: Vec<Result<String, std::io::Error>> = big
        .as_bytes()
        .chunks(100)
        .map(|c| Ok(String::from_utf8(c.to_vec()).unwrap()))
        .collect();
    let request = Request::post("/cookies/consent")
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from_stream(futures_stream(chunks)))
        .unwrap();
    refused(request, StatusCode::PAYLOAD_TOO_LARGE);
}

/// A stream of `items` (tokio-stream-free).
fn futures_stream<T: Send + Unpin + 'static>(
    items: Vec<T>,
) -> impl futures_core::Stream<Item = T> + Send + 'static {
    struct Items<T>(std::vec::IntoIter<T>);
    impl<T> futures_core::Stream for Items<T>
    where
        T: Unpin,
    {
        type Item = T;
        fn poll_next(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<T>> {
            std::task::Poll::Ready(self.0.next())
        }
    }
    Items(items.into_iter())
}

#[test]
fn unknown_category_names_never_widen_the_consent() {
    for body in [
        "necessary=on&marketing=off&everything=on&ads=on",
        "Marketing=on&MARKETING=on&marketing%20=on&marketing=&statistics=0",
    ] {
        let request = form(body).body(Body::from(body)).unwrap();
        let (status, headers, _) = send(app(&Choices::default()), request);
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(stored(&headers), Some(Consent::necessary_only()), "{body}");
    }
    let request = json()
        .body(Body::from(
            r#"{"accept": ["all", "Marketing", "ads", "*", "statistics "], "marketing": true}"#,
        ))
        .unwrap();
    let (_, headers, _) = send(app(&Choices::default()), request);
    assert_eq!(stored(&headers), Some(Consent::necessary_only()));
}

#[test]
fn a_failing_record_is_a_503_that_changes_nothing() {
    let app: Router = Router::new()
        .merge(
            routes(&site::POLICY)
                .on_choice_async(|_| async { Err::<(), _>("the database is down".into()) }),
        )
        .layer(site::POLICY.layer());
    let request = json()
        .body(Body::from(r#"{"accept": ["statistics"]}"#))
        .unwrap();
    let (status, headers, body) = send(app, request);
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains("the database is down"), "{body}");
    assert!(headers.get(SET_COOKIE).is_none());
}

#[test]
fn the_last_callback_given_is_the_one_called() {
    let first = Choices::default();
    let second = Choices::default();
    let (a, b) = (Arc::clone(&first), Arc::clone(&second));
    let app: Router = routes(&site::POLICY)
        .on_choice(move |c| a.lock().unwrap().push(*c))
        .on_choice(move |c| b.lock().unwrap().push(*c));
    let request = json().body(Body::from(r#"{"accept": []}"#)).unwrap();
    let (status, _, _) = send(app, request);
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(first.lock().unwrap().is_empty());
    assert_eq!(second.lock().unwrap().len(), 1);
}

// ---- the layer around the whole router ----------------------------------------

/// A handler setting the marketing cookie `ad_id`, for the routes and the
/// fallback below.
async fn sets_an_ad() -> impl IntoResponse {
    axum::response::AppendHeaders([(SET_COOKIE, "ad_id=1; Path=/")])
}

fn get_with(uri: &str, cookie: &str) -> Request<Body> {
    Request::get(uri)
        .header(COOKIE, cookie)
        .body(Body::empty())
        .unwrap()
}

/// The app of [`app`] and a route and a fallback setting `ad_id`, with the
/// policy's layer applied around the whole router.
fn around(choices: &Choices) -> cookie_policy::http::CookiePolicyService<Router> {
    use tower::Layer;
    let router = site_routes(choices)
        .nest("/shop", Router::new().route("/whoami", get(whoami)))
        .fallback(sets_an_ad)
        .route("/late", get(sets_an_ad));
    site::POLICY.layer().layer(router)
}

#[test]
fn around_the_router_the_layer_covers_every_route_nested_ones_and_the_fallback() {
    let nothing = consent_cookie(Consent::necessary_only());
    let marketing = consent_cookie(Consent::necessary_only().with(Category::Marketing));
    // `Router::layer` covers the routes that exist when it is called, not
    // those added after it (axum's rule): why the README wraps the router.
    let layered_early = Router::new()
        .route("/whoami", get(whoami))
        .layer(site::POLICY.layer())
        .route("/late", get(sets_an_ad));
    let (_, headers, _) = send(layered_early, get_with("/late", &nothing));
    assert_eq!(set_cookies(&headers), ["ad_id=1; Path=/"]);

    let choices = Choices::default();
    for uri in ["/late", "/nowhere"] {
        let (_, headers, _) = send(around(&choices), get_with(uri, &nothing));
        assert!(set_cookies(&headers).is_empty(), "{uri}: {headers:?}");
        let (_, headers, _) = send(around(&choices), get_with(uri, &marketing));
        assert_eq!(set_cookies(&headers), ["ad_id=1; Path=/"], "{uri}");
    }
    for uri in ["/whoami", "/shop/whoami"] {
        let (status, _, body) = send(around(&choices), get_with(uri, &marketing));
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert_eq!(
            body,
            "consent=[\"necessary\", \"marketing\"] status=given [\"necessary\", \"marketing\"] gpc=false",
            "{uri}"
        );
    }
    let request = form("statistics=on")
        .body(Body::from("statistics=on"))
        .unwrap();
    let (status, headers, _) = send(around(&choices), request);
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        stored(&headers),
        Some(Consent::necessary_only().with(Category::Statistics))
    );
    assert_eq!(choices.lock().unwrap().len(), 1);
}

#[test]
fn the_wrapped_router_is_served_by_axum_serve() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let app = around(&Choices::default());
        tokio::spawn(async move {
            let app = axum::ServiceExt::<Request<Body>>::into_make_service(app);
            axum::serve(listener, app)
                .await
                .unwrap()
        });
        let ask = |cookie: String| async move {
            let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
            let request = format!(
                "GET /nowhere HTTP/1.1\r\nHost: www.example.org\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
            );
            stream.write_all(request.as_bytes()).await.unwrap();
            let mut answer = String::new();
            stream.read_to_string(&mut answer).await.unwrap();
            answer.to_ascii_lowercase()
        };
        let refused = ask(consent_cookie(Consent::necessary_only())).await;
        assert!(refused.starts_with("http/1.1 200"), "{refused}");
        assert!(!refused.contains("set-cookie"), "{refused}");
        let accepted = ask(consent_cookie(Consent::all())).await;
        assert!(accepted.contains("\r\nset-cookie: ad_id=1; path=/\r\n"), "{accepted}");
    });
}

// ---- properties -------------------------------------------------------------

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    #[test]
    fn any_accept_language_gives_a_declared_language(
        header in proptest::collection::vec(proptest::sample::select(&b"defrnpl-_*;q=0.15, \t"[..]), 0..40),
    ) {
        let header = String::from_utf8(header).unwrap();
        let (status, headers, _) = page(Some(&header), "/cookies");
        proptest::prop_assert_eq!(status, StatusCode::OK);
        let lang = headers[CONTENT_LANGUAGE].to_str().unwrap().to_string();
        proptest::prop_assert!(site::POLICY.languages().contains(&lang.as_str()), "{}", lang);
    }

    #[test]
    fn any_body_is_answered_and_grants_only_what_it_names(
        body in proptest::collection::vec(proptest::sample::select(&b"statisticmarkg=&on%7B}[]\":, "[..]), 0..64),
        as_json in proptest::bool::ANY,
    ) {
        let content_type = if as_json { "application/json" } else { "application/x-www-form-urlencoded" };
        let text = String::from_utf8_lossy(&body).into_owned();
        let request = Request::post("/cookies/consent")
            .header(CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .unwrap();
        let (status, headers, _) = send(app(&Choices::default()), request);
        proptest::prop_assert!(
            [StatusCode::SEE_OTHER, StatusCode::NO_CONTENT, StatusCode::BAD_REQUEST].contains(&status),
            "{}", status
        );
        match stored(&headers) {
            Some(consent) => {
                for category in consent.categories().filter(|c| *c != Category::Necessary) {
                    proptest::prop_assert!(text.contains(category.as_str()), "{:?} from {:?}", category, text);
                }
            }
            None => proptest::prop_assert_eq!(status, StatusCode::BAD_REQUEST),
        }
    }
}
