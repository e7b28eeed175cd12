//! [`Consent`]: what a visitor accepted, the consent cookie that stores it,
//! and [`ConsentProof`], the token that building a cookie which needs consent
//! requires.

use core::fmt;
use core::marker::PhantomData;

pub(crate) mod id;
pub(crate) mod read;

pub use id::ConsentId;

use crate::header::percent;
use crate::{Category, ConsentRequirement, CookieSpec, Policy};

const PREFERENCES: u8 = 1;
const STATISTICS: u8 = 2;
const MARKETING: u8 = 4;
const ALL_CHOICES: u8 = PREFERENCES | STATISTICS | MARKETING;

/// The longest value [`Consent::to_cookie_value`] writes: `v1.` + 16 hex
/// digits + `.` + one digit.
const MAX_VALUE_LEN: usize = 3 + 16 + 1 + 1;

/// The longest value of the format: [`MAX_VALUE_LEN`] and a consent id
/// (`.` + 32 hex digits).
const MAX_VALUE_WITH_ID_LEN: usize = MAX_VALUE_LEN + 1 + id::ID_LEN;

/// The set of categories a visitor accepted. [`Category::Necessary`] is
/// always allowed: necessary cookies need no consent.
///
/// A `Consent` is a `Copy` bitset of one byte: checking it costs a mask and
/// a compare.
///
/// ```
/// use cookie_policy::{Category, Consent};
///
/// let consent = Consent::necessary_only().with(Category::Statistics);
/// assert!(consent.allows(Category::Necessary));
/// assert!(consent.allows(Category::Statistics));
/// assert!(!consent.allows(Category::Marketing));
/// assert_eq!(consent, Consent::from_categories([Category::Statistics]));
/// assert!(Consent::all().allows(Category::Marketing));
/// ```
///
/// # The consent cookie's value (format `v1`)
///
/// ```text
/// v1.<revision>.<choices>[.<consent id>]
/// ```
///
/// - `v1`: the format's version;
/// - `<revision>`: the [`Policy::revision`] the visitor answered, in lowercase
///   hexadecimal without leading zeros (`0` for zero), at most 16 digits;
/// - `<choices>`: one digit `0`-`7`, the sum of `1` (preferences),
///   `2` (statistics) and `4` (marketing). Necessary cookies need no consent
///   and are not recorded;
/// - `<consent id>`, optional: the visitor's [`ConsentId`], 32 lowercase hex
///   digits, written when the choice was recorded (feature `records`).
///   A value without it (every value written before ids existed) stays
///   valid; the id never changes what the value says of the consent.
///
/// For example `v1.9c2e41b7a0f3d58e.6`: statistics and marketing accepted
/// under revision `9c2e41b7a0f3d58e`, and
/// `v1.9c2e41b7a0f3d58e.6.0123456789abcdef0123456789abcdef` the same choice
/// recorded under that consent id. The value is at most 21 characters
/// without an id and 54 with one, all of them RFC 6265 cookie-octets, so it
/// needs no quoting or encoding.
///
/// Reading is strict: only the exact text [`Consent::to_cookie_value`] writes
/// is accepted; anything else (garbage, truncation, upper-case hex, leading
/// zeros, a longer value, another version) reads as
/// [`Consent::necessary_only`]. A value written under another revision of the
/// policy is void: the policy changed since the visitor answered, so they
/// must be asked again ([`ConsentStatus::Outdated`]).
///
/// # Equality and revisions
///
/// A consent read from a cookie value remembers the policy
/// [revision](Consent::revision) it was written under, so that
/// [`Consent::to_cookie_value`] writes it back unchanged. Two consents are
/// equal when they allow the same categories, whatever their revisions.
#[derive(Clone, Copy, Default)]
pub struct Consent {
    /// `PREFERENCES | STATISTICS | MARKETING` bits; never anything else.
    choices: u8,
    /// The policy revision the consent was given under, when known.
    revision: Option<u64>,
}

impl PartialEq for Consent {
    fn eq(&self, other: &Consent) -> bool {
        self.choices == other.choices
    }
}

impl Eq for Consent {}

impl core::hash::Hash for Consent {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.choices.hash(state);
    }
}

const fn bit(category: Category) -> u8 {
    match category {
        Category::Necessary => 0,
        Category::Preferences => PREFERENCES,
        Category::Statistics => STATISTICS,
        Category::Marketing => MARKETING,
    }
}

impl Consent {
    /// No consent: only necessary cookies (and `anonymized` statistics,
    /// which need none) may be set. What a visitor who has not answered, or
    /// who refused everything, gets.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let consent = Consent::necessary_only();
    /// assert!(consent.allows(Category::Necessary));
    /// assert!(!consent.allows(Category::Preferences));
    /// assert_eq!(consent, Consent::default());
    /// ```
    pub const fn necessary_only() -> Consent {
        Consent {
            choices: 0,
            revision: None,
        }
    }

    /// Consent to every category ("accept all").
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// assert!(Category::ALL.iter().all(|&c| Consent::all().allows(c)));
    /// ```
    pub const fn all() -> Consent {
        Consent {
            choices: ALL_CHOICES,
            revision: None,
        }
    }

    /// This consent plus `category` (adding [`Category::Necessary`] changes
    /// nothing).
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let consent = Consent::necessary_only().with(Category::Marketing);
    /// assert!(consent.allows(Category::Marketing));
    /// ```
    #[must_use]
    pub const fn with(self, category: Category) -> Consent {
        Consent {
            choices: self.choices | bit(category),
            revision: self.revision,
        }
    }

    /// This consent without `category`: consent withdrawn.
    /// [`Category::Necessary`] cannot be withdrawn and stays allowed.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let consent = Consent::all().without(Category::Marketing).without(Category::Necessary);
    /// assert!(!consent.allows(Category::Marketing));
    /// assert!(consent.allows(Category::Statistics));
    /// assert!(consent.allows(Category::Necessary));
    /// ```
    #[must_use]
    pub const fn without(self, category: Category) -> Consent {
        Consent {
            choices: self.choices & !bit(category),
            revision: self.revision,
        }
    }

    /// The consent to exactly `categories` (and necessary cookies).
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let consent = Consent::from_categories([Category::Preferences, Category::Marketing]);
    /// assert!(consent.allows(Category::Preferences));
    /// assert!(!consent.allows(Category::Statistics));
    /// ```
    pub fn from_categories<I: IntoIterator<Item = Category>>(categories: I) -> Consent {
        categories
            .into_iter()
            .fold(Consent::necessary_only(), Consent::with)
    }

    /// Whether cookies of `category` may be set. Always `true` for
    /// [`Category::Necessary`].
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// assert!(Consent::necessary_only().allows(Category::Necessary));
    /// assert!(!Consent::necessary_only().allows(Category::Statistics));
    /// ```
    pub const fn allows(self, category: Category) -> bool {
        let bit = bit(category);
        self.choices & bit == bit
    }

    /// Whether the declared cookie `spec` may be set under this consent:
    /// always for a cookie that needs no consent (necessary, `anonymized`
    /// statistics), otherwise when its category is allowed.
    ///
    /// ```
    /// use cookie_policy::Consent;
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         statistics { provider "Matomo" {
    ///             VISITS: "_pk_ses" { function: "Visits", purpose: "Counting", anonymized, duration: 1 day }
    ///             PROFILE: "_pk_id" { function: "Visitors", purpose: "Profiling", duration: 13 months }
    ///         } }
    ///     }
    /// }
    /// assert!(Consent::necessary_only().allows_cookie(&site::VISITS));
    /// assert!(!Consent::necessary_only().allows_cookie(&site::PROFILE));
    /// ```
    pub const fn allows_cookie(self, spec: &CookieSpec) -> bool {
        !spec.requires_consent() || self.allows(spec.category())
    }

    /// Whether nothing but necessary cookies is allowed.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// assert!(Consent::necessary_only().is_necessary_only());
    /// assert!(!Consent::necessary_only().with(Category::Preferences).is_necessary_only());
    /// ```
    pub const fn is_necessary_only(self) -> bool {
        self.choices == 0
    }

    /// The categories allowed by both consents.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let a = Consent::from_categories([Category::Statistics, Category::Marketing]);
    /// let b = Consent::from_categories([Category::Statistics, Category::Preferences]);
    /// assert_eq!(a.intersection(b), Consent::from_categories([Category::Statistics]));
    /// ```
    #[must_use]
    pub const fn intersection(self, other: Consent) -> Consent {
        Consent {
            choices: self.choices & other.choices,
            revision: self.revision,
        }
    }

    /// The categories this consent allows and `other` does not
    /// ([`Category::Necessary`] stays allowed).
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let refused = Consent::from_categories([Category::Marketing]);
    /// assert_eq!(Consent::all().difference(refused),
    ///            Consent::from_categories([Category::Preferences, Category::Statistics]));
    /// ```
    #[must_use]
    pub const fn difference(self, other: Consent) -> Consent {
        Consent {
            choices: self.choices & !other.choices,
            revision: self.revision,
        }
    }

    /// The categories allowed by either consent.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let a = Consent::from_categories([Category::Statistics]);
    /// let b = Consent::from_categories([Category::Marketing]);
    /// assert!(a.union(b).allows(Category::Marketing) && a.union(b).allows(Category::Statistics));
    /// ```
    #[must_use]
    pub const fn union(self, other: Consent) -> Consent {
        Consent {
            choices: self.choices | other.choices,
            revision: self.revision,
        }
    }

    /// The allowed categories, [`Category::Necessary`] first, in the order of
    /// [`Category::ALL`].
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let allowed: Vec<_> = Consent::from_categories([Category::Marketing]).categories().collect();
    /// assert_eq!(allowed, [Category::Necessary, Category::Marketing]);
    /// ```
    pub fn categories(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |&c| self.allows(c))
    }

    /// A proof that this consent allows the category of requirement `R`, or
    /// `None` when it does not. Building a cookie that needs consent takes
    /// such a proof; the proof can be obtained nowhere else.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent, ConsentProof, MarketingConsent, StatisticsConsent};
    /// let consent = Consent::necessary_only().with(Category::Statistics);
    /// let proof: Option<ConsentProof<StatisticsConsent>> = consent.proof();
    /// assert!(proof.is_some());
    /// assert!(consent.proof::<MarketingConsent>().is_none());
    /// ```
    pub const fn proof<R: ConsentRequirement>(self) -> Option<ConsentProof<R>> {
        if self.allows(R::REQUIRED) {
            Some(ConsentProof {
                requirement: PhantomData,
            })
        } else {
            None
        }
    }

    /// The policy [revision](Policy::revision) this consent was given under:
    /// the one recorded in the cookie value it was read from, or set with
    /// [`Consent::for_revision`] / [`Consent::for_policy`]; `None` for a
    /// consent built from categories alone.
    ///
    /// ```
    /// use cookie_policy::Consent;
    /// assert_eq!(Consent::from_cookie_value("v1.beef.3").revision(), Some(0xbeef));
    /// assert_eq!(Consent::all().revision(), None);
    /// ```
    pub const fn revision(self) -> Option<u64> {
        self.revision
    }

    /// This consent, given under the policy revision `revision`.
    ///
    /// ```
    /// use cookie_policy::Consent;
    /// assert_eq!(Consent::all().for_revision(0xbeef).to_cookie_value(), "v1.beef.7");
    /// ```
    #[must_use]
    pub const fn for_revision(self, revision: u64) -> Consent {
        Consent {
            choices: self.choices,
            revision: Some(revision),
        }
    }

    /// This consent, given under the current revision of `policy`: what a
    /// handler does with the visitor's answer before storing it.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: CHOICES,
    ///         necessary { provider "Site" { CHOICES: "choices" { function: "Consent", purpose: "Remember choices" } } }
    ///     }
    /// }
    /// let answer = Consent::from_categories([Category::Statistics]).for_policy(&site::POLICY);
    /// let value = answer.to_cookie_value();
    /// assert_eq!(site::POLICY.consent_from_cookie_value(&value), answer);
    /// ```
    #[must_use]
    pub const fn for_policy(self, policy: &Policy) -> Consent {
        self.for_revision(policy.revision())
    }

    /// Reads a consent cookie value written by [`Consent::to_cookie_value`]
    /// (see the [format](Consent#the-consent-cookies-value-format-v1)).
    ///
    /// Takes any input and never panics: garbage, a truncated or overlong
    /// value give [`Consent::necessary_only`]. A well-formed value gives the
    /// consent it records, together with the policy [revision](Consent::revision)
    /// it was written under; a value written under another revision of the
    /// policy is void, which only the policy can tell: read through
    /// [`Policy::consent_from_cookie_value`] (or
    /// [`Policy::consent_from_cookie_header`]), or
    /// [`Consent::from_cookie_value_for`] with the current revision, and a
    /// stale value gives necessary-only.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let read = Consent::from_cookie_value("v1.1234.6");
    /// assert_eq!(read, Consent::from_categories([Category::Statistics, Category::Marketing]));
    /// assert_eq!(read.revision(), Some(0x1234));
    /// assert_eq!(read.to_cookie_value(), "v1.1234.6");
    /// for garbage in ["", "v1.1234.8", "v2.1234.7", "v1.1234.7; Path=/", "\u{0}"] {
    ///     assert_eq!(Consent::from_cookie_value(garbage), Consent::necessary_only());
    /// }
    /// ```
    pub fn from_cookie_value(value: &str) -> Consent {
        match decode(value.as_bytes()) {
            Some((_, consent)) => consent,
            None => Consent::necessary_only(),
        }
    }

    /// The consent cookie value recording this consent and the policy
    /// [revision](Consent::revision) it was given under (see the
    /// [format](Consent#the-consent-cookies-value-format-v1)): only RFC 6265
    /// cookie-octets, at most 21 characters. A consent given under no known
    /// revision is written for revision `0`, which no current policy
    /// accepts: bind it first with [`Consent::for_policy`], or write it
    /// with [`Policy::consent_cookie_value`].
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let consent = Consent::from_categories([Category::Preferences]).for_revision(0xfeed);
    /// assert_eq!(consent.to_cookie_value(), "v1.feed.1");
    /// assert_eq!(Consent::from_cookie_value(&consent.to_cookie_value()), consent);
    /// ```
    pub fn to_cookie_value(self) -> String {
        self.to_cookie_value_for(self.revision.unwrap_or(0))
    }

    /// Reads a consent cookie value written for the policy revision
    /// `revision` (see the [format](Consent#the-consent-cookies-value-format-v1)).
    ///
    /// Takes any input and never panics: garbage, a truncated or overlong
    /// value, or a value written under another revision all give
    /// [`Consent::necessary_only`]. [`Policy::consent_from_cookie_value`]
    /// does the same with the policy's own revision.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let value = Consent::all().to_cookie_value_for(0x1234);
    /// assert_eq!(value, "v1.1234.7");
    /// assert_eq!(Consent::from_cookie_value_for(&value, 0x1234), Consent::all());
    /// // written for another revision of the policy: void
    /// assert_eq!(Consent::from_cookie_value_for(&value, 0x1235), Consent::necessary_only());
    /// assert_eq!(Consent::from_cookie_value_for("v1.1234.8", 0x1234), Consent::necessary_only());
    /// ```
    pub fn from_cookie_value_for(value: &str, revision: u64) -> Consent {
        match decode(value.as_bytes()) {
            Some((written_for, consent)) if written_for == revision => consent,
            _ => Consent::necessary_only(),
        }
    }

    /// The consent cookie value recording this consent under the policy
    /// revision `revision`, whatever revision it was given under (see the
    /// [format](Consent#the-consent-cookies-value-format-v1)): only RFC 6265
    /// cookie-octets, at most 21 characters. [`Policy::consent_cookie_value`]
    /// uses the policy's own revision.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let consent = Consent::from_categories([Category::Preferences, Category::Marketing]);
    /// assert_eq!(consent.to_cookie_value_for(0xfeed), "v1.feed.5");
    /// assert_eq!(Consent::necessary_only().to_cookie_value_for(0), "v1.0.0");
    /// ```
    pub fn to_cookie_value_for(self, revision: u64) -> String {
        format!("v1.{revision:x}.{}", self.choices)
    }
}

/// Parses the exact text `to_cookie_value` writes, with or without a consent
/// id after it; `None` for anything else.
fn decode(value: &[u8]) -> Option<(u64, Consent)> {
    decode_with_id(value).map(|(revision, consent, _)| (revision, consent))
}

/// [`decode`], and the consent id the value ends with, if it has one.
pub(crate) fn decode_with_id(value: &[u8]) -> Option<(u64, Consent, Option<ConsentId>)> {
    if value.len() <= MAX_VALUE_LEN {
        return decode_v1(value).map(|(revision, consent)| (revision, consent, None));
    }
    if value.len() > MAX_VALUE_WITH_ID_LEN {
        return None;
    }
    // Longer than any value without an id: it must end with `.` and one.
    let (rest, id) = value.split_at_checked(value.len().checked_sub(id::ID_LEN)?)?;
    let id = ConsentId::parse_bytes(id)?;
    let (revision, consent) = decode_v1(rest.strip_suffix(b".")?)?;
    Some((revision, consent, Some(id)))
}

/// Parses the exact text `to_cookie_value` writes, without an id.
fn decode_v1(value: &[u8]) -> Option<(u64, Consent)> {
    if value.len() > MAX_VALUE_LEN {
        return None;
    }
    let rest = value.strip_prefix(b"v1.")?;
    let (&digit, rest) = rest.split_last()?;
    let hex = rest.strip_suffix(b".")?;
    let choices = match digit {
        b'0'..=b'7' => digit - b'0',
        _ => return None,
    };
    if hex.is_empty() || (hex.len() > 1 && hex.starts_with(b"0")) {
        return None;
    }
    // Lower case only, at most 16 digits: the one spelling `to_cookie_value` writes.
    let revision = percent::lower_hex_u64(hex)?;
    Some((
        revision,
        Consent {
            choices,
            revision: Some(revision),
        },
    ))
}

impl FromIterator<Category> for Consent {
    /// ```
    /// use cookie_policy::{Category, Consent};
    /// let consent: Consent = "preferences,statistics"
    ///     .split(',')
    ///     .filter_map(|c| c.parse::<Category>().ok())
    ///     .collect();
    /// assert_eq!(consent, Consent::from_categories([Category::Preferences, Category::Statistics]));
    /// ```
    fn from_iter<I: IntoIterator<Item = Category>>(categories: I) -> Consent {
        Consent::from_categories(categories)
    }
}

impl fmt::Debug for Consent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Consent")?;
        f.debug_set().entries(self.categories()).finish()?;
        match self.revision {
            Some(revision) => write!(f, " (revision {revision:x})"),
            None => Ok(()),
        }
    }
}

/// Proof that the visitor consented to the category of `R`
/// ([`PreferencesConsent`](crate::PreferencesConsent),
/// [`StatisticsConsent`](crate::StatisticsConsent) or
/// [`MarketingConsent`](crate::MarketingConsent)).
///
/// Zero-sized: it costs nothing at run time. It has a private field and no
/// constructor: the only way to get one is [`Consent::proof`] on a
/// [`Consent`] that allows the category. Building a cookie whose constant is a
/// `DeclaredCookie<R>` (with the `cookie` feature) takes a
/// `ConsentProof<R>`, so a cookie that needs consent cannot be built, by
/// mistake, without checking that consent.
///
/// ```
/// use cookie_policy::{Category, Consent, ConsentProof, MarketingConsent};
/// let consent = Consent::all();
/// let proof: ConsentProof<MarketingConsent> = consent.proof().expect("accepted");
/// assert_eq!(proof.category(), Category::Marketing);
/// assert_eq!(core::mem::size_of_val(&proof), 0);
/// ```
pub struct ConsentProof<R: ConsentRequirement> {
    requirement: PhantomData<R>,
}

impl<R: ConsentRequirement> ConsentProof<R> {
    /// The category this proof is for.
    ///
    /// ```
    /// use cookie_policy::{Category, Consent, StatisticsConsent};
    /// let proof = Consent::all().proof::<StatisticsConsent>().unwrap();
    /// assert_eq!(proof.category(), Category::Statistics);
    /// ```
    pub const fn category(self) -> Category {
        R::REQUIRED
    }
}

impl<R: ConsentRequirement> Clone for ConsentProof<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R: ConsentRequirement> Copy for ConsentProof<R> {}

impl<R: ConsentRequirement> fmt::Debug for ConsentProof<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ConsentProof({})", R::REQUIRED)
    }
}

/// What the request says about the visitor's consent, as read by
/// [`Policy::consent_status_from_cookie_header`]: lets a server tell a visitor
/// who refused everything (do not ask again) from one who never answered
/// (show the banner). New states may be added: a `match` needs a `_` arm.
///
/// ```
/// use cookie_policy::{Consent, ConsentStatus};
/// assert_eq!(ConsentStatus::Missing.consent(), Consent::necessary_only());
/// assert!(ConsentStatus::Outdated.needs_asking());
/// assert!(!ConsentStatus::Given(Consent::necessary_only()).needs_asking());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConsentStatus {
    /// No valid consent cookie: the visitor has not answered (or the value is
    /// not one this library wrote).
    Missing,
    /// A well-formed consent cookie written under another revision of the
    /// policy: the policy changed since the visitor answered; the consent is
    /// void and the visitor must be asked again.
    Outdated,
    /// The visitor answered the current policy.
    Given(Consent),
}

impl ConsentStatus {
    /// The consent in force: the given one, otherwise
    /// [`Consent::necessary_only`].
    ///
    /// ```
    /// use cookie_policy::{Consent, ConsentStatus};
    /// assert_eq!(ConsentStatus::Given(Consent::all()).consent(), Consent::all());
    /// assert_eq!(ConsentStatus::Outdated.consent(), Consent::necessary_only());
    /// ```
    pub const fn consent(self) -> Consent {
        match self {
            ConsentStatus::Given(consent) => consent,
            ConsentStatus::Missing | ConsentStatus::Outdated => Consent::necessary_only(),
        }
    }

    /// Whether the visitor should be asked (the banner shown): no answer to
    /// the current policy.
    ///
    /// ```
    /// use cookie_policy::ConsentStatus;
    /// assert!(ConsentStatus::Missing.needs_asking());
    /// ```
    pub const fn needs_asking(self) -> bool {
        !matches!(self, ConsentStatus::Given(_))
    }
}

#[cfg(test)]
pub(crate) mod tests;
