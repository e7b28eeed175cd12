//! Reading the consent cookie out of `Cookie:` request headers: the
//! [`Policy`]'s methods, and the one rule by which the copies of a consent
//! cookie combine, whatever format a value is read by.

use super::{decode, decode_with_id, Consent, ConsentId, ConsentStatus};
use crate::header::cookie;
use crate::Policy;

/// One value of a consent cookie in the `v1` format, for the policy
/// revision `revision`: `None` when it is no such value, otherwise whether
/// it was written for `revision`, and the consent it records.
pub(crate) fn read_value_for(value: &[u8], revision: u64) -> Option<(bool, Consent)> {
    decode(value).map(|(written_for, consent)| (written_for == revision, consent))
}

/// What the cookies called `name` in the `Cookie:` header fields `headers`
/// say, each value read by `read` (see [`read_value_for`]): the invalid
/// copies are ignored, the outdated ones only tell that the visitor
/// answered an older policy, and the valid ones are **intersected**: a
/// category counts as accepted only if every valid copy accepts it, so a
/// stray or planted copy can never widen the consent.
pub(crate) fn status_from_headers<I>(
    headers: I,
    name: &[u8],
    read: impl Fn(&[u8]) -> Option<(bool, Consent)>,
) -> ConsentStatus
where
    I: IntoIterator,
    I::Item: AsRef<[u8]>,
{
    let mut status = ConsentStatus::Missing;
    for header in headers {
        for value in cookie::values(header.as_ref(), name) {
            match read(value) {
                Some((true, consent)) => {
                    status = ConsentStatus::Given(match status {
                        ConsentStatus::Given(earlier) => earlier.intersection(consent),
                        ConsentStatus::Missing | ConsentStatus::Outdated => consent,
                    });
                }
                Some((false, _)) if status == ConsentStatus::Missing => {
                    status = ConsentStatus::Outdated;
                }
                _ => {}
            }
        }
    }
    status
}

/// The consent cookie of a policy.
impl Policy {
    /// Reads a value of the consent cookie: like
    /// [`Consent::from_cookie_value`] with this policy's
    /// [`revision`](Policy::revision), so a consent given to an older version
    /// of the policy is void.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: "Consent", purpose: "To remember choices", duration: 6 months }
    ///         } }
    ///     }
    /// }
    /// let value = site::POLICY.consent_cookie_value(Consent::all());
    /// assert_eq!(site::POLICY.consent_from_cookie_value(&value), Consent::all());
    /// assert_eq!(site::POLICY.consent_from_cookie_value("v1.0.7"), Consent::necessary_only());
    /// ```
    pub fn consent_from_cookie_value(&self, value: &str) -> Consent {
        Consent::from_cookie_value_for(value, self.revision())
    }

    /// The value of the consent cookie recording `consent` for this policy's
    /// [`revision`](Policy::revision) (see [`Consent::to_cookie_value`]).
    ///
    /// ```
    /// use cookie_policy::Consent;
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
    ///     }
    /// }
    /// let value = site::POLICY.consent_cookie_value(Consent::all());
    /// assert_eq!(value, format!("v1.{:x}.7", site::POLICY.revision()));
    /// ```
    pub fn consent_cookie_value(&self, consent: Consent) -> String {
        consent.to_cookie_value_for(self.revision())
    }

    /// [`consent_cookie_value`](Policy::consent_cookie_value) followed by the
    /// visitor's consent id (see the
    /// [format](Consent#the-consent-cookies-value-format-v1)): what the
    /// consent endpoint sets when it records the choice.
    ///
    /// ```
    /// use cookie_policy::{Consent, ConsentId};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org", consent_cookie: C,
    /// #     necessary { provider "E" { C: "c" { function: "f", purpose: "p" } } } } }
    /// let id = ConsentId::from_u128(0xfeed);
    /// let value = site::POLICY.consent_cookie_value_with_id(Consent::all(), id);
    /// assert_eq!(value, format!("v1.{:x}.7.0000000000000000000000000000feed", site::POLICY.revision()));
    /// assert_eq!(site::POLICY.consent_from_cookie_value(&value), Consent::all());
    /// assert_eq!(site::POLICY.consent_id_from_cookie_header(&format!("c={value}")), Some(id));
    /// ```
    pub fn consent_cookie_value_with_id(&self, consent: Consent, id: ConsentId) -> String {
        format!("{}.{id}", self.consent_cookie_value(consent))
    }

    /// The consent id the consent cookie carries in a `Cookie:` request
    /// header: see [`consent_id_from_cookie_headers`](Policy::consent_id_from_cookie_headers).
    pub fn consent_id_from_cookie_header(&self, header: &str) -> Option<ConsentId> {
        self.consent_id_from_cookie_headers([header])
    }

    /// The consent id the consent cookie carries in the `Cookie:` request
    /// header fields `headers`, under this or an earlier revision of the
    /// policy (a visitor asked again keeps their id). `None` when no
    /// well-formed consent value carries one, when the policy declares no
    /// `consent_cookie`, or when two copies carry different ids: which is
    /// the visitor's cannot be told, so neither is trusted.
    ///
    /// The id is only what the request claims: the consent endpoint with a
    /// store (feature `records`) reuses it only when the store holds
    /// records under it.
    pub fn consent_id_from_cookie_headers<I>(&self, headers: I) -> Option<ConsentId>
    where
        I: IntoIterator,
        I::Item: AsRef<[u8]>,
    {
        let name = self.consent_cookie()?.name().as_bytes();
        let mut found = None;
        for header in headers {
            for value in cookie::values(header.as_ref(), name) {
                if let Some((_, _, Some(id))) = decode_with_id(value) {
                    match found {
                        None => found = Some(id),
                        Some(earlier) if earlier != id => return None,
                        Some(_) => {}
                    }
                }
            }
        }
        found
    }

    /// The visitor's consent, read from the policy's
    /// [`consent_cookie`](Policy::consent_cookie) in the value of a `Cookie:`
    /// request header. [`Consent::necessary_only`] when there is none, when
    /// it is invalid or written for another revision, or when the policy
    /// declares no `consent_cookie`.
    ///
    /// Only the values this crate writes ([`Consent::to_cookie_value`]'s
    /// `v1` format) are read, whatever features are enabled. A site whose
    /// consent cookie the vanilla-cookieconsent banner writes too reads both
    /// with `cookieconsent::CcCookieReader::for_policy` (feature
    /// `cookieconsent`), and the HTTP layer with
    /// `CookiePolicyLayer::accept_banner_cookie`.
    ///
    /// The header is untrusted; it is read without allocating, in one pass,
    /// and never panics:
    ///
    /// - pairs are separated by `;`; spaces and tabs around names and values
    ///   are ignored; a pair without `=` is skipped;
    /// - names are compared exactly (case-sensitive), values may be wrapped
    ///   in one pair of double quotes;
    /// - when the consent cookie occurs several times (cookies of the same
    ///   name with another path or domain), the invalid and outdated copies
    ///   are ignored and the valid ones **intersected**: a category counts as
    ///   accepted only if every valid copy accepts it, so a stray or planted
    ///   copy can never widen the consent.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: "Consent", purpose: "To remember choices", duration: 6 months }
    ///         } }
    ///     }
    /// }
    /// let value = site::POLICY.consent_cookie_value(Consent::necessary_only().with(Category::Statistics));
    /// let header = format!("sessionid=abc; choices={value}; theme=dark");
    /// let consent = site::POLICY.consent_from_cookie_header(&header);
    /// assert!(consent.allows(Category::Statistics));
    /// assert!(!consent.allows(Category::Marketing));
    /// assert_eq!(site::POLICY.consent_from_cookie_header("choices=garbage"), Consent::necessary_only());
    /// ```
    pub fn consent_from_cookie_header(&self, header: &str) -> Consent {
        self.consent_status_from_cookie_header(header).consent()
    }

    /// Like [`consent_from_cookie_header`](Policy::consent_from_cookie_header)
    /// for a header value given as bytes (such as `http::HeaderValue::as_bytes`,
    /// which may hold bytes that are not UTF-8 in other cookies).
    ///
    /// ```
    /// use cookie_policy::Consent;
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: "Consent", purpose: "To remember choices" }
    ///         } }
    ///     }
    /// }
    /// let header = [b"other=\xff\xfe; choices=".as_slice(),
    ///               site::POLICY.consent_cookie_value(Consent::all()).as_bytes()].concat();
    /// assert_eq!(site::POLICY.consent_from_cookie_header_bytes(&header), Consent::all());
    /// ```
    pub fn consent_from_cookie_header_bytes(&self, header: &[u8]) -> Consent {
        self.consent_status_from_cookie_headers([header]).consent()
    }

    /// Like [`consent_from_cookie_header`](Policy::consent_from_cookie_header)
    /// for a request with several `Cookie` header fields (HTTP/2 and HTTP/3
    /// may split the cookies over several): the copies of the consent cookie
    /// in all of them are combined by the same rule.
    ///
    /// ```
    /// use cookie_policy::Consent;
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: "Consent", purpose: "To remember choices" }
    ///         } }
    ///     }
    /// }
    /// let choices = format!("choices={}", site::POLICY.consent_cookie_value(Consent::all()));
    /// let consent = site::POLICY.consent_from_cookie_headers(["a=1", choices.as_str()]);
    /// assert_eq!(consent, Consent::all());
    /// ```
    pub fn consent_from_cookie_headers<I>(&self, headers: I) -> Consent
    where
        I: IntoIterator,
        I::Item: AsRef<[u8]>,
    {
        self.consent_status_from_cookie_headers(headers).consent()
    }

    /// What the `Cookie:` request header says about the visitor's consent:
    /// [`ConsentStatus::Given`] (the visitor answered this revision of the
    /// policy, even if they refused everything), [`ConsentStatus::Outdated`]
    /// (they answered an older revision) or [`ConsentStatus::Missing`]. Read
    /// by the rules of
    /// [`consent_from_cookie_header`](Policy::consent_from_cookie_header).
    ///
    /// ```
    /// use cookie_policy::{Consent, ConsentStatus};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: "Consent", purpose: "To remember choices" }
    ///         } }
    ///     }
    /// }
    /// let refused = format!("choices={}", site::POLICY.consent_cookie_value(Consent::necessary_only()));
    /// assert_eq!(site::POLICY.consent_status_from_cookie_header(&refused),
    ///            ConsentStatus::Given(Consent::necessary_only()));
    /// assert_eq!(site::POLICY.consent_status_from_cookie_header("a=b"), ConsentStatus::Missing);
    /// let old = if site::POLICY.revision() == 1 { "choices=v1.2.7" } else { "choices=v1.1.7" };
    /// assert_eq!(site::POLICY.consent_status_from_cookie_header(old), ConsentStatus::Outdated);
    /// ```
    pub fn consent_status_from_cookie_header(&self, header: &str) -> ConsentStatus {
        self.consent_status_from_cookie_headers([header.as_bytes()])
    }

    /// [`consent_status_from_cookie_header`](Policy::consent_status_from_cookie_header)
    /// for all the `Cookie` header fields of a request, as bytes (see
    /// [`consent_from_cookie_headers`](Policy::consent_from_cookie_headers)).
    ///
    /// ```
    /// use cookie_policy::{Consent, ConsentStatus};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: "Consent", purpose: "To remember choices" }
    ///         } }
    ///     }
    /// }
    /// let given = format!("choices={}", site::POLICY.consent_cookie_value(Consent::all()));
    /// let status = site::POLICY.consent_status_from_cookie_headers([b"a=\xff".as_slice(), given.as_bytes()]);
    /// assert_eq!(status, ConsentStatus::Given(Consent::all()));
    /// ```
    pub fn consent_status_from_cookie_headers<I>(&self, headers: I) -> ConsentStatus
    where
        I: IntoIterator,
        I::Item: AsRef<[u8]>,
    {
        match self.consent_cookie() {
            Some(spec) => status_from_headers(headers, spec.name().as_bytes(), |value| {
                self.read_consent_value(value)
            }),
            None => ConsentStatus::Missing,
        }
    }

    /// One value of the consent cookie (unquoted), read by the `v1` format
    /// only: `None` when it is not a consent value at all, otherwise
    /// whether it was written for this revision of the policy, and the
    /// consent it records.
    pub(crate) fn read_consent_value(&self, value: &[u8]) -> Option<(bool, Consent)> {
        read_value_for(value, self.revision())
    }
}
