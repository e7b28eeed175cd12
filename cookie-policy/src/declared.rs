//! The typed constants: [`DeclaredCookie`] and the consent requirement in its type.

use core::marker::PhantomData;
use core::ops::Deref;

use crate::{Category, CookieSpec};

mod sealed {
    pub trait Sealed {}
}

/// What setting a cookie requires, recorded in the type of its constant.
///
/// Implemented by [`NoConsentNeeded`] (necessary cookies and `anonymized`
/// statistics) and by [`PreferencesConsent`], [`StatisticsConsent`] and
/// [`MarketingConsent`]. Sealed: the macro picks the requirement from the
/// declaration.
pub trait Requirement: sealed::Sealed + Copy + 'static {
    /// The category whose consent is required, `None` when none is.
    const CATEGORY: Option<Category>;
}

/// A [`Requirement`] that is a consent for one category.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a consent to a category: there is no proof of it",
    label = "needs `PreferencesConsent`, `StatisticsConsent` or `MarketingConsent`",
    note = "a cookie that needs no consent (`NoConsentNeeded`) is built without a proof: `CONSTANT.cookie(value)`"
)]
pub trait ConsentRequirement: Requirement {
    /// The category whose consent is required.
    const REQUIRED: Category;
}

/// The requirement of a cookie that needs no consent: a `necessary` cookie or
/// an `anonymized` statistics cookie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NoConsentNeeded;

impl sealed::Sealed for NoConsentNeeded {}
impl Requirement for NoConsentNeeded {
    const CATEGORY: Option<Category> = None;
}

macro_rules! consent_requirement {
    ($(#[$doc:meta])* $name:ident => $category:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name;

        impl sealed::Sealed for $name {}
        impl Requirement for $name {
            const CATEGORY: Option<Category> = Some(Category::$category);
        }
    };
}

consent_requirement!(
    /// The requirement of a `preferences` cookie: the visitor's consent to preferences.
    PreferencesConsent => Preferences
);
consent_requirement!(
    /// The requirement of a non-anonymized `statistics` cookie: the visitor's consent to statistics.
    StatisticsConsent => Statistics
);
consent_requirement!(
    /// The requirement of a `marketing` cookie: the visitor's consent to marketing.
    MarketingConsent => Marketing
);

// Written out rather than in the macro, so that a compile error that lists
// them names each type plainly.
impl ConsentRequirement for PreferencesConsent {
    const REQUIRED: Category = Category::Preferences;
}
impl ConsentRequirement for StatisticsConsent {
    const REQUIRED: Category = Category::Statistics;
}
impl ConsentRequirement for MarketingConsent {
    const REQUIRED: Category = Category::Marketing;
}

/// One declared cookie, as the typed constant the macro generates for it.
///
/// `R` records what setting the cookie requires ([`NoConsentNeeded`],
/// [`PreferencesConsent`], [`StatisticsConsent`] or [`MarketingConsent`]).
/// It derefs to the cookie's [`CookieSpec`].
///
/// ```
/// use cookie_policy::{DeclaredCookie, MarketingConsent, NoConsentNeeded};
/// cookie_policy::cookie_policy! {
///     mod site {
///         site: "https://example.org",
///         necessary { provider "Example" { SESSION: "session" { function: "Session", purpose: "Sign-in" } } }
///         marketing { provider "Ads" { AD: "ad" { function: "Ads", purpose: "Ads", third_party: "ads.example" } } }
///     }
/// }
/// let _: DeclaredCookie<NoConsentNeeded> = site::SESSION;
/// let _: DeclaredCookie<MarketingConsent> = site::AD;
/// assert_eq!(site::AD.name(), "ad"); // through Deref<Target = CookieSpec>
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeclaredCookie<R: Requirement> {
    spec: CookieSpec,
    requirement: PhantomData<R>,
}

impl<R: Requirement> DeclaredCookie<R> {
    #[doc(hidden)]
    pub const fn __new(spec: CookieSpec) -> Self {
        DeclaredCookie {
            spec,
            requirement: PhantomData,
        }
    }

    /// The cookie's specification.
    pub const fn spec(&self) -> &CookieSpec {
        &self.spec
    }
}

impl<R: Requirement> Deref for DeclaredCookie<R> {
    type Target = CookieSpec;

    fn deref(&self) -> &CookieSpec {
        &self.spec
    }
}
