//! The four kinds of cookie, the `SameSite` attribute and the units of a
//! duration: the runtime's public types (re-exported as
//! `cookie_policy::Category` and so on) and the keywords of the
//! `cookie_policy!` language, whose generator reads them from the same
//! tables.
//!
//! The examples name the types by the path users write,
//! `cookie_policy::...`.

use core::fmt;

/// The category a cookie is declared in, which decides whether it needs consent.
///
/// ```
/// # use cookie_policy_shared as cookie_policy;
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
    /// # use cookie_policy_shared as cookie_policy;
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
    /// # use cookie_policy_shared as cookie_policy;
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
    /// `CookieSpec::requires_consent`).
    ///
    /// ```
    /// # use cookie_policy_shared as cookie_policy;
    /// assert!(cookie_policy::Category::Preferences.requires_consent());
    /// ```
    pub const fn requires_consent(self) -> bool {
        requires_consent(self, false)
    }
}

/// Whether a cookie of `category` needs the visitor's consent: every cookie
/// except `necessary` ones and `anonymized` statistics (audience measurement
/// that meets the conditions for the exemption). The one rule behind
/// `CookieSpec::requires_consent`, [`Category::requires_consent`] and the
/// consent type the macro gives each constant.
///
/// ```
/// use cookie_policy_shared::{requires_consent, Category};
/// assert!(!requires_consent(Category::Statistics, true));
/// assert!(requires_consent(Category::Statistics, false));
/// assert!(requires_consent(Category::Marketing, true));
/// ```
pub const fn requires_consent(category: Category, anonymized: bool) -> bool {
    match category {
        Category::Necessary => false,
        Category::Statistics => !anonymized,
        Category::Preferences | Category::Marketing => true,
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
/// # use cookie_policy_shared as cookie_policy;
/// assert!("ads".parse::<cookie_policy::Category>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCategory;

impl fmt::Display for UnknownCategory {
    /// `unknown cookie category: expected necessary, preferences, statistics
    /// or marketing`, from [`Category::ALL`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown cookie category: expected ")?;
        let last = Category::ALL.len() - 1;
        for (i, category) in Category::ALL.iter().enumerate() {
            let separator = match i {
                0 => "",
                _ if i == last => " or ",
                _ => ", ",
            };
            write!(f, "{separator}{category}")?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownCategory {}

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
/// # use cookie_policy_shared as cookie_policy;
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
    /// Every value, in the order of the attribute's strictness.
    ///
    /// ```
    /// # use cookie_policy_shared as cookie_policy;
    /// use cookie_policy::SameSite;
    /// assert_eq!(SameSite::ALL.map(SameSite::as_str), ["Strict", "Lax", "None"]);
    /// ```
    pub const ALL: [SameSite; 3] = [SameSite::Strict, SameSite::Lax, SameSite::None];

    /// The attribute value as written in a `Set-Cookie` header.
    ///
    /// ```
    /// # use cookie_policy_shared as cookie_policy;
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
/// # use cookie_policy_shared as cookie_policy;
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
    /// Every unit, shortest first.
    ///
    /// ```
    /// # use cookie_policy_shared as cookie_policy;
    /// use cookie_policy::TimeUnit;
    /// assert!(TimeUnit::ALL.windows(2).all(|w| w[0].seconds() < w[1].seconds()));
    /// ```
    pub const ALL: [TimeUnit; 6] = [
        TimeUnit::Minute,
        TimeUnit::Hour,
        TimeUnit::Day,
        TimeUnit::Week,
        TimeUnit::Month,
        TimeUnit::Year,
    ];

    /// The length of one unit in seconds.
    ///
    /// ```
    /// # use cookie_policy_shared as cookie_policy;
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
    /// # use cookie_policy_shared as cookie_policy;
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

    /// The English plural name of the unit (`"days"`). A `duration` in the
    /// `cookie_policy!` language takes either name: `1 day`, `14 days`.
    ///
    /// ```
    /// # use cookie_policy_shared as cookie_policy;
    /// assert_eq!(cookie_policy::TimeUnit::Month.plural(), "months");
    /// ```
    pub const fn plural(self) -> &'static str {
        match self {
            TimeUnit::Minute => "minutes",
            TimeUnit::Hour => "hours",
            TimeUnit::Day => "days",
            TimeUnit::Week => "weeks",
            TimeUnit::Month => "months",
            TimeUnit::Year => "years",
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn the_unknown_category_message_lists_every_category() {
        assert_eq!(
            UnknownCategory.to_string(),
            "unknown cookie category: expected necessary, preferences, statistics or marketing"
        );
    }

    #[test]
    fn every_keyword_parses_back() {
        for category in Category::ALL {
            assert_eq!(category.as_str().parse(), Ok(category));
            assert_eq!(
                category.requires_consent(),
                requires_consent(category, false)
            );
        }
        assert_eq!("Necessary".parse::<Category>(), Err(UnknownCategory));
    }
}
