//! [`CookieSpec`]: everything a policy declares about one cookie.

use cookie_policy_shared::name::{is_pattern, pattern_prefix};
use cookie_policy_shared::requires_consent;

use crate::{Category, SameSite, TimeUnit};

/// A text of the policy in every declared language, in the order of
/// [`Policy::languages`](crate::Policy::languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Text {
    pub(crate) languages: &'static [&'static str],
    pub(crate) texts: &'static [&'static str],
}

impl Text {
    /// The text in the policy's default (first) language.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod p {
    ///         site: "https://example.org",
    ///         languages: [en, fr],
    ///         necessary { provider "Example" {
    ///             S: "s" { function: { en: "Session", fr: "Session" },
    ///                      purpose: { en: "Sign-in", fr: "Connexion" } }
    ///         } }
    ///     }
    /// }
    /// assert_eq!(p::S.function_text().default_text(), "Session");
    /// assert_eq!(p::S.purpose_text().get("fr"), Some("Connexion"));
    /// ```
    pub fn default_text(&self) -> &'static str {
        self.texts.first().copied().unwrap_or("")
    }

    /// The text in `language`, or `None` when the policy does not declare it.
    pub fn get(&self, language: &str) -> Option<&'static str> {
        let index = self.languages.iter().position(|l| *l == language)?;
        self.texts.get(index).copied()
    }

    /// `(language, text)` pairs in the policy's language order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.languages
            .iter()
            .copied()
            .zip(self.texts.iter().copied())
    }
}

/// A declared duration: `amount` times `unit` (`13 months`).
///
/// ```
/// use cookie_policy::{DeclaredDuration, TimeUnit};
/// let d = DeclaredDuration { amount: 13, unit: TimeUnit::Month };
/// assert_eq!(d.seconds(), 13 * 30 * 86_400);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeclaredDuration {
    /// How many units.
    pub amount: u64,
    /// The unit as written in the declaration.
    pub unit: TimeUnit,
}

impl DeclaredDuration {
    /// The duration in seconds (the cookie's `Max-Age`).
    pub const fn seconds(&self) -> u64 {
        self.amount.saturating_mul(self.unit.seconds())
    }
}

/// Everything a policy declares about one cookie (or one prefix pattern of
/// cookies, such as `_ga_*`).
///
/// Each entry of a [`cookie_policy!`](macro@crate::cookie_policy) declaration becomes
/// a constant that derefs to a `CookieSpec`; [`Policy::cookies`](crate::Policy::cookies)
/// lists them all.
///
/// ```
/// cookie_policy::cookie_policy! {
///     mod shop {
///         site: "https://shop.example",
///         necessary { provider "Shop" {
///             /// The cart of a visitor.
///             CART: "cart" { function: "Cart", purpose: "To keep the cart", duration: 7 days, secure }
///         } }
///         marketing { provider "Ads Inc." {
///             ADS: "ad_*" { function: "Ads", purpose: "To show ads", third_party: "ads.example",
///                           secure, same_site: None }
///         } }
///     }
/// }
/// assert_eq!(shop::CART.name(), "cart");
/// assert_eq!(shop::CART.max_age(), Some(std::time::Duration::from_secs(7 * 86_400)));
/// assert!(!shop::CART.requires_consent());
/// assert!(shop::ADS.requires_consent() && shop::ADS.is_pattern());
/// assert!(shop::ADS.matches("ad_123"));
/// assert_eq!(shop::ADS.third_party_domain(), Some("ads.example"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CookieSpec {
    pub(crate) name: &'static str,
    pub(crate) category: Category,
    pub(crate) provider: &'static str,
    pub(crate) function: Text,
    pub(crate) location: Option<Text>,
    pub(crate) purpose: Text,
    pub(crate) third_party: Option<&'static str>,
    pub(crate) domain: Option<&'static str>,
    pub(crate) path: Option<&'static str>,
    pub(crate) duration: Option<DeclaredDuration>,
    pub(crate) same_site: Option<SameSite>,
    pub(crate) secure: bool,
    pub(crate) http_only: bool,
    pub(crate) partitioned: bool,
    pub(crate) anonymized: bool,
}

impl CookieSpec {
    /// The cookie's name as declared; a prefix pattern keeps its trailing `*`.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// For a prefix pattern, the name without the trailing `*`; otherwise the name.
    pub fn name_prefix(&self) -> &'static str {
        pattern_prefix(self.name).unwrap_or(self.name)
    }

    /// Whether the name is a prefix pattern (`"_ga_*"`): it ends in `*`.
    /// `"*"` alone is the pattern with an empty prefix, which covers every
    /// name; `cookie_policy!` rejects it ("a prefix pattern needs a prefix
    /// before `*`"), and follows the same rule for every other name.
    pub const fn is_pattern(&self) -> bool {
        is_pattern(self.name)
    }

    /// Whether `cookie_name` is this cookie: the same name, or for a prefix
    /// pattern, a name that starts with the prefix.
    pub fn matches(&self, cookie_name: &str) -> bool {
        if self.is_pattern() {
            cookie_name.starts_with(self.name_prefix())
        } else {
            cookie_name == self.name
        }
    }

    /// The name of the service provider (`provider "..."`).
    pub const fn provider(&self) -> &'static str {
        self.provider
    }

    /// The function in the policy's default language.
    pub fn function(&self) -> &'static str {
        self.function.default_text()
    }

    /// The purpose in the policy's default language.
    pub fn purpose(&self) -> &'static str {
        self.purpose.default_text()
    }

    /// The location in the policy's default language, if declared.
    pub fn location(&self) -> Option<&'static str> {
        self.location.map(|t| t.default_text())
    }

    /// The function in `language`; `None` for an undeclared language.
    pub fn function_in(&self, language: &str) -> Option<&'static str> {
        self.function.get(language)
    }

    /// The purpose in `language`; `None` for an undeclared language.
    pub fn purpose_in(&self, language: &str) -> Option<&'static str> {
        self.purpose.get(language)
    }

    /// The location in `language`; `None` when no location is declared or the
    /// language is not.
    pub fn location_in(&self, language: &str) -> Option<&'static str> {
        self.location.and_then(|t| t.get(language))
    }

    /// The function in every declared language.
    pub const fn function_text(&self) -> Text {
        self.function
    }

    /// The purpose in every declared language.
    pub const fn purpose_text(&self) -> Text {
        self.purpose
    }

    /// The location in every declared language, if declared.
    pub const fn location_text(&self) -> Option<Text> {
        self.location
    }

    /// The category the cookie is declared in.
    pub const fn category(&self) -> Category {
        self.category
    }

    /// Whether another site (`third_party: "..."`) sets the cookie.
    pub const fn is_third_party(&self) -> bool {
        self.third_party.is_some()
    }

    /// The domain of the third party that sets the cookie.
    pub const fn third_party_domain(&self) -> Option<&'static str> {
        self.third_party
    }

    /// Whether setting the cookie needs the visitor's consent: every cookie
    /// except `necessary` ones and `anonymized` statistics.
    pub const fn requires_consent(&self) -> bool {
        requires_consent(self.category, self.anonymized)
    }

    /// The cookie's lifetime (`Max-Age`); `None` for a session cookie.
    pub const fn max_age(&self) -> Option<core::time::Duration> {
        match self.duration {
            Some(d) => Some(core::time::Duration::from_secs(d.seconds())),
            None => None,
        }
    }

    /// The duration as declared (`13 months`); `None` for a session cookie.
    pub const fn declared_duration(&self) -> Option<DeclaredDuration> {
        self.duration
    }

    /// Whether the cookie is `Secure`.
    pub const fn secure(&self) -> bool {
        self.secure
    }

    /// Whether the cookie is `HttpOnly`.
    pub const fn http_only(&self) -> bool {
        self.http_only
    }

    /// Whether the cookie is `Partitioned` (CHIPS).
    pub const fn partitioned(&self) -> bool {
        self.partitioned
    }

    /// Whether the cookie is declared `anonymized` (audience measurement
    /// exempt from consent).
    pub const fn anonymized(&self) -> bool {
        self.anonymized
    }

    /// The declared `SameSite` attribute.
    pub const fn same_site(&self) -> Option<SameSite> {
        self.same_site
    }

    /// The declared `Domain` attribute.
    pub const fn domain(&self) -> Option<&'static str> {
        self.domain
    }

    /// The declared `Path` attribute.
    pub const fn path(&self) -> Option<&'static str> {
        self.path
    }
}

#[cfg(test)]
mod tests {
    use crate::__private::cookies;
    use crate::CookieSpec;

    /// A spec of `name`, built as the macro's expansion builds one.
    fn named(name: &'static str) -> CookieSpec {
        let [spec] = cookies::<1, 0>(
            &[],
            &[name],
            &[""],
            &[[]],
            &[[]],
            &[[]],
            &[""],
            &[""],
            &[""],
            &[0],
        );
        spec
    }

    /// The pattern rule is `cookie-policy-shared`'s `name::is_pattern`
    /// (tested there); here, what a spec makes of it.
    #[test]
    fn a_name_ending_in_a_star_is_a_pattern_even_alone() {
        let ga = named("_ga_*");
        assert!(ga.is_pattern() && !named("a*b").is_pattern());
        assert_eq!(ga.name_prefix(), "_ga_");
        assert!(ga.matches("_ga_XYZ") && ga.matches("_ga_") && !ga.matches("_ga"));
        assert_eq!(named("sid").name_prefix(), "sid");
        let every = named("*");
        assert_eq!(every.name_prefix(), "");
        assert!(every.matches("sessionid") && every.matches(""));
        assert!(!named("sid").matches("sid2"));
    }
}
