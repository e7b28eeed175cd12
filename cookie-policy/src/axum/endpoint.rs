//! `POST /cookies/consent`: the visitor's choice, checked (same origin,
//! body), reported, and answered with the consent cookie and the removal
//! cookies of every refused category.

use ::axum::body::Body;
use ::axum::extract::Request;
use ::axum::http::header::{CONTENT_LENGTH, COOKIE, LOCATION, SET_COOKIE};
use ::axum::http::{HeaderValue, StatusCode};
use ::axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, LengthLimitError, Limited};

use super::body::{self, Format};
use super::choice::{Choice, ChoiceHook};
use super::{origin, visitor};
use crate::header::cookie;
use crate::{Consent, ConsentId, Policy};

/// The largest body the endpoint reads: a form or JSON naming every
/// category, with room for a framework's hidden fields.
pub const MAX_BODY: usize = 4096;

/// A refusal: its status and message; nothing is changed.
fn refuse(status: StatusCode, message: impl Into<String>) -> Response {
    let mut message = message.into();
    message.push('\n');
    (status, message).into_response()
}

/// Reads the body, at most [`MAX_BODY`] bytes; `Err` is the response.
async fn read_body(body: Body, declared: Option<u64>) -> Result<Vec<u8>, Response> {
    let too_large = || {
        refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the body is larger than the consent endpoint reads ({MAX_BODY} bytes)"),
        )
    };
    if declared.is_some_and(|length| length > MAX_BODY as u64) {
        return Err(too_large());
    }
    match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => Ok(collected.to_bytes().to_vec()),
        Err(error) if error.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
        Err(error) => Err(refuse(
            StatusCode::BAD_REQUEST,
            format!("the body could not be read: {error}"),
        )),
    }
}

/// The consent endpoint of `policy`.
pub(super) async fn consent(policy: &'static Policy, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    if policy.consent_cookie().is_none() {
        return refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the cookie policy declares no consent_cookie: there is nowhere to store the choice",
        );
    }
    if let Err(reason) = origin::check(policy, &parts.headers, &parts.uri) {
        return refuse(StatusCode::FORBIDDEN, reason);
    }
    let format = match body::format(&parts.headers) {
        Ok(format) => format,
        Err(message) => return refuse(StatusCode::BAD_REQUEST, message),
    };
    let declared = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let bytes = match read_body(body, declared).await {
        Ok(bytes) => bytes,
        Err(response) => return response,
    };
    let (accepted, source) = match body::read(policy, format, &bytes) {
        Ok(read) => read,
        Err(message) => return refuse(StatusCode::BAD_REQUEST, message),
    };
    let visitor = visitor(policy, &parts);
    let consent = accepted.intersection(visitor.ceiling()).for_policy(policy);
    let choice = Choice {
        previous: visitor.status(),
        consent,
        revision: policy.revision(),
        source,
        gpc: visitor.gpc(),
    };
    if let Some(hook) = parts.extensions.get::<ChoiceHook>() {
        if let Err(error) = hook.call(choice).await {
            return refuse(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("the choice could not be recorded, nothing was changed: {error}"),
            );
        }
    }
    #[cfg(feature = "records")]
    let consent_id = match parts.extensions.get::<crate::records::Attached>() {
        Some(store) => match store
            .record(policy, &parts.headers, &choice, accepted)
            .await
        {
            Ok(id) => Some(id),
            Err(error) => return unavailable(&error),
        },
        None => None,
    };
    #[cfg(not(feature = "records"))]
    let consent_id = None;
    let mut response = match format {
        Format::Form => {
            let target = origin::redirect_target(policy, &parts.headers, &parts.uri);
            let mut response = StatusCode::SEE_OTHER.into_response();
            if let Ok(location) = HeaderValue::try_from(target) {
                response.headers_mut().insert(LOCATION, location);
            }
            response
        }
        Format::Json => StatusCode::NO_CONTENT.into_response(),
    };
    let headers = response.headers_mut();
    for cookie in set_cookies(policy, consent, consent_id, &parts.headers) {
        if let Ok(value) = HeaderValue::try_from(cookie) {
            headers.append(SET_COOKIE, value);
        }
    }
    response
}

/// `503 Service Unavailable`: the record of the choice could not be
/// written, so nothing is set (no record, no consent).
#[cfg(feature = "records")]
fn unavailable(error: &crate::records::StoreError) -> Response {
    let mut response = refuse(
        StatusCode::SERVICE_UNAVAILABLE,
        format!("the choice could not be recorded, nothing was changed: {error}"),
    );
    response.headers_mut().insert(
        ::axum::http::header::RETRY_AFTER,
        HeaderValue::from(crate::records::RETRY_AFTER_SECONDS),
    );
    response
}

/// The `Set-Cookie` values answering `consent`: the consent cookie (with
/// the visitor's consent id when the choice was recorded), then a
/// removal cookie (with the declared `Domain` and `Path`) for every
/// first-party cookie `consent` does not allow: each declared name, and
/// each name in the request's `Cookie` fields that a refused prefix
/// pattern covers. Third-party cookies cannot be deleted by this site.
pub(crate) fn set_cookies(
    policy: &'static Policy,
    consent: Consent,
    consent_id: Option<ConsentId>,
    request: &::axum::http::HeaderMap,
) -> Vec<String> {
    let mut out = Vec::new();
    let cookie = match consent_id {
        Some(id) => policy.consent_cookie_with_id(consent, id),
        None => policy.consent_cookie_for(consent),
    };
    if let Some(cookie) = cookie {
        out.push(cookie.to_string());
    }
    let refused = |spec: &crate::CookieSpec| !consent.allows_cookie(spec) && !spec.is_third_party();
    for spec in policy
        .cookies()
        .iter()
        .filter(|s| !s.is_pattern() && refused(s))
    {
        out.push(spec.removal_cookie().to_string());
    }
    let mut names: Vec<&str> = request
        .get_all(COOKIE)
        .iter()
        .flat_map(|header| cookie::pairs(header.as_bytes()))
        .filter_map(|(name, _)| core::str::from_utf8(name).ok())
        .collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        if let Some(spec) = policy.get(name).filter(|s| s.is_pattern() && refused(s)) {
            if let Ok(removal) = spec.removal_cookie_named(name) {
                out.push(removal.to_string());
            }
        }
    }
    out
}
