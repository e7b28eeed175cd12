//! The syntax tree of a `cookie_policy!` declaration, as written.
//!
//! Every node keeps the tokens it came from, so the `check` stage can point
//! its errors at the exact offending token.

use proc_macro2::Span;
use syn::{Attribute, Ident, LitInt, LitStr, Visibility};

/// `outer-attr* VIS mod IDENT { setting* category* }`
pub struct PolicyAst {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub name: Ident,
    pub settings: Vec<Setting>,
    pub categories: Vec<CategoryBlock>,
    /// Settings that were written but could not be read (already reported),
    /// including misspelled ones by the setting they were suggested as: no
    /// second error says they are missing.
    pub attempted_settings: Vec<String>,
}

/// `site: "..."`, `languages: [..]` or `consent_cookie: IDENT`.
pub struct Setting {
    pub key: Ident,
    pub value: SettingValue,
}

pub enum SettingValue {
    Site(LitStr),
    Languages {
        bracket: Span,
        languages: Vec<Ident>,
    },
    ConsentCookie(Ident),
    /// `consent_cookie: "cookie_name"`: the cookie's name where its constant
    /// belongs; the check names the constant to write.
    ConsentCookieName(LitStr),
}

/// The four categories of the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Necessary,
    Preferences,
    Statistics,
    Marketing,
}

impl Category {
    pub const ALL: [(&'static str, Category); 4] = [
        ("necessary", Category::Necessary),
        ("preferences", Category::Preferences),
        ("statistics", Category::Statistics),
        ("marketing", Category::Marketing),
    ];

    pub fn from_keyword(word: &str) -> Option<Category> {
        Category::ALL
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, c)| *c)
    }

    pub fn keyword(self) -> &'static str {
        match self {
            Category::Necessary => "necessary",
            Category::Preferences => "preferences",
            Category::Statistics => "statistics",
            Category::Marketing => "marketing",
        }
    }
}

/// `necessary { provider* }`; `kind` is `None` for an unknown category name
/// (already reported by the parser).
pub struct CategoryBlock {
    pub kind: Option<Category>,
    pub providers: Vec<Provider>,
}

/// `provider "Name" { entry* }`
pub struct Provider {
    pub name: LitStr,
    pub entries: Vec<Entry>,
    /// `true` for the stand-in provider of entries written directly in a
    /// category (already reported); its empty name is not a second mistake.
    pub recovered: bool,
}

/// `outer-attr* CONST_IDENT: "name" { field,* }`
pub struct Entry {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub name: LitStr,
    pub fields: Vec<Field>,
    /// Fields that were written but could not be read (already reported),
    /// including unknown ones by the field they were suggested as: no second
    /// error says they are missing.
    pub attempted: Vec<String>,
}

/// One `key: value` or flag of an entry.
pub struct Field {
    pub key: Ident,
    pub value: FieldValue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Function,
    Location,
    Purpose,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrField {
    ThirdParty,
    Domain,
    Path,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Secure,
    HttpOnly,
    Partitioned,
    Anonymized,
}

pub enum FieldValue {
    Text(TextField, Text),
    Str(StrField, LitStr),
    Duration(Duration),
    SameSite(Ident, SameSite),
    Flag(Flag),
}

/// A text: one string, or a map from language to string.
pub enum Text {
    Plain(LitStr),
    Translated {
        brace: Span,
        items: Vec<(Ident, LitStr)>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    pub const WORDS: [(&'static str, TimeUnit); 12] = [
        ("minute", TimeUnit::Minute),
        ("minutes", TimeUnit::Minute),
        ("hour", TimeUnit::Hour),
        ("hours", TimeUnit::Hour),
        ("day", TimeUnit::Day),
        ("days", TimeUnit::Day),
        ("week", TimeUnit::Week),
        ("weeks", TimeUnit::Week),
        ("month", TimeUnit::Month),
        ("months", TimeUnit::Month),
        ("year", TimeUnit::Year),
        ("years", TimeUnit::Year),
    ];

    pub fn seconds(self) -> u64 {
        match self {
            TimeUnit::Minute => 60,
            TimeUnit::Hour => 3_600,
            TimeUnit::Day => 86_400,
            TimeUnit::Week => 7 * 86_400,
            TimeUnit::Month => 30 * 86_400,
            TimeUnit::Year => 365 * 86_400,
        }
    }

    pub fn variant(self) -> &'static str {
        match self {
            TimeUnit::Minute => "Minute",
            TimeUnit::Hour => "Hour",
            TimeUnit::Day => "Day",
            TimeUnit::Week => "Week",
            TimeUnit::Month => "Month",
            TimeUnit::Year => "Year",
        }
    }
}

/// `session` or `INT UNIT`.
pub enum Duration {
    Session,
    Amount {
        amount_lit: LitInt,
        amount: u64,
        unit_ident: Ident,
        unit: TimeUnit,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SameSite {
    Strict,
    Lax,
    None,
}

impl SameSite {
    pub const ALL: [(&'static str, SameSite); 3] = [
        ("Strict", SameSite::Strict),
        ("Lax", SameSite::Lax),
        ("None", SameSite::None),
    ];

    pub fn variant(self) -> &'static str {
        match self {
            SameSite::Strict => "Strict",
            SameSite::Lax => "Lax",
            SameSite::None => "None",
        }
    }
}
