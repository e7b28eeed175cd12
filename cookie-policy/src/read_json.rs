//! [`Policy::from_json`]: a policy read back from what
//! [`Policy::to_json`] wrote (feature `audit`), for tools that hold a site
//! against a declaration they did not compile (`cookie-policy audit
//! --policy policy.json`).
//!
//! The policy read is a [`Policy`] like the macro's: the same lookup
//! ([`Policy::get`] through the perfect-hash tables, built now by the very
//! builder the generator runs at compile time, `cookie-policy-shared`'s
//! `build`), the same consent reading under the revision the JSON gives.
//! A `Policy` holds `'static` data; this one's strings and tables are
//! allocated once and leaked, so it lives until the program ends: read a
//! policy once (a command, a test), not per request.

use core::fmt;
use std::collections::{BTreeMap, HashSet};

use cookie_policy_shared::build::lookup_tables;
use serde::Deserialize;

use crate::__private::{spec, DeclaredDuration, HashIndex, PatternIndex, SpecParts};
use crate::{Category, CookieSpec, Policy, SameSite, TimeUnit};

/// The JSON object `to_json()` writes.
#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a policy object as `to_json()` writes it"
)]
struct PolicyJson {
    site: String,
    languages: Vec<String>,
    revision: String,
    consent_cookie: Option<String>,
    cookies: Vec<CookieJson>,
}

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a cookie object as `to_json()` writes it"
)]
struct CookieJson {
    name: String,
    pattern: bool,
    category: String,
    provider: String,
    function: BTreeMap<String, String>,
    location: Option<BTreeMap<String, String>>,
    purpose: BTreeMap<String, String>,
    third_party: Option<String>,
    requires_consent: bool,
    max_age_seconds: Option<u64>,
    duration: Option<DurationJson>,
    secure: bool,
    http_only: bool,
    same_site: Option<String>,
    domain: Option<String>,
    path: Option<String>,
    partitioned: bool,
    anonymized: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DurationJson {
    amount: u64,
    unit: String,
}

/// Why a text is not a policy [`Policy::to_json`] could have written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyJsonError {
    message: String,
    position: Option<(usize, usize)>,
}

impl PolicyJsonError {
    /// Where in the text reading stopped (line and column, from 1), when
    /// the text is not JSON of the policy's shape; `None` for a policy
    /// whose values disagree (a text missing in a language, an unknown
    /// category, ...).
    pub fn position(&self) -> Option<(usize, usize)> {
        self.position
    }

    fn invalid(message: String) -> PolicyJsonError {
        PolicyJsonError {
            message,
            position: None,
        }
    }
}

impl fmt::Display for PolicyJsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a policy as `to_json()` writes it: ")?;
        f.write_str(&self.message)
    }
}

impl std::error::Error for PolicyJsonError {}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

impl Policy {
    /// Reads back a policy that [`to_json`](Policy::to_json) wrote (feature
    /// `audit`): its site, languages, revision, consent cookie and every
    /// cookie with its texts and attributes. Its [`get`](Policy::get) finds
    /// cookies as the compiled policy's does, and its consent cookie reads
    /// under the revision the JSON gives.
    ///
    /// The JSON carries the policy's [`revision`](Policy::revision) itself,
    /// not the `revision: N` setting it was computed with: the policy read
    /// back answers [`revision_setting`](Policy::revision_setting) with 1.
    ///
    /// A `Policy` holds `'static` data: this one's strings and tables are
    /// allocated once and leaked, so it lives until the program ends. Read a
    /// policy once (a command, a test), not per request.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://www.example.org",
    ///         languages: [en, de],
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: { en: "Consent", de: "Einwilligung" },
    ///                                  purpose: { en: "Choices", de: "Auswahl" }, duration: 6 months }
    ///         } }
    ///         statistics { provider "Matomo" {
    ///             ID: "_pk_id.*" { function: { en: "Visitors", de: "Besucher" },
    ///                              purpose: { en: "Counting", de: "Zählen" }, duration: 13 months }
    ///         } }
    ///     }
    /// }
    /// let read = cookie_policy::Policy::from_json(&site::POLICY.to_json())?;
    /// assert_eq!(read.revision(), site::POLICY.revision());
    /// assert_eq!(read.get("_pk_id.1.abc").map(|c| c.name()), Some("_pk_id.*"));
    /// assert_eq!(read.get("_pk_id.1.abc"), site::POLICY.get("_pk_id.1.abc"));
    /// assert_eq!(read.to_json(), site::POLICY.to_json());
    ///
    /// let error = cookie_policy::Policy::from_json("{\"site\": 1}").unwrap_err();
    /// assert_eq!(error.position(), Some((1, 10)));
    /// # Ok::<(), cookie_policy::PolicyJsonError>(())
    /// ```
    pub fn from_json(json: &str) -> Result<&'static Policy, PolicyJsonError> {
        let at = |error: &serde_json::Error| Some((error.line(), error.column()));
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let read: PolicyJson =
            serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
                let path = error.path().to_string();
                let inner = error.into_inner();
                PolicyJsonError {
                    position: at(&inner),
                    message: if path == "." {
                        inner.to_string()
                    } else {
                        format!("{path}: {inner}")
                    },
                }
            })?;
        deserializer.end().map_err(|error| PolicyJsonError {
            position: at(&error),
            message: error.to_string(),
        })?;
        build(read).map(|policy| &*Box::leak(Box::new(policy)))
    }
}

/// The policy of `read`, checked for what `to_json()` always writes.
fn build(read: PolicyJson) -> Result<Policy, PolicyJsonError> {
    if read.languages.is_empty() {
        return Err(PolicyJsonError::invalid("`languages` is empty".into()));
    }
    let revision = u64::from_str_radix(&read.revision, 16)
        .ok()
        .filter(|_| read.revision.len() == 16)
        .ok_or_else(|| {
            PolicyJsonError::invalid(format!(
                "`revision` is {:?}, not 16 hexadecimal digits",
                read.revision
            ))
        })?;
    let languages: &'static [&'static str] =
        leak_slice(read.languages.iter().cloned().map(leak).collect());
    let mut names = HashSet::new();
    let mut cookies = Vec::with_capacity(read.cookies.len());
    for cookie in read.cookies {
        if !names.insert(cookie.name.clone()) {
            return Err(PolicyJsonError::invalid(format!(
                "the cookie `{}` is given twice",
                cookie.name
            )));
        }
        cookies.push(cookie_spec(cookie, &read.languages, languages)?);
    }
    let consent_cookie = match read.consent_cookie {
        None => None,
        Some(name) => Some(
            cookies
                .iter()
                .position(|c: &CookieSpec| c.name() == name)
                .ok_or_else(|| {
                    PolicyJsonError::invalid(format!(
                        "`consent_cookie` names `{name}`, which is not among the cookies"
                    ))
                })?,
        ),
    };
    let names: Vec<&str> = cookies.iter().map(CookieSpec::name).collect();
    let tables = lookup_tables(&names);
    let exact = tables.exact_layout(&names);
    let patterns = tables.pattern_layout();
    let exact = HashIndex {
        seed: exact.seed,
        displacements: leak_slice(exact.displacements),
        slots: leak_slice(exact.slots),
        keys: leak(exact.keys),
        starts: leak_slice(exact.starts),
    };
    let patterns = PatternIndex {
        filter: leak_slice(patterns.filter),
        heads: leak_slice(patterns.heads),
        starts: leak_slice(patterns.starts),
        members: leak_slice(patterns.members),
        lengths: leak_slice(patterns.lengths),
        words: leak_slice(patterns.words),
        prefixes: leak_slice(patterns.prefixes.into_iter().map(leak).collect()),
    };
    Ok(Policy::__new(
        leak(read.site),
        languages,
        leak_slice(cookies),
        consent_cookie,
        revision,
        // Not in the JSON (see above); the revision is.
        1,
        exact,
        patterns,
    ))
}

fn cookie_spec(
    cookie: CookieJson,
    language_names: &[String],
    languages: &'static [&'static str],
) -> Result<CookieSpec, PolicyJsonError> {
    let name = cookie.name;
    let invalid = |what: String| PolicyJsonError::invalid(format!("cookie `{name}`: {what}"));
    let category: Category = cookie
        .category
        .parse()
        .map_err(|_| invalid(format!("unknown `category` {:?}", cookie.category)))?;
    let same_site = match cookie.same_site.as_deref() {
        None => None,
        Some(value) => Some(
            SameSite::ALL
                .into_iter()
                .find(|s| s.as_str() == value)
                .ok_or_else(|| invalid(format!("unknown `same_site` {value:?}")))?,
        ),
    };
    let duration = match cookie.duration {
        None => None,
        Some(d) => Some(DeclaredDuration {
            amount: d.amount,
            unit: TimeUnit::ALL
                .into_iter()
                .find(|u| u.as_str() == d.unit)
                .ok_or_else(|| invalid(format!("unknown duration unit {:?}", d.unit)))?,
        }),
    };
    if duration.map(|d| d.seconds()) != cookie.max_age_seconds {
        return Err(invalid(format!(
            "`max_age_seconds` is {:?}, but `duration` makes {:?}",
            cookie.max_age_seconds,
            duration.map(|d| d.seconds())
        )));
    }
    let text = |field: &str, texts: BTreeMap<String, String>| {
        let mut ordered = Vec::with_capacity(language_names.len());
        for language in language_names {
            match texts.get(language) {
                Some(text) => ordered.push(leak(text.clone())),
                None => return Err(invalid(format!("`{field}` has no text in `{language}`"))),
            }
        }
        if let Some(extra) = texts.keys().find(|l| !language_names.contains(l)) {
            return Err(invalid(format!(
                "`{field}` has a text in `{extra}`, not a language of the policy"
            )));
        }
        Ok(leak_slice(ordered))
    };
    let function = text("function", cookie.function)?;
    let purpose = text("purpose", cookie.purpose)?;
    let location = cookie.location.map(|l| text("location", l)).transpose()?;
    let leaked_name = leak(name.clone());
    let spec = spec(SpecParts {
        name: leaked_name,
        category,
        provider: leak(cookie.provider),
        languages,
        function,
        location,
        purpose,
        third_party: cookie.third_party.map(leak),
        domain: cookie.domain.map(leak),
        path: cookie.path.map(leak),
        duration,
        same_site,
        secure: cookie.secure,
        http_only: cookie.http_only,
        partitioned: cookie.partitioned,
        anonymized: cookie.anonymized,
    });
    if spec.is_pattern() != cookie.pattern {
        return Err(invalid(format!(
            "`pattern` is {}, but the name {} in `*`",
            cookie.pattern,
            if spec.is_pattern() {
                "ends"
            } else {
                "does not end"
            }
        )));
    }
    if spec.requires_consent() != cookie.requires_consent {
        return Err(invalid(format!(
            "`requires_consent` is {}, but a {category}{} cookie {}",
            cookie.requires_consent,
            if cookie.anonymized { " anonymized" } else { "" },
            if spec.requires_consent() {
                "needs consent"
            } else {
                "needs none"
            }
        )));
    }
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use crate::Policy;

    crate::cookie_policy! {
        mod every {
            site: "https://www.example.org",
            languages: [en, fr],
            consent_cookie: CHOICES,
            necessary { provider "Example" {
                CHOICES: "choices" { function: { en: "Consent", fr: "Consentement" },
                                     purpose: { en: "Choices", fr: "Choix" }, duration: 6 months,
                                     secure, same_site: Lax }
                HOST: "__Host-id" { function: { en: "Id", fr: "Id" }, purpose: { en: "Id", fr: "Id" },
                                    secure, path: "/", http_only, same_site: Strict }
            } }
            preferences { provider "Example" {
                LANG: "lang" { function: { en: "Language", fr: "Langue" },
                               location: { en: "everywhere", fr: "partout" },
                               purpose: { en: "Language", fr: "Langue" }, duration: 1 year,
                               domain: "example.org" }
            } }
            statistics { provider "Matomo" {
                SES: "_pk_ses.*" { function: { en: "Visits", fr: "Visites" }, purpose: { en: "Counting", fr: "Compter" },
                                   duration: 30 minutes, anonymized }
                ID: "_pk_id.*" { function: { en: "Visitors", fr: "Visiteurs" }, purpose: { en: "Counting", fr: "Compter" },
                                 duration: 13 months }
                P: "p*" { function: { en: "One byte", fr: "Un octet" }, purpose: { en: "Prefix", fr: "Préfixe" } }
            } }
            marketing { provider "Ads" {
                AD: "ad" { function: { en: "Ads", fr: "Pub" }, purpose: { en: "Ads", fr: "Pub" },
                           third_party: "ads.example", secure, same_site: None, partitioned, duration: 90 days }
            } }
        }
    }

    #[test]
    fn reads_back_what_to_json_writes() {
        let json = every::POLICY.to_json();
        let read = Policy::from_json(&json).unwrap();
        assert_eq!(read.to_json(), json);
        assert_eq!(read.revision(), every::POLICY.revision());
        assert_eq!(read.languages(), every::POLICY.languages());
        assert_eq!(read.consent_cookie(), every::POLICY.consent_cookie());
        assert_eq!(read.cookies(), every::POLICY.cookies());
        assert_eq!(read.render_markdown(), every::POLICY.render_markdown());
        for name in [
            "choices",
            "__Host-id",
            "lang",
            "_pk_ses.1.a",
            "_pk_id.1.a",
            "_pk_id.",
            "_pk_",
            "p",
            "px",
            "ad",
            "ad2",
            "",
            "x",
            "choice",
            "_pk_ses",
        ] {
            assert_eq!(read.get(name), every::POLICY.get(name), "{name}");
        }
        let consent = crate::Consent::all();
        let value = every::POLICY.consent_cookie_value(consent);
        assert_eq!(
            read.consent_from_cookie_header(&format!("choices={value}")),
            consent
        );
    }

    #[test]
    fn errors_say_what_is_wrong_and_where() {
        let json = every::POLICY.to_json();
        for (from, to, message, positioned) in [
            (r#""languages":["en","fr"]"#, r#""languages":[]"#, "`languages` is empty", false),
            (r#""category":"marketing""#, r#""category":"ads""#, "cookie `ad`: unknown `category` \"ads\"", false),
            (r#""same_site":"Strict""#, r#""same_site":"strict""#, "cookie `__Host-id`: unknown `same_site` \"strict\"", false),
            (r#""unit":"day""#, r#""unit":"days""#, "cookie `ad`: unknown duration unit \"days\"", false),
            (r#""max_age_seconds":7776000"#, r#""max_age_seconds":7"#, "cookie `ad`: `max_age_seconds` is Some(7), but `duration` makes Some(7776000)", false),
            (r#""fr":"Pub""#, r#""de":"Pub""#, "cookie `ad`: `function` has no text in `fr`", false),
            (r#""consent_cookie":"choices""#, r#""consent_cookie":"nope""#, "`consent_cookie` names `nope`, which is not among the cookies", false),
            (r#""name":"ad""#, r#""name":"lang""#, "the cookie `lang` is given twice", false),
            (r#""name":"p*","pattern":true"#, r#""name":"p*","pattern":false"#, "cookie `p*`: `pattern` is false, but the name ends in `*`", false),
            (r#""requires_consent":false,"max_age_seconds":1800"#, r#""requires_consent":true,"max_age_seconds":1800"#, "cookie `_pk_ses.*`: `requires_consent` is true, but a statistics anonymized cookie needs none", false),
            (r#""revision":""#, r#""revision":"x"#, "`revision` is \"x", false),
            (r#""secure":true"#, r#""secure":"yes""#, "cookies[0].secure: invalid type: string \"yes\", expected a boolean at line 1", true),
            (r#""site""#, r#""sitex""#, "sitex: unknown field `sitex`", true),
        ] {
            assert!(json.contains(from), "{from}");
            let changed = json.replacen(from, to, 1);
            let error = Policy::from_json(&changed).unwrap_err();
            let said = error.to_string();
            assert!(said.contains(message), "{said}");
            assert!(said.starts_with("not a policy as `to_json()` writes it: "), "{said}");
            assert_eq!(error.position().is_some(), positioned, "{said}");
        }
        for (text, message) in [
            ("", "EOF while parsing a value at line 1 column 0"),
            ("{} x", "missing field `site` at line 1 column 2"),
            (&format!("{json} x"), "trailing characters"),
        ] {
            let said = Policy::from_json(text).unwrap_err().to_string();
            assert!(said.contains(message), "{said}");
        }
    }
}
