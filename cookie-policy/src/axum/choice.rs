//! A visitor's choice as the consent endpoint reports it ([`Choice`]), and
//! the callback that hears of every choice before the endpoint answers
//! ([`OnChoice::on_choice`]).

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use std::sync::Arc;

use ::axum::extract::Request;
use ::axum::Router;
use tower_layer::Layer;
use tower_service::Service;

use crate::{Consent, ConsentStatus};

/// Where a choice came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChoiceSource {
    /// The plain HTML form (of the policy page, or the site's own).
    Form,
    /// A JSON request (`{"accept": [...]}`).
    Json,
    /// The banner script (`/cookies/banner.js`), which posts JSON with
    /// `"source": "banner"`.
    Banner,
    /// Global Privacy Control: the request carried `Sec-GPC: 1`, which
    /// refused a category it accepted. Only a record of the choice
    /// (feature `records`) says `gpc`; the callback hears where the
    /// request came from, and [`Choice::gpc`].
    Gpc,
}

impl ChoiceSource {
    /// `form`, `json`, `banner` or `gpc`.
    ///
    /// ```
    /// assert_eq!(cookie_policy::axum::ChoiceSource::Banner.as_str(), "banner");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ChoiceSource::Form => "form",
            ChoiceSource::Json => "json",
            ChoiceSource::Banner => "banner",
            ChoiceSource::Gpc => "gpc",
        }
    }
}

impl fmt::Display for ChoiceSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One choice a visitor made at the consent endpoint, as reported to the
/// [`on_choice`](OnChoice::on_choice) callback before the endpoint answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub(super) previous: ConsentStatus,
    pub(super) consent: Consent,
    pub(super) revision: u64,
    pub(super) source: ChoiceSource,
    pub(super) gpc: bool,
}

impl Choice {
    /// What the request said of the visitor's answer before this choice
    /// (Global Privacy Control applied).
    pub const fn previous(&self) -> ConsentStatus {
        self.previous
    }

    /// The new consent, as the consent cookie now records it: the
    /// categories accepted, less those Global Privacy Control refuses.
    pub const fn consent(&self) -> Consent {
        self.consent
    }

    /// The policy [revision](crate::Policy::revision) the visitor answered.
    pub const fn revision(&self) -> u64 {
        self.revision
    }

    /// Where the choice came from.
    pub const fn source(&self) -> ChoiceSource {
        self.source
    }

    /// Whether the request carried Global Privacy Control (`Sec-GPC: 1`).
    pub const fn gpc(&self) -> bool {
        self.gpc
    }
}

/// The error of an [`on_choice_async`](OnChoice::on_choice_async)
/// callback: the endpoint answers `503 Service Unavailable` with it and
/// changes nothing.
pub type ChoiceError = Box<dyn std::error::Error + Send + Sync>;

type BoxFuture = Pin<Box<dyn Future<Output = Result<(), ChoiceError>> + Send>>;

/// The callback, as the endpoint finds it in the request's extensions.
#[derive(Clone)]
pub(super) struct ChoiceHook(Arc<dyn Fn(Choice) -> BoxFuture + Send + Sync>);

impl ChoiceHook {
    pub(super) fn call(&self, choice: Choice) -> BoxFuture {
        (self.0)(choice)
    }
}

impl fmt::Debug for ChoiceHook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ChoiceHook")
    }
}

/// Callbacks on the consent endpoint of [`routes`](super::routes): every
/// choice a visitor makes is reported, before the endpoint answers and
/// before any cookie is set. Implemented for `axum::Router`: call it on
/// what `routes` returns (a later call replaces an earlier one).
///
/// ```
/// use cookie_policy::axum::{routes, OnChoice};
/// # cookie_policy::cookie_policy! { mod site { site: "https://example.org", consent_cookie: C,
/// #     necessary { provider "E" { C: "c" { function: "f", purpose: "p" } } } } }
/// let app: axum::Router = routes(&site::POLICY).on_choice(|choice| {
///     println!("{} chose {:?} (revision {:x})", choice.source(), choice.consent(), choice.revision());
/// });
/// ```
pub trait OnChoice: Sized {
    /// Calls `callback` with every choice, before the endpoint answers.
    fn on_choice<F>(self, callback: F) -> Self
    where
        F: Fn(&Choice) + Send + Sync + 'static,
    {
        self.on_choice_async(move |choice| {
            callback(&choice);
            core::future::ready(Ok(()))
        })
    }

    /// Awaits `callback(choice)` for every choice before the endpoint
    /// answers (to store a record of it, say): when it fails, the endpoint
    /// answers `503 Service Unavailable` with the error's message and sets
    /// no cookie: no record, no consent.
    fn on_choice_async<F, Fut>(self, callback: F) -> Self
    where
        F: Fn(Choice) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), ChoiceError>> + Send + 'static;
}

impl<S: Clone + Send + Sync + 'static> OnChoice for Router<S> {
    fn on_choice_async<F, Fut>(self, callback: F) -> Self
    where
        F: Fn(Choice) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), ChoiceError>> + Send + 'static,
    {
        let hook = ChoiceHook(Arc::new(move |choice| {
            Box::pin(callback(choice)) as BoxFuture
        }));
        self.layer(HookLayer(hook))
    }
}

/// Puts a [`ChoiceHook`] in the request's extensions, unless an outer one
/// (a later `on_choice`) already did.
#[derive(Clone)]
struct HookLayer(ChoiceHook);

impl<S> Layer<S> for HookLayer {
    type Service = HookService<S>;

    fn layer(&self, inner: S) -> HookService<S> {
        HookService {
            inner,
            hook: self.0.clone(),
        }
    }
}

#[derive(Clone)]
struct HookService<S> {
    inner: S,
    hook: ChoiceHook,
}

impl<S: Service<Request>> Service<Request> for HookService<S> {
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request) -> S::Future {
        if request.extensions().get::<ChoiceHook>().is_none() {
            request.extensions_mut().insert(self.hook.clone());
        }
        self.inner.call(request)
    }
}
