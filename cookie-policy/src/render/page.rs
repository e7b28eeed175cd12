//! The policy page as a small document model, built once per language and
//! written out by the Markdown and the HTML writers, and read by the banner
//! configuration, so that all of them always say the same thing.

use super::choice::ChoiceForm;
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

/// A block of the page, as the writers print it: borrowed from the
/// [`Page`]'s parts by [`Page::blocks`].
#[derive(Debug, Clone)]
pub(crate) enum Block<'p> {
    /// A heading; level 1 is the page title.
    Heading(u8, &'p [Inline]),
    Paragraph(&'p [Inline]),
    List(&'p [Vec<Inline>]),
    /// The part of the page about one category (an HTML `<section>`).
    Section(Category, Vec<Block<'p>>),
    Table(&'p Table),
    /// The visitor's choice and the form to change it (a served page only;
    /// not in Markdown).
    Choice(&'p ChoiceForm, &'p [Category]),
}

/// A heading and the paragraph under it.
pub(crate) struct Part {
    pub heading: Vec<Inline>,
    pub body: Vec<Inline>,
}

/// What the page says about one category that has cookies.
pub(crate) struct Section {
    pub category: Category,
    pub heading: Vec<Inline>,
    /// What the category is for (on the page, in the list of kinds).
    pub description: Vec<Inline>,
    /// Which of its cookies need consent.
    pub note: Vec<Inline>,
    pub table: Table,
}

/// A page in one language: every text of it, built once, for the Markdown
/// and HTML writers (through [`Page::blocks`]) and the banner configuration
/// (through the parts) alike.
pub(crate) struct Page {
    /// The language of the cookie texts (a language the policy declares).
    pub lang: &'static str,
    pub prose: &'static Prose,
    /// Whether `prose` is the English fallback for a language without prose.
    pub prose_fallback: bool,
    pub site: &'static str,
    pub title: Vec<Inline>,
    pub intro: Vec<Inline>,
    /// What a cookie is.
    pub what: Part,
    /// The kinds of cookie: an introduction, then one item per category.
    pub kinds: Part,
    pub kinds_list: Vec<Vec<Inline>>,
    /// The heading over the sections.
    pub list_heading: Vec<Inline>,
    /// One per category that has cookies, in [`Category::ALL`] order.
    pub sections: Vec<Section>,
    /// What the page says when there are no sections.
    pub no_cookies: Vec<Inline>,
    /// How to change one's choice, and which cookie stores it.
    pub choice: Part,
    pub consent_cookie_note: Option<Vec<Inline>>,
    /// The banner's first words to the visitor (not on the page itself).
    pub banner_description: Vec<Inline>,
    /// The visitor's choice, on a page served to one, with the categories
    /// they can choose.
    pub visitor: Option<(ChoiceForm, Vec<Category>)>,
}

impl Page {
    /// The title as plain text (for an HTML `<title>`).
    pub(crate) fn title_text(&self) -> String {
        plain(&self.title)
    }

    /// The page's blocks, in order: the one layout of the page.
    pub(crate) fn blocks(&self) -> Vec<Block<'_>> {
        let mut blocks = vec![
            Block::Heading(1, &self.title),
            Block::Paragraph(&self.intro),
            Block::Heading(2, &self.what.heading),
            Block::Paragraph(&self.what.body),
            Block::Heading(2, &self.kinds.heading),
            Block::Paragraph(&self.kinds.body),
            Block::List(&self.kinds_list),
            Block::Heading(2, &self.list_heading),
        ];
        if self.sections.is_empty() {
            blocks.push(Block::Paragraph(&self.no_cookies));
        }
        for section in &self.sections {
            blocks.push(Block::Section(
                section.category,
                vec![
                    Block::Heading(3, &section.heading),
                    Block::Paragraph(&section.note),
                    Block::Table(&section.table),
                ],
            ));
        }
        blocks.push(Block::Heading(2, &self.choice.heading));
        blocks.push(Block::Paragraph(&self.choice.body));
        if let Some(note) = &self.consent_cookie_note {
            blocks.push(Block::Paragraph(note));
        }
        if let Some((form, categories)) = &self.visitor {
            blocks.push(Block::Choice(form, categories));
        }
        blocks
    }
}

/// The inlines as plain text.
fn plain(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) | Inline::Strong(t) | Inline::Code(t) | Inline::Link(t) => t.as_str(),
        })
        .collect()
}

/// Splits `template` at its placeholders (`{site}`, `{cookie}`, `{names}`)
/// and puts `values` in their place. An unknown placeholder stays text.
fn fill(template: &str, values: &[(&str, Vec<Inline>)]) -> Vec<Inline> {
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
    let sections = table::tables(policy, lang)
        .into_iter()
        .map(|table| Section {
            category: table.category,
            heading: text(prose.category_heading(table.category)),
            description: text(prose.category_description(table.category)),
            note: consent_note(prose, &table),
            table,
        })
        .collect();
    Page {
        lang,
        prose,
        prose_fallback,
        site,
        title: fill(prose.title, &[("{site}", site_link())]),
        intro: fill(prose.intro, &[("{site}", site_link())]),
        what: Part {
            heading: text(prose.what_heading),
            body: text(prose.what_body),
        },
        kinds: Part {
            heading: text(prose.kinds_heading),
            body: text(prose.kinds_intro),
        },
        kinds_list: Category::ALL
            .into_iter()
            .map(|c| {
                vec![
                    Inline::Strong(prose.category_name(c).to_string()),
                    Inline::Text(prose.label_separator.to_string()),
                    Inline::Text(prose.category_description(c).to_string()),
                ]
            })
            .collect(),
        list_heading: fill(prose.list_heading, &[("{site}", site_link())]),
        sections,
        no_cookies: text(prose.no_cookies),
        choice: Part {
            heading: text(prose.choice_heading),
            body: text(prose.choice_body),
        },
        consent_cookie_note: policy.consent_cookie().map(|consent| {
            fill(
                prose.consent_cookie_note,
                &[("{cookie}", vec![Inline::Code(consent.name().to_string())])],
            )
        }),
        banner_description: fill(prose.banner_description, &[("{site}", site_link())]),
        visitor: None,
    }
}

/// Which cookies of the table need consent, in words.
fn consent_note(prose: &Prose, table: &Table) -> Vec<Inline> {
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
