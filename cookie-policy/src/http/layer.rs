//! [`CookiePolicyLayer`]: the policy and the drop callback, and the tower
//! [`Layer`] that wraps a service in a [`CookiePolicyService`].

use core::fmt;
use std::sync::Arc;

use ::http::HeaderMap;
use tower_layer::Layer;

use super::enforce::{enforce, report_only};
#[cfg(feature = "cookieconsent")]
use super::judge::ConsentFormat;
use super::judge::Rules;
use super::{CookiePolicyService, Dropped, RequestConsent};
use crate::{Category, Consent, Policy};

type OnDrop = dyn Fn(&Dropped<'_>) + Send + Sync;

/// The tower [`Layer`] that enforces a [`Policy`] on every response: see the
/// [module](super) for what passes. Cheap to clone; build it once.
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
    rules: Rules,
    on_drop: Option<Arc<OnDrop>>,
    /// The categories a request with `Sec-GPC: 1` refuses.
    gpc_refuses: Consent,
    report_only: bool,
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
            rules: Rules::new(policy),
            on_drop: None,
            gpc_refuses: Consent::necessary_only().with(Category::Marketing),
            report_only: false,
        }
    }

    /// The categories that a request carrying the Global Privacy Control
    /// signal (`Sec-GPC: 1`) refuses, whatever its consent cookie says:
    /// [`Category::Marketing`] unless set otherwise here (an empty list
    /// ignores the signal; [`Category::Necessary`] cannot be refused). The
    /// layer judges such a request's response, and the extractors and the
    /// consent endpoint of [`cookie_policy::axum`](crate::axum) read its
    /// consent, without them.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" { CHOICES: "choices" { function: "Consent", purpose: "Choices" } } }
    ///         statistics { provider "Example" { VISITS: "visits" { function: "Counting", purpose: "Counting" } } }
    ///         marketing { provider "Ads" { AD: "ad" { function: "Ads", purpose: "Ads" } } }
    ///     }
    /// }
    /// let mut headers = http::HeaderMap::new();
    /// let all = format!("choices={}", site::POLICY.consent_cookie_value(Consent::all()));
    /// headers.insert("cookie", all.parse().unwrap());
    /// headers.insert("sec-gpc", "1".parse().unwrap());
    /// let strict = site::POLICY.layer().gpc_refuses([Category::Marketing, Category::Statistics]);
    /// let consent = strict.read_request(&headers).consent();
    /// assert!(!consent.allows(Category::Statistics) && !consent.allows(Category::Marketing));
    /// let ignoring = site::POLICY.layer().gpc_refuses([]);
    /// assert_eq!(ignoring.read_request(&headers).consent(), Consent::all());
    /// ```
    #[must_use]
    pub fn gpc_refuses<I>(mut self, categories: I) -> CookiePolicyLayer
    where
        I: IntoIterator<Item = Category>,
    {
        self.gpc_refuses = Consent::from_categories(categories);
        self
    }

    /// What this layer reads of a request with the header fields `headers`:
    /// the consent cookie's status and the GPC signal (see
    /// [`RequestConsent`]). The layer does this on every request and, with
    /// the feature `axum`, stores the result in the request's extensions.
    #[inline]
    pub fn read_request(&self, headers: &HeaderMap) -> RequestConsent {
        RequestConsent::read(self.rules, self.gpc_refuses, headers)
    }

    /// Also reads the consent that the vanilla-cookieconsent banner stores
    /// in the policy's consent cookie (its JSON, for the policy's
    /// [`cookieconsent_revision`](Policy::cookieconsent_revision)), in the
    /// request and in a response that sets it, as
    /// [`CcCookieReader::for_policy`](crate::cookieconsent::CcCookieReader::for_policy)
    /// reads it (feature `cookieconsent`). Without this, the layer reads only
    /// the values this crate writes, whatever features are enabled.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: "Consent", purpose: "To remember choices" }
    ///         } }
    ///         statistics { provider "Example" { VISITS: "visits" { function: "Counting", purpose: "Counting" } } }
    ///     }
    /// }
    /// // What the banner stores after "accept all", URI-encoded.
    /// let json = format!(
    ///     r#"{{"categories":["necessary","statistics"],"revision":{},"consentId":"c0ffee",
    ///        "consentTimestamp":"2025-01-01T00:00:00.000Z","lastConsentTimestamp":"2025-01-01T00:00:00.000Z"}}"#,
    ///     site::POLICY.cookieconsent_revision());
    /// let request_cookie = format!("choices={}", json.replace('"', "%22").replace([' ', '\n'], ""));
    ///
    /// let mut service = site::POLICY.layer().accept_banner_cookie().layer(tower::service_fn(|_: http::Request<()>| async {
    ///     Ok::<_, std::convert::Infallible>(http::Response::new(()))
    /// }));
    /// # use tower::{Layer, Service};
    /// let request = http::Request::builder().header("cookie", &request_cookie).body(()).unwrap();
    /// assert!(service.call(request).request_consent().allows(Category::Statistics));
    ///
    /// let mut default = site::POLICY.layer().layer(tower::service_fn(|_: http::Request<()>| async {
    ///     Ok::<_, std::convert::Infallible>(http::Response::new(()))
    /// }));
    /// let request = http::Request::builder().header("cookie", &request_cookie).body(()).unwrap();
    /// assert_eq!(default.call(request).request_consent(), Consent::necessary_only());
    /// ```
    #[cfg(feature = "cookieconsent")]
    #[must_use]
    pub const fn accept_banner_cookie(mut self) -> CookiePolicyLayer {
        self.rules = self.rules.reading(ConsentFormat::OursAndBanner);
        self
    }

    /// The layer as an auditor, for rolling a policy out on a live site:
    /// it drops nothing, and reports every `Set-Cookie` it would drop, and
    /// every one it lets pass whose attributes differ from the declaration
    /// ([`DropReason::Attributes`](super::DropReason::Attributes): a
    /// longer lifetime than declared, a declared `Secure`, `HttpOnly` or
    /// `Partitioned` missing, a declared `SameSite`, `Domain` or `Path`
    /// missing or different: the audit's `attribute` findings, by the same
    /// comparison). Each goes to the [`on_drop`](Self::on_drop) callback,
    /// as a [`Dropped`] whose [`dropped()`](Dropped::dropped) is `false`,
    /// and to `tracing` (`report-only: kept ...` at the level the layer
    /// drops at, attribute differences at `WARN` with a `differences`
    /// field). A response with nothing to report costs no allocation.
    ///
    /// ```
    /// use cookie_policy::http::{DropReason, Dropped};
    /// use cookie_policy::Consent;
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "Example" {
    ///             SESSION: "session" { function: "Sign-in", purpose: "To keep you signed in", secure, http_only }
    ///         } }
    ///         marketing { provider "Ads" { AD: "ad" { function: "Ads", purpose: "Ads" } } }
    ///     }
    /// }
    /// let mut headers = http::HeaderMap::new();
    /// headers.append("set-cookie", "session=1; Secure".parse().unwrap()); // HttpOnly missing
    /// headers.append("set-cookie", "ad=1".parse().unwrap()); // needs consent
    /// let before = headers.clone();
    /// let mut reports = Vec::new();
    /// let removed = site::POLICY.layer().report_only().enforce_with(
    ///     Consent::necessary_only(), &mut headers,
    ///     |d: &Dropped<'_>| reports.push(d.to_string()));
    /// assert_eq!((removed, &headers), (0, &before));
    /// assert_eq!(reports, [
    ///     "reported Set-Cookie \"session\": set with other attributes than declared: `HttpOnly` missing",
    ///     "would drop Set-Cookie \"ad\": no consent to marketing",
    /// ]);
    /// ```
    #[must_use]
    pub const fn report_only(mut self) -> CookiePolicyLayer {
        self.report_only = true;
        self
    }

    /// Whether the layer only reports ([`report_only`](Self::report_only)).
    ///
    /// ```
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// assert!(!site::POLICY.layer().is_report_only());
    /// assert!(site::POLICY.layer().report_only().is_report_only());
    /// ```
    pub const fn is_report_only(&self) -> bool {
        self.report_only
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
        self.rules.policy()
    }

    /// What the layer does to a response, without tower: removes from
    /// `headers` every `Set-Cookie` that may not be set under `consent` (the
    /// request's consent; a consent cookie set in `headers` takes its place,
    /// see the [module](super)), reports each, and returns how many it
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
        self.enforce_for(consent, Consent::all(), headers)
    }

    /// [`enforce`](CookiePolicyLayer::enforce) for a request whose
    /// [`ceiling`](RequestConsent::ceiling) is `ceiling`: a consent cookie
    /// the response sets counts only up to it.
    pub(super) fn enforce_for(
        &self,
        consent: Consent,
        ceiling: Consent,
        headers: &mut HeaderMap,
    ) -> usize {
        let on_drop = self.on_drop.as_deref();
        self.enforce_reporting(consent, ceiling, headers, |dropped| {
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
        self.enforce_reporting(consent, Consent::all(), headers, report)
    }

    /// Drops (or, [`report_only`](Self::report_only), only reports) what
    /// `consent`, and a consent the response sets up to `ceiling`, do not
    /// allow.
    fn enforce_reporting<F>(
        &self,
        consent: Consent,
        ceiling: Consent,
        headers: &mut HeaderMap,
        report: F,
    ) -> usize
    where
        F: FnMut(&Dropped<'_>),
    {
        if self.report_only {
            report_only(self.rules, consent, ceiling, headers, report);
            return 0;
        }
        enforce(self.rules, consent, ceiling, headers, report)
    }
}

impl fmt::Debug for CookiePolicyLayer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CookiePolicyLayer")
            .field("site", &self.policy().site())
            .field("consent_format", &self.rules.format())
            .field("on_drop", &self.on_drop.is_some())
            .field("gpc_refuses", &self.gpc_refuses)
            .field("report_only", &self.report_only)
            .finish()
    }
}

impl<S> Layer<S> for CookiePolicyLayer {
    type Service = CookiePolicyService<S>;

    fn layer(&self, inner: S) -> CookiePolicyService<S> {
        CookiePolicyService::with_layer(inner, self.clone())
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
