//! The inner service behind the layer in the layer's tests and benchmarks:
//! it answers at once (a ready future) with the response a closure makes,
//! so a request goes through the layer without a runtime or a network.

use std::convert::Infallible;
use std::future::{ready, Future, Ready};
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use http::header::{CONTENT_TYPE, SET_COOKIE};
use http::{HeaderValue, Request, Response};
use tower_service::Service;

/// A service answering every request at once with `respond()`.
///
/// `Answer::once(response)` hands out one response prepared beforehand
/// (moving it out allocates nothing); `Answer(move || ...)` makes one per
/// call.
#[derive(Clone)]
pub struct Answer<F>(pub F);

impl Answer<()> {
    /// A service that answers its one call with `response`, and panics if
    /// called again.
    pub fn once(response: Response<()>) -> Answer<impl FnMut() -> Response<()>> {
        let mut response = Some(response);
        Answer(move || response.take().expect("one call"))
    }
}

impl<F: FnMut() -> Response<()>> Service<Request<()>> for Answer<F> {
    type Response = Response<()>;
    type Error = Infallible;
    type Future = Ready<Result<Response<()>, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: Request<()>) -> Self::Future {
        ready(Ok((self.0)()))
    }
}

/// Calls `service` with `request` and returns its response, which must be
/// ready at the first poll (as it is for an [`Answer`] behind the layer).
pub fn call_now<S>(service: &mut S, request: Request<()>) -> Response<()>
where
    S: Service<Request<()>, Response = Response<()>, Error = Infallible>,
{
    let future = pin!(service.call(request));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(response)) => response,
        Poll::Ready(Err(never)) => match never {},
        Poll::Pending => panic!("the inner service answers at once"),
    }
}

/// A page's response: `Content-Type: text/html; charset=utf-8`, then one
/// `Set-Cookie` per value, in order.
pub fn page(set_cookies: &[&'static str]) -> Response<()> {
    let mut response = Response::new(());
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    for value in set_cookies {
        headers.append(SET_COOKIE, HeaderValue::from_static(value));
    }
    response
}
