//! [`ResponseFuture`]: the inner service's future, with the policy enforced
//! on the response when it is ready.

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{ready, Context, Poll};

use ::http::Response;

use super::{CookiePolicyLayer, RequestConsent};
use crate::Consent;

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
        read: RequestConsent,
    }
}

impl<F> ResponseFuture<F> {
    /// `inner`, whose response `layer` judges; `read` is what it read of
    /// the request.
    pub(super) const fn new(inner: F, layer: CookiePolicyLayer, read: RequestConsent) -> Self {
        ResponseFuture { inner, layer, read }
    }

    /// The visitor's consent the request carried (Global Privacy Control
    /// applied, see [`RequestConsent::consent`]).
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
        self.read.consent()
    }

    /// Everything the layer read of the request.
    pub const fn request(&self) -> RequestConsent {
        self.read
    }
}

impl<F> fmt::Debug for ResponseFuture<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture")
            .field("layer", &self.layer)
            .field("request", &self.read)
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
        let read = *this.read;
        this.layer
            .enforce_for(read.consent(), read.ceiling(), response.headers_mut());
        Poll::Ready(Ok(response))
    }
}
