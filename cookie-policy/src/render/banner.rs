//! The configuration of the vanilla-cookieconsent 3 banner
//! (`CookieConsent.run(config)`, npm package `vanilla-cookieconsent`).
//!
//! It is built from the same [`Page`] per language that the Markdown and
//! HTML writers print, its texts written by the HTML writer (the library
//! inserts them with `innerHTML`).

use super::html;
use super::json::Json;
use super::page::{self, Page, Section};
use crate::{Category, Policy};

/// The JavaScript adapter for the prefix patterns of
/// [`Policy::to_cookieconsent_config`].
///
/// JSON has no regular expressions, so the configuration writes a prefix
/// pattern such as `_ga_*` as `{"name": "_ga_*", "pattern": true}` in a
/// category's `autoClear.cookies`. This snippet defines
/// `cookiePolicyConsentConfig(config)`, which replaces each such entry by
/// `{name: /^_ga_/}` (the prefix, regex-escaped) and returns the config, ready
/// for `CookieConsent.run`. Without the adapter the library compares the
/// literal name `_ga_*`, which matches no cookie: patterns are then simply not
/// cleared, nothing breaks.
/// [`Policy::to_cookieconsent_script`] includes it.
///
/// ```
/// let js = cookie_policy::render::COOKIECONSENT_ADAPTER_JS;
/// assert!(js.contains("function cookiePolicyConsentConfig(config)"));
/// ```
pub const COOKIECONSENT_ADAPTER_JS: &str = r#"/* cookie-policy: turns {"name": "_ga_*", "pattern": true} entries of autoClear.cookies into RegExps. */
function cookiePolicyConsentConfig(config) {
  var escape = function (text) { return text.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&'); };
  var categories = (config && config.categories) || {};
  Object.keys(categories).forEach(function (key) {
    var clear = categories[key] && categories[key].autoClear;
    if (!clear || !Array.isArray(clear.cookies)) { return; }
    clear.cookies = clear.cookies.map(function (item) {
      if (!item || item.pattern !== true || typeof item.name !== 'string') { return item; }
      var out = { name: new RegExp('^' + escape(item.name.replace(/\*$/, ''))) };
      if (typeof item.path === 'string') { out.path = item.path; }
      if (typeof item.domain === 'string') { out.domain = item.domain; }
      return out;
    });
  });
  return config;
}
"#;

/// The `categories` object: `necessary` (and any category whose cookies are
/// all exempt, such as anonymized statistics) is enabled and read-only; the
/// others clear their consent-requiring cookies when refused.
fn categories(policy: &Policy, sections: &[Section]) -> Json {
    let mut out = vec![(
        Category::Necessary.as_str(),
        Json::Object(vec![
            ("enabled", Json::Bool(true)),
            ("readOnly", Json::Bool(true)),
        ]),
    )];
    for category in sections
        .iter()
        .map(|s| s.category)
        .filter(|&c| c != Category::Necessary)
    {
        let cookies: Vec<Json> = policy
            .cookies()
            .iter()
            .filter(|c| c.category() == category && c.requires_consent())
            .map(|c| {
                let mut item = vec![("name", Json::str(c.name()))];
                if c.is_pattern() {
                    item.push(("pattern", Json::Bool(true)));
                }
                if let Some(domain) = c.domain() {
                    item.push(("domain", Json::str(domain)));
                }
                if let Some(path) = c.path() {
                    item.push(("path", Json::str(path)));
                }
                Json::Object(item)
            })
            .collect();
        let json = if cookies.is_empty() {
            Json::Object(vec![
                ("enabled", Json::Bool(true)),
                ("readOnly", Json::Bool(true)),
            ])
        } else {
            Json::Object(vec![(
                "autoClear",
                Json::Object(vec![("cookies", Json::Array(cookies))]),
            )])
        };
        out.push((category.as_str(), json));
    }
    Json::Object(out)
}

/// The `cookie` object: the consent cookie's declared name and attributes.
fn cookie(policy: &Policy) -> Option<Json> {
    let consent = policy.consent_cookie()?;
    let mut out = vec![("name", Json::str(consent.name()))];
    if let Some(age) = consent.max_age() {
        out.push((
            "expiresAfterDays",
            Json::Number(age.as_secs().div_ceil(86_400).max(1)),
        ));
    }
    if let Some(domain) = consent.domain() {
        out.push(("domain", Json::str(domain)));
    }
    if let Some(path) = consent.path() {
        out.push(("path", Json::str(path)));
    }
    if let Some(same_site) = consent.same_site() {
        out.push(("sameSite", Json::str(same_site.as_str())));
    }
    out.push(("secure", Json::Bool(consent.secure())));
    Some(Json::Object(out))
}

/// The `cookieTable` of a category: the same columns and rows as the pages,
/// with HTML cells.
fn cookie_table(page: &Page, section: &Section) -> Json {
    let table = &section.table;
    let headers = table
        .columns
        .iter()
        .map(|c| (c.key(), Json::String(html::text(c.header(page.prose)))))
        .collect();
    let body = table
        .rows
        .iter()
        .map(|row| {
            Json::Object(
                table
                    .columns
                    .iter()
                    .map(|c| {
                        let cell = row.cell(*c, page.prose, page.site);
                        (c.key(), Json::String(html::cell(&cell)))
                    })
                    .collect(),
            )
        })
        .collect();
    Json::Object(vec![
        ("headers", Json::Object(headers)),
        ("body", Json::Array(body)),
    ])
}

/// `first`, a space and `then`, as HTML.
fn joined(first: &[page::Inline], then: &[page::Inline]) -> String {
    let mut out = html::inlines(first);
    out.push(' ');
    out.push_str(&html::inlines(then));
    out
}

/// The translation of one declared language: its page, as the banner shows
/// it. Every string is HTML.
fn translation(page: &Page) -> Json {
    let prose = page.prose;
    let text = |text: &str| Json::String(html::text(text));
    let mut sections = vec![Json::Object(vec![
        ("title", text(prose.usage_title)),
        ("description", Json::String(html::inlines(&page.kinds.body))),
    ])];
    for section in &page.sections {
        sections.push(Json::Object(vec![
            ("title", Json::String(html::inlines(&section.heading))),
            (
                "description",
                Json::String(joined(&section.description, &section.note)),
            ),
            ("linkedCategory", Json::str(section.category.as_str())),
            ("cookieTable", cookie_table(page, section)),
        ]));
    }
    let choice = match &page.consent_cookie_note {
        Some(note) => joined(&page.choice.body, note),
        None => html::inlines(&page.choice.body),
    };
    sections.push(Json::Object(vec![
        ("title", Json::String(html::inlines(&page.choice.heading))),
        ("description", Json::String(choice)),
    ]));
    Json::Object(vec![
        (
            "consentModal",
            Json::Object(vec![
                ("title", text(prose.banner_title)),
                (
                    "description",
                    Json::String(html::inlines(&page.banner_description)),
                ),
                ("acceptAllBtn", text(prose.accept_all)),
                ("acceptNecessaryBtn", text(prose.reject_all)),
                ("showPreferencesBtn", text(prose.manage)),
            ]),
        ),
        (
            "preferencesModal",
            Json::Object(vec![
                ("title", text(prose.preferences_title)),
                ("acceptAllBtn", text(prose.accept_all)),
                ("acceptNecessaryBtn", text(prose.reject_all)),
                ("savePreferencesBtn", text(prose.save)),
                ("closeIconLabel", text(prose.close)),
                ("sections", Json::Array(sections)),
            ]),
        ),
    ])
}

pub(crate) fn config(policy: &Policy) -> Json {
    let default = policy.default_language();
    let mut languages: Vec<&'static str> = policy.languages().to_vec();
    if languages.is_empty() {
        languages.push(default);
    }
    // The first declared language is the default one.
    let pages: Vec<Page> = languages
        .iter()
        .map(|lang| page::build(policy, lang))
        .collect();
    let sections = pages.first().map_or(&[][..], |page| &page.sections[..]);
    let translations = pages
        .iter()
        .map(|page| (page.lang, translation(page)))
        .collect();
    let mut out = vec![("revision", Json::Number(policy.cookieconsent_revision()))];
    if let Some(cookie) = cookie(policy) {
        out.push(("cookie", cookie));
    }
    out.push(("categories", categories(policy, sections)));
    out.push((
        "language",
        Json::Object(vec![
            ("default", Json::str(default)),
            ("autoDetect", Json::str("document")),
            ("translations", Json::Object(translations)),
        ]),
    ));
    Json::Object(out)
}
