//! One entry as its rules see it, the list of those rules, and the checked
//! [`CookieModel`] it becomes.

use proc_macro2::Span;
use syn::{Ident, LitInt, LitStr};

use super::settings::Settings;
use super::web::parse_domain;
use super::{rules, texts, CookieModel};
use crate::ast::*;
use crate::errors::Errors;
use crate::lit::value as str_value;

/// An entry, what its fields say by name, and what the settings say: all a
/// rule of one entry looks at.
pub struct EntryCx<'a> {
    pub entry: &'a Entry,
    /// The category block; `None` in an unknown category (already
    /// reported): the rules that depend on the category skip the entry
    /// rather than guess.
    pub kind: Option<Category>,
    pub settings: &'a Settings,
    /// The cookie's name.
    pub name: String,
    pub fields: Fields<'a>,
    /// The keys of fields given again (the first one counts).
    pub repeated: Vec<&'a Ident>,
    /// `third_party`, read as a domain.
    pub third_party: Option<DomainField<'a>>,
    /// `domain`, read as a domain.
    pub domain: Option<DomainField<'a>>,
}

/// The first of each field of an entry, by name, with the tokens to blame.
#[derive(Default)]
pub struct Fields<'a> {
    pub function: Option<&'a Text>,
    pub location: Option<&'a Text>,
    pub purpose: Option<&'a Text>,
    pub third_party: Option<(&'a Ident, &'a LitStr)>,
    pub domain: Option<(&'a Ident, &'a LitStr)>,
    pub path: Option<(&'a Ident, &'a LitStr)>,
    pub duration: Option<&'a Duration>,
    pub same_site: Option<(&'a Ident, SameSite)>,
    pub secure: Option<&'a Ident>,
    pub http_only: Option<&'a Ident>,
    pub partitioned: Option<&'a Ident>,
    pub anonymized: Option<&'a Ident>,
}

/// A `third_party` or `domain` field and the domain read from it (lower
/// case, without a leading dot), or why it is none.
pub struct DomainField<'a> {
    pub key: &'a Ident,
    pub lit: &'a LitStr,
    pub read: Result<String, String>,
}

impl<'a> DomainField<'a> {
    fn read(key_lit: (&'a Ident, &'a LitStr), field: &str) -> DomainField<'a> {
        let (key, lit) = key_lit;
        DomainField {
            key,
            lit,
            read: parse_domain(&str_value(lit), field),
        }
    }

    /// The domain read, or the value as written when it is none.
    pub fn value(&self) -> String {
        match &self.read {
            Ok(domain) => domain.clone(),
            Err(_) => str_value(self.lit),
        }
    }
}

impl<'a> EntryCx<'a> {
    pub fn read(entry: &'a Entry, kind: Option<Category>, settings: &'a Settings) -> EntryCx<'a> {
        let mut fields = Fields::default();
        let mut repeated = Vec::new();
        let mut seen: Vec<String> = Vec::with_capacity(entry.fields.len());
        for field in &entry.fields {
            let key = field.key.to_string();
            if seen.contains(&key) {
                repeated.push(&field.key);
                continue;
            }
            seen.push(key);
            let f = &mut fields;
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
        EntryCx {
            entry,
            kind,
            settings,
            name: str_value(&entry.name),
            third_party: fields
                .third_party
                .map(|f| DomainField::read(f, "third_party")),
            domain: fields.domain.map(|f| DomainField::read(f, "domain")),
            fields,
            repeated,
        }
    }

    /// The category the entry is declared in (`necessary` in an unknown one).
    pub fn category(&self) -> Category {
        self.kind.unwrap_or(Category::Necessary)
    }

    /// Whether the entry is `secure`.
    pub fn secure(&self) -> bool {
        self.fields.secure.is_some()
    }

    /// The declared duration, if not `session`: the amount and unit, with
    /// their tokens.
    pub fn duration(&self) -> Option<(&'a LitInt, u64, &'a Ident, TimeUnit)> {
        match self.fields.duration? {
            Duration::Session => None,
            Duration::Amount {
                amount_lit,
                amount,
                unit_ident,
                unit,
            } => Some((amount_lit, *amount, unit_ident, *unit)),
        }
    }

    /// The texts given, by field name.
    pub fn texts(&self) -> impl Iterator<Item = (&'static str, &'a Text)> {
        let f = &self.fields;
        [
            ("function", f.function),
            ("purpose", f.purpose),
            ("location", f.location),
        ]
        .into_iter()
        .filter_map(|(field, text)| Some((field, text?)))
    }
}

/// A rule of one entry: reports what breaks it.
pub type Rule = fn(&EntryCx, &mut Errors);

/// The rules of an entry, one per rule of the language (DESIGN.md's "What
/// the compiler rejects" and the README's tables; each function says which
/// and why), in the order their errors on one token read.
pub const RULES: [Rule; 27] = [
    rules::only_doc_comments_on_entries,
    rules::constant_is_upper_snake_case,
    rules::name_is_a_token,
    rules::no_known_tracker_in_necessary,
    rules::fields_given_once,
    rules::required_fields_given,
    texts::texts_not_blank,
    texts::texts_not_placeholders,
    texts::texts_in_every_language,
    rules::third_party_not_necessary,
    rules::third_party_is_a_domain,
    rules::third_party_is_another_site,
    rules::domain_is_a_domain,
    rules::domain_is_not_a_tld,
    rules::domain_can_be_set,
    rules::path_is_a_cookie_path,
    rules::prefixed_name_needs_secure,
    rules::host_prefix_has_no_domain,
    rules::host_prefix_has_the_root_path,
    rules::same_site_none_needs_secure,
    rules::partitioned_needs_secure,
    rules::secure_needs_https,
    rules::duration_is_not_zero,
    rules::duration_at_most_400_days,
    rules::anonymized_only_in_statistics,
    rules::anonymized_only_first_party,
    rules::anonymized_at_most_13_months,
];

/// The tokens of an entry that the policy-wide rules point at.
pub struct EntrySpans {
    pub ident: Span,
    pub name: Span,
}

/// Checks one entry against every rule and builds its model.
pub fn check_entry(
    entry: &Entry,
    kind: Option<Category>,
    provider: &str,
    settings: &Settings,
    errors: &mut Errors,
) -> (CookieModel, EntrySpans) {
    let cx = EntryCx::read(entry, kind, settings);
    for rule in RULES {
        rule(&cx, errors);
    }
    let spans = EntrySpans {
        ident: entry.ident.span(),
        name: entry.name.span(),
    };
    (cx.into_model(provider), spans)
}

impl EntryCx<'_> {
    /// The model of the entry, built whatever the rules found: the values
    /// as read, so the best-effort expansion keeps the constant.
    fn into_model(self, provider: &str) -> CookieModel {
        let f = &self.fields;
        let settings = self.settings;
        CookieModel {
            docs: self
                .entry
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("doc"))
                .cloned()
                .collect(),
            ident: self.entry.ident.clone(),
            emit_const: true,
            indexed: true,
            category: self.category(),
            provider: provider.to_string(),
            function: texts::values(f.function, settings),
            location: f.location.map(|t| texts::values(Some(t), settings)),
            purpose: texts::values(f.purpose, settings),
            third_party: self.third_party.as_ref().map(DomainField::value),
            domain: self.domain.as_ref().map(DomainField::value),
            path: f.path.map(|(_, lit)| str_value(lit)),
            duration: self.duration().map(|(_, amount, _, unit)| (amount, unit)),
            same_site: f.same_site.map(|(_, s)| s),
            secure: f.secure.is_some(),
            http_only: f.http_only.is_some(),
            partitioned: f.partitioned.is_some(),
            anonymized: f.anonymized.is_some(),
            name: self.name,
        }
    }
}
