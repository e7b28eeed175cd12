//! A real site in a few lines (feature `axum`): the extractors that give a
//! handler the visitor's consent, and [`routes`], which serves the policy
//! page, its JSON, the banner script and the consent endpoint.
//!
//! ```
//! use axum::{routing::get, Router};
//! use cookie_policy::axum::{routes, OnChoice};
//! use cookie_policy::Consent;
//!
//! cookie_policy::cookie_policy! {
//!     mod site {
//!         site: "https://example.org",
//!         consent_cookie: CHOICES,
//!         necessary { provider "Example" {
//!             CHOICES: "choices" { function: "Consent", purpose: "To remember your choices", duration: 6 months }
//!         } }
//!         statistics { provider "Example" {
//!             VISITS: "visits" { function: "Counting", purpose: "To count visits", duration: 13 months }
//!         } }
//!     }
//! }
//!
//! async fn home(consent: Consent) -> impl axum::response::IntoResponse {
//!     let visits = consent.proof().map(|proof| site::VISITS.cookie("1", proof).to_string());
//!     (axum::response::AppendHeaders(visits.map(|c| (http::header::SET_COOKIE, c))), "hello")
//! }
//!
//! let app: Router = Router::new()
//!     .route("/", get(home))
//!     .merge(routes(&site::POLICY).on_choice(|choice| eprintln!("{choice:?}")))
//!     .layer(site::POLICY.layer());
//! ```
//!
//! # The extractors
//!
//! The layer ([`CookiePolicyLayer`](crate::http::CookiePolicyLayer)) reads
//! every request once and stores what it read, a
//! [`RequestConsent`], in its extensions.
//! [`Consent`](crate::Consent) (the consent in force),
//! [`ConsentStatus`](crate::ConsentStatus) (whether and what the visitor
//! answered) and `RequestConsent` itself are extractors that read it there;
//! Global Privacy Control is applied to both. A route the layer is not
//! around gets [`LayerMissing`]: a `500` saying so.
//!
//! # The routes
//!
//! - `GET /cookies`: the policy page
//!   ([`Policy::render_html_with_choice_in`](crate::Policy::render_html_with_choice_in))
//!   in the best declared language of `Accept-Language` (q-values honoured,
//!   `?lang=de` overrides, the default language otherwise), with
//!   `Content-Language`, `Vary: Accept-Language` and
//!   `Cache-Control: private, no-store`: it shows the visitor's answer and
//!   a plain HTML form to change it, which works without JavaScript, and
//!   says that the site honours Global Privacy Control.
//! - `GET /cookies.json`: [`Policy::to_json`](crate::Policy::to_json).
//! - `GET /cookies/banner.js`: the vanilla-cookieconsent 3 configuration
//!   with [`COOKIECONSENT_ADAPTER_JS`](crate::render::COOKIECONSENT_ADAPTER_JS),
//!   running the banner (load the library before it), its own state kept
//!   in `localStorage`: each choice is posted to the consent endpoint
//!   (`{"accept": [...], "source": "banner"}`) and sent to Google Consent
//!   Mode (`gtag('consent', 'update', ...)`, see [`consent_mode`](crate::consent_mode));
//!   a choice the server's consent cookie records (made on the policy page,
//!   say) wins over the banner's own. Options of the library's set in
//!   `window.cookiePolicyBannerOptions` before the script runs are added to
//!   the configuration (`{hideFromBots: false}` shows it to automated
//!   browsers too).
//! - `POST /cookies/consent`: the visitor's choice, as a form
//!   (`preferences=on&statistics=on`) or JSON (`{"accept": ["statistics"]}`);
//!   see below.
//!
//! # The consent endpoint
//!
//! 1. A cross-site request (`Sec-Fetch-Site: cross-site`, or an `Origin`
//!    that is neither the site's declared origin nor the request's own
//!    `Host`, so that staging hosts and localhost work) gets `403` and
//!    changes nothing: a hostile page cannot give consent for a visitor.
//! 2. A body that is neither a form nor JSON, or malformed, gets `400`; one
//!    larger than [`MAX_BODY`] gets `413`; each with a message, and nothing
//!    changes.
//! 3. The choice counts only the categories the policy has cookies needing
//!    consent in (any other name, known or not, is ignored: nothing widens
//!    the consent), less what Global Privacy Control refuses.
//! 4. The [`on_choice`](OnChoice::on_choice) callback hears of it (previous
//!    and new consent, revision, source); an
//!    [`on_choice_async`](OnChoice::on_choice_async) callback that fails
//!    makes the answer a `503` that sets nothing.
//! 5. The answer sets the consent cookie from the server (`Set-Cookie`, so
//!    the browser's cap on script-written cookies, 7 days in Safari, does
//!    not apply) and sends a removal cookie, with the declared `Domain` and
//!    `Path`, for every first-party cookie of a category not accepted: each
//!    declared name (`HttpOnly` ones and those of other paths included, as
//!    no banner script can), and for a prefix pattern every concrete name
//!    the request carries. A form gets `303` back to its `Referer` when that
//!    is of the same origin (only its path: never another site), else to
//!    `/`; JSON gets `204`.

mod body;
mod choice;
mod endpoint;
mod extract;
mod origin;
mod page;

use std::sync::{Arc, OnceLock};

use ::axum::extract::Request;
use ::axum::http::header::CONTENT_TYPE;
use ::axum::http::request::Parts;
use ::axum::http::HeaderValue;
use ::axum::response::{IntoResponse, Response};
use ::axum::routing::{get, post};
use ::axum::Router;

pub use choice::{Choice, ChoiceError, ChoiceSource, OnChoice};
pub use endpoint::MAX_BODY;
pub use extract::LayerMissing;

use crate::http::RequestConsent;
use crate::render::banner_script;
use crate::Policy;

/// The path of the policy page.
pub const PAGE: &str = "/cookies";
/// The path of the policy's JSON.
pub const JSON: &str = "/cookies.json";
/// The path of the banner script.
pub const BANNER_SCRIPT: &str = "/cookies/banner.js";
/// The path of the consent endpoint.
pub const CONSENT: &str = "/cookies/consent";

/// The routes serving `policy`: `GET /cookies`, `GET /cookies.json`,
/// `GET /cookies/banner.js` and `POST /cookies/consent` (see the
/// [module](self)). A router of any state, to merge into the site's, which
/// puts the policy's layer around them.
///
/// ```
/// # cookie_policy::cookie_policy! { mod site { site: "https://example.org", consent_cookie: C,
/// #     necessary { provider "E" { C: "c" { function: "f", purpose: "p" } } } } }
/// #[derive(Clone)]
/// struct AppState { name: &'static str }
/// let app: axum::Router<AppState> = axum::Router::new()
///     .merge(cookie_policy::axum::routes(&site::POLICY))
///     .layer(site::POLICY.layer());
/// let app: axum::Router = app.with_state(AppState { name: "shop" });
/// ```
pub fn routes<S>(policy: &'static Policy) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    let script: Arc<OnceLock<String>> = Arc::new(OnceLock::new());
    Router::new()
        .route(
            PAGE,
            get(move |request: Request| page::page(policy, request)),
        )
        .route(JSON, get(move || async move { json(policy) }))
        .route(
            BANNER_SCRIPT,
            get(move || async move {
                let script = script.get_or_init(|| banner_script::script(policy, CONSENT));
                javascript(script.clone())
            }),
        )
        .route(
            CONSENT,
            post(move |request: Request| endpoint::consent(policy, request)),
        )
}

fn json(policy: &'static Policy) -> Response {
    let mut response = policy.to_json().into_response();
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

fn javascript(script: String) -> Response {
    let mut response = script.into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    response
}

/// What the layer read of the request; when the routes are not behind it,
/// the request read as a default layer reads it (marketing refused under
/// Global Privacy Control).
fn visitor(policy: &'static Policy, parts: &Parts) -> RequestConsent {
    match parts.extensions.get::<RequestConsent>() {
        Some(read) => *read,
        None => policy.layer().read_request(&parts.headers),
    }
}
