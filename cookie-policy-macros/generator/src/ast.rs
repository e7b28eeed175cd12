//! The syntax tree of a `cookie_policy!` declaration, as written.
//!
//! Every node keeps the tokens it came from, so the `check` stage can point
//! its errors at the exact offending token.

use proc_macro2::Span;
use syn::{Attribute, Ident, LitInt, LitStr, Visibility};

/// The categories, `SameSite` values and duration units of the language:
/// the runtime's own types, with their keywords.
pub use cookie_policy_shared::{Category, SameSite, TimeUnit};

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
