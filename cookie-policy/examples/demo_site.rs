//! A small real site on the crate's axum pieces: the policy's layer, its
//! routes (the policy page with a form that works without JavaScript, the
//! JSON, the banner script, the consent endpoint), handlers that take the
//! visitor's `Consent` as an extractor and set each cookie only with a
//! proof of consent, Google Consent Mode's default before any tag, and the
//! real vanilla-cookieconsent 3 banner.
//!
//! ```sh
//! cargo run -p cookie-policy --example demo_site --features axum
//! PORT=3000 COOKIECONSENT_DIST=tests/js/node_modules/vanilla-cookieconsent/dist \
//!     cargo run -p cookie-policy --example demo_site --features axum
//! ```
//!
//! - `GET /`: the home page: the banner (the library from
//!   `COOKIECONSENT_DIST`, a directory holding `cookieconsent.umd.js` and
//!   `cookieconsent.css`, else from a CDN), a statistics script that runs
//!   only once statistics are accepted, and the cookies the visitor's
//!   consent allows; it also tries an undeclared cookie, which the layer
//!   drops (and prints).
//! - `GET /shop`: sets the shop's marketing cookie on `Path=/shop`.
//! - `/cookies`, `/cookies.json`, `/cookies/banner.js`, `/cookies/consent`:
//!   [`cookie_policy::axum::routes`].
//!
//! `tests/tests/layer_browser.rs` drives this site in a headless Chromium.

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::extract::Path;
use axum::http::header::{CONTENT_TYPE, SET_COOKIE};
use axum::http::StatusCode;
use axum::response::{AppendHeaders, Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use cookie_policy::axum::{routes, OnChoice};
use cookie_policy::{consent_mode, Category, Consent, ConsentStatus};

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
                /// Advertising profile, out of scripts' reach.
                AD: "ad_id" {
                    function: "Advertising",
                    purpose: "To show ads based on the pages you visit",
                    duration: 90 days, same_site: Lax, http_only,
                }
                /// The shop's advertising, on the shop's pages only.
                SHOP_AD: "shop_ad" {
                    function: "Shop advertising",
                    purpose: "To show offers based on the products you looked at",
                    duration: 30 days, same_site: Lax, path: "/shop",
                }
            }
        }
    }
}

/// A cookie the policy does not declare: the layer always drops it.
pub const UNDECLARED_COOKIE: &str = "sneaky_tracker";

/// Where the pages load vanilla-cookieconsent from.
#[derive(Debug, Clone)]
pub enum Banner {
    /// A directory holding `cookieconsent.umd.js` and `cookieconsent.css`
    /// (the npm package's `dist/`), served under `/assets/`.
    Dir(PathBuf),
    /// The package on a CDN.
    Cdn,
}

impl Banner {
    /// `COOKIECONSENT_DIST` if set, else the CDN.
    pub fn from_env() -> Banner {
        std::env::var_os("COOKIECONSENT_DIST").map_or(Banner::Cdn, |dir| Banner::Dir(dir.into()))
    }

    fn url(&self, file: &str) -> String {
        match self {
            Banner::Dir(_) => format!("/assets/{file}"),
            Banner::Cdn => {
                format!("https://cdn.jsdelivr.net/npm/vanilla-cookieconsent@3.1.0/dist/{file}")
            }
        }
    }
}

/// The demo's routes, behind the policy's layer (which prints what it drops).
pub fn app(banner: Banner) -> Router {
    let pages = banner.clone();
    let shop = banner.clone();
    Router::new()
        .route(
            "/",
            get(move |status, consent| home(pages.clone(), status, consent)),
        )
        .route(
            "/shop",
            get(move |status, consent| shop_page(shop.clone(), status, consent)),
        )
        .route(
            "/assets/{file}",
            get(move |file| asset(banner.clone(), file)),
        )
        .merge(routes(&demo::POLICY).on_choice(|choice| {
            eprintln!(
                "cookie-policy: {} choice: {:?} (before: {:?})",
                choice.source(),
                choice.consent(),
                choice.previous()
            );
        }))
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
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    format!("{:016x}", hasher.finish())
}

/// The page around `body`: Consent Mode's default (and the visitor's
/// update) first in `<head>`, then the banner's library and script.
fn layout(banner: &Banner, status: ConsentStatus, title: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{consent_mode}<title>{title}</title>
<link rel="stylesheet" href="{css}">
<script>window.cookiePolicyBannerOptions = {{ hideFromBots: false }}; // its tests drive a browser</script>
<script src="{js}"></script>
<script src="/cookies/banner.js" defer></script>
</head>
<body>
{body}
<p><a href="/cookies" id="policy-link">Cookie policy and your choice</a> · <a href="/cookies.json">as JSON</a> · <a href="/shop">Shop</a></p>
</body>
</html>
"#,
        consent_mode = consent_mode::head_script(status),
        css = banner.url("cookieconsent.css"),
        js = banner.url("cookieconsent.umd.js"),
    )
}

async fn home(banner: Banner, status: ConsentStatus, consent: Consent) -> Response {
    let mut cookies = vec![
        demo::SESSION.cookie(&new_id()).to_string(),
        demo::VISIT.cookie("1").to_string(),
    ];
    // Each cookie that needs consent is built only with a proof of it.
    if let Some(proof) = consent.proof() {
        cookies.push(demo::VISITOR.cookie(&new_id(), proof).to_string());
    }
    if let Some(proof) = consent.proof() {
        cookies.push(demo::THEME.cookie("dark", proof).to_string());
    }
    if let Some(proof) = consent.proof() {
        cookies.push(demo::AD.cookie(&new_id(), proof).to_string());
    }
    // What careless code does: the layer drops it.
    cookies.push(format!("{UNDECLARED_COOKIE}={}; Path=/", new_id()));
    let answer = match status {
        ConsentStatus::Given(given) => {
            let accepted: Vec<_> = given.categories().map(Category::as_str).collect();
            format!("You accepted: {}.", accepted.join(", "))
        }
        ConsentStatus::Outdated => {
            "The policy changed since you chose: please choose again.".into()
        }
        // `Missing`, and whatever a later version adds.
        _ => "You have not chosen yet: only necessary and anonymous cookies are set.".into(),
    };
    let body = format!(
        r#"<h1>cookie-policy demo</h1>
<p id="answer">{answer}</p>
<p id="statistics-script">The statistics script has not run.</p>
<script type="text/plain" data-category="statistics">
document.getElementById('statistics-script').textContent = 'The statistics script ran.';
</script>
<p><button type="button" data-cc="show-preferencesModal" id="manage">Manage cookie preferences</button></p>"#
    );
    let page = layout(&banner, status, "cookie-policy demo", &body);
    (
        AppendHeaders(cookies.into_iter().map(|c| (SET_COOKIE, c))),
        Html(page),
    )
        .into_response()
}

async fn shop_page(banner: Banner, status: ConsentStatus, consent: Consent) -> Response {
    let ad = consent
        .proof()
        .map(|proof| demo::SHOP_AD.cookie(&new_id(), proof).to_string());
    let page = layout(
        &banner,
        status,
        "Shop",
        "<h1>Shop</h1>\n<p id=\"shop\">Offers.</p>",
    );
    (AppendHeaders(ad.map(|c| (SET_COOKIE, c))), Html(page)).into_response()
}

async fn asset(banner: Banner, Path(file): Path<String>) -> Response {
    let (Banner::Dir(dir), "cookieconsent.umd.js" | "cookieconsent.css") = (&banner, file.as_str())
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let content_type = if file.ends_with(".js") {
        "text/javascript; charset=utf-8"
    } else {
        "text/css; charset=utf-8"
    };
    match std::fs::read(dir.join(&file)) {
        Ok(bytes) => ([(CONTENT_TYPE, content_type)], bytes).into_response(),
        Err(error) => (StatusCode::NOT_FOUND, format!("{file}: {error}")).into_response(),
    }
}

/// Serves [`app`] on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    banner: Banner,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(banner))
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
    serve(listener, Banner::from_env(), async {
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("shutting down");
    })
    .await
}
