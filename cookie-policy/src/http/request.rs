//! [`RequestConsent`]: what the layer reads of a request (the consent
//! cookie's status and the Global Privacy Control signal), and the rule by
//! which GPC refuses categories.

use ::http::header::COOKIE;
use ::http::{HeaderMap, HeaderName, HeaderValue};

use super::judge::Rules;
use crate::header::bytes::trim;
use crate::{Consent, ConsentStatus};

/// The `Sec-GPC` request header of Global Privacy Control.
pub(super) const SEC_GPC: HeaderName = HeaderName::from_static("sec-gpc");

/// What the layer read of one request: the visitor's consent as the consent
/// cookie states it, and whether the request carried the Global Privacy
/// Control signal (`Sec-GPC: 1`), which refuses the categories the layer
/// was told to (marketing by default, see
/// [`CookiePolicyLayer::gpc_refuses`](super::CookiePolicyLayer::gpc_refuses))
/// whatever the cookie says.
///
/// With the feature `axum` the layer stores it in the request's extensions,
/// where the extractors ([`Consent`], [`ConsentStatus`] and this type) and
/// the routes of [`cookie_policy::axum`](crate::axum) read it.
///
/// ```
/// use cookie_policy::{http::RequestConsent, Category, Consent, ConsentStatus};
/// cookie_policy::cookie_policy! {
///     mod site {
///         site: "https://example.org",
///         consent_cookie: CHOICES,
///         necessary { provider "Example" { CHOICES: "choices" { function: "Consent", purpose: "Choices" } } }
///         marketing { provider "Ads" { AD: "ad" { function: "Ads", purpose: "Ads" } } }
///     }
/// }
/// let mut headers = http::HeaderMap::new();
/// let all = format!("choices={}", site::POLICY.consent_cookie_value(Consent::all()));
/// headers.insert("cookie", all.parse().unwrap());
/// headers.insert("sec-gpc", "1".parse().unwrap());
/// let read = site::POLICY.layer().read_request(&headers);
/// assert!(read.gpc());
/// assert_eq!(read.cookie_status(), ConsentStatus::Given(Consent::all()));
/// assert!(!read.consent().allows(Category::Marketing)); // GPC wins
/// assert_eq!(read.status(), ConsentStatus::Given(Consent::all().without(Category::Marketing)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestConsent {
    cookie: ConsentStatus,
    gpc: bool,
    /// The categories the signal refuses (the layer's setting).
    refuses: Consent,
}

impl RequestConsent {
    /// Reads `headers` by `rules`; `gpc_refuses` are the categories the
    /// signal refuses.
    #[inline]
    pub(super) fn read(rules: Rules, gpc_refuses: Consent, headers: &HeaderMap) -> RequestConsent {
        let cookies = headers.get_all(COOKIE).iter().map(HeaderValue::as_bytes);
        let cookie = rules.request_status(cookies);
        let gpc = gpc_signal(headers);
        RequestConsent {
            cookie,
            gpc,
            refuses: gpc_refuses,
        }
    }

    /// The visitor's consent in force: the cookie's, less what GPC refuses.
    #[inline]
    pub const fn consent(self) -> Consent {
        self.cookie.consent().intersection(self.ceiling())
    }

    /// The status of the visitor's answer, GPC applied: a
    /// [`ConsentStatus::Given`] consent lacks what the signal refuses.
    pub const fn status(self) -> ConsentStatus {
        match self.cookie {
            ConsentStatus::Given(consent) => {
                ConsentStatus::Given(consent.intersection(self.ceiling()))
            }
            other => other,
        }
    }

    /// The status as the consent cookie states it, without GPC.
    pub const fn cookie_status(self) -> ConsentStatus {
        self.cookie
    }

    /// Whether the request carried `Sec-GPC: 1`.
    pub const fn gpc(self) -> bool {
        self.gpc
    }

    /// The most this visitor may consent to on this request: every
    /// category, less those GPC refuses when the request carried the
    /// signal. A choice the visitor makes is capped by it.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// # cookie_policy::cookie_policy! { mod site { site: "https://example.org",
    /// #     necessary { provider "E" { S: "s" { function: "f", purpose: "p" } } } } }
    /// let mut headers = http::HeaderMap::new();
    /// assert_eq!(site::POLICY.layer().read_request(&headers).ceiling(), Consent::all());
    /// headers.insert("sec-gpc", "1".parse().unwrap());
    /// assert_eq!(site::POLICY.layer().read_request(&headers).ceiling(),
    ///            Consent::all().without(Category::Marketing));
    /// ```
    pub const fn ceiling(self) -> Consent {
        ceiling(self.gpc, self.refuses)
    }

    /// The categories the layer refuses when a request carries the signal
    /// (its [`gpc_refuses`](super::CookiePolicyLayer::gpc_refuses)
    /// setting), whether or not this one did.
    pub const fn gpc_refuses(self) -> Consent {
        self.refuses
    }
}

/// Every category, less `refused` when the signal was sent.
pub(super) const fn ceiling(gpc: bool, refused: Consent) -> Consent {
    if gpc {
        Consent::all().difference(refused)
    } else {
        Consent::all()
    }
}

/// Whether `headers` carry the Global Privacy Control signal: a `Sec-GPC`
/// field whose value is `1` (blanks around it allowed), as the GPC
/// specification defines it; any other value is no signal.
#[inline]
pub(super) fn gpc_signal(headers: &HeaderMap) -> bool {
    headers
        .get_all(SEC_GPC)
        .iter()
        .any(|value| trim(value.as_bytes()) == b"1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Category;

    #[test]
    fn only_the_value_one_is_the_signal() {
        for (value, signal) in [
            ("1", true),
            (" 1\t", true),
            ("0", false),
            ("", false),
            ("true", false),
            ("11", false),
        ] {
            let mut headers = HeaderMap::new();
            headers.insert(SEC_GPC, HeaderValue::from_str(value).unwrap());
            assert_eq!(gpc_signal(&headers), signal, "{value:?}");
        }
        assert!(!gpc_signal(&HeaderMap::new()));
    }

    #[test]
    fn the_ceiling_lacks_exactly_the_refused_categories() {
        let refused = Consent::from_categories([Category::Marketing, Category::Statistics]);
        assert_eq!(ceiling(false, refused), Consent::all());
        assert_eq!(
            ceiling(true, refused),
            Consent::from_categories([Category::Preferences])
        );
        assert_eq!(ceiling(true, Consent::necessary_only()), Consent::all());
    }
}
