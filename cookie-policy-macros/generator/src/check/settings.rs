//! The settings of a policy (`site`, `languages`, `consent_cookie`,
//! `revision`, `purposes`): what they say, and the rules they must follow.
//! (The rules of the `purposes` stamp need the checked entries: they are
//! [`reconsent`](super::reconsent)'s.)

use proc_macro2::Span;
use syn::{Ident, LitInt, LitStr};

use super::web::{parse_site, Site};
use crate::ast::{PolicyAst, Setting, SettingValue};
use crate::errors::Errors;
use crate::lit::value as str_value;

/// What the settings say, for the rules of the entries.
pub struct Settings {
    /// `site` as written (`""` when missing).
    pub site_url: String,
    /// `site`, when it is a usable URL.
    pub site: Option<Site>,
    /// The declared languages, the default first, with the span of their
    /// code; `[en]` when not declared.
    pub languages: Vec<(String, Span)>,
    /// `false` when `languages` itself is broken (reported): texts are then
    /// not checked against it, which would only repeat that mistake.
    pub languages_reliable: bool,
    /// How `consent_cookie` names its entry, if it is set.
    pub consent_cookie: Option<ConsentRef>,
    /// What `revision` says.
    pub revision: RevisionSetting,
    /// `purposes: "..."`, the stamp as written, if given.
    pub purposes: Option<LitStr>,
    /// `purposes` was written and could not be read (reported).
    pub purposes_unreadable: bool,
}

/// The `revision` setting as written.
pub enum RevisionSetting {
    /// Not written: revision 1.
    Absent,
    /// `revision: N`, with its key.
    Written(Ident, u64),
    /// Written and not readable, or `revision: 0` (reported).
    Unreadable,
}

impl RevisionSetting {
    /// The revision the policy is at: `N`, or 1 when not written (an
    /// unreadable one counts as 1, for the best-effort expansion).
    pub fn value(&self) -> u64 {
        match self {
            RevisionSetting::Written(_, value) => *value,
            RevisionSetting::Absent | RevisionSetting::Unreadable => {
                crate::revision::DEFAULT_REVISION
            }
        }
    }
}

/// How `consent_cookie` names its entry.
pub enum ConsentRef {
    /// The entry's constant, as it should.
    Constant(Ident),
    /// The cookie's name, written where its constant belongs (a mistake).
    CookieName(LitStr),
}

/// The settings as written, for their rules: each one's first occurrence
/// (a repeated one is reported and skipped), `site` parsed, each language
/// code read.
struct Written<'a> {
    ast: &'a PolicyAst,
    /// Each setting the first time it is given.
    first: Vec<&'a Setting>,
    /// The keys of settings given again.
    repeated: Vec<&'a Ident>,
    /// `site` and what it parses to.
    site: Option<(&'a LitStr, Result<Site, String>)>,
    /// The brackets of `languages` and its codes.
    languages: Option<(Span, Vec<Code<'a>>)>,
    /// `revision`'s number.
    revision: Option<&'a LitInt>,
}

/// A language code of `languages: [...]`, as written and as read.
struct Code<'a> {
    ident: &'a Ident,
    written: String,
    read: CodeRead,
    /// Read as a code listed before it.
    repeated: bool,
}

enum CodeRead {
    /// An ISO 639 code, as written.
    Valid,
    /// A code in the wrong case (`DE`, `pt_br`), read as it should be written.
    WrongCase(String),
    /// Not a language code.
    Invalid,
}

impl Code<'_> {
    /// The code the policy gets from it, if any: the written one, or the
    /// right spelling of a code in the wrong case (so that the texts in that
    /// language are not reported as well).
    fn language(&self) -> Option<&str> {
        match &self.read {
            CodeRead::Valid => Some(&self.written),
            CodeRead::WrongCase(fixed) => Some(fixed),
            CodeRead::Invalid => None,
        }
    }
}

/// A rule of the settings: reports what breaks it.
type Rule = fn(&Written, &mut Errors);

/// The rules of the settings, in the order their errors on one token read.
const RULES: [Rule; 7] = [
    setting_given_once,
    site_is_a_web_url,
    site_is_declared,
    languages_not_empty,
    language_codes_are_iso_639,
    languages_listed_once,
    revision_counts_from_one,
];

/// Reads the settings of `ast`, reporting each broken rule to `errors`.
pub fn check_settings(ast: &PolicyAst, errors: &mut Errors) -> Settings {
    let written = Written::read(ast);
    for rule in RULES {
        rule(&written, errors);
    }
    written.settings()
}

impl<'a> Written<'a> {
    fn read(ast: &'a PolicyAst) -> Written<'a> {
        let mut written = Written {
            ast,
            first: Vec::new(),
            repeated: Vec::new(),
            site: None,
            languages: None,
            revision: None,
        };
        for setting in &ast.settings {
            if written.first.iter().any(|s| s.key == setting.key) {
                written.repeated.push(&setting.key);
                continue;
            }
            written.first.push(setting);
            match &setting.value {
                SettingValue::Site(lit) => {
                    written.site = Some((lit, parse_site(&str_value(lit))));
                }
                SettingValue::Languages { bracket, languages } => {
                    written.languages = Some((*bracket, read_codes(languages)));
                }
                SettingValue::Revision { lit, .. } => written.revision = Some(lit),
                SettingValue::ConsentCookie(_)
                | SettingValue::ConsentCookieName(_)
                | SettingValue::Purposes(_) => {}
            }
        }
        written
    }

    /// Whether `setting` was written and could not be read.
    fn attempted(&self, setting: &str) -> bool {
        self.ast.attempted_settings.iter().any(|s| s == setting)
    }

    fn settings(self) -> Settings {
        let mut languages: Vec<(String, Span)> = Vec::new();
        // A list that could not be read (reported) says nothing of the
        // texts: no text is then reported for its languages.
        let mut reliable = !self.attempted("languages");
        if let Some((_, codes)) = &self.languages {
            reliable &= !codes.is_empty();
            for code in codes {
                match code.language() {
                    Some(language) if !code.repeated => {
                        languages.push((language.to_string(), code.ident.span()))
                    }
                    Some(_) => {}
                    None => reliable = false,
                }
            }
        }
        if languages.is_empty() {
            languages.push(("en".to_string(), Span::call_site()));
        }
        let consent_cookie = self.first.iter().find_map(|s| match &s.value {
            SettingValue::ConsentCookie(ident) => Some(ConsentRef::Constant(ident.clone())),
            SettingValue::ConsentCookieName(lit) => Some(ConsentRef::CookieName(lit.clone())),
            _ => None,
        });
        let revision = self
            .first
            .iter()
            .find_map(|s| match &s.value {
                // `revision: 0` is reported (`revision_counts_from_one`).
                SettingValue::Revision { value: 0, .. } => Some(RevisionSetting::Unreadable),
                SettingValue::Revision { value, .. } => {
                    Some(RevisionSetting::Written(s.key.clone(), *value))
                }
                _ => None,
            })
            .unwrap_or(if self.attempted("revision") {
                RevisionSetting::Unreadable
            } else {
                RevisionSetting::Absent
            });
        let purposes = self.first.iter().find_map(|s| match &s.value {
            SettingValue::Purposes(lit) => Some(lit.clone()),
            _ => None,
        });
        let purposes_unreadable = purposes.is_none() && self.attempted("purposes");
        Settings {
            site_url: self
                .site
                .as_ref()
                .map(|(lit, _)| str_value(lit))
                .unwrap_or_default(),
            site: self.site.and_then(|(_, site)| site.ok()),
            languages,
            languages_reliable: reliable,
            consent_cookie,
            revision,
            purposes_unreadable,
            purposes,
        }
    }
}

fn read_codes(idents: &[Ident]) -> Vec<Code<'_>> {
    let mut codes: Vec<Code> = Vec::with_capacity(idents.len());
    for ident in idents {
        let written = ident.to_string();
        let read = if is_language_code(&written) {
            CodeRead::Valid
        } else {
            match normalize_language_code(&written) {
                Some(fixed) => CodeRead::WrongCase(fixed),
                None => CodeRead::Invalid,
            }
        };
        let mut code = Code {
            ident,
            written,
            read,
            repeated: false,
        };
        code.repeated = code.language().is_some_and(|language| {
            codes
                .iter()
                .any(|c| !c.repeated && c.language() == Some(language))
        });
        codes.push(code);
    }
    codes
}

/// Rule 9: each setting once. A second `site: ...` would leave it to the
/// reader which one counts (the first does).
fn setting_given_once(written: &Written, errors: &mut Errors) {
    for key in &written.repeated {
        errors.error(
            key.span(),
            format!("`{key}` is set twice: keep one `{key}: ...` setting"),
        );
    }
}

/// Rule 10: `site` is an absolute `https://` (or `http://`) URL with a host:
/// the cookies belong to that origin, and the checks of `domain`,
/// `third_party` and `secure` are made against it.
fn site_is_a_web_url(written: &Written, errors: &mut Errors) {
    if let Some((lit, Err(why))) = &written.site {
        errors.error(lit.span(), why);
    }
}

/// Rule 9: a policy says which site it covers (unless a `site` was written
/// and could not be read, which is reported already).
fn site_is_declared(written: &Written, errors: &mut Errors) {
    let ast = written.ast;
    if written.site.is_none() && !ast.attempted_settings.iter().any(|s| s == "site") {
        errors.error(
            ast.name.span(),
            format!(
                "the policy `{}` does not say which site it covers: add `site: \"https://www.example.org\",` at the top of its body",
                ast.name
            ),
        );
    }
}

/// Rule 11: `languages` lists at least one language: the first is the
/// default, in which every text is required.
fn languages_not_empty(written: &Written, errors: &mut Errors) {
    if let Some((bracket, codes)) = &written.languages {
        if codes.is_empty() {
            errors.error(
                *bracket,
                "`languages` cannot be empty: list the languages the policy is written in, the default first: `languages: [en, de]` (or leave the setting out for `[en]`)",
            );
        }
    }
}

/// Rule 11: each language is an ISO 639 code (`en`, `pt_BR`), the keys of
/// the translated texts and of the rendered pages. A code in the wrong case
/// is read as it should be written, so its texts are not reported too.
fn language_codes_are_iso_639(written: &Written, errors: &mut Errors) {
    let codes = written.languages.iter().flat_map(|(_, codes)| codes);
    for code in codes {
        let word = &code.written;
        match &code.read {
            CodeRead::Valid => {}
            CodeRead::WrongCase(fixed) => errors.error(
                code.ident.span(),
                format!("`{word}` is not written as a language code: write `{fixed}` (ISO 639 codes are lower-case; a region follows in upper case: `pt_BR`)"),
            ),
            CodeRead::Invalid => errors.error(
                code.ident.span(),
                format!("`{word}` is not a language code: use a lower-case ISO 639 code such as `en`, `de`, `fr` (a region may follow: `pt_BR`)"),
            ),
        }
    }
}

/// Rule 11: each language once: a second one would ask every text twice.
fn languages_listed_once(written: &Written, errors: &mut Errors) {
    let codes = written.languages.iter().flat_map(|(_, codes)| codes);
    for code in codes.filter(|code| code.repeated) {
        if let Some(language) = code.language() {
            errors.error(
                code.ident.span(),
                format!("`{language}` is listed twice in `languages`"),
            );
        }
    }
}

/// `revision` counts from 1, which is also the revision of a policy that
/// does not write it: `revision: 0` would read as "before the first",
/// which no consent was given to. (A negative or fractional one is the
/// parser's error.)
fn revision_counts_from_one(written: &Written, errors: &mut Errors) {
    if let Some(lit) = written.revision {
        if lit.base10_parse::<u64>().ok() == Some(0) {
            errors.error(
                lit.span(),
                "`revision` counts from 1 (a policy without `revision` is at revision 1): write `revision: 1`, and raise it by one each time visitors must be asked again",
            );
        }
    }
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
