//! `GET /cookies`: the policy page in the visitor's language, with their
//! choice and the form to change it.

use ::axum::extract::Request;
use ::axum::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_LANGUAGE, CONTENT_TYPE, VARY};
use ::axum::http::{HeaderMap, HeaderValue, StatusCode};
use ::axum::response::{IntoResponse, Response};

use super::visitor;
use crate::header::{accept_language, form};
use crate::render::ChoiceForm;
use crate::Policy;

/// The language of the page: `?lang=` when it names a declared language,
/// else the best declared language of `Accept-Language`, else the
/// default language.
pub(crate) fn language(policy: &Policy, query: Option<&str>, headers: &HeaderMap) -> &'static str {
    let asked = query
        .and_then(|q| form::fields(q.as_bytes()).ok())
        .and_then(|pairs| pairs.into_iter().find(|(key, _)| key == "lang"))
        .and_then(|(_, lang)| policy.languages().iter().copied().find(|l| *l == lang));
    asked
        .or_else(|| {
            let fields: Vec<&[u8]> = headers
                .get_all(ACCEPT_LANGUAGE)
                .iter()
                .map(HeaderValue::as_bytes)
                .collect();
            accept_language::best(fields.iter(), policy.languages())
        })
        .unwrap_or_else(|| policy.default_language())
}

/// The page of `policy` for `request`.
pub(super) async fn page(policy: &'static Policy, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let lang = language(policy, parts.uri.query(), &parts.headers);
    let visitor = visitor(policy, &parts);
    // Relative: the form posts to `consent` next to this page wherever
    // the routes are nested.
    let form = ChoiceForm::new("cookies/consent", visitor.status())
        .gpc(visitor.gpc_refuses(), visitor.gpc());
    let Some(html) = policy.render_html_with_choice_in(lang, &form) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut response = html.into_response();
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(tag) = HeaderValue::try_from(lang.replace('_', "-")) {
        headers.insert(CONTENT_LANGUAGE, tag);
    }
    headers.insert(VARY, HeaderValue::from_static("Accept-Language"));
    // The page shows this visitor's choice.
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    response
}
