//! The configuration of the vanilla-cookieconsent 3 banner
//! (`CookieConsent.run(config)`, npm package `vanilla-cookieconsent`).

use super::escape::html;
use super::html::{cell_into, inlines_into};
use super::json::Json;
use super::page::{consent_note, fill, Inline};
use super::prose::{self, Prose};
use super::table::{self, Table};
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
fn categories(policy: &Policy, tables: &[Table]) -> Json {
    let mut out = vec![(
        Category::Necessary.as_str(),
        Json::Object(vec![
            ("enabled", Json::Bool(true)),
            ("readOnly", Json::Bool(true)),
        ]),
    )];
    for table in tables.iter().filter(|t| t.category != Category::Necessary) {
        let cookies: Vec<Json> = policy
            .cookies()
            .iter()
            .filter(|c| c.category() == table.category && c.requires_consent())
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
        let category = if cookies.is_empty() {
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
        out.push((table.category.as_str(), category));
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

fn html_of(inlines: &[Inline]) -> String {
    let mut out = String::new();
    inlines_into(&mut out, inlines);
    out
}

/// The `cookieTable` of a category: the same columns and rows as the pages,
/// with HTML cells (the library inserts them as HTML).
fn cookie_table(policy: &Policy, prose: &Prose, table: &Table) -> Json {
    let headers = table
        .columns
        .iter()
        .map(|c| (c.key(), Json::String(html(c.header(prose)))))
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
                        let mut cell = String::new();
                        cell_into(&mut cell, &row.cell(*c, prose, policy.site()));
                        (c.key(), Json::String(cell))
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

/// The translation of one declared language. Every string is HTML, as the
/// library inserts titles, descriptions and cells with `innerHTML`.
fn translation(policy: &Policy, lang: &'static str) -> Json {
    let (prose, _) = prose::for_language(lang);
    let site = vec![Inline::Link(policy.site().to_string())];
    let tables = table::tables(policy, lang);
    let mut sections = vec![Json::Object(vec![
        ("title", Json::String(html(prose.usage_title))),
        ("description", Json::String(html(prose.kinds_intro))),
    ])];
    for table in &tables {
        let mut description = html(prose.category_description(table.category));
        description.push(' ');
        description.push_str(&html_of(&consent_note(prose, table)));
        sections.push(Json::Object(vec![
            (
                "title",
                Json::String(html(prose.category_heading(table.category))),
            ),
            ("description", Json::String(description)),
            ("linkedCategory", Json::str(table.category.as_str())),
            ("cookieTable", cookie_table(policy, prose, table)),
        ]));
    }
    let mut choice = html(prose.choice_body);
    if let Some(consent) = policy.consent_cookie() {
        choice.push(' ');
        choice.push_str(&html_of(&fill(
            prose.consent_cookie_note,
            &[("{cookie}", vec![Inline::Code(consent.name().to_string())])],
        )));
    }
    sections.push(Json::Object(vec![
        ("title", Json::String(html(prose.choice_heading))),
        ("description", Json::String(choice)),
    ]));
    Json::Object(vec![
        (
            "consentModal",
            Json::Object(vec![
                ("title", Json::String(html(prose.banner_title))),
                (
                    "description",
                    Json::String(html_of(&fill(
                        prose.banner_description,
                        &[("{site}", site)],
                    ))),
                ),
                ("acceptAllBtn", Json::String(html(prose.accept_all))),
                ("acceptNecessaryBtn", Json::String(html(prose.reject_all))),
                ("showPreferencesBtn", Json::String(html(prose.manage))),
            ]),
        ),
        (
            "preferencesModal",
            Json::Object(vec![
                ("title", Json::String(html(prose.preferences_title))),
                ("acceptAllBtn", Json::String(html(prose.accept_all))),
                ("acceptNecessaryBtn", Json::String(html(prose.reject_all))),
                ("savePreferencesBtn", Json::String(html(prose.save))),
                ("closeIconLabel", Json::String(html(prose.close))),
                ("sections", Json::Array(sections)),
            ]),
        ),
    ])
}

pub(crate) fn config(policy: &Policy) -> Json {
    let default = policy.default_language();
    let tables = table::tables(policy, default);
    let mut languages: Vec<&'static str> = policy.languages().to_vec();
    if languages.is_empty() {
        languages.push(default);
    }
    let translations = languages
        .iter()
        .map(|lang| (*lang, translation(policy, lang)))
        .collect();
    let mut out = vec![("revision", Json::Number(policy.cookieconsent_revision()))];
    if let Some(cookie) = cookie(policy) {
        out.push(("cookie", cookie));
    }
    out.push(("categories", categories(policy, &tables)));
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
