//! The rules of a cookie policy: [`ast`](crate::ast) to a checked [`Model`].
//!
//! Every rule reports on the token that breaks it and says how to fix it.
//! The model is built even when rules fail, so `expand` can still emit the
//! constants that are well formed.

mod names;
mod web;

use std::collections::HashMap;

use proc_macro2::Span;
use quote::quote;
use syn::{Attribute, Error, Ident, LitStr, Visibility};

use crate::ast::*;
use crate::lit::value as str_value;
use crate::suggest::did_you_mean;
use cookie_policy_shared::name::{is_pattern, pattern_prefix, NamePrefix};
use cookie_policy_shared::requires_consent;
use names::{known_tracker, name_error};
use web::{domain_matches, parse_domain, parse_site, path_error, Site};

/// Generated items that a constant must not shadow.
pub const RESERVED: [&str; 1] = ["POLICY"];
/// RFC 6265bis: user agents cap `Max-Age`/`Expires` at 400 days.
pub const MAX_DAYS: u64 = 400;
/// CNIL: audience-measurement cookies are exempt for at most 13 months.
pub const MAX_ANONYMIZED_DAYS: u64 = 390;
const DAY: u64 = 86_400;

/// A checked policy, ready to expand.
pub struct Model {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub name: Ident,
    pub site: String,
    pub languages: Vec<String>,
    pub consent_cookie: Option<usize>,
    pub cookies: Vec<CookieModel>,
}

/// One checked entry.
pub struct CookieModel {
    pub docs: Vec<Attribute>,
    pub ident: Ident,
    /// `false` for a constant that would clash with another item.
    pub emit_const: bool,
    /// `false` for the second declaration of a name.
    pub indexed: bool,
    pub name: String,
    pub category: Category,
    pub provider: String,
    pub function: Vec<String>,
    pub location: Option<Vec<String>>,
    pub purpose: Vec<String>,
    pub third_party: Option<String>,
    pub domain: Option<String>,
    pub path: Option<String>,
    pub duration: Option<(u64, TimeUnit)>,
    pub same_site: Option<SameSite>,
    pub secure: bool,
    pub http_only: bool,
    pub partitioned: bool,
    pub anonymized: bool,
}

impl CookieModel {
    /// Whether the name is a prefix pattern: it ends in `*`, `"*"` alone
    /// included (which the name check rejects, as it would cover every
    /// cookie). `cookie-policy-shared`'s rule, as the runtime's
    /// `CookieSpec::is_pattern`.
    pub fn is_pattern(&self) -> bool {
        is_pattern(&self.name)
    }

    /// Whether setting the cookie needs consent: `cookie-policy-shared`'s
    /// rule, as the runtime's `CookieSpec::requires_consent`.
    pub fn requires_consent(&self) -> bool {
        requires_consent(self.category, self.anonymized)
    }
}

/// Checks `ast`, pushing every broken rule to `errors`.
pub fn check(ast: PolicyAst, errors: &mut Vec<Error>) -> Model {
    let settings = check_settings(&ast, errors);
    let mut cookies = Vec::new();
    let mut spans = Vec::new();
    for block in &ast.categories {
        for provider in &block.providers {
            let provider_name = str_value(&provider.name);
            if provider_name.trim().is_empty() && !provider.recovered {
                errors.push(Error::new(
                    provider.name.span(),
                    "a provider needs a name: the company or service that sets these cookies, `provider \"Opendatasoft\"`",
                ));
            }
            for entry in &provider.entries {
                let (cookie, entry_spans) =
                    check_entry(entry, block.kind, &provider_name, &settings, errors);
                cookies.push(cookie);
                spans.push(entry_spans);
            }
        }
    }
    check_uniqueness(&mut cookies, &spans, errors);
    check_patterns(&cookies, &spans, errors);
    let consent_cookie = settings
        .consent_cookie
        .as_ref()
        .and_then(|reference| resolve_consent_cookie(reference, &cookies, errors));
    Model {
        attrs: ast.attrs,
        vis: ast.vis,
        name: ast.name,
        site: settings.site_url,
        languages: settings.languages.into_iter().map(|(l, _)| l).collect(),
        consent_cookie,
        cookies,
    }
}

struct Settings {
    site_url: String,
    site: Option<Site>,
    /// Declared languages with the span of their code.
    languages: Vec<(String, Span)>,
    /// `false` when `languages` itself is broken (reported): texts are then
    /// not checked against it, which would only repeat that mistake.
    languages_reliable: bool,
    consent_cookie: Option<ConsentRef>,
}

/// How `consent_cookie` names its entry.
enum ConsentRef {
    Constant(Ident),
    /// The cookie's name, written where its constant belongs (a mistake).
    CookieName(LitStr),
}

fn check_settings(ast: &PolicyAst, errors: &mut Vec<Error>) -> Settings {
    let mut settings = Settings {
        site_url: String::new(),
        site: None,
        languages: vec![("en".to_string(), Span::call_site())],
        languages_reliable: true,
        consent_cookie: None,
    };
    let mut seen: HashMap<String, Span> = HashMap::new();
    for setting in &ast.settings {
        let key = setting.key.to_string();
        if seen.contains_key(&key) {
            errors.push(Error::new(
                setting.key.span(),
                format!("`{key}` is set twice: keep one `{key}: ...` setting"),
            ));
            continue;
        }
        seen.insert(key, setting.key.span());
        match &setting.value {
            SettingValue::Site(lit) => {
                settings.site_url = str_value(lit);
                match parse_site(&settings.site_url) {
                    Ok(site) => settings.site = Some(site),
                    Err(why) => errors.push(Error::new(lit.span(), why)),
                }
            }
            SettingValue::Languages { bracket, languages } => {
                if languages.is_empty() {
                    errors.push(Error::new(
                        *bracket,
                        "`languages` cannot be empty: list the languages the policy is written in, the default first: `languages: [en, de]` (or leave the setting out for `[en]`)",
                    ));
                    settings.languages_reliable = false;
                    continue;
                }
                let mut list: Vec<(String, Span)> = Vec::new();
                for code in languages {
                    let mut word = code.to_string();
                    if !is_language_code(&word) {
                        match normalize_language_code(&word) {
                            Some(fixed) => {
                                errors.push(Error::new(
                                    code.span(),
                                    format!("`{word}` is not written as a language code: write `{fixed}` (ISO 639 codes are lower-case; a region follows in upper case: `pt_BR`)"),
                                ));
                                // Go on as if it were written right, so the
                                // texts in `{fixed}` are not reported too.
                                word = fixed;
                            }
                            None => {
                                errors.push(Error::new(
                                    code.span(),
                                    format!("`{word}` is not a language code: use a lower-case ISO 639 code such as `en`, `de`, `fr` (a region may follow: `pt_BR`)"),
                                ));
                                settings.languages_reliable = false;
                                continue;
                            }
                        }
                    }
                    if list.iter().any(|(l, _)| *l == word) {
                        errors.push(Error::new(
                            code.span(),
                            format!("`{word}` is listed twice in `languages`"),
                        ));
                    } else {
                        list.push((word, code.span()));
                    }
                }
                if !list.is_empty() {
                    settings.languages = list;
                }
            }
            SettingValue::ConsentCookie(ident) => {
                settings.consent_cookie = Some(ConsentRef::Constant(ident.clone()))
            }
            SettingValue::ConsentCookieName(lit) => {
                settings.consent_cookie = Some(ConsentRef::CookieName(lit.clone()))
            }
        }
    }
    if !seen.contains_key("site") && !ast.attempted_settings.iter().any(|s| s == "site") {
        errors.push(Error::new(
            ast.name.span(),
            format!(
                "the policy `{}` does not say which site it covers: add `site: \"https://www.example.org\",` at the top of its body",
                ast.name
            ),
        ));
    }
    settings
}

/// `DE` -> `de`, `pt_br` -> `pt_BR`: a code written in the wrong case.
fn normalize_language_code(word: &str) -> Option<String> {
    let mut parts = word.splitn(2, '_');
    let mut fixed = parts.next().unwrap_or("").to_ascii_lowercase();
    if let Some(region) = parts.next() {
        fixed.push('_');
        if region.len() == 2 {
            fixed.push_str(&region.to_ascii_uppercase());
        } else {
            fixed.push_str(region);
        }
    }
    is_language_code(&fixed).then_some(fixed)
}

fn is_language_code(word: &str) -> bool {
    let mut parts = word.splitn(2, '_');
    let language = parts.next().unwrap_or("");
    let region_ok = match parts.next() {
        None => true,
        Some(region) => {
            (region.len() == 2 && region.chars().all(|c| c.is_ascii_uppercase()))
                || (region.len() == 4 && region.chars().all(|c| c.is_ascii_alphabetic()))
                || (region.len() == 3 && region.chars().all(|c| c.is_ascii_digit()))
        }
    };
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_lowercase())
        && region_ok
}

/// The tokens of an entry that later, policy-wide checks point at.
struct EntrySpans {
    ident: Span,
    name: Span,
}

/// What the entry's fields said, by name, with the tokens to blame.
#[derive(Default)]
struct Fields<'a> {
    function: Option<&'a Text>,
    location: Option<&'a Text>,
    purpose: Option<&'a Text>,
    third_party: Option<(&'a Ident, &'a LitStr)>,
    domain: Option<(&'a Ident, &'a LitStr)>,
    path: Option<(&'a Ident, &'a LitStr)>,
    duration: Option<&'a Duration>,
    same_site: Option<(&'a Ident, SameSite)>,
    secure: Option<&'a Ident>,
    http_only: Option<&'a Ident>,
    partitioned: Option<&'a Ident>,
    anonymized: Option<&'a Ident>,
}

fn collect_fields<'a>(entry: &'a Entry, errors: &mut Vec<Error>) -> Fields<'a> {
    let mut f = Fields::default();
    let mut seen: HashMap<String, ()> = HashMap::new();
    for field in &entry.fields {
        let key = field.key.to_string();
        if seen.insert(key.clone(), ()).is_some() {
            errors.push(Error::new(
                field.key.span(),
                format!("`{key}` is given twice for `{}`: keep one", entry.ident),
            ));
            continue;
        }
        match &field.value {
            FieldValue::Text(TextField::Function, t) => f.function = Some(t),
            FieldValue::Text(TextField::Location, t) => f.location = Some(t),
            FieldValue::Text(TextField::Purpose, t) => f.purpose = Some(t),
            FieldValue::Str(StrField::ThirdParty, s) => f.third_party = Some((&field.key, s)),
            FieldValue::Str(StrField::Domain, s) => f.domain = Some((&field.key, s)),
            FieldValue::Str(StrField::Path, s) => f.path = Some((&field.key, s)),
            FieldValue::Duration(d) => f.duration = Some(d),
            FieldValue::SameSite(ident, s) => f.same_site = Some((ident, *s)),
            FieldValue::Flag(Flag::Secure) => f.secure = Some(&field.key),
            FieldValue::Flag(Flag::HttpOnly) => f.http_only = Some(&field.key),
            FieldValue::Flag(Flag::Partitioned) => f.partitioned = Some(&field.key),
            FieldValue::Flag(Flag::Anonymized) => f.anonymized = Some(&field.key),
        }
    }
    f
}

/// `kind` is `None` in an unknown category (already reported): the checks
/// that depend on the category are skipped rather than guessed.
fn check_entry(
    entry: &Entry,
    kind: Option<Category>,
    provider: &str,
    settings: &Settings,
    errors: &mut Vec<Error>,
) -> (CookieModel, EntrySpans) {
    let category = kind.unwrap_or(Category::Necessary);
    for attr in &entry.attrs {
        if !attr.path().is_ident("doc") {
            errors.push(Error::new_spanned(
                attr,
                "only doc comments (`/// ...`) can be put on a cookie entry: they document its constant; any other attribute would be lost",
            ));
        }
    }
    let ident = &entry.ident;
    if let Some(why) = constant_name_error(ident) {
        errors.push(Error::new(ident.span(), why));
    }
    let name = str_value(&entry.name);
    if let Some(why) = name_error(&name) {
        errors.push(Error::new(entry.name.span(), why));
    }
    if kind == Some(Category::Necessary) {
        if let Some((service, usual)) = known_tracker(&name) {
            let why = match usual {
                Category::Statistics => "audience measurement is never strictly necessary: declare it in `statistics` (`anonymized` only if it meets the conditions for the exemption)",
                _ => "advertising is never strictly necessary: declare it in `marketing`, so it is only set with the visitor's consent",
            };
            errors.push(Error::new(
                entry.name.span(),
                format!("`{name}` is a {service} cookie, and {why}"),
            ));
        }
    }
    let f = collect_fields(entry, errors);

    let mut missing = |field: &str, why: &str| {
        // A field that was written but unreadable, or misspelled, has been
        // reported already: it is not missing as well.
        if entry.attempted.iter().any(|a| a == field) {
            return;
        }
        errors.push(Error::new(
            ident.span(),
            format!("`{ident}` is missing `{field}`: {why}"),
        ))
    };
    if f.function.is_none() {
        missing(
            "function",
            "say what the cookie does, `function: \"Authentication\"`",
        );
    }
    if f.purpose.is_none() {
        missing(
            "purpose",
            "say why the site sets it, `purpose: \"To keep you signed in\"`",
        );
    }
    let function = text(f.function, "function", settings, errors);
    let purpose = text(f.purpose, "purpose", settings, errors);
    let location = f
        .location
        .map(|t| text(Some(t), "location", settings, errors));

    // Third parties, domains and paths.
    let third_party = f.third_party.map(|(key, lit)| {
        if kind == Some(Category::Necessary) {
            errors.push(Error::new(
                key.span(),
                "a third-party cookie cannot be `necessary`: the site works without another company's cookie, so the visitor must be able to refuse it. Move this entry to `preferences`, `statistics` or `marketing`",
            ));
        }
        match parse_domain(&str_value(lit), "third_party") {
            Ok(domain) => {
                if let Some(site) = &settings.site {
                    let host = &site.host;
                    let same_site = if domain == *host {
                        Some(format!("`{domain}` is the site's own host, so this cookie is first-party: remove `third_party` (a cookie the site sets itself is never third-party)"))
                    } else if domain_matches(host, &domain) {
                        Some(format!("`{domain}` is a parent domain of the site's host `{host}`, so its cookies are first-party here: remove `third_party` (and use `domain: \"{domain}\"` if the cookie is shared with `{domain}`'s other subdomains)"))
                    } else if domain_matches(&domain, host) {
                        Some(format!("`{domain}` is a subdomain of the site's host `{host}`, the same site for browsers, so its cookies are first-party: remove `third_party`"))
                    } else {
                        None
                    };
                    if let Some(message) = same_site {
                        errors.push(Error::new(lit.span(), message));
                    }
                }
                domain
            }
            Err(why) => {
                errors.push(Error::new(lit.span(), why));
                str_value(lit)
            }
        }
    });
    let domain = f.domain.map(|(key, lit)| {
        let _ = key;
        match parse_domain(&str_value(lit), "domain") {
            Ok(domain) => {
                match (&third_party, &settings.site) {
                    (Some(_), _) if !domain.contains('.') => {
                        errors.push(Error::new(
                            lit.span(),
                            format!("`{domain}` is a top-level domain: browsers reject a cookie for a whole TLD"),
                        ));
                    }
                    (Some(tp), _) => {
                        if !domain_matches(tp, &domain) {
                            errors.push(Error::new(
                                lit.span(),
                                format!("`{tp}` cannot set a cookie for `{domain}`: a `domain` must be `{tp}` or one of its parent domains"),
                            ));
                        }
                    }
                    (None, Some(site)) => {
                        if !domain_matches(&site.host, &domain) {
                            errors.push(Error::new(
                                lit.span(),
                                format!(
                                    "`{}` cannot set a cookie for `{domain}`: browsers accept a `domain` only if it is the site's host or a parent of it. Use `domain: \"{}\"`, or declare the cookie `third_party: \"{domain}\"` if another site sets it",
                                    site.host, site.host
                                ),
                            ));
                        } else if !domain.contains('.') && domain != site.host {
                            errors.push(Error::new(
                                lit.span(),
                                format!("`{domain}` is a top-level domain: browsers reject a cookie for a whole TLD"),
                            ));
                        }
                    }
                    (None, None) => {}
                }
                domain
            }
            Err(why) => {
                errors.push(Error::new(lit.span(), why));
                str_value(lit)
            }
        }
    });
    let path = f.path.map(|(_, lit)| {
        let value = str_value(lit);
        if let Some(why) = path_error(&value) {
            errors.push(Error::new(lit.span(), why));
        }
        value
    });

    // RFC 6265bis prefixes.
    let secure = f.secure.is_some();
    let case_note = |prefix: &str| {
        if name.starts_with(prefix) {
            String::new()
        } else {
            " (browsers match the prefix in any case)".to_string()
        }
    };
    match NamePrefix::of(&name) {
        Some(NamePrefix::Secure) if !secure => errors.push(Error::new(
            entry.name.span(),
            format!(
                "`{name}` starts with `__Secure-`{}, so browsers drop it unless it is Secure: add `secure`",
                case_note("__Secure-")
            ),
        )),
        Some(NamePrefix::Host) => {
            if !secure {
                errors.push(Error::new(
                    entry.name.span(),
                    format!(
                        "`{name}` starts with `__Host-`{}, so browsers drop it unless it is Secure: add `secure`",
                        case_note("__Host-")
                    ),
                ));
            }
            if let Some((key, _)) = f.domain {
                errors.push(Error::new(
                    key.span(),
                    "a `__Host-` cookie must not have a `domain`: it is locked to the exact host that set it. Remove `domain`, or drop the `__Host-` prefix",
                ));
            }
            if let Some((_, lit)) = f.path {
                if str_value(lit) != "/" {
                    errors.push(Error::new(
                        lit.span(),
                        "a `__Host-` cookie must have `path: \"/\"`: browsers drop it with any other path. Use `\"/\"` or leave `path` out",
                    ));
                }
            }
        }
        _ => {}
    }

    // Attributes that need Secure.
    if let Some((ident, SameSite::None)) = f.same_site {
        if !secure {
            errors.push(Error::new(
                ident.span(),
                "`same_site: None` needs `secure`: browsers reject a SameSite=None cookie that is not Secure. Add `secure`",
            ));
        }
    }
    if let Some(key) = f.partitioned {
        if !secure {
            errors.push(Error::new(
                key.span(),
                "`partitioned` needs `secure`: browsers reject a Partitioned (CHIPS) cookie that is not Secure. Add `secure`",
            ));
        }
    }
    if let (Some(key), Some(site)) = (f.secure, &settings.site) {
        if !site.https && !site.is_local() && third_party.is_none() {
            errors.push(Error::new(
                key.span(),
                format!(
                    "the site `{}` is served over `http://`, where browsers refuse to set Secure cookies: serve the site over `https://` (and say so in `site`), or remove `secure`",
                    settings.site_url
                ),
            ));
        }
    }

    // Durations.
    let duration = match f.duration {
        None | Some(Duration::Session) => None,
        Some(Duration::Amount {
            amount_lit,
            amount,
            unit_ident,
            unit,
        }) => {
            let seconds = amount.saturating_mul(unit.seconds());
            let written = quote!(#amount_lit #unit_ident);
            if *amount == 0 {
                errors.push(Error::new_spanned(
                    written,
                    "a duration of 0 is `Max-Age=0`, which deletes the cookie as soon as it is set: use `duration: session` for a cookie that ends with the browser session",
                ));
            } else if seconds > MAX_DAYS * DAY {
                errors.push(Error::new_spanned(
                    written,
                    format!(
                        "`{amount} {unit_ident}` is {} days, longer than the 400 days browsers keep a cookie (RFC 6265bis caps Max-Age and Expires there), so the policy would promise a lifetime the cookie never has: declare at most `400 days`",
                        seconds / DAY
                    ),
                ));
            }
            Some((*amount, *unit))
        }
    };

    // Consent exemption for anonymous audience measurement.
    if let Some(key) = f.anonymized {
        if kind.is_some_and(|k| k != Category::Statistics) {
            errors.push(Error::new(
                key.span(),
                format!(
                    "`anonymized` only applies to `statistics` cookies: it exempts anonymous audience measurement from consent, and this cookie is in `{}`. Remove `anonymized`",
                    category.as_str()
                ),
            ));
        }
        if let Some((tp_key, _)) = f.third_party {
            let _ = tp_key;
            errors.push(Error::new(
                key.span(),
                "a third-party cookie cannot be `anonymized`: the exemption from consent requires that the data stays with the site (CNIL). Remove `anonymized`, so the cookie asks for consent",
            ));
        }
        if let Some((amount, unit)) = duration {
            let days = amount.saturating_mul(unit.seconds()) / DAY;
            if days > MAX_ANONYMIZED_DAYS {
                errors.push(Error::new(
                    key.span(),
                    format!("an `anonymized` cookie may live at most 13 months (390 days) to be exempt from consent (CNIL); this one lives {days} days. Shorten `duration` or remove `anonymized`"),
                ));
            }
        }
    }

    let spans = EntrySpans {
        ident: ident.span(),
        name: entry.name.span(),
    };
    let cookie = CookieModel {
        docs: entry
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .cloned()
            .collect(),
        ident: ident.clone(),
        emit_const: true,
        indexed: true,
        name,
        category,
        provider: provider.to_string(),
        function,
        location,
        purpose,
        third_party,
        domain,
        path,
        duration,
        same_site: f.same_site.map(|(_, s)| s),
        secure,
        http_only: f.http_only.is_some(),
        partitioned: f.partitioned.is_some(),
        anonymized: f.anonymized.is_some(),
    };
    (cookie, spans)
}

/// Why `ident` cannot name an entry's constant, if it cannot: constants
/// are UPPER_SNAKE_CASE Rust identifiers (and not keywords).
fn constant_name_error(ident: &Ident) -> Option<String> {
    let word = ident.to_string();
    let bare = word.strip_prefix("r#").unwrap_or(&word);
    let upper_snake = bare
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && bare.chars().any(|c| c.is_ascii_uppercase());
    if upper_snake && is_plain_ident(&word) {
        return None;
    }
    let mut fixed: String = bare
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if !fixed.chars().any(|c| c.is_ascii_uppercase()) {
        fixed = format!("COOKIE{fixed}");
    }
    let why = if is_plain_ident(&word) {
        "the entry becomes a Rust constant, so it is named in UPPER_SNAKE_CASE"
    } else {
        "this is a Rust keyword, and the entry becomes a Rust constant"
    };
    Some(format!(
        "`{word}` cannot name the entry: {why}. Write `{fixed}: \"...\"` (the cookie's own name is the string after `:`)"
    ))
}

/// Whether `word` can be written as a constant's name (not a keyword or `_`).
fn is_plain_ident(word: &str) -> bool {
    syn::parse_str::<Ident>(word).is_ok()
}

/// A text in every declared language (`""` where it is missing, reported).
fn text(
    text: Option<&Text>,
    field: &str,
    settings: &Settings,
    errors: &mut Vec<Error>,
) -> Vec<String> {
    let languages = &settings.languages;
    let mut out = vec![String::new(); languages.len()];
    let Some(text) = text else {
        return out;
    };
    let blank = |lit: &LitStr, errors: &mut Vec<Error>| {
        let value = str_value(lit);
        if value.is_empty() {
            errors.push(Error::new(
                lit.span(),
                format!(
                    "`{field}` is empty: write the text visitors will read in the policy's table"
                ),
            ));
        } else if value.trim().is_empty() {
            errors.push(Error::new(
                lit.span(),
                format!("`{field}` is blank (only whitespace): write the text visitors will read in the policy's table"),
            ));
        }
    };
    match text {
        Text::Plain(lit) => {
            blank(lit, errors);
            if languages.len() > 1 && settings.languages_reliable {
                let example = languages
                    .iter()
                    .map(|(l, _)| format!("{l}: \"...\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                errors.push(Error::new(
                    lit.span(),
                    format!("this policy is written in {} languages, so `{field}` needs a text in each: `{field}: {{ {example} }}`", languages.len()),
                ));
            }
            for slot in out.iter_mut() {
                *slot = str_value(lit);
            }
        }
        Text::Translated { brace, items } => {
            let mut given = vec![false; languages.len()];
            for (code, lit) in items {
                blank(lit, errors);
                let word = code.to_string();
                match languages.iter().position(|(l, _)| *l == word) {
                    Some(index) => {
                        if given.get(index).copied().unwrap_or(false) {
                            errors.push(Error::new(
                                code.span(),
                                format!("the `{word}` text of `{field}` is given twice"),
                            ));
                        }
                        if let Some(g) = given.get_mut(index) {
                            *g = true;
                        }
                        if let Some(slot) = out.get_mut(index) {
                            *slot = str_value(lit);
                        }
                    }
                    None if !settings.languages_reliable => {}
                    None => {
                        let declared = languages
                            .iter()
                            .map(|(l, _)| l.as_str())
                            .collect::<Vec<_>>();
                        errors.push(Error::new(
                            code.span(),
                            format!(
                                "`{word}` is not one of the policy's languages [{}]: add it to `languages: [...]` or remove this text.{}",
                                declared.join(", "),
                                did_you_mean(&word, declared.iter().copied())
                            ),
                        ));
                    }
                }
            }
            let missing: Vec<&str> = languages
                .iter()
                .zip(&given)
                .filter(|(_, g)| !**g)
                .map(|(l, _)| l.0.as_str())
                .collect();
            if !missing.is_empty() && settings.languages_reliable {
                errors.push(Error::new(
                    *brace,
                    format!(
                        "`{field}` lacks a text in {}: every text must be given in each of the policy's languages",
                        missing.iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
        }
    }
    out
}

/// Rules 1 and 2: unique cookie names and constants. Linear time.
fn check_uniqueness(cookies: &mut [CookieModel], spans: &[EntrySpans], errors: &mut Vec<Error>) {
    let mut names: HashMap<String, usize> = HashMap::with_capacity(cookies.len());
    let mut idents: HashMap<String, usize> = HashMap::with_capacity(cookies.len());
    for index in 0..cookies.len() {
        let (Some(cookie), Some(span)) = (cookies.get(index), spans.get(index)) else {
            continue;
        };
        let mut indexed = true;
        // A keyword cannot be a constant (reported by `check_entry`).
        let mut emit_const = is_plain_ident(&cookie.ident.to_string());
        if let Some(&first) = names.get(&cookie.name) {
            indexed = false;
            if let (Some(first), Some(first_span)) = (cookies.get(first), spans.get(first)) {
                let line = line_of(first_span.name)
                    .map(|line| format!(" on line {line}"))
                    .unwrap_or_default();
                errors.push(Error::new(
                    span.name,
                    format!(
                        "the cookie `{}` is declared twice: it is already declared{line} as `{}` (provider \"{}\", {}). Remove one, or merge their texts",
                        cookie.name,
                        first.ident,
                        first.provider,
                        first.category.as_str()
                    ),
                ));
            }
        } else {
            names.insert(cookie.name.clone(), index);
        }
        let ident = cookie.ident.to_string();
        if RESERVED.contains(&ident.as_str()) {
            emit_const = false;
            errors.push(Error::new(
                span.ident,
                format!("`{ident}` is the name of a generated item (the module's `{ident}`): rename this constant, e.g. `{ident}_COOKIE`"),
            ));
        } else if let Some(&first) = idents.get(&ident) {
            emit_const = false;
            if let (Some(first), Some(first_span)) = (cookies.get(first), spans.get(first)) {
                let line = line_of(first_span.ident)
                    .map(|line| format!(" (line {line})"))
                    .unwrap_or_default();
                errors.push(Error::new(
                    span.ident,
                    format!(
                        "the constant `{ident}` is already used for the cookie `{}`{line}: give this entry another name",
                        first.name
                    ),
                ));
            }
        } else {
            idents.insert(ident, index);
        }
        if let Some(cookie) = cookies.get_mut(index) {
            cookie.indexed = indexed;
            cookie.emit_const = emit_const;
        }
    }
}

/// The line a token is on, where the compiler tells (`None` on compilers
/// before 1.88 and for tokens without a location).
fn line_of(span: Span) -> Option<usize> {
    let line = span.start().line;
    (line > 0).then_some(line)
}

/// Rule 12: a prefix pattern must not cover another declared (exact) name.
/// Linear in the total length of the names.
fn check_patterns(cookies: &[CookieModel], spans: &[EntrySpans], errors: &mut Vec<Error>) {
    let mut prefixes: HashMap<&str, usize> = HashMap::new();
    for (index, cookie) in cookies.iter().enumerate() {
        if cookie.is_pattern() && cookie.indexed {
            if let Some(prefix) = pattern_prefix(&cookie.name) {
                prefixes.insert(prefix, index);
            }
        }
    }
    if prefixes.is_empty() {
        return;
    }
    let mut covered: Vec<Vec<usize>> = vec![Vec::new(); cookies.len()];
    for (index, cookie) in cookies.iter().enumerate() {
        if cookie.is_pattern() || !cookie.indexed {
            continue;
        }
        for end in 1..=cookie.name.len() {
            let Some(head) = cookie.name.get(..end) else {
                continue;
            };
            if let Some(&pattern) = prefixes.get(head) {
                if let Some(list) = covered.get_mut(pattern) {
                    list.push(index);
                }
            }
        }
    }
    for (pattern, list) in covered.iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        let (Some(cookie), Some(span)) = (cookies.get(pattern), spans.get(pattern)) else {
            continue;
        };
        let shown: Vec<String> = list
            .iter()
            .take(3)
            .filter_map(|i| cookies.get(*i))
            .map(|c| format!("`{}` ({})", c.name, c.ident))
            .collect();
        let more = if list.len() > 3 {
            format!(" and {} more", list.len() - 3)
        } else {
            String::new()
        };
        errors.push(Error::new(
            span.name,
            format!(
                "the pattern `{}` also covers {}{more}, declared separately: a cookie must be described once. Make the pattern more specific, or remove the entries it covers",
                cookie.name,
                shown.join(", ")
            ),
        ));
    }
}

/// Rule 13.
fn resolve_consent_cookie(
    reference: &ConsentRef,
    cookies: &[CookieModel],
    errors: &mut Vec<Error>,
) -> Option<usize> {
    let ident = match reference {
        ConsentRef::Constant(ident) => ident,
        ConsentRef::CookieName(lit) => {
            let name = str_value(lit);
            let message = match cookies.iter().find(|c| c.name == name) {
                Some(cookie) => format!(
                    "`consent_cookie` names the entry's constant, not the cookie's name: write `consent_cookie: {},`",
                    cookie.ident
                ),
                None => "`consent_cookie` names the constant of the `necessary` entry that stores the visitor's choices, without quotes: `consent_cookie: PREFERENCES,`".to_string(),
            };
            errors.push(Error::new(lit.span(), message));
            return None;
        }
    };
    let Some(index) = cookies.iter().position(|c| c.ident == *ident) else {
        let names: Vec<String> = cookies.iter().map(|c| c.ident.to_string()).collect();
        errors.push(Error::new(
            ident.span(),
            format!(
                "`consent_cookie: {ident}` names no entry of this policy: name the constant of the `necessary` cookie that stores the visitor's choices.{}",
                did_you_mean(&ident.to_string(), names.iter().map(String::as_str))
            ),
        ));
        return None;
    };
    let cookie = cookies.get(index)?;
    if cookie.category != Category::Necessary {
        errors.push(Error::new(
            ident.span(),
            format!(
                "the consent cookie `{}` is in `{}`, but it must be `necessary`: it has to be set before (and even without) any consent, to remember a refusal",
                cookie.name,
                cookie.category.as_str()
            ),
        ));
        return None;
    }
    if cookie.is_pattern() {
        errors.push(Error::new(
            ident.span(),
            format!(
                "the consent cookie must have a fixed name, not the pattern `{}`",
                cookie.name
            ),
        ));
        return None;
    }
    Some(index)
}

#[cfg(test)]
mod tests;
