//! Where a request to the consent endpoint comes from: the same-origin
//! check (the site's declared origin, or the request's own `Host`, so that
//! staging hosts and localhost work) and the redirect target a form gets.

use ::axum::http::header::{HOST, ORIGIN, REFERER};
use ::axum::http::uri::{Authority, Scheme};
use ::axum::http::{HeaderMap, HeaderName, Uri};

use crate::header::bytes::trim;
use crate::header::percent::encode_byte_into;
use crate::Policy;

/// `Sec-Fetch-Site`, which browsers send with every request.
const SEC_FETCH_SITE: HeaderName = HeaderName::from_static("sec-fetch-site");

/// An origin: scheme, host (lower case) and port (the scheme's default when
/// none is written).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Origin {
    scheme: String,
    host: String,
    port: u16,
}

fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" => Some(80),
        "https" => Some(443),
        _ => None,
    }
}

/// The origin of an absolute `http`/`https` URL.
fn origin_of(uri: &Uri) -> Option<Origin> {
    let scheme = uri.scheme().map(Scheme::as_str)?.to_ascii_lowercase();
    let authority = uri.authority()?;
    if authority.as_str().contains('@') {
        return None;
    }
    let port = match authority.port_u16() {
        Some(port) => port,
        None => default_port(&scheme)?,
    };
    Some(Origin {
        host: authority.host().to_ascii_lowercase(),
        scheme,
        port,
    })
}

/// Whether `origin` is the request's own host: the `Host` header (or, in
/// HTTP/2, the URI's authority) names its host and port (the port read by
/// the origin's scheme when `Host` has none).
fn is_own_host(origin: &Origin, headers: &HeaderMap, uri: &Uri) -> bool {
    let host = headers
        .get(HOST)
        .and_then(|h| Authority::try_from(trim(h.as_bytes())).ok())
        .or_else(|| uri.authority().cloned());
    host.is_some_and(|host| {
        host.host().eq_ignore_ascii_case(&origin.host)
            && host.port_u16().or(default_port(&origin.scheme)) == Some(origin.port)
    })
}

/// Whether the URL `url` (an `Origin` or `Referer` value) is of the site's
/// declared origin or of the request's own host.
fn same_origin(policy: &Policy, url: &[u8], headers: &HeaderMap, uri: &Uri) -> bool {
    let Some(origin) = Uri::try_from(url).ok().as_ref().and_then(origin_of) else {
        return false;
    };
    let site = Uri::try_from(policy.site()).ok();
    site.as_ref().and_then(origin_of).as_ref() == Some(&origin)
        || is_own_host(&origin, headers, uri)
}

/// Why a request is refused as cross-site, or `Ok`: `Sec-Fetch-Site:
/// cross-site`, or an `Origin` that is neither the site's declared origin
/// nor the request's own host (`Origin: null` is foreign unless the
/// browser says the request is same-origin). A request without either
/// header (not a browser's) passes.
pub(crate) fn check(policy: &Policy, headers: &HeaderMap, uri: &Uri) -> Result<(), &'static str> {
    let fetch_site = headers.get(SEC_FETCH_SITE).map(|v| trim(v.as_bytes()));
    if fetch_site.is_some_and(|site| site.eq_ignore_ascii_case(b"cross-site")) {
        return Err(
            "a cross-site request (Sec-Fetch-Site: cross-site) cannot change the visitor's consent",
        );
    }
    for origin in headers.get_all(ORIGIN) {
        let origin = trim(origin.as_bytes());
        if origin == b"null" {
            if fetch_site.is_some_and(|site| site.eq_ignore_ascii_case(b"same-origin")) {
                continue;
            }
            return Err("a request from an opaque origin (Origin: null) cannot change the visitor's consent");
        }
        if !same_origin(policy, origin, headers, uri) {
            return Err("a request from another origin cannot change the visitor's consent");
        }
    }
    Ok(())
}

/// Where a form is sent back to: the path (and query) of its `Referer`
/// when that is of the same origin (see [`check`]), else `/`. Only ever a
/// path on this host: never another site, never a scheme-relative `//`;
/// its bytes other than visible ASCII (which a `Referer` may carry as
/// `obs-text`) percent-encoded, so that `Location` is always a valid URI
/// reference.
pub(crate) fn redirect_target(policy: &Policy, headers: &HeaderMap, uri: &Uri) -> String {
    let Some(referer) = headers.get(REFERER).map(|v| trim(v.as_bytes())) else {
        return "/".to_string();
    };
    if !same_origin(policy, referer, headers, uri) {
        return "/".to_string();
    }
    let Ok(referer) = Uri::try_from(referer) else {
        return "/".to_string();
    };
    match referer.path_and_query().map(|p| p.as_str()) {
        Some(path)
            if path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\") =>
        {
            let mut target = String::with_capacity(path.len());
            for &b in path.as_bytes() {
                if b.is_ascii_graphic() {
                    target.push(char::from(b));
                } else {
                    encode_byte_into(&mut target, b);
                }
            }
            target
        }
        _ => "/".to_string(),
    }
}
