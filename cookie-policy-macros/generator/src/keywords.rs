//! The words of the language in one place: the settings, the fields of an
//! entry with the kind of value each takes, and the words other tools use
//! for them. The categories, `SameSite` values and duration units are
//! `cookie-policy-shared`'s ([`Category::ALL`], [`SameSite::ALL`],
//! [`TimeUnit::ALL`]), the same tables the runtime names them by. Every
//! message that lists the words of a kind builds its list from these tables.

use crate::ast::{Category, Flag, SameSite, StrField, TextField, TimeUnit};

/// The settings of a policy, in the order the messages list them.
pub const SETTINGS: [&str; 3] = ["site", "languages", "consent_cookie"];

/// What a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A text, plain or per language.
    Text(TextField),
    /// A string.
    Str(StrField),
    /// `session` or an amount and a unit.
    Duration,
    /// `Strict`, `Lax` or `None`.
    SameSite,
    /// Nothing: the flag is on when written.
    Flag(Flag),
}

/// The fields of an entry, in the order the messages list them (the flags
/// last).
pub const FIELDS: [(&str, FieldKind); 12] = [
    ("function", FieldKind::Text(TextField::Function)),
    ("location", FieldKind::Text(TextField::Location)),
    ("purpose", FieldKind::Text(TextField::Purpose)),
    ("third_party", FieldKind::Str(StrField::ThirdParty)),
    ("domain", FieldKind::Str(StrField::Domain)),
    ("path", FieldKind::Str(StrField::Path)),
    ("duration", FieldKind::Duration),
    ("same_site", FieldKind::SameSite),
    ("secure", FieldKind::Flag(Flag::Secure)),
    ("http_only", FieldKind::Flag(Flag::HttpOnly)),
    ("partitioned", FieldKind::Flag(Flag::Partitioned)),
    ("anonymized", FieldKind::Flag(Flag::Anonymized)),
];

/// The kind of the field `word` names, if it names one.
pub fn field(word: &str) -> Option<FieldKind> {
    FIELDS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, kind)| *kind)
}

/// The names of every field.
pub fn field_names() -> impl Iterator<Item = &'static str> + Clone {
    FIELDS.iter().map(|(name, _)| *name)
}

/// The keywords of the categories.
pub fn category_names() -> impl Iterator<Item = &'static str> + Clone {
    Category::ALL.iter().map(|c| c.as_str())
}

/// The values of `same_site`.
pub fn same_site_names() -> impl Iterator<Item = &'static str> + Clone {
    SameSite::ALL.iter().map(|s| s.as_str())
}

/// The words of a duration's unit, singular and plural, shortest unit first.
pub fn unit_words() -> impl Iterator<Item = (&'static str, TimeUnit)> + Clone {
    TimeUnit::ALL
        .into_iter()
        .flat_map(|unit| [(unit.as_str(), unit), (unit.plural(), unit)])
}

/// `` `a`, `b` and `c` `` (with `last` as the last separator).
fn listed<'a>(words: impl IntoIterator<Item = &'a str>, last: &str) -> String {
    let words: Vec<String> = words.into_iter().map(|w| format!("`{w}`")).collect();
    match words.split_last() {
        Some((final_word, [])) => final_word.clone(),
        Some((final_word, rest)) => format!("{} {last} {final_word}", rest.join(", ")),
        None => String::new(),
    }
}

/// `` `necessary`, `preferences`, `statistics` or `marketing` ``.
pub fn categories() -> String {
    listed(category_names(), "or")
}

/// `` `site`, `languages` and `consent_cookie` ``.
pub fn settings() -> String {
    listed(SETTINGS, "and")
}

/// The fields that take a value, then the flags: `` `function`, ...,
/// `same_site` and the flags `secure`, ..., `anonymized` ``.
pub fn fields() -> String {
    let quoted = |flags: bool| {
        FIELDS
            .iter()
            .filter(|(_, kind)| matches!(kind, FieldKind::Flag(_)) == flags)
            .map(|(name, _)| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!("{} and the flags {}", quoted(false), quoted(true))
}

/// `` `Strict`, `Lax` or `None` ``.
pub fn same_sites() -> String {
    listed(same_site_names(), "or")
}

/// `minutes, hours, days, weeks, months (30 days) or years (365 days)`:
/// the units in the plural, with their length where a unit is not a fixed
/// number of days everywhere.
pub fn units_explained() -> String {
    let units: Vec<String> = TimeUnit::ALL
        .iter()
        .map(|unit| match unit {
            TimeUnit::Month | TimeUnit::Year => {
                format!("{} ({} days)", unit.plural(), unit.seconds() / 86_400)
            }
            _ => unit.plural().to_string(),
        })
        .collect();
    match units.split_last() {
        Some((final_unit, rest)) => format!("{} or {final_unit}", rest.join(", ")),
        None => String::new(),
    }
}

/// `minutes, hours, days, weeks, months, years`.
pub fn units() -> String {
    TimeUnit::ALL.map(TimeUnit::plural).join(", ")
}

/// What other tools (consent banners, cookie databases) call the settings.
pub const SETTING_ALIASES: [(&str, &str); 9] = [
    ("url", "site"),
    ("website", "site"),
    ("origin", "site"),
    ("host", "site"),
    ("lang", "languages"),
    ("locales", "languages"),
    ("consent", "consent_cookie"),
    ("consent_cookie_name", "consent_cookie"),
    ("preferences_cookie", "consent_cookie"),
];

/// What `Set-Cookie`, consent banners and cookie databases call the fields.
pub const FIELD_ALIASES: [(&str, &str); 17] = [
    ("expires", "duration"),
    ("expiry", "duration"),
    ("expiration", "duration"),
    ("max_age", "duration"),
    ("lifetime", "duration"),
    ("ttl", "duration"),
    ("retention", "duration"),
    ("retention_period", "duration"),
    ("description", "purpose"),
    ("reason", "purpose"),
    ("purposes", "purpose"),
    ("func", "function"),
    ("set_by", "third_party"),
    ("third_party_domain", "third_party"),
    ("samesite", "same_site"),
    ("httponly", "http_only"),
    ("anonymised", "anonymized"),
];

/// What consent banners and cookie databases call the categories.
pub const CATEGORY_ALIASES: [(&str, &str); 19] = [
    ("analytics", "statistics"),
    ("analytical", "statistics"),
    ("performance", "statistics"),
    ("measurement", "statistics"),
    ("audience", "statistics"),
    ("advertising", "marketing"),
    ("advertisement", "marketing"),
    ("ads", "marketing"),
    ("targeting", "marketing"),
    ("tracking", "marketing"),
    ("social", "marketing"),
    ("social_media", "marketing"),
    ("essential", "necessary"),
    ("strictly_necessary", "necessary"),
    ("required", "necessary"),
    ("technical", "necessary"),
    ("security", "necessary"),
    ("personalization", "preferences"),
    ("personalisation", "preferences"),
];

/// The abbreviations of the units.
pub const UNIT_ALIASES: [(&str, &str); 12] = [
    ("min", "minute"),
    ("mins", "minutes"),
    ("h", "hour"),
    ("hr", "hour"),
    ("hrs", "hours"),
    ("d", "day"),
    ("wk", "week"),
    ("wks", "weeks"),
    ("mo", "month"),
    ("mos", "months"),
    ("yr", "year"),
    ("yrs", "years"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists as the messages print them (the ui snapshots hold them in
    /// context).
    #[test]
    fn the_lists_read_as_before() {
        assert_eq!(
            categories(),
            "`necessary`, `preferences`, `statistics` or `marketing`"
        );
        assert_eq!(settings(), "`site`, `languages` and `consent_cookie`");
        assert_eq!(
            fields(),
            "`function`, `location`, `purpose`, `third_party`, `domain`, `path`, `duration`, `same_site` and the flags `secure`, `http_only`, `partitioned`, `anonymized`"
        );
        assert_eq!(same_sites(), "`Strict`, `Lax` or `None`");
        assert_eq!(
            units_explained(),
            "minutes, hours, days, weeks, months (30 days) or years (365 days)"
        );
        assert_eq!(units(), "minutes, hours, days, weeks, months, years");
    }

    #[test]
    fn every_alias_names_a_keyword() {
        for (_, setting) in SETTING_ALIASES {
            assert!(SETTINGS.contains(&setting), "{setting}");
        }
        for (_, field) in FIELD_ALIASES {
            assert!(super::field(field).is_some(), "{field}");
        }
        for (_, category) in CATEGORY_ALIASES {
            assert!(category.parse::<Category>().is_ok(), "{category}");
        }
        for (_, unit) in UNIT_ALIASES {
            assert!(unit_words().any(|(w, _)| w == unit), "{unit}");
        }
    }
}
