//! The policy page as a small document model, built once and written out by
//! the Markdown and the HTML writers, so both always say the same thing.

use super::prose::{self, Prose};
use super::table::{self, Table};
use crate::{Category, Policy};

/// A run of inline content.
#[derive(Debug, Clone)]
pub(crate) enum Inline {
    Text(String),
    Strong(String),
    /// A cookie name.
    Code(String),
    /// A URL, shown as itself; a link where the format and the URL allow it.
    Link(String),
}

/// A block of the page.
#[derive(Debug, Clone)]
pub(crate) enum Block {
    /// A heading; level 1 is the page title.
    Heading(u8, Vec<Inline>),
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
    /// The part of the page about one category (an HTML `<section>`).
    Section(Category, Vec<Block>),
    Table(Table),
}

/// A page in one language.
pub(crate) struct Page {
    /// The language of the cookie texts (a language the policy declares).
    pub lang: &'static str,
    pub prose: &'static Prose,
    /// Whether `prose` is the English fallback for a language without prose.
    pub prose_fallback: bool,
    pub site: &'static str,
    pub title: Vec<Inline>,
    pub blocks: Vec<Block>,
}

impl Page {
    /// The title as plain text (for an HTML `<title>`).
    pub(crate) fn title_text(&self) -> String {
        plain(&self.title)
    }
}

/// The inlines as plain text.
pub(crate) fn plain(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) | Inline::Strong(t) | Inline::Code(t) | Inline::Link(t) => t.as_str(),
        })
        .collect()
}

/// Splits `template` at its placeholders (`{site}`, `{cookie}`, `{names}`)
/// and puts `values` in their place. An unknown placeholder stays text.
pub(crate) fn fill(template: &str, values: &[(&str, Vec<Inline>)]) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        let next = values
            .iter()
            .filter_map(|(key, value)| rest.find(key).map(|at| (at, *key, value)))
            .min_by_key(|(at, _, _)| *at);
        match next {
            Some((at, key, value)) => {
                if at > 0 {
                    out.push(Inline::Text(rest[..at].to_string()));
                }
                out.extend(value.iter().cloned());
                rest = &rest[at + key.len()..];
            }
            None => {
                out.push(Inline::Text(rest.to_string()));
                rest = "";
            }
        }
    }
    out
}

fn text(s: &str) -> Vec<Inline> {
    vec![Inline::Text(s.to_string())]
}

/// A list of names, separated by `, `.
fn names(names: &[&str]) -> Vec<Inline> {
    let mut out = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push(Inline::Text(", ".to_string()));
        }
        out.push(Inline::Code(name.to_string()));
    }
    out
}

/// The declared language equal to `lang`, with the policy's lifetime.
pub(crate) fn declared_language(policy: &Policy, lang: &str) -> Option<&'static str> {
    policy.languages().iter().copied().find(|l| *l == lang)
}

/// The page of `policy` in `lang`, which must be a declared language (or the
/// default language of a policy that declares none).
pub(crate) fn build(policy: &Policy, lang: &'static str) -> Page {
    let (prose, prose_fallback) = prose::for_language(lang);
    let site = policy.site();
    let site_link = || vec![Inline::Link(site.to_string())];

    let title = fill(prose.title, &[("{site}", site_link())]);
    let mut blocks = vec![
        Block::Heading(1, title.clone()),
        Block::Paragraph(fill(prose.intro, &[("{site}", site_link())])),
        Block::Heading(2, text(prose.what_heading)),
        Block::Paragraph(text(prose.what_body)),
        Block::Heading(2, text(prose.kinds_heading)),
        Block::Paragraph(text(prose.kinds_intro)),
        Block::List(
            Category::ALL
                .into_iter()
                .map(|c| {
                    vec![
                        Inline::Strong(prose.category_name(c).to_string()),
                        Inline::Text(prose.label_separator.to_string()),
                        Inline::Text(prose.category_description(c).to_string()),
                    ]
                })
                .collect(),
        ),
        Block::Heading(2, fill(prose.list_heading, &[("{site}", site_link())])),
    ];

    let tables = table::tables(policy, lang);
    if tables.is_empty() {
        blocks.push(Block::Paragraph(text(prose.no_cookies)));
    }
    for table in tables {
        let category = table.category;
        let note = consent_note(prose, &table);
        blocks.push(Block::Section(
            category,
            vec![
                Block::Heading(3, text(prose.category_heading(category))),
                Block::Paragraph(note),
                Block::Table(table),
            ],
        ));
    }

    blocks.push(Block::Heading(2, text(prose.choice_heading)));
    blocks.push(Block::Paragraph(text(prose.choice_body)));
    if let Some(consent) = policy.consent_cookie() {
        blocks.push(Block::Paragraph(fill(
            prose.consent_cookie_note,
            &[("{cookie}", vec![Inline::Code(consent.name().to_string())])],
        )));
    }

    Page {
        lang,
        prose,
        prose_fallback,
        site,
        title,
        blocks,
    }
}

/// Which cookies of the table need consent, in words.
pub(crate) fn consent_note(prose: &Prose, table: &Table) -> Vec<Inline> {
    let cookies: Vec<_> = table.rows.iter().flat_map(|r| r.cookies.iter()).collect();
    let exempt: Vec<&str> = cookies
        .iter()
        .filter(|c| !c.requires_consent())
        .map(|c| c.name())
        .collect();
    if table.category == Category::Necessary {
        text(prose.exempt_note)
    } else if exempt.is_empty() {
        text(prose.consent_note)
    } else if exempt.len() == cookies.len() {
        text(prose.anonymized_all_note)
    } else {
        fill(prose.anonymized_some_note, &[("{names}", names(&exempt))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder_in_order() {
        let out = fill(
            "a {site} b {cookie} c",
            &[
                ("{cookie}", vec![Inline::Code("x".into())]),
                ("{site}", vec![Inline::Link("https://s".into())]),
            ],
        );
        assert_eq!(plain(&out), "a https://s b x c");
        assert!(matches!(out[1], Inline::Link(_)));
        assert!(matches!(out[3], Inline::Code(_)));
        assert_eq!(plain(&fill("no placeholder", &[])), "no placeholder");
        assert_eq!(plain(&fill("{site}", &[("{site}", text("x"))])), "x");
    }
}
