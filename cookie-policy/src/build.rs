//! Building `cookie::Cookie` values from the declared constants (feature
//! `cookie`), with every declared attribute applied, and with a proof of
//! consent for the cookies that need it.

use core::fmt;

use cookie::time::{Duration, OffsetDateTime};
use cookie::Cookie;

use cookie_policy_shared::name::NamePrefix;

use crate::header::bytes::is_token;
use crate::{
    encode_cookie_value, Consent, ConsentId, ConsentProof, ConsentRequirement, CookieSpec,
    DeclaredCookie, NoConsentNeeded, Policy, Requirement, SameSite,
};

/// Why a concrete cookie name was refused by `cookie_named` or
/// [`CookieSpec::removal_cookie_named`].
///
/// ```
/// use cookie_policy::InvalidCookieName;
/// cookie_policy::cookie_policy! {
///     mod site {
///         site: "https://example.org",
///         statistics { provider "Google" {
///             GA: "_ga_*" { function: "Analytics", purpose: "Counting", duration: 13 months }
///         } }
///     }
/// }
/// assert_eq!(site::GA.removal_cookie_named("_gid").unwrap_err(),
///            InvalidCookieName::DoesNotMatch { declared: "_ga_*" });
/// assert_eq!(site::GA.removal_cookie_named("_ga_x;y").unwrap_err(), InvalidCookieName::NotAToken);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvalidCookieName {
    /// The name is empty or holds a character RFC 6265 does not allow in a
    /// cookie name (space, control, non-ASCII, or one of `()<>@,;:\"/[]?={}`).
    NotAToken,
    /// The name is not the declared one, nor covered by the declared prefix
    /// pattern.
    DoesNotMatch {
        /// The declared name or pattern.
        declared: &'static str,
    },
    /// The name starts with `__Secure-` or `__Host-` (in any case), but the
    /// declaration lacks what browsers require of such a cookie (`secure`;
    /// for `__Host-` also no `domain` and no `path` other than `/`): the
    /// browser would reject it.
    PrefixRequirements,
}

impl fmt::Display for InvalidCookieName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidCookieName::NotAToken => f.write_str("not a valid cookie name (RFC 6265 token)"),
            InvalidCookieName::DoesNotMatch { declared } => {
                write!(
                    f,
                    "the cookie name does not match the declared `{declared}`"
                )
            }
            InvalidCookieName::PrefixRequirements => f.write_str(
                "a `__Secure-` cookie must be declared `secure`, and a `__Host-` cookie also \
                 without `domain` and with no `path` other than `/`",
            ),
        }
    }
}

impl std::error::Error for InvalidCookieName {}

fn same_site(value: SameSite) -> cookie::SameSite {
    match value {
        SameSite::Strict => cookie::SameSite::Strict,
        SameSite::Lax => cookie::SameSite::Lax,
        SameSite::None => cookie::SameSite::None,
    }
}

impl CookieSpec {
    /// The name a cookie built without an explicit name gets: the declared
    /// name, or for a prefix pattern the bare prefix.
    fn default_cookie_name(&self) -> &'static str {
        self.name_prefix()
    }

    /// Checks a concrete name against this declaration.
    fn check_name(&self, name: &str) -> Result<(), InvalidCookieName> {
        if !is_token(name.as_bytes()) {
            return Err(InvalidCookieName::NotAToken);
        }
        if !self.matches(name) {
            return Err(InvalidCookieName::DoesNotMatch {
                declared: self.name(),
            });
        }
        let prefix = NamePrefix::of(name);
        if prefix.is_some() && !self.secure() {
            return Err(InvalidCookieName::PrefixRequirements);
        }
        if prefix == Some(NamePrefix::Host)
            && (self.domain().is_some() || self.path().is_some_and(|p| p != "/"))
        {
            return Err(InvalidCookieName::PrefixRequirements);
        }
        Ok(())
    }

    /// The cookie `name=value` with every declared attribute. `value` is
    /// percent-encoded; `name` must have been checked. Crate-private: the
    /// public ways in take a proof of consent where one is needed.
    pub(crate) fn build_cookie(&self, name: &str, value: &str) -> Cookie<'static> {
        let mut cookie = Cookie::new(name.to_owned(), encode_cookie_value(value).into_owned());
        cookie.set_path(self.path().unwrap_or("/"));
        if let Some(domain) = self.domain() {
            cookie.set_domain(domain);
        }
        if let Some(declared) = self.declared_duration() {
            let seconds = i64::try_from(declared.seconds()).unwrap_or(i64::MAX);
            cookie.set_max_age(Duration::seconds(seconds));
        }
        if self.secure() {
            cookie.set_secure(true);
        }
        if self.http_only() {
            cookie.set_http_only(true);
        }
        if let Some(value) = self.same_site() {
            cookie.set_same_site(same_site(value));
        }
        if self.partitioned() {
            cookie.set_partitioned(true);
        }
        cookie
    }

    fn build_removal(&self, name: &str) -> Cookie<'static> {
        let mut cookie = self.build_cookie(name, "");
        cookie.set_max_age(Duration::ZERO);
        cookie.set_expires(OffsetDateTime::UNIX_EPOCH);
        cookie
    }

    /// A cookie that deletes this cookie from the browser: empty value,
    /// `Max-Age=0`, `Expires` in 1970, and the same `Path`, `Domain`,
    /// `Secure`, `SameSite` and `Partitioned` as the cookie itself, without
    /// which the browser would not match, and so not delete, it. Needs no
    /// consent: withdrawing consent must be able to clear cookies.
    ///
    /// For a prefix pattern this deletes the cookie named by the bare prefix;
    /// use [`removal_cookie_named`](CookieSpec::removal_cookie_named) with
    /// the concrete name.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         marketing { provider "Ads" {
    ///             AD: "ad" { function: "Ads", purpose: "Ads", third_party: "ads.example",
    ///                        duration: 30 days, secure, same_site: None, path: "/shop" }
    ///         } }
    ///     }
    /// }
    /// let removal = site::AD.removal_cookie();
    /// assert_eq!(removal.to_string(),
    ///     "ad=; SameSite=None; Secure; Path=/shop; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    /// ```
    pub fn removal_cookie(&self) -> Cookie<'static> {
        self.build_removal(self.default_cookie_name())
    }

    /// A cookie that deletes the cookie called `name`, which must be this
    /// cookie's name or, for a prefix pattern, match it (see
    /// [`removal_cookie`](CookieSpec::removal_cookie)).
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         statistics { provider "Google" {
    ///             GA: "_ga_*" { function: "Analytics", purpose: "Counting", duration: 13 months }
    ///         } }
    ///     }
    /// }
    /// let removal = site::GA.removal_cookie_named("_ga_ABC123")?;
    /// assert_eq!(removal.name(), "_ga_ABC123");
    /// assert_eq!(removal.max_age(), Some(cookie::time::Duration::ZERO));
    /// assert!(site::GA.removal_cookie_named("_gid").is_err());
    /// # Ok::<(), cookie_policy::InvalidCookieName>(())
    /// ```
    pub fn removal_cookie_named(&self, name: &str) -> Result<Cookie<'static>, InvalidCookieName> {
        self.check_name(name)?;
        Ok(self.build_removal(name))
    }
}

/// Cookies that need no consent: built from just a value.
impl DeclaredCookie<NoConsentNeeded> {
    /// The cookie with `value` and every declared attribute:
    ///
    /// - `Max-Age` from the declared `duration` (none for a session cookie);
    /// - `Path`: the declared one, or `/` when none is declared, so the
    ///   cookie is the same on every page and a removal cookie matches it
    ///   (and a `__Host-` cookie is valid);
    /// - `Domain` when declared; `Secure`, `HttpOnly`, `SameSite` and
    ///   `Partitioned` as declared.
    ///
    /// `value` is untrusted and is percent-encoded by
    /// [`encode_cookie_value`]: whatever it holds (`;`, `,`, spaces, quotes,
    /// control characters), the cookie renders as one `Set-Cookie` value
    /// with exactly the declared attributes. A prefix pattern (`"_ga_*"`)
    /// needs the concrete name: see
    /// [`cookie_named`](DeclaredCookie::<NoConsentNeeded>::cookie_named)
    /// (given a pattern, `cookie` names the cookie by the bare prefix,
    /// `_ga_`, which still matches the declaration).
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "Example" {
    ///             SESSIONID: "__Host-sessionid" { function: "Session", purpose: "Sign-in",
    ///                                             duration: 14 days, secure, http_only, same_site: Lax }
    ///         } }
    ///     }
    /// }
    /// let cookie = site::SESSIONID.cookie("abc123");
    /// assert_eq!(cookie.to_string(),
    ///     "__Host-sessionid=abc123; HttpOnly; SameSite=Lax; Secure; Path=/; Max-Age=1209600");
    /// let hostile = site::SESSIONID.cookie("x; Domain=evil.example");
    /// assert_eq!(hostile.value(), "x%3B%20Domain=evil.example");
    /// assert_eq!(hostile.domain(), None);
    /// ```
    pub fn cookie(&self, value: &str) -> Cookie<'static> {
        self.build_cookie(self.default_cookie_name(), value)
    }

    /// Like [`cookie`](DeclaredCookie::<NoConsentNeeded>::cookie), for the
    /// concrete cookie `name` of a prefix pattern (or the declared name
    /// itself). Fails when `name` is not an RFC 6265 token, does not match
    /// the declaration, or has a `__Secure-`/`__Host-` prefix the
    /// declaration does not satisfy.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         statistics { provider "Matomo" {
    ///             PK_ID: "_pk_id.*" { function: "Audience", purpose: "Counting", duration: 13 months, anonymized }
    ///         } }
    ///     }
    /// }
    /// let cookie = site::PK_ID.cookie_named("_pk_id.1.abcd", "visitor")?;
    /// assert_eq!(cookie.name(), "_pk_id.1.abcd");
    /// assert!(site::PK_ID.cookie_named("_pk_ses.1", "visitor").is_err());
    /// # Ok::<(), cookie_policy::InvalidCookieName>(())
    /// ```
    pub fn cookie_named(
        &self,
        name: &str,
        value: &str,
    ) -> Result<Cookie<'static>, InvalidCookieName> {
        self.check_name(name)?;
        Ok(self.build_cookie(name, value))
    }
}

/// Cookies that need consent: built only with a [`ConsentProof`] for their
/// category, which only a [`Consent`] that allows it gives.
impl<R: ConsentRequirement> DeclaredCookie<R> {
    /// The cookie with `value` and every declared attribute, as
    /// [`DeclaredCookie::<NoConsentNeeded>::cookie`] builds it; compiles only
    /// with a proof of consent to the cookie's category.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         marketing { provider "YouTube" {
    ///             YT_VISITOR: "VISITOR_INFO1_LIVE" { function: "Videos", purpose: "Bandwidth",
    ///                 third_party: "youtube.com", duration: 180 days, secure, same_site: None }
    ///         } }
    ///     }
    /// }
    /// let consent = Consent::necessary_only().with(Category::Marketing);
    /// if let Some(proof) = consent.proof() {
    ///     let cookie = site::YT_VISITOR.cookie("v", proof);
    ///     assert_eq!(cookie.to_string(),
    ///         "VISITOR_INFO1_LIVE=v; SameSite=None; Secure; Path=/; Max-Age=15552000");
    /// }
    /// assert!(Consent::necessary_only().proof::<cookie_policy::MarketingConsent>().is_none());
    /// ```
    pub fn cookie(&self, value: &str, proof: ConsentProof<R>) -> Cookie<'static> {
        let _ = proof;
        self.build_cookie(self.default_cookie_name(), value)
    }

    /// Like [`cookie`](DeclaredCookie::cookie), for the concrete cookie
    /// `name` of a prefix pattern; see
    /// [`DeclaredCookie::<NoConsentNeeded>::cookie_named`] for when it fails.
    ///
    /// ```
    /// use cookie_policy::Consent;
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         statistics { provider "Google" {
    ///             GA: "_ga_*" { function: "Analytics", purpose: "Counting", duration: 13 months }
    ///         } }
    ///     }
    /// }
    /// let proof = Consent::all().proof().unwrap();
    /// let cookie = site::GA.cookie_named("_ga_ABC123", "GS1.1", proof)?;
    /// assert_eq!(cookie.name_value(), ("_ga_ABC123", "GS1.1"));
    /// # Ok::<(), cookie_policy::InvalidCookieName>(())
    /// ```
    pub fn cookie_named(
        &self,
        name: &str,
        value: &str,
        proof: ConsentProof<R>,
    ) -> Result<Cookie<'static>, InvalidCookieName> {
        let _ = proof;
        self.check_name(name)?;
        Ok(self.build_cookie(name, value))
    }
}

/// Any declared cookie, whatever it requires.
impl<R: Requirement> DeclaredCookie<R> {
    /// The cookie (as `cookie` builds it) if `consent` allows it, `None`
    /// otherwise; for a cookie that needs no consent, always `Some`. For code
    /// that handles constants of every requirement alike.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
    ///         preferences { provider "Example" { THEME: "theme" { function: "Theme", purpose: "Dark mode" } } }
    ///     }
    /// }
    /// let consent = Consent::necessary_only();
    /// assert!(site::S.cookie_if_allowed("1", consent).is_some());
    /// assert!(site::THEME.cookie_if_allowed("dark", consent).is_none());
    /// assert!(site::THEME.cookie_if_allowed("dark", consent.with(Category::Preferences)).is_some());
    /// ```
    pub fn cookie_if_allowed(&self, value: &str, consent: Consent) -> Option<Cookie<'static>> {
        let allowed = match R::CATEGORY {
            None => true,
            Some(category) => consent.allows(category),
        };
        allowed.then(|| self.build_cookie(self.default_cookie_name(), value))
    }
}

/// Setting the consent cookie.
impl Policy {
    /// The consent cookie (the policy's
    /// [`consent_cookie`](Policy::consent_cookie), with its declared
    /// attributes) recording `consent` for this revision of the policy; `None`
    /// when the policy declares no `consent_cookie`. The consent cookie is a
    /// necessary cookie, so this needs no proof.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Example" {
    ///             CHOICES: "choices" { function: "Consent", purpose: "To remember choices",
    ///                                  duration: 6 months, same_site: Lax }
    ///         } }
    ///     }
    /// }
    /// let consent = Consent::necessary_only().with(Category::Statistics);
    /// let cookie = site::POLICY.consent_cookie_for(consent).unwrap();
    /// assert_eq!(cookie.name(), "choices");
    /// assert_eq!(cookie.max_age(), Some(cookie::time::Duration::days(180)));
    /// let header = cookie.stripped().to_string();
    /// assert_eq!(site::POLICY.consent_from_cookie_header(&header), consent);
    /// ```
    pub fn consent_cookie_for(&self, consent: Consent) -> Option<Cookie<'static>> {
        let spec = self.consent_cookie()?;
        Some(spec.build_cookie(
            spec.default_cookie_name(),
            &self.consent_cookie_value(consent),
        ))
    }

    /// [`consent_cookie_for`](Policy::consent_cookie_for), its value
    /// carrying the visitor's consent id
    /// ([`consent_cookie_value_with_id`](Policy::consent_cookie_value_with_id)).
    ///
    /// ```
    /// use cookie_policy::{Consent, ConsentId};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org", consent_cookie: C,
    /// #     necessary { provider "E" { C: "c" { function: "f", purpose: "p" } } } } }
    /// let id = ConsentId::from_u128(7);
    /// let cookie = site::POLICY.consent_cookie_with_id(Consent::all(), id).unwrap();
    /// let header = cookie.stripped().to_string();
    /// assert_eq!(site::POLICY.consent_from_cookie_header(&header), Consent::all());
    /// assert_eq!(site::POLICY.consent_id_from_cookie_header(&header), Some(id));
    /// ```
    pub fn consent_cookie_with_id(
        &self,
        consent: Consent,
        id: ConsentId,
    ) -> Option<Cookie<'static>> {
        let spec = self.consent_cookie()?;
        Some(spec.build_cookie(
            spec.default_cookie_name(),
            &self.consent_cookie_value_with_id(consent, id),
        ))
    }
}
