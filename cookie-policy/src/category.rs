//! The four kinds of cookie and the `SameSite` attribute.

use core::fmt;

/// The category a cookie is declared in, which decides whether it needs consent.
///
/// ```
/// use cookie_policy::Category;
/// assert_eq!(Category::Marketing.as_str(), "marketing");
/// assert_eq!("statistics".parse::<Category>(), Ok(Category::Statistics));
/// assert!(!Category::Necessary.requires_consent());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Cookies the site cannot work without; never need consent.
    Necessary,
    /// Cookies that remember the visitor's choices (language, layout); need consent.
    Preferences,
    /// Audience measurement; needs consent unless the cookie is `anonymized`.
    Statistics,
    /// Advertising, tracking and third-party embeds; always need consent.
    Marketing,
}

impl Category {
    /// Every category, in the order policies are rendered.
    ///
    /// ```
    /// assert_eq!(cookie_policy::Category::ALL.len(), 4);
    /// ```
    pub const ALL: [Category; 4] = [
        Category::Necessary,
        Category::Preferences,
        Category::Statistics,
        Category::Marketing,
    ];

    /// The keyword of the category in the `cookie_policy!` language and in JSON.
    ///
    /// ```
    /// assert_eq!(cookie_policy::Category::Necessary.as_str(), "necessary");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Necessary => "necessary",
            Category::Preferences => "preferences",
            Category::Statistics => "statistics",
            Category::Marketing => "marketing",
        }
    }

    /// Whether cookies of this category need consent by default
    /// (`anonymized` statistics cookies are the one exception, see
    /// [`CookieSpec::requires_consent`](crate::CookieSpec::requires_consent)).
    ///
    /// ```
    /// assert!(cookie_policy::Category::Preferences.requires_consent());
    /// ```
    pub const fn requires_consent(self) -> bool {
        !matches!(self, Category::Necessary)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a [`Category`] from a string that names none.
///
/// ```
/// assert!("ads".parse::<cookie_policy::Category>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCategory;

impl fmt::Display for UnknownCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "unknown cookie category: expected necessary, preferences, statistics or marketing",
        )
    }
}

impl std::error::Error for UnknownCategory {}

impl core::str::FromStr for Category {
    type Err = UnknownCategory;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(UnknownCategory)
    }
}

/// The `SameSite` attribute of a cookie.
///
/// ```
/// assert_eq!(cookie_policy::SameSite::Lax.as_str(), "Lax");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SameSite {
    /// Sent only with same-site requests.
    Strict,
    /// Sent with same-site requests and top-level cross-site navigations.
    Lax,
    /// Sent with every request; browsers require `Secure` with it.
    None,
}

impl SameSite {
    /// The attribute value as written in a `Set-Cookie` header.
    ///
    /// ```
    /// assert_eq!(cookie_policy::SameSite::None.as_str(), "None");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            SameSite::Strict => "Strict",
            SameSite::Lax => "Lax",
            SameSite::None => "None",
        }
    }
}

impl fmt::Display for SameSite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The unit a `duration` was declared in (`14 days`, `13 months`, ...).
///
/// A month counts 30 days and a year 365 days.
///
/// ```
/// use cookie_policy::TimeUnit;
/// assert_eq!(TimeUnit::Month.seconds(), 30 * 24 * 3600);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeUnit {
    /// 60 seconds.
    Minute,
    /// 3,600 seconds.
    Hour,
    /// 86,400 seconds.
    Day,
    /// 7 days.
    Week,
    /// 30 days.
    Month,
    /// 365 days.
    Year,
}

impl TimeUnit {
    /// The length of one unit in seconds.
    ///
    /// ```
    /// assert_eq!(cookie_policy::TimeUnit::Year.seconds(), 365 * 86_400);
    /// ```
    pub const fn seconds(self) -> u64 {
        match self {
            TimeUnit::Minute => 60,
            TimeUnit::Hour => 3_600,
            TimeUnit::Day => 86_400,
            TimeUnit::Week => 7 * 86_400,
            TimeUnit::Month => 30 * 86_400,
            TimeUnit::Year => 365 * 86_400,
        }
    }

    /// The English singular name of the unit (`"day"`).
    ///
    /// ```
    /// assert_eq!(cookie_policy::TimeUnit::Week.as_str(), "week");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            TimeUnit::Minute => "minute",
            TimeUnit::Hour => "hour",
            TimeUnit::Day => "day",
            TimeUnit::Week => "week",
            TimeUnit::Month => "month",
            TimeUnit::Year => "year",
        }
    }
}
