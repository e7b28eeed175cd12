//! [`CookiePolicyService`]: reads the request's consent, calls the inner
//! service, and hands both to the [`ResponseFuture`].

use core::fmt;
use core::task::{Context, Poll};

use ::http::{Request, Response};
use tower_service::Service;

use super::{CookiePolicyLayer, ResponseFuture};
use crate::Policy;

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
        CookiePolicyService::with_layer(inner, CookiePolicyLayer::new(policy))
    }

    /// `inner` behind `layer` (what [`Layer::layer`](tower_layer::Layer::layer) builds).
    pub(super) const fn with_layer(inner: S, layer: CookiePolicyLayer) -> CookiePolicyService<S> {
        CookiePolicyService { inner, layer }
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

    #[cfg_attr(not(feature = "axum"), allow(unused_mut))]
    fn call(&mut self, mut request: Request<ReqBody>) -> ResponseFuture<S::Future> {
        let read = self.layer.read_request(request.headers());
        #[cfg(feature = "axum")]
        request.extensions_mut().insert(read);
        ResponseFuture::new(self.inner.call(request), self.layer.clone(), read)
    }
}
