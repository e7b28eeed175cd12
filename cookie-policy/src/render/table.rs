//! The cookie tables: one per category present, rows grouped by
//! (provider, function, location, purpose) in declaration order. Every output
//! (Markdown, HTML, banner) renders these same rows.

use super::prose::Prose;
use crate::header::url::authority;
use crate::{Category, CookieSpec, Policy};

/// A column of a cookie table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Provider,
    Function,
    Names,
    Purpose,
    Duration,
    SetBy,
}

impl Column {
    /// The header in `prose`'s language.
    pub(crate) fn header(self, prose: &Prose) -> &'static str {
        prose.columns[self as usize]
    }

    /// A stable key, used by the banner's `cookieTable`.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Column::Provider => "provider",
            Column::Function => "function",
            Column::Names => "names",
            Column::Purpose => "purpose",
            Column::Duration => "duration",
            Column::SetBy => "set_by",
        }
    }
}

/// The content of one cell: text, or a list of cookie names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cell {
    Text(String),
    Names(Vec<&'static str>),
}

/// One row: the cookies that share provider, function, location and purpose.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub provider: &'static str,
    pub function: &'static str,
    pub location: Option<&'static str>,
    pub purpose: &'static str,
    pub cookies: Vec<&'static CookieSpec>,
}

/// The table of one category.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub category: Category,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// A text in `lang`, or in the default language should a hand-built policy
/// lack that translation (the macro never lets that happen).
fn text_in(text: crate::Text, lang: &str) -> &'static str {
    text.get(lang).unwrap_or_else(|| text.default_text())
}

/// The tables of `policy` in `lang`, one per category that has cookies, in
/// [`Category::ALL`] order.
pub(crate) fn tables(policy: &Policy, lang: &str) -> Vec<Table> {
    Category::ALL
        .into_iter()
        .filter_map(|category| table(policy, category, lang))
        .collect()
}

fn table(policy: &Policy, category: Category, lang: &str) -> Option<Table> {
    let mut rows: Vec<Row> = Vec::new();
    for cookie in policy.cookies().iter().filter(|c| c.category() == category) {
        let function = text_in(cookie.function_text(), lang);
        let location = cookie.location_text().map(|t| text_in(t, lang));
        let purpose = text_in(cookie.purpose_text(), lang);
        let provider = cookie.provider();
        let same = |row: &&mut Row| {
            row.provider == provider
                && row.function == function
                && row.location == location
                && row.purpose == purpose
        };
        match rows.iter_mut().find(same) {
            Some(row) => row.cookies.push(cookie),
            None => rows.push(Row {
                provider,
                function,
                location,
                purpose,
                cookies: vec![cookie],
            }),
        }
    }
    if rows.is_empty() {
        return None;
    }
    let cookies = || rows.iter().flat_map(|r| r.cookies.iter());
    let mut columns = vec![
        Column::Provider,
        Column::Function,
        Column::Names,
        Column::Purpose,
    ];
    if cookies().any(|c| c.declared_duration().is_some()) {
        columns.push(Column::Duration);
    }
    if cookies().any(|c| c.is_third_party()) {
        columns.push(Column::SetBy);
    }
    Some(Table {
        category,
        columns,
        rows,
    })
}

impl Row {
    /// The cell of `column`, in `prose`'s language for the words the crate
    /// adds (durations); `site` names the first party in the "Set by" column.
    pub(crate) fn cell(&self, column: Column, prose: &Prose, site: &str) -> Cell {
        match column {
            Column::Provider => Cell::Text(self.provider.to_string()),
            Column::Function => Cell::Text(match self.location {
                Some(location) => format!("{} ({location})", self.function),
                None => self.function.to_string(),
            }),
            Column::Names => Cell::Names(self.cookies.iter().map(|c| c.name()).collect()),
            Column::Purpose => Cell::Text(self.purpose.to_string()),
            Column::Duration => {
                let lifetimes: Vec<String> = self
                    .cookies
                    .iter()
                    .map(|c| prose.lifetime(c.declared_duration()))
                    .collect();
                if lifetimes.iter().all(|l| *l == lifetimes[0]) {
                    Cell::Text(lifetimes[0].clone())
                } else {
                    let each: Vec<String> = self
                        .cookies
                        .iter()
                        .zip(&lifetimes)
                        .map(|(c, l)| format!("{}: {l}", c.name()))
                        .collect();
                    Cell::Text(each.join(", "))
                }
            }
            Column::SetBy => {
                let mut setters: Vec<&str> = Vec::new();
                for cookie in &self.cookies {
                    let setter = cookie
                        .third_party_domain()
                        .unwrap_or_else(|| authority(site));
                    if !setters.contains(&setter) {
                        setters.push(setter);
                    }
                }
                Cell::Text(setters.join(", "))
            }
        }
    }
}
