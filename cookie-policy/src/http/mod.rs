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
//! necessary-only when it is missing, invalid or outdated). Per response,
//! every `Set-Cookie` field is judged on its own:
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

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{ready, Context, Poll};
use std::borrow::Cow;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use ::http::header::{Entry, HeaderName, COOKIE, SET_COOKIE};
use ::http::{HeaderMap, HeaderValue, Request, Response};
use tower_layer::Layer;
use tower_service::Service;

use crate::header::{percent, set_cookie};
use crate::{decode_cookie_value, Category, Consent, CookieSpec, Policy};

/// Why the layer dropped a `Set-Cookie` header.
///
/// ```
/// use cookie_policy::{http::DropReason, Category};
/// assert_eq!(DropReason::NoConsent(Category::Marketing).to_string(), "no consent to marketing");
/// assert_eq!(DropReason::NoConsent(Category::Statistics).category(), Some(Category::Statistics));
/// assert_eq!(DropReason::Undeclared.to_string(), "not declared in the policy");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// The policy declares no cookie of that name (nor a prefix pattern
    /// covering it).
    Undeclared,
    /// The cookie is declared, needs consent to its category, and the
    /// visitor has not given it.
    NoConsent(Category),
    /// The header is not a cookie: no `=` in the name-value pair, an empty
    /// name, or a name that is not an RFC 6265 token.
    Malformed,
}

impl DropReason {
    /// The category whose consent was missing, for [`DropReason::NoConsent`].
    ///
    /// ```
    /// assert_eq!(cookie_policy::http::DropReason::Malformed.category(), None);
    /// ```
    pub const fn category(self) -> Option<Category> {
        match self {
            DropReason::NoConsent(category) => Some(category),
            DropReason::Undeclared | DropReason::Malformed => None,
        }
    }
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DropReason::Undeclared => f.write_str("not declared in the policy"),
            DropReason::NoConsent(category) => write!(f, "no consent to {category}"),
            DropReason::Malformed => f.write_str("malformed Set-Cookie header"),
        }
    }
}

/// A `Set-Cookie` header the layer dropped: the cookie's name and why.
///
/// Given to the [`CookiePolicyLayer::on_drop`] callback. It borrows the
/// header, so it lives for the call only; the cookie's value is not in it.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use cookie_policy::http::{CookiePolicyLayer, DropReason};
/// cookie_policy::cookie_policy! {
///     mod site {
///         site: "https://example.org",
///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
///     }
/// }
/// let seen = Arc::new(Mutex::new(Vec::new()));
/// let log = Arc::clone(&seen);
/// let layer = CookiePolicyLayer::new(&site::POLICY).on_drop(move |dropped| {
///     log.lock().unwrap().push((dropped.name().into_owned(), dropped.reason()));
/// });
/// let mut headers = http::HeaderMap::new();
/// headers.append("set-cookie", "s=1".parse().unwrap());
/// headers.append("set-cookie", "my%20tracker=1".parse().unwrap());
/// headers.append("set-cookie", "no equals sign".parse().unwrap());
/// assert_eq!(layer.enforce(cookie_policy::Consent::all(), &mut headers), 2);
/// assert_eq!(*seen.lock().unwrap(), [
///     ("my tracker".to_string(), DropReason::Undeclared),
///     ("".to_string(), DropReason::Malformed),
/// ]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dropped<'a> {
    raw_name: &'a [u8],
    reason: DropReason,
}

impl<'a> Dropped<'a> {
    /// The cookie's name, percent-decoded, bytes that are not UTF-8 replaced
    /// by U+FFFD. For a malformed header: the text before the first `=`,
    /// empty when there is none.
    ///
    /// ```
    /// # use cookie_policy::http::{CookiePolicyLayer, Dropped};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut names = Vec::new();
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "caf%C3%A9=1".parse().unwrap());
    /// CookiePolicyLayer::new(&site::POLICY)
    ///     .enforce_with(cookie_policy::Consent::all(), &mut headers, |d: &Dropped<'_>| names.push(d.name().into_owned()));
    /// assert_eq!(names, ["café"]);
    /// ```
    pub fn name(&self) -> Cow<'a, str> {
        match String::from_utf8_lossy(self.raw_name) {
            Cow::Borrowed(name) => decode_cookie_value(name),
            Cow::Owned(name) => Cow::Owned(decode_cookie_value(&name).into_owned()),
        }
    }

    /// The cookie's name exactly as the header wrote it.
    ///
    /// ```
    /// # use cookie_policy::http::{CookiePolicyLayer, Dropped};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut names = Vec::new();
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "caf%C3%A9=1".parse().unwrap());
    /// CookiePolicyLayer::new(&site::POLICY)
    ///     .enforce_with(cookie_policy::Consent::all(), &mut headers, |d: &Dropped<'_>| names.push(d.raw_name().to_vec()));
    /// assert_eq!(names, [b"caf%C3%A9".to_vec()]);
    /// ```
    pub const fn raw_name(&self) -> &'a [u8] {
        self.raw_name
    }

    /// Why it was dropped.
    ///
    /// ```
    /// # use cookie_policy::http::{CookiePolicyLayer, Dropped, DropReason};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     marketing { provider "E" { AD: "ad" { function: "f", purpose: "p" } } } } }
    /// let mut reasons = Vec::new();
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "ad=1".parse().unwrap());
    /// CookiePolicyLayer::new(&site::POLICY)
    ///     .enforce_with(cookie_policy::Consent::necessary_only(), &mut headers, |d: &Dropped<'_>| reasons.push(d.reason()));
    /// assert_eq!(reasons, [DropReason::NoConsent(cookie_policy::Category::Marketing)]);
    /// ```
    pub const fn reason(&self) -> DropReason {
        self.reason
    }
}

impl fmt::Display for Dropped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dropped Set-Cookie {:?}: {}", self.name(), self.reason)
    }
}

type OnDrop = dyn Fn(&Dropped<'_>) + Send + Sync;

/// The tower [`Layer`] that enforces a [`Policy`] on every response: see the
/// [module](self) for what passes. Cheap to clone; build it once.
///
/// ```
/// use axum::{routing::get, Router};
/// cookie_policy::cookie_policy! {
///     mod site {
///         site: "https://example.org",
///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
///     }
/// }
/// let app: Router = Router::new()
///     .route("/", get(|| async { "hello" }))
///     .layer(site::POLICY.layer()); // same as CookiePolicyLayer::new(&site::POLICY)
/// ```
#[derive(Clone)]
pub struct CookiePolicyLayer {
    policy: &'static Policy,
    on_drop: Option<Arc<OnDrop>>,
}

impl CookiePolicyLayer {
    /// The layer enforcing `policy`, reporting drops through `tracing` only.
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let layer = cookie_policy::http::CookiePolicyLayer::new(&site::POLICY);
    /// assert!(core::ptr::eq(layer.policy(), &site::POLICY));
    /// ```
    pub const fn new(policy: &'static Policy) -> CookiePolicyLayer {
        CookiePolicyLayer {
            policy,
            on_drop: None,
        }
    }

    /// Also calls `on_drop` for every dropped `Set-Cookie`, in order, before
    /// the response goes on (replacing an earlier callback). It runs on the
    /// task that polls the response: keep it short (count, log, send to a
    /// channel).
    ///
    /// ```
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    /// use std::sync::Arc;
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let drops = Arc::new(AtomicUsize::new(0));
    /// let counter = Arc::clone(&drops);
    /// let layer = cookie_policy::http::CookiePolicyLayer::new(&site::POLICY)
    ///     .on_drop(move |_| { counter.fetch_add(1, Ordering::Relaxed); });
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "undeclared=1".parse().unwrap());
    /// layer.enforce(cookie_policy::Consent::all(), &mut headers);
    /// assert_eq!(drops.load(Ordering::Relaxed), 1);
    /// ```
    #[must_use]
    pub fn on_drop<F>(mut self, on_drop: F) -> CookiePolicyLayer
    where
        F: Fn(&Dropped<'_>) + Send + Sync + 'static,
    {
        self.on_drop = Some(Arc::new(on_drop));
        self
    }

    /// The policy this layer enforces.
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// assert_eq!(site::POLICY.layer().policy().site(), "https://example.org");
    /// ```
    pub const fn policy(&self) -> &'static Policy {
        self.policy
    }

    /// What the layer does to a response, without tower: removes from
    /// `headers` every `Set-Cookie` that may not be set under `consent` (the
    /// request's consent; a consent cookie set in `headers` takes its place,
    /// see the [module](self)), reports each, and returns how many it
    /// removed. Every other header is kept, in order.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
    ///         statistics { provider "Matomo" {
    ///             ID: "_pk_id.*" { function: "Visitors", purpose: "Counting", duration: 13 months }
    ///         } }
    ///     }
    /// }
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "s=1; HttpOnly".parse().unwrap());
    /// headers.append("content-type", "text/html".parse().unwrap());
    /// headers.append("set-cookie", "_pk_id.1.abcd=xyz; Max-Age=3600".parse().unwrap());
    /// headers.append("set-cookie", "_pk_id.1.old=; Max-Age=0".parse().unwrap()); // a deletion
    /// let statistics = Consent::necessary_only().with(Category::Statistics);
    ///
    /// let mut refused = headers.clone();
    /// assert_eq!(site::POLICY.layer().enforce(Consent::necessary_only(), &mut refused), 1);
    /// let kept: Vec<_> = refused.get_all("set-cookie").iter().collect();
    /// assert_eq!(kept, ["s=1; HttpOnly", "_pk_id.1.old=; Max-Age=0"]);
    /// assert_eq!(refused["content-type"], "text/html");
    ///
    /// let mut accepted = headers.clone();
    /// assert_eq!(site::POLICY.layer().enforce(statistics, &mut accepted), 0);
    /// assert_eq!(accepted, headers);
    /// ```
    pub fn enforce(&self, consent: Consent, headers: &mut HeaderMap) -> usize {
        let on_drop = self.on_drop.as_deref();
        enforce(self.policy, consent, headers, |dropped| {
            if let Some(on_drop) = on_drop {
                on_drop(dropped);
            }
        })
    }

    /// Like [`enforce`](CookiePolicyLayer::enforce), reporting each drop to
    /// `report` (in order) instead of the [`on_drop`](CookiePolicyLayer::on_drop)
    /// callback; the `tracing` events are emitted all the same.
    ///
    /// ```
    /// # use cookie_policy::http::{Dropped, DropReason};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "x=1".parse().unwrap());
    /// let mut reasons = Vec::new();
    /// site::POLICY.layer().enforce_with(cookie_policy::Consent::all(), &mut headers, |d: &Dropped<'_>| reasons.push(d.reason()));
    /// assert_eq!(reasons, [DropReason::Undeclared]);
    /// assert!(headers.is_empty());
    /// ```
    pub fn enforce_with<F>(&self, consent: Consent, headers: &mut HeaderMap, report: F) -> usize
    where
        F: FnMut(&Dropped<'_>),
    {
        enforce(self.policy, consent, headers, report)
    }
}

impl fmt::Debug for CookiePolicyLayer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CookiePolicyLayer")
            .field("site", &self.policy.site())
            .field("on_drop", &self.on_drop.is_some())
            .finish()
    }
}

impl<S> Layer<S> for CookiePolicyLayer {
    type Service = CookiePolicyService<S>;

    fn layer(&self, inner: S) -> CookiePolicyService<S> {
        CookiePolicyService {
            inner,
            layer: self.clone(),
        }
    }
}

/// The enforcing layer of this policy: `CookiePolicyLayer::new(self)`.
impl Policy {
    /// The tower layer that enforces this policy on every response (feature
    /// `tower`): see [`CookiePolicyLayer`].
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let layer: cookie_policy::http::CookiePolicyLayer = site::POLICY.layer();
    /// ```
    pub const fn layer(&'static self) -> CookiePolicyLayer {
        CookiePolicyLayer::new(self)
    }
}

/// The [`Service`] [`CookiePolicyLayer`] wraps around another: reads the
/// request's consent, calls the inner service, and removes from its response
/// what may not be set.
///
/// ```
/// use cookie_policy::http::CookiePolicyService;
/// use tower::{service_fn, ServiceExt};
/// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
/// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
/// let handler = service_fn(|_request: http::Request<()>| async {
///     let response = http::Response::builder()
///         .header("set-cookie", "s=1")
///         .header("set-cookie", "unknown=2")
///         .body(())
///         .unwrap();
///     Ok::<_, std::convert::Infallible>(response)
/// });
/// let service = CookiePolicyService::new(handler, &site::POLICY);
/// let response = futures_executor_block_on(service.oneshot(http::Request::new(())));
/// # fn futures_executor_block_on<F: std::future::Future>(f: F) -> F::Output {
/// #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f) }
/// let response = response.unwrap();
/// let set: Vec<_> = response.headers().get_all("set-cookie").iter().collect();
/// assert_eq!(set, ["s=1"]);
/// ```
#[derive(Clone)]
pub struct CookiePolicyService<S> {
    inner: S,
    layer: CookiePolicyLayer,
}

impl<S> CookiePolicyService<S> {
    /// `inner`, with `policy` enforced on its responses (as
    /// `CookiePolicyLayer::new(policy).layer(inner)`).
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let service = cookie_policy::http::CookiePolicyService::new(tower::service_fn(
    ///     |_: http::Request<()>| async { Ok::<_, std::convert::Infallible>(http::Response::new(())) }), &site::POLICY);
    /// ```
    pub const fn new(inner: S, policy: &'static Policy) -> CookiePolicyService<S> {
        CookiePolicyService {
            inner,
            layer: CookiePolicyLayer::new(policy),
        }
    }

    /// The wrapped service.
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let service = cookie_policy::http::CookiePolicyService::new(42, &site::POLICY);
    /// assert_eq!(*service.get_ref(), 42);
    /// ```
    pub const fn get_ref(&self) -> &S {
        &self.inner
    }

    /// The wrapped service, mutably.
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut service = cookie_policy::http::CookiePolicyService::new(41, &site::POLICY);
    /// *service.get_mut() += 1;
    /// assert_eq!(service.into_inner(), 42);
    /// ```
    pub fn get_mut(&mut self) -> &mut S {
        &mut self.inner
    }

    /// The wrapped service, unwrapped.
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// assert_eq!(cookie_policy::http::CookiePolicyService::new("inner", &site::POLICY).into_inner(), "inner");
    /// ```
    pub fn into_inner(self) -> S {
        self.inner
    }

    /// The layer's settings (policy and callback).
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let service = cookie_policy::http::CookiePolicyService::new((), &site::POLICY);
    /// assert_eq!(service.layer().policy().site(), "https://example.org");
    /// ```
    pub const fn layer(&self) -> &CookiePolicyLayer {
        &self.layer
    }
}

impl<S: fmt::Debug> fmt::Debug for CookiePolicyService<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CookiePolicyService")
            .field("inner", &self.inner)
            .field("layer", &self.layer)
            .finish()
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for CookiePolicyService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> ResponseFuture<S::Future> {
        let consent = self.layer.policy.consent_from_cookie_headers(
            request
                .headers()
                .get_all(COOKIE)
                .iter()
                .map(HeaderValue::as_bytes),
        );
        ResponseFuture {
            inner: self.inner.call(request),
            layer: self.layer.clone(),
            consent,
        }
    }
}

pin_project_lite::pin_project! {
    /// The response future of [`CookiePolicyService`]: the inner service's,
    /// with the policy enforced on the response's headers when it is ready.
    ///
    /// ```
    /// use cookie_policy::http::{CookiePolicyService, ResponseFuture};
    /// use tower::Service;
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut service = CookiePolicyService::new(tower::service_fn(|_: http::Request<()>| {
    ///     std::future::ready(Ok::<_, ()>(http::Response::new(())))
    /// }), &site::POLICY);
    /// let future: ResponseFuture<_> = service.call(http::Request::new(()));
    /// ```
    pub struct ResponseFuture<F> {
        #[pin]
        inner: F,
        layer: CookiePolicyLayer,
        consent: Consent,
    }
}

impl<F> ResponseFuture<F> {
    /// The visitor's consent the request carried.
    ///
    /// ```
    /// use cookie_policy::{http::CookiePolicyService, Consent};
    /// use tower::Service;
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org", consent_cookie: C,
    /// #     necessary { provider "E" { C: "c" { function: "f", purpose: "p" } } } } }
    /// let mut service = CookiePolicyService::new(tower::service_fn(|_: http::Request<()>| {
    ///     std::future::ready(Ok::<_, ()>(http::Response::new(())))
    /// }), &site::POLICY);
    /// let cookie = format!("c={}", site::POLICY.consent_cookie_value(Consent::all()));
    /// let request = http::Request::builder().header("cookie", cookie).body(()).unwrap();
    /// assert_eq!(service.call(request).request_consent(), Consent::all());
    /// ```
    pub const fn request_consent(&self) -> Consent {
        self.consent
    }
}

impl<F> fmt::Debug for ResponseFuture<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture")
            .field("layer", &self.layer)
            .field("consent", &self.consent)
            .finish_non_exhaustive()
    }
}

impl<F, ResBody, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response<ResBody>, E>>,
{
    type Output = Result<Response<ResBody>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = ready!(this.inner.poll(cx))?;
        this.layer.enforce(*this.consent, response.headers_mut());
        Poll::Ready(Ok(response))
    }
}

/// The time now in seconds since the Unix epoch, read at most once per
/// response and only when an `Expires` attribute decides.
#[derive(Default)]
struct Clock(Option<i64>);

impl Clock {
    fn now(&mut self) -> i64 {
        *self
            .0
            .get_or_insert_with(|| match SystemTime::now().duration_since(UNIX_EPOCH) {
                Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
                Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
            })
    }
}

/// What the layer makes of one `Set-Cookie` header.
struct Judgement<'a> {
    /// `Some` when it must be dropped.
    dropped: Option<Dropped<'a>>,
    /// `Some` when it sets (or deletes) the policy's consent cookie: the
    /// consent the browser will hold after it.
    sets_consent: Option<Consent>,
}

fn judge<'a>(
    policy: &'static Policy,
    consent: Consent,
    header: &'a [u8],
    clock: &mut Clock,
) -> Judgement<'a> {
    let cookie = match set_cookie::parse(header) {
        Ok(cookie) => cookie,
        Err(raw_name) => {
            return Judgement {
                dropped: Some(Dropped {
                    raw_name,
                    reason: DropReason::Malformed,
                }),
                sets_consent: None,
            }
        }
    };
    let spec = lookup(policy, cookie.name);
    let mut deletion = None;
    let mut is_deletion = |clock: &mut Clock| {
        *deletion.get_or_insert_with(|| cookie.lifetime().is_deletion(|| clock.now()))
    };
    let sets_consent = match (spec, policy.consent_cookie()) {
        (Some(spec), Some(consent_cookie)) if core::ptr::eq(spec, consent_cookie) => {
            Some(if is_deletion(clock) {
                Consent::necessary_only()
            } else {
                match policy.read_consent_value(cookie.value()) {
                    Some((true, consent)) => consent,
                    _ => Consent::necessary_only(),
                }
            })
        }
        _ => None,
    };
    let refusal = match spec {
        None => Some(DropReason::Undeclared),
        Some(spec) if !consent.allows_cookie(spec) => Some(DropReason::NoConsent(spec.category())),
        Some(_) => None,
    };
    let dropped = match refusal {
        Some(reason) if !is_deletion(clock) => Some(Dropped {
            raw_name: cookie.name,
            reason,
        }),
        _ => None,
    };
    Judgement {
        dropped,
        sets_consent,
    }
}

/// Why `header`, already judged to go, goes: what [`judge`] says of it,
/// without looking at its attributes again.
fn refusal<'a>(policy: &'static Policy, header: &'a [u8]) -> Dropped<'a> {
    match set_cookie::parse(header) {
        Err(raw_name) => Dropped {
            raw_name,
            reason: DropReason::Malformed,
        },
        Ok(cookie) => Dropped {
            raw_name: cookie.name,
            reason: match lookup(policy, cookie.name) {
                Some(spec) => DropReason::NoConsent(spec.category()),
                None => DropReason::Undeclared,
            },
        },
    }
}

/// The declared cookie called `name` as written, or else percent-decoded.
fn lookup(policy: &'static Policy, name: &[u8]) -> Option<&'static CookieSpec> {
    if let Some(spec) = policy.get_bytes(name) {
        return Some(spec);
    }
    if !name.contains(&b'%') {
        return None;
    }
    let mut on_stack = [0u8; 128];
    let mut on_heap = Vec::new();
    let buffer: &mut [u8] = if name.len() <= on_stack.len() {
        &mut on_stack
    } else {
        on_heap.resize(name.len(), 0);
        &mut on_heap
    };
    policy.get_bytes(percent::decode_into(name, buffer)?)
}

fn enforce<F>(
    policy: &'static Policy,
    request_consent: Consent,
    headers: &mut HeaderMap,
    mut report: F,
) -> usize
where
    F: FnMut(&Dropped<'_>),
{
    let mut clock = Clock::default();
    let mut consent = request_consent;
    // Bit `i` set: the `i`th `Set-Cookie` goes (for the first 64); `beyond`:
    // one after those goes.
    let judge_all = |consent: Consent, clock: &mut Clock| {
        let (mut to_drop, mut beyond) = (0u64, false);
        let mut sets_consent: Option<Consent> = None;
        for (i, value) in headers.get_all(SET_COOKIE).iter().enumerate() {
            let judgement = judge(policy, consent, value.as_bytes(), clock);
            if judgement.dropped.is_some() {
                match 1u64.checked_shl(i as u32) {
                    Some(bit) => to_drop |= bit,
                    None => beyond = true,
                }
            }
            if let Some(set) = judgement.sets_consent {
                sets_consent = Some(sets_consent.map_or(set, |earlier| earlier.intersection(set)));
            }
        }
        (to_drop, beyond, sets_consent)
    };
    let (mut to_drop, mut beyond, response_consent) = judge_all(consent, &mut clock);
    if let Some(new) = response_consent {
        if new != consent {
            consent = new;
            (to_drop, beyond, _) = judge_all(consent, &mut clock);
        }
    }
    if to_drop == 0 && !beyond {
        return 0;
    }
    let mut dropped = 0;
    let mut index = 0u32;
    let mut judge_and_report = |value: &HeaderValue| -> bool {
        let drop = match 1u64.checked_shl(index) {
            Some(bit) if to_drop & bit == 0 => None,
            // Known to go: only its name and reason are needed.
            Some(_) => Some(refusal(policy, value.as_bytes())),
            None => judge(policy, consent, value.as_bytes(), &mut clock).dropped,
        };
        index = index.saturating_add(1);
        match drop {
            Some(drop) => {
                debug_assert_eq!(
                    Some(drop),
                    judge(policy, consent, value.as_bytes(), &mut clock).dropped
                );
                trace(&drop);
                report(&drop);
                dropped += 1;
                false
            }
            None => true,
        }
    };
    // Take the values out of the `Set-Cookie` entry and put back those that
    // pass: the entry keeps its place among the other headers.
    if let Ok(Entry::Occupied(mut entry)) = headers.try_entry(SET_COOKIE) {
        // (Not `insert_mult`: http 1.5 panics draining three values or more.)
        let kept: Vec<HeaderValue> = entry
            .iter_mut()
            .map(|value| core::mem::replace(value, HeaderValue::from_static("")))
            .filter(|value| judge_and_report(value))
            .collect();
        let mut kept = kept.into_iter();
        match kept.next() {
            Some(first) => {
                entry.insert(first);
                for value in kept {
                    entry.append(value);
                }
            }
            // Removing the entry would move the last header into its place:
            // rebuild the map without it instead.
            None => retain(headers, |name, _| name != SET_COOKIE),
        }
    } else {
        // No room for the entry API's reservation (a map at http's maximum
        // size): rebuild the map.
        retain(headers, |name, value| {
            name != SET_COOKIE || judge_and_report(value)
        });
    }
    dropped
}

/// Keeps the headers for which `keep` is true, all others in their order.
fn retain(headers: &mut HeaderMap, mut keep: impl FnMut(&HeaderName, &HeaderValue) -> bool) {
    let old = core::mem::take(headers);
    headers.reserve(old.len());
    let mut current: Option<HeaderName> = None;
    for (name, value) in old {
        if name.is_some() {
            current = name;
        }
        // The first value always comes with its name.
        if let Some(name) = &current {
            if keep(name, &value) {
                headers.append(name.clone(), value);
            }
        }
    }
}

fn trace(dropped: &Dropped<'_>) {
    const TARGET: &str = "cookie_policy::http";
    match dropped.reason {
        DropReason::NoConsent(category) => tracing::debug!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "no_consent",
            category = category.as_str(),
            "dropped a Set-Cookie the visitor has not consented to"
        ),
        DropReason::Undeclared => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "undeclared",
            "dropped a Set-Cookie the cookie policy does not declare"
        ),
        DropReason::Malformed => tracing::warn!(
            target: TARGET,
            cookie = %dropped.name(),
            reason = "malformed",
            "dropped a malformed Set-Cookie header"
        ),
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // a test that indexes out of bounds fails
mod tests;
