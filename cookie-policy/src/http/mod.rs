//! Enforcing the policy on every HTTP response (feature `tower`): a tower
//! [`Layer`] that removes each `Set-Cookie` the visitor has not consented to,
//! and each one the policy does not declare.
//!
//! ```
//! use axum::{routing::get, Router};
//! use cookie_policy::http::{CookiePolicyLayer, DropReason};
//!
//! cookie_policy::cookie_policy! {
//!     mod site {
//!         site: "https://example.org",
//!         consent_cookie: CHOICES,
//!         necessary { provider "Example" {
//!             SESSION: "session" { function: "Sign-in", purpose: "To keep you signed in", http_only }
//!             CHOICES: "choices" { function: "Consent", purpose: "To remember your choices", duration: 6 months }
//!         } }
//!         marketing { provider "Ads Inc." {
//!             AD: "ad_id" { function: "Ads", purpose: "To show ads", duration: 90 days }
//!         } }
//!     }
//! }
//!
//! async fn page() -> impl axum::response::IntoResponse {
//!     // The handler sets cookies as it likes; the layer has the last word.
//!     axum::response::AppendHeaders([
//!         (http::header::SET_COOKIE, "session=s3cr3t; HttpOnly"),
//!         (http::header::SET_COOKIE, "ad_id=123; Max-Age=7776000"), // needs marketing consent
//!         (http::header::SET_COOKIE, "tracker=1"),                  // not in the policy
//!     ])
//! }
//!
//! let app: Router = Router::new().route("/", get(page)).layer(
//!     CookiePolicyLayer::new(&site::POLICY).on_drop(|dropped| {
//!         eprintln!("dropped {}: {}", dropped.name(), dropped.reason());
//!     }),
//! );
//! # use tower::ServiceExt;
//! # let response = tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(
//! #     app.oneshot(http::Request::get("/").body(axum::body::Body::empty()).unwrap())).unwrap();
//! # let set: Vec<_> = response.headers().get_all("set-cookie").iter().collect();
//! # assert_eq!(set, ["session=s3cr3t; HttpOnly"]);
//! ```
//!
//! # What passes
//!
//! Per request, the layer reads the visitor's [`Consent`] from the request's
//! `Cookie` header fields (all of them, as bytes, by
//! [`Policy::consent_from_cookie_headers`]: the policy's `consent_cookie`,
//! necessary-only when it is missing, invalid or outdated; only the values
//! this crate writes, unless the layer is built with
//! `CookiePolicyLayer::accept_banner_cookie`, feature `cookieconsent`, to
//! read the vanilla-cookieconsent banner's too). Per response, every
//! `Set-Cookie` field is judged on its own:
//!
//! 1. A header that is not a cookie is dropped ([`DropReason::Malformed`]):
//!    no `=` in the name-value pair, an empty name, or a name that is not an
//!    RFC 6265 token (spaces, separators, control or non-ASCII bytes).
//! 2. A **deletion** always passes, declared or not, consented or not, so
//!    that withdrawing consent (or retiring a cookie) can clear cookies: the
//!    last valid `Max-Age` is zero or negative, or, without a valid
//!    `Max-Age`, the last valid `Expires` is not later than now (RFC 6265
//!    section 5.3: `Max-Age` wins over `Expires`; unparseable ones are
//!    ignored, as browsers do; dates are read by RFC 6265's cookie-date
//!    algorithm).
//! 3. A cookie whose name the policy does not declare ([`Policy::get`]
//!    finds nothing) is dropped ([`DropReason::Undeclared`]). The name is
//!    looked up as written and, when that finds nothing and it holds a `%`,
//!    percent-decoded (the `cookie` crate's `Cookie::encoded`, which
//!    axum-extra's `CookieJar` and tower-cookies use, encodes names).
//! 4. A declared cookie that needs consent the visitor has not given
//!    ([`Consent::allows_cookie`]) is dropped
//!    ([`DropReason::NoConsent`] with its category).
//! 5. Everything else passes, byte for byte.
//!
//! Every other header, and every `Set-Cookie` that passes, is kept untouched
//! and in its order. The cookie's value is never interpreted (it may hold
//! any bytes a header may), nor its other attributes.
//!
//! # Global Privacy Control, and what the handlers see
//!
//! A request with `Sec-GPC: 1` (Global Privacy Control) refuses marketing
//! whatever its consent cookie says: the layer judges its response, and a
//! consent cookie that response sets, without the categories of
//! [`CookiePolicyLayer::gpc_refuses`] (marketing unless set otherwise).
//! What the layer read of a request (the cookie's status and the signal)
//! is a [`RequestConsent`] ([`CookiePolicyLayer::read_request`]); with the
//! feature `axum` the layer stores it in the request's extensions, where
//! the extractors of [`cookie_policy::axum`](crate::axum) read it.
//!
//! # The consent given in the same response
//!
//! A response that itself sets the consent cookie (the handler of the
//! consent form) changes what the browser will hold once it has read the
//! response. The other cookies of that response are judged by **that new
//! consent**, not the request's: a visitor who just accepted statistics can
//! get the statistics cookie on the same response, and a visitor who just
//! withdrew marketing gets no marketing cookie on it, even though the request
//! still carried the old consent. The new consent is the value the response
//! sets, read like the request's (a value for another revision, or invalid,
//! is necessary-only); a deletion of the consent cookie is necessary-only;
//! several copies are intersected. A response that does not touch the
//! consent cookie is judged by the request's consent.
//!
//! # Reporting
//!
//! Each dropped `Set-Cookie` is reported, in order, as a [`Dropped`] (the
//! cookie's name and the [`DropReason`]), to the callback given with
//! [`CookiePolicyLayer::on_drop`], and as a `tracing` event with target
//! `cookie_policy::http`, fields `cookie` and `reason` (and `category`):
//! `WARN` for undeclared and malformed cookies (a bug in the program),
//! `DEBUG` for missing consent (the layer doing its job). The cookie's value
//! is never reported.
//!
//! # Cost
//!
//! When nothing is dropped, a response costs one pass over its `Set-Cookie`
//! fields, no allocation: each name is found by hand (no `cookie::Cookie` is
//! built) and looked up in the policy's compile-time perfect hash; the
//! attributes are only read when the cookie would be dropped (to tell a
//! deletion) or is the consent cookie. When something is dropped, the header
//! map is rebuilt once, in order.

#[cfg(doc)]
use crate::{Consent, Policy};
#[cfg(doc)]
use tower_layer::Layer;

mod enforce;
mod future;
mod judge;
mod layer;
mod report;
mod request;
mod service;

pub use future::ResponseFuture;
pub use layer::CookiePolicyLayer;
pub use report::{DropReason, Dropped};
pub use request::RequestConsent;
pub use service::CookiePolicyService;

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests;
