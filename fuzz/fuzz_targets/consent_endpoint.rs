//! Fuzzes what `cookie_policy::axum::routes` reads of a request: the consent
//! endpoint's body (a form or JSON) and headers (`Origin`, `Referer`,
//! `Sec-Fetch-Site`, `Sec-GPC`, `Cookie`), and the policy page's
//! `Accept-Language` and `?lang=`, through the routes and the layer.
//! Never a panic or a 500; every answer is one the contract allows; a
//! redirect is always a path on this host; a consent is granted only for
//! the categories the body names, never to a foreign origin, never
//! marketing under GPC.
//!
//! The input: a first byte choosing the body's type, then `\n`-separated
//! header values (Accept-Language, Origin, Referer, Sec-Fetch-Site,
//! Sec-GPC, Cookie, the page's query), then the body.
//!
//! `cargo +nightly fuzz run consent_endpoint corpus/consent_endpoint seeds/consent_endpoint`

#![no_main]

use std::sync::OnceLock;

use axum::body::Body;
use cookie_policy::Category;
use http::header::{
    ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, COOKIE, HOST, LOCATION, ORIGIN, REFERER,
    SET_COOKIE,
};
use http::{HeaderValue, Request, StatusCode};
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

include!("policy.rs");

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
    })
}

fn app() -> axum::Router {
    cookie_policy::axum::routes(&site::POLICY).layer(site::POLICY.layer())
}

/// `value` as a header value, when it is a valid one.
fn header(value: &[u8]) -> Option<HeaderValue> {
    HeaderValue::from_bytes(value).ok()
}

/// Whether `origin` is `http`/`https` on `www.example.org` at the scheme's
/// default port: the declared site or the request's own `Host`.
fn is_this_site(origin: &[u8]) -> bool {
    let Ok(uri) = http::Uri::try_from(origin) else {
        return false;
    };
    let default = match uri.scheme_str().map(str::to_ascii_lowercase).as_deref() {
        Some("http") => 80,
        Some("https") => 443,
        _ => return false,
    };
    uri.host()
        .is_some_and(|host| host.eq_ignore_ascii_case("www.example.org"))
        && uri.port_u16().unwrap_or(default) == default
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else {
        return;
    };
    let mut parts = rest.splitn(8, |b| *b == b'\n');
    let mut next = || parts.next().unwrap_or_default();
    let (accept, origin, referer, fetch_site, gpc, cookie, query) =
        (next(), next(), next(), next(), next(), next(), next());
    let body = next().to_vec();
    let content_type = match kind % 3 {
        0 => "application/x-www-form-urlencoded",
        1 => "application/json",
        _ => "text/plain",
    };

    // The consent endpoint.
    let mut request = Request::post("/cookies/consent")
        .header(HOST, "www.example.org")
        .header(CONTENT_TYPE, content_type);
    for (name, value) in [
        (ORIGIN.as_str(), origin),
        (REFERER.as_str(), referer),
        ("sec-fetch-site", fetch_site),
        ("sec-gpc", gpc),
        (COOKIE.as_str(), cookie),
    ] {
        if let (false, Some(value)) = (value.is_empty(), header(value)) {
            request = request.header(name, value);
        }
    }
    let request = request.body(Body::from(body.clone())).expect("a request");
    let headers = request.headers().clone();
    let response = runtime()
        .block_on(app().oneshot(request))
        .expect("infallible");
    let status = response.status();
    assert!(
        [
            StatusCode::SEE_OTHER,
            StatusCode::NO_CONTENT,
            StatusCode::BAD_REQUEST,
            StatusCode::FORBIDDEN,
            StatusCode::PAYLOAD_TOO_LARGE,
        ]
        .contains(&status),
        "{status}"
    );
    if let Some(location) = response.headers().get(LOCATION) {
        let location = location.to_str().expect("ASCII");
        assert!(
            location.starts_with('/')
                && !location.starts_with("//")
                && !location.starts_with("/\\"),
            "{location:?}"
        );
    }
    let set: Vec<String> = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().expect("ASCII").to_string())
        .collect();
    if let Some(stored) = set.iter().find(|c| c.starts_with("choices=")) {
        assert!(status == StatusCode::SEE_OTHER || status == StatusCode::NO_CONTENT);
        let value = stored.split(';').next().unwrap_or_default();
        let consent = site::POLICY.consent_from_cookie_header(value);
        let text = String::from_utf8_lossy(&body);
        for category in consent.categories().filter(|c| *c != Category::Necessary) {
            assert!(text.contains(category.as_str()), "{category} from {text:?}");
        }
        if headers
            .get("sec-gpc")
            .is_some_and(|v| v.as_bytes().trim_ascii() == b"1")
        {
            assert!(!consent.allows(Category::Marketing));
        }
        // A browser's request from another origin never gets here.
        for origin in headers.get_all(ORIGIN) {
            let origin = origin.as_bytes().trim_ascii();
            assert!(
                origin == b"null" || is_this_site(origin),
                "{:?}",
                String::from_utf8_lossy(origin)
            );
        }
    } else {
        assert!(set.is_empty(), "cookies without a choice: {set:?}");
    }

    // The policy page.
    let mut uri = String::from("/cookies");
    if let Ok(query) = std::str::from_utf8(query) {
        if !query.is_empty() && query.bytes().all(|b| b.is_ascii_graphic() && b != b'#') {
            uri = format!("/cookies?{query}");
        }
    }
    let Ok(mut page) = Request::get(uri.as_str()).body(Body::empty()) else {
        return;
    };
    if let Some(value) = header(accept) {
        page.headers_mut().insert(ACCEPT_LANGUAGE, value);
    }
    let response = runtime().block_on(app().oneshot(page)).expect("infallible");
    assert_eq!(response.status(), StatusCode::OK);
    let language = response.headers()[CONTENT_LANGUAGE]
        .to_str()
        .expect("ASCII");
    assert!(site::POLICY.languages().contains(&language), "{language}");
});
