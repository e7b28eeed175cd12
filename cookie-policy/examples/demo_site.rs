//! A small real site whose cookies are enforced by the policy's tower layer.
//!
//! ```sh
//! cargo run -p cookie-policy --example demo_site --features tower,cookie
//! PORT=3000 cargo run -p cookie-policy --example demo_site --features tower,cookie
//! ```
//!
//! - `GET /`: a page with a consent form. Its handler sets, whatever the
//!   visitor chose, the session cookie, an anonymized statistics cookie, a
//!   statistics cookie that needs consent, a preferences cookie, a marketing
//!   cookie and a cookie the policy does not declare: the layer decides
//!   which reach the browser, and prints what it drops.
//! - `POST /consent`: the form (`preferences=on`, `statistics=on`,
//!   `marketing=on`) stores the consent cookie, sends removal cookies for the
//!   categories not accepted (deletions always pass the layer), and redirects
//!   (303) to `/`.
//! - `GET /policy`: the cookie policy page; `GET /policy.json`: the policy as
//!   JSON.
//!
//! `tests/tests/layer_browser.rs` drives this site in a headless Chromium.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::Form;
use axum::http::header::{CONTENT_TYPE, COOKIE, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{AppendHeaders, Html, IntoResponse};
use axum::routing::{get, post};
use axum::Router;
use cookie_policy::{Category, Consent, ConsentStatus};

cookie_policy::cookie_policy! {
    /// The cookies of the demo site.
    pub mod demo {
        site: "http://127.0.0.1:8080",
        consent_cookie: CONSENT,

        necessary {
            provider "Demo site" {
                /// The visitor's session.
                SESSION: "demo_session" {
                    function: "Session",
                    purpose: "To recognise your browser from one page to the next",
                    http_only, same_site: Lax,
                }
                /// The visitor's cookie choices.
                CONSENT: "cookie_consent" {
                    function: "Cookie choices",
                    purpose: "To remember which cookies you accepted",
                    duration: 6 months, same_site: Lax,
                }
            }
        }
        preferences {
            provider "Demo site" {
                /// The colour theme.
                THEME: "theme" {
                    function: "Display",
                    purpose: "To remember the colour theme you prefer",
                    duration: 1 year, same_site: Lax,
                }
            }
        }
        statistics {
            provider "Matomo (self-hosted)" {
                /// Anonymous visit counting: needs no consent.
                VISIT: "_pk_ses" {
                    function: "Audience measurement",
                    purpose: "To count visits, anonymously",
                    duration: 1 day, same_site: Lax, anonymized,
                }
                /// Recognises returning visitors: needs consent.
                VISITOR: "_pk_id" {
                    function: "Audience measurement",
                    purpose: "To recognise returning visitors",
                    duration: 13 months, same_site: Lax,
                }
            }
        }
        marketing {
            provider "AdNetwork" {
                /// Advertising profile.
                AD: "ad_id" {
                    function: "Advertising",
                    purpose: "To show ads based on the pages you visit",
                    duration: 90 days, same_site: Lax,
                }
            }
        }
    }
}

/// A cookie the policy does not declare: the layer always drops it.
pub const UNDECLARED_COOKIE: &str = "sneaky_tracker";

/// The demo's routes, behind the policy's layer (which prints what it drops).
pub fn app() -> Router {
    Router::new()
        .route("/", get(home))
        .route("/consent", post(save_consent))
        .route("/policy", get(policy_page))
        .route("/policy.json", get(policy_json))
        .layer(demo::POLICY.layer().on_drop(|dropped| {
            eprintln!(
                "cookie-policy: dropped `{}`: {}",
                dropped.name(),
                dropped.reason()
            );
        }))
}

/// A fresh identifier (not a secure random one; this is a demo).
fn new_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    format!("{:016x}", hasher.finish())
}

/// The value of the cookie `name` in the request, if any.
fn request_cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// A cookie with the declared attributes of `spec`, built without asking
/// for consent: what careless code does. The layer catches it.
fn unconditional(spec: &cookie_policy::CookieSpec, value: &str) -> String {
    let mut cookie = cookie::Cookie::build((spec.name(), value.to_owned()))
        .path("/")
        .same_site(cookie::SameSite::Lax);
    if let Some(max_age) = spec.max_age() {
        cookie = cookie.max_age(cookie::time::Duration::seconds(max_age.as_secs() as i64));
    }
    cookie.build().to_string()
}

async fn home(headers: HeaderMap) -> impl IntoResponse {
    let cookie_header: Vec<&str> = headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .collect();
    let status = demo::POLICY.consent_status_from_cookie_header(&cookie_header.join("; "));
    let consent = status.consent();
    let session = request_cookie(&headers, demo::SESSION.name())
        .map(str::to_owned)
        .unwrap_or_else(new_id);
    let visitor = request_cookie(&headers, demo::VISITOR.name())
        .map(str::to_owned)
        .unwrap_or_else(new_id);

    // Set everything, unconditionally; the layer removes what may not be set.
    let set_cookies = [
        demo::SESSION.cookie(&session).to_string(),
        unconditional(&demo::VISIT, "1"),
        unconditional(&demo::VISITOR, &visitor),
        unconditional(&demo::THEME, "dark"),
        unconditional(&demo::AD, &new_id()),
        format!("{UNDECLARED_COOKIE}={}; Path=/; Max-Age=31536000", new_id()),
    ];
    let set_cookies = set_cookies.map(|c| (SET_COOKIE, c));

    let checked = |category| {
        if consent.allows(category) {
            " checked"
        } else {
            ""
        }
    };
    let answer = match status {
        ConsentStatus::Given(consent) => {
            let accepted: Vec<_> = consent.categories().map(Category::as_str).collect();
            format!("You accepted: {}.", accepted.join(", "))
        }
        ConsentStatus::Outdated => {
            "The policy changed since you chose: please choose again.".to_owned()
        }
        // `Missing`, and whatever a later version adds: not chosen yet.
        _ => "You have not chosen yet: only necessary and anonymous cookies are set.".to_owned(),
    };
    let sent: Vec<String> = headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|pair| pair.trim().split_once('=').map(|(n, _)| html_escape(n)))
        .collect();
    let page = format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>cookie-policy demo</title></head>
<body>
<h1>cookie-policy demo</h1>
<p id="answer">{answer}</p>
<p>Your browser sent the cookies: <span id="sent">{sent}</span>.</p>
<form method="post" action="/consent" id="consent-form">
  <fieldset>
    <legend>Cookies you accept</legend>
    <label><input type="checkbox" checked disabled> Necessary (always)</label><br>
    <label><input type="checkbox" id="preferences" name="preferences"{preferences}> Preferences</label><br>
    <label><input type="checkbox" id="statistics" name="statistics"{statistics}> Statistics</label><br>
    <label><input type="checkbox" id="marketing" name="marketing"{marketing}> Marketing</label><br>
    <button type="submit" id="save">Save my choices</button>
  </fieldset>
</form>
<p><a href="/policy">Cookie policy</a> · <a href="/policy.json">as JSON</a></p>
</body>
</html>
"#,
        sent = if sent.is_empty() {
            "none".to_owned()
        } else {
            sent.join(", ")
        },
        preferences = checked(Category::Preferences),
        statistics = checked(Category::Statistics),
        marketing = checked(Category::Marketing),
    );
    (AppendHeaders(set_cookies), Html(page))
}

async fn save_consent(Form(fields): Form<HashMap<String, String>>) -> impl IntoResponse {
    let consent: Consent = fields
        .keys()
        .filter_map(|name| name.parse::<Category>().ok())
        .collect();
    let mut set_cookies = Vec::new();
    if let Some(cookie) = demo::POLICY.consent_cookie_for(consent) {
        set_cookies.push((SET_COOKIE, cookie.to_string()));
    }
    // Withdrawn (or never given) consent: delete that category's cookies.
    for spec in demo::POLICY.cookies() {
        if !consent.allows_cookie(spec) {
            set_cookies.push((SET_COOKIE, spec.removal_cookie().to_string()));
        }
    }
    (
        StatusCode::SEE_OTHER,
        AppendHeaders(set_cookies),
        [(LOCATION, "/")],
    )
}

async fn policy_page() -> Html<String> {
    Html(demo::POLICY.render_html())
}

async fn policy_json() -> impl IntoResponse {
    ([(CONTENT_TYPE, "application/json")], demo::POLICY.to_json())
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Serves [`app`] on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app())
        .with_graceful_shutdown(shutdown)
        .await
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = match std::env::var("PORT") {
        Ok(port) => port.parse::<u16>().map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("PORT={port}: {e}"),
            )
        })?,
        Err(_) => 8080,
    };
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await?;
    println!(
        "cookie-policy demo on http://{}/ (Ctrl-C to stop)",
        listener.local_addr()?
    );
    serve(listener, async {
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("shutting down");
    })
    .await
}
