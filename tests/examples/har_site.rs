//! The shop the HAR recordings of `tests/data/har/` are recorded from: one
//! HTTPS server for two host names, the shop itself (`www.shop.test`) and a
//! third party whose frame the product page embeds (`tracker.test`).
//!
//! ```sh
//! cargo run -p cookie-policy-tests --features har-site --example har_site [PORT]
//! ```
//!
//! It listens on `127.0.0.1:PORT` (default: any free port) with a
//! self-signed certificate for both names, generated at start, and prints
//! `policy revision <hex>` and `listening on 127.0.0.1:PORT` once it
//! accepts connections. A browser
//! reaches it with `--host-resolver-rules="MAP www.shop.test:443
//! 127.0.0.1:PORT, MAP tracker.test:443 127.0.0.1:PORT"` and
//! `--ignore-certificate-errors`; `tests/js/record-har.js` starts it, drives
//! Chromium through the visit and stops it.
//!
//! The shop's correct cookies are built from the declaration
//! ([`cookie_policy_tests::har_site::shop`]): the session, the anonymized
//! visit counter and the consent cookie, exactly as the policy writes them.
//! What the shop gets wrong is written by hand, as careless code does, and
//! listed in `tests/data/har/README.md`:
//!
//! - `GET /` sets an undeclared `ab_test`, and from a landing URL with
//!   `utm_source` a marketing `campaign` cookie, whatever the consent;
//! - `GET /product/{sku}` embeds `https://tracker.test/embed`, whose
//!   response sets the advertising network's cookies (one undeclared, one
//!   declared for another host), and its script writes an undeclared
//!   `recently_viewed` cookie with `document.cookie`;
//! - `POST /cart/add` sets `cart` for 30 days and without `HttpOnly`
//!   (declared: 7 days, `http_only`);
//! - `POST /cookies/consent` (the consent form on every page) stores the
//!   choice in the consent cookie and deletes the declared first-party
//!   cookies of the categories not accepted; with statistics accepted the
//!   home page's script writes the `_pk_id.*` visitor cookie.
//!
//! Every value the shop sets is fixed (the first session is `s1`, the
//! second `s2`, ...), so that a recording differs from the last one only in
//! times and in the consent cookie's policy revision.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Form, Path, Query, Request};
use axum::http::header::{CONTENT_TYPE, COOKIE, DATE, HOST, LOCATION, REFERER, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use cookie::time::{format_description, OffsetDateTime};
use cookie::{Cookie, SameSite};
use cookie_policy::{Category, Consent};
use cookie_policy_tests::har_site::{shop, SITE_HOST, THIRD_PARTY_HOST};
use tower::ServiceExt;

/// The visitor id the home page's analytics script writes once statistics
/// are accepted (Matomo's `<id>.<first visit>` shape, fixed).
const VISITOR_COOKIE: &str = "_pk_id.1.shop";
const VISITOR_VALUE: &str = "5f2a9c3e81d04b67.1700000000";
/// The anonymized visit counter the server sets.
const VISIT_COOKIE: &str = "_pk_ses.1.shop";

// ---- request helpers ---------------------------------------------------------

/// The cookies of the request's `Cookie` header fields.
fn request_cookies(headers: &HeaderMap) -> Vec<Cookie<'_>> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .collect()
}

fn carries(headers: &HeaderMap, name: &str) -> bool {
    request_cookies(headers).iter().any(|c| c.name() == name)
}

/// The visitor's consent, read by the policy from the `Cookie` header fields.
fn consent(headers: &HeaderMap) -> Consent {
    shop::POLICY
        .consent_from_cookie_headers(headers.get_all(COOKIE).iter().map(HeaderValue::as_bytes))
}

/// The host a request is for, without the port: the `:authority` of an
/// HTTP/2 request, the `Host` header of an HTTP/1.1 one.
fn request_host(request: &Request) -> Option<String> {
    let authority = request
        .uri()
        .authority()
        .map(|a| a.as_str().to_owned())
        .or_else(|| {
            request
                .headers()
                .get(HOST)
                .and_then(|h| h.to_str().ok())
                .map(str::to_owned)
        })?;
    let host = authority
        .rsplit_once(':')
        .map_or(authority.as_str(), |(host, _)| host);
    Some(host.to_ascii_lowercase())
}

fn set_cookies(response: &mut Response, cookies: impl IntoIterator<Item = String>) {
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

// ---- the shop's pages ----------------------------------------------------------

/// A page of the shop: the consent form (the "banner") on every page, a
/// `data:` icon so that no `/favicon.ico` request interleaves with the
/// recorded ones.
fn page(title: &str, consent: Consent, body: &str, script: &str) -> Html<String> {
    let checked = |category| {
        if consent.allows(category) {
            " checked"
        } else {
            ""
        }
    };
    Html(format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title} · shop.test</title><link rel="icon" href="data:,"></head>
<body>
<nav><a id="home" href="/">Home</a> · <a id="product" href="/product/sku-1234">Product</a> · <a id="cart" href="/cart">Cart</a> · <a href="/cookies">Cookies</a></nav>
<h1>{title}</h1>
{body}
<form id="consent" method="post" action="/cookies/consent">
  <fieldset>
    <legend>Cookies you accept</legend>
    <label><input type="checkbox" checked disabled> Necessary (always)</label>
    <label><input type="checkbox" id="preferences" name="preferences"{preferences}> Preferences</label>
    <label><input type="checkbox" id="statistics" name="statistics"{statistics}> Statistics</label>
    <label><input type="checkbox" id="marketing" name="marketing"{marketing}> Marketing</label>
    <button type="submit" id="save">Save my choices</button>
  </fieldset>
</form>
{script}</body>
</html>
"#,
        title = escape(title),
        preferences = checked(Category::Preferences),
        statistics = checked(Category::Statistics),
        marketing = checked(Category::Marketing),
    ))
}

static SESSIONS: AtomicU64 = AtomicU64::new(0);

/// `GET /`: the home page, also the landing page of the newsletter's links.
async fn home(headers: HeaderMap, Query(query): Query<HashMap<String, String>>) -> Response {
    let consent = consent(&headers);
    let mut cookies = Vec::new();
    if !carries(&headers, shop::SESSION.name()) {
        let id = SESSIONS.fetch_add(1, Ordering::Relaxed) + 1;
        cookies.push(shop::SESSION.cookie(&format!("s{id}")).to_string());
    }
    if !carries(&headers, VISIT_COOKIE) {
        if let Ok(visit) = shop::VISIT.cookie_named(VISIT_COOKIE, "1") {
            cookies.push(visit.to_string());
        }
    }
    // Planted: an A/B test cookie nobody declared.
    if !carries(&headers, "ab_test") {
        cookies.push("ab_test=B; Path=/; Max-Age=2592000; Secure; SameSite=Lax".to_owned());
    }
    // Planted: the campaign cookie, set from the landing URL without asking.
    if let Some(source) = query.get("utm_source") {
        let campaign = Cookie::build(("campaign", source.clone()))
            .path("/")
            .max_age(cookie::time::Duration::days(30))
            .secure(true)
            .same_site(SameSite::Lax);
        cookies.push(campaign.build().to_string());
    }
    // Correct: the currency only with consent to preferences.
    if let Some(currency) = shop::CURRENCY.cookie_if_allowed("EUR", consent) {
        cookies.push(currency.to_string());
    }
    // The analytics tag, loaded only once statistics are accepted, writes
    // the visitor cookie itself.
    let script = if consent.allows(Category::Statistics) {
        format!(
            "<script>document.cookie = \"{VISITOR_COOKIE}={VISITOR_VALUE}; path=/; max-age={}; secure; samesite=lax\";</script>\n",
            shop::VISITOR.max_age().map_or(0, |d| d.as_secs())
        )
    } else {
        String::new()
    };
    let mut response = page(
        "Welcome",
        consent,
        "<p>Hand-made things. Have a look at <a href=\"/product/sku-1234\">our teapot</a>.</p>",
        &script,
    )
    .into_response();
    set_cookies(&mut response, cookies);
    response
}

/// `GET /product/{sku}`: embeds the advertising network's frame; its script
/// remembers the product in a cookie nobody declared.
async fn product(headers: HeaderMap, Path(sku): Path<String>) -> Response {
    let sku: String = sku
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let body = format!(
        r#"<p>Teapot <code>{sku}</code>, 24 €.</p>
<iframe id="ad" title="Advert" width="320" height="100" src="https://{THIRD_PARTY_HOST}/embed?site={SITE_HOST}"></iframe>
<form method="post" action="/cart/add"><input type="hidden" name="sku" value="{sku}"><button type="submit" id="add">Add to cart</button></form>"#
    );
    let script = format!(
        "<script>document.cookie = \"recently_viewed={sku}; path=/; max-age=2592000; secure; samesite=lax\";</script>\n"
    );
    page("Teapot", consent(&headers), &body, &script).into_response()
}

/// `POST /cart/add`: puts the product in the cart cookie (planted: for 30
/// days instead of 7, and without `HttpOnly`) and shows the cart.
async fn add_to_cart(Form(form): Form<HashMap<String, String>>) -> Response {
    let sku = form.get("sku").map_or("", String::as_str);
    let cart = Cookie::build(("cart", sku.to_owned()))
        .path("/")
        .max_age(cookie::time::Duration::days(30))
        .secure(true)
        .same_site(SameSite::Lax);
    let mut response = (StatusCode::SEE_OTHER, [(LOCATION, "/cart")]).into_response();
    set_cookies(&mut response, [cart.build().to_string()]);
    response
}

/// `GET /cart`.
async fn cart(headers: HeaderMap) -> Response {
    let items: Vec<String> = request_cookies(&headers)
        .iter()
        .filter(|c| c.name() == shop::CART.name())
        .map(|c| format!("<li>{}</li>", escape(c.value())))
        .collect();
    let body = format!("<ul id=\"items\">{}</ul>", items.join(""));
    page("Your cart", consent(&headers), &body, "").into_response()
}

/// `POST /cookies/consent`: the consent form. Stores the choice in the
/// consent cookie the policy writes, deletes the declared first-party
/// cookies of every category not accepted (for a prefix pattern, the
/// concrete names the request carries) and sends the visitor back to the
/// page they came from.
async fn save_consent(headers: HeaderMap, Form(form): Form<HashMap<String, String>>) -> Response {
    let consent: Consent = form
        .keys()
        .filter_map(|name| name.parse::<Category>().ok())
        .collect();
    let mut cookies = Vec::new();
    if let Some(cookie) = shop::POLICY.consent_cookie_for(consent) {
        cookies.push(cookie.to_string());
    }
    let carried = request_cookies(&headers);
    for spec in shop::POLICY.cookies() {
        if consent.allows_cookie(spec) || spec.is_third_party() {
            continue;
        }
        if spec.is_pattern() {
            for name in carried.iter().map(Cookie::name).filter(|n| spec.matches(n)) {
                if let Ok(removal) = spec.removal_cookie_named(name) {
                    cookies.push(removal.to_string());
                }
            }
        } else {
            cookies.push(spec.removal_cookie().to_string());
        }
    }
    let back = headers
        .get(REFERER)
        .and_then(|r| r.to_str().ok())
        .and_then(|r| r.parse::<Uri>().ok())
        .filter(|r| r.scheme_str() == Some("https") && r.host() == Some(SITE_HOST))
        .and_then(|r| r.path_and_query().map(|p| p.as_str().to_owned()))
        .unwrap_or_else(|| "/".to_owned());
    let mut response = (StatusCode::SEE_OTHER, [(LOCATION, back)]).into_response();
    set_cookies(&mut response, cookies);
    response
}

async fn policy_page() -> Html<String> {
    Html(shop::POLICY.render_html())
}

async fn policy_json() -> Response {
    ([(CONTENT_TYPE, "application/json")], shop::POLICY.to_json()).into_response()
}

fn shop_routes() -> Router {
    Router::new()
        .route("/", get(home))
        .route("/product/{sku}", get(product))
        .route("/cart/add", post(add_to_cart))
        .route("/cart", get(cart))
        .route("/cookies/consent", post(save_consent))
        .route("/cookies", get(policy_page))
        .route("/cookies.json", get(policy_json))
}

// ---- the third party -------------------------------------------------------------

/// `GET https://tracker.test/embed`: the advertising network's frame. Its
/// response sets three cookies in one response, whatever the visitor
/// consented to (it cannot know): its declared visitor id (with an
/// `Expires` date 180 days after the response's `Date`, as the
/// declaration says), the video player's id (declared for `video.test`)
/// and a sync cookie nobody declared.
async fn embed() -> Response {
    let now = OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH);
    let imf = format_description::parse_borrowed::<2>(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT",
    )
    .ok()
    .and_then(|format| now.format(&format).ok())
    .unwrap_or_default();
    let visitor_lifetime = shop::TRACKER.max_age().unwrap_or_default();
    let visitor = Cookie::build(("trk_uid", "u-7c1e"))
        .path("/")
        .expires(now + visitor_lifetime)
        .secure(true)
        .same_site(SameSite::None);
    let video = Cookie::build(("vid_id", "v-33b0"))
        .path("/")
        .max_age(cookie::time::Duration::days(180))
        .secure(true)
        .same_site(SameSite::None);
    let sync = Cookie::build(("trk_sync", "1"))
        .path("/")
        .max_age(cookie::time::Duration::days(1))
        .secure(true)
        .same_site(SameSite::None);
    let mut response = Html(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Advert</title></head>\
         <body style=\"margin:0;font:14px sans-serif\">Teapots, 10% off · tracker.test</body></html>\n",
    )
    .into_response();
    if let Ok(date) = HeaderValue::from_str(&imf) {
        response.headers_mut().insert(DATE, date);
    }
    set_cookies(
        &mut response,
        [visitor, video, sync].map(|c| c.build().to_string()),
    );
    response
}

fn tracker_routes() -> Router {
    Router::new().route("/embed", get(embed))
}

// ---- one server, two hosts ---------------------------------------------------------

/// Both hosts on one listener: a request goes to the router of its host;
/// any other host gets `421 Misdirected Request`. Every exchange is
/// journaled on stdout (see [`journal`]).
fn app() -> Router {
    let shop = shop_routes();
    let tracker = tracker_routes();
    Router::new().fallback(move |request: Request<Body>| {
        let (shop, tracker) = (shop.clone(), tracker.clone());
        async move {
            let host = request_host(&request);
            let url = format!(
                "https://{}{}",
                host.as_deref().unwrap_or(""),
                request.uri().path_and_query().map_or("/", |p| p.as_str())
            );
            let method = request.method().to_string();
            let cookies = header_values(request.headers(), &COOKIE);
            let router = match host.as_deref() {
                Some(SITE_HOST) => shop,
                Some(THIRD_PARTY_HOST) => tracker,
                _ => return StatusCode::MISDIRECTED_REQUEST.into_response(),
            };
            let response = match router.oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            journal(
                &method,
                &url,
                response.status().as_u16(),
                &cookies,
                &header_values(response.headers(), &SET_COOKIE),
            );
            response
        }
    })
}

fn header_values(headers: &HeaderMap, name: &axum::http::HeaderName) -> Vec<String> {
    headers
        .get_all(name)
        .iter()
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect()
}

/// One line of JSON on stdout per exchange: what the shop received and
/// sent, for `record-har.js` to hold every recording against (which
/// `Set-Cookie` each response carried, which `Cookie` each request).
fn journal(method: &str, url: &str, status: u16, cookie: &[String], set_cookie: &[String]) {
    let line = serde_json::json!({
        "method": method, "url": url, "status": status, "cookie": cookie, "set_cookie": set_cookie,
    });
    println!("exchange {line}");
}

/// A self-signed certificate for both host names, made at start.
fn tls_config() -> Result<axum_server::tls_rustls::RustlsConfig, String> {
    let certified =
        rcgen::generate_simple_self_signed(vec![SITE_HOST.to_owned(), THIRD_PARTY_HOST.to_owned()])
            .map_err(|e| format!("generating the certificate: {e}"))?;
    let cert = certified.cert.der().to_vec();
    let key = certified.signing_key.serialize_der();
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.into()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.into()),
        )
        .map_err(|e| format!("the TLS configuration: {e}"))?;
    let mut config = config;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(axum_server::tls_rustls::RustlsConfig::from_config(
        std::sync::Arc::new(config),
    ))
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let port = match std::env::args().nth(1) {
        Some(port) => port
            .parse::<u16>()
            .map_err(|e| format!("PORT `{port}`: {e}"))?,
        None => 0,
    };
    let _ = rustls::crypto::ring::default_provider().install_default();
    let config = tls_config()?;
    let listener = std::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port)))
        .map_err(|e| format!("binding 127.0.0.1:{port}: {e}"))?;
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let handle = axum_server::Handle::new();
    let shutdown = handle.clone();
    tokio::spawn(async move {
        let _ = tokio::signal::ctrl_c().await;
        shutdown.graceful_shutdown(Some(Duration::from_secs(2)));
    });
    let server = axum_server::from_tcp_rustls(listener, config)
        .map_err(|e| format!("serving on {address}: {e}"))?
        .handle(handle);
    println!("policy revision {:x}", shop::POLICY.revision());
    println!("listening on {address}");
    server
        .serve(app().into_make_service())
        .await
        .map_err(|e| format!("serving on {address}: {e}"))
}
