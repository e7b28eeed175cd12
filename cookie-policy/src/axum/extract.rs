//! The extractors: [`Consent`], [`ConsentStatus`] and [`RequestConsent`],
//! read from what the layer stored in the request's extensions.

use core::fmt;

use ::axum::extract::FromRequestParts;
use ::axum::http::request::Parts;
use ::axum::http::StatusCode;
use ::axum::response::{IntoResponse, Response};

use crate::http::RequestConsent;
use crate::{Consent, ConsentStatus};

/// The rejection of the extractors when the request did not pass the
/// policy's layer: a `500 Internal Server Error` saying so (a bug in the
/// program's routing, not the visitor's).
///
/// ```
/// use axum::response::IntoResponse;
/// let response = cookie_policy::axum::LayerMissing.into_response();
/// assert_eq!(response.status(), 500);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerMissing;

impl fmt::Display for LayerMissing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "cookie-policy: the visitor's consent is read by the policy's layer, which this \
             route is not behind: add `.layer(POLICY.layer())` to the router, after the routes \
             that extract `Consent` or `ConsentStatus`, or wrap the whole router in it \
             (`POLICY.layer().layer(router)`)",
        )
    }
}

impl std::error::Error for LayerMissing {}

impl IntoResponse for LayerMissing {
    fn into_response(self) -> Response {
        (StatusCode::INTERNAL_SERVER_ERROR, self.to_string()).into_response()
    }
}

/// What the layer read of the request, from its extensions.
fn read(parts: &Parts) -> Result<RequestConsent, LayerMissing> {
    parts
        .extensions
        .get::<RequestConsent>()
        .copied()
        .ok_or(LayerMissing)
}

/// Everything the layer read of the request (feature `axum`).
impl<S: Send + Sync> FromRequestParts<S> for RequestConsent {
    type Rejection = LayerMissing;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, LayerMissing> {
        read(parts)
    }
}

/// The visitor's consent in force, Global Privacy Control applied
/// (feature `axum`; see [`RequestConsent::consent`]).
impl<S: Send + Sync> FromRequestParts<S> for Consent {
    type Rejection = LayerMissing;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, LayerMissing> {
        read(parts).map(RequestConsent::consent)
    }
}

/// The status of the visitor's answer, Global Privacy Control applied
/// (feature `axum`; see [`RequestConsent::status`]).
impl<S: Send + Sync> FromRequestParts<S> for ConsentStatus {
    type Rejection = LayerMissing;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, LayerMissing> {
        read(parts).map(RequestConsent::status)
    }
}
