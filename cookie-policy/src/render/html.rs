//! The HTML writer: a fragment to embed, or a complete standalone page.

use super::choice;
use super::escape::{html_into, is_safe_url};
use super::page::{Block, Inline, Page};
use super::table::{Cell, Table};

/// The style of the standalone page: small, and free of quotes and angle
/// brackets so that it needs no escaping.
const STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#1a1a1a;background:#fff}\n\
main{max-width:60rem;margin:0 auto}\n\
table{border-collapse:collapse;width:100%;margin:1rem 0}\n\
th,td{border:1px solid #bbb;padding:.4rem .6rem;text-align:left;vertical-align:top}\n\
th{background:#f2f2f2}\n\
code{font-family:ui-monospace,monospace;font-size:.95em}\n";

/// The page as a complete HTML document; headings start at `<h1>`.
pub(crate) fn document(page: &Page) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"");
    html_into(&mut out, page.lang);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    html_into(&mut out, &page.title_text());
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    fragment_into(&mut out, page, 1);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The page as a fragment to embed in an existing page; headings start at
/// `<h2>` so that the fragment nests under the host page's `<h1>`.
pub(crate) fn fragment(page: &Page) -> String {
    let mut out = String::new();
    fragment_into(&mut out, page, 2);
    out
}

fn fragment_into(out: &mut String, page: &Page, top_level: u8) {
    out.push_str("<section class=\"cookie-policy\" lang=\"");
    html_into(out, page.lang);
    out.push_str("\">\n");
    let writer = Writer { page, top_level };
    for block in &page.blocks() {
        writer.block(out, block);
    }
    out.push_str("</section>\n");
}

struct Writer<'a> {
    page: &'a Page,
    top_level: u8,
}

impl Writer<'_> {
    /// ` lang="en"` on the crate's own wording when it is the English
    /// fallback inside a page in another language.
    fn prose_lang(&self, out: &mut String) {
        if self.page.prose_fallback {
            out.push_str(" lang=\"");
            html_into(out, self.page.prose.lang);
            out.push('"');
        }
    }

    fn block(&self, out: &mut String, block: &Block) {
        match block {
            Block::Heading(level, inlines) => {
                let level = (level.saturating_add(self.top_level) - 1).clamp(1, 6);
                out.push_str(&format!("<h{level}"));
                self.prose_lang(out);
                out.push('>');
                inlines_into(out, inlines);
                out.push_str(&format!("</h{level}>\n"));
            }
            Block::Paragraph(inlines) => {
                out.push_str("<p");
                self.prose_lang(out);
                out.push('>');
                inlines_into(out, inlines);
                out.push_str("</p>\n");
            }
            Block::List(items) => {
                out.push_str("<ul");
                self.prose_lang(out);
                out.push_str(">\n");
                for item in items.iter() {
                    out.push_str("<li>");
                    inlines_into(out, item);
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
            Block::Section(category, blocks) => {
                out.push_str("<section class=\"cookie-policy-category\" id=\"cookie-policy-");
                out.push_str(category.as_str());
                out.push_str("\">\n");
                for block in blocks {
                    self.block(out, block);
                }
                out.push_str("</section>\n");
            }
            Block::Table(table) => self.table(out, table),
            Block::Choice(form, categories) => {
                choice::html_into(out, self.page.prose, form, categories, self.top_level + 1);
            }
        }
    }

    fn table(&self, out: &mut String, table: &Table) {
        let page = self.page;
        out.push_str("<table class=\"cookie-policy-table\">\n<thead");
        self.prose_lang(out);
        out.push_str("><tr>");
        for column in &table.columns {
            out.push_str("<th scope=\"col\">");
            html_into(out, column.header(page.prose));
            out.push_str("</th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &table.rows {
            out.push_str("<tr>");
            for column in &table.columns {
                out.push_str("<td>");
                cell_into(out, &row.cell(*column, page.prose, page.site));
                out.push_str("</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
}

/// `text` as HTML text: escaped.
pub(crate) fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    html_into(&mut out, text);
    out
}

/// A cell's content as HTML (see [`cell_into`]).
pub(crate) fn cell(cell: &Cell) -> String {
    let mut out = String::new();
    cell_into(&mut out, cell);
    out
}

/// Inline content as HTML (see [`inlines_into`]).
pub(crate) fn inlines(inlines: &[Inline]) -> String {
    let mut out = String::new();
    inlines_into(&mut out, inlines);
    out
}

/// A cell's content as HTML: escaped text, or `<code>` names.
fn cell_into(out: &mut String, cell: &Cell) {
    match cell {
        Cell::Text(text) => html_into(out, text),
        Cell::Names(names) => {
            for (i, name) in names.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str("<code>");
                html_into(out, name);
                out.push_str("</code>");
            }
        }
    }
}

/// Inline content as HTML; a URL becomes a link only when [`is_safe_url`].
fn inlines_into(out: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => html_into(out, text),
            Inline::Strong(text) => {
                out.push_str("<strong>");
                html_into(out, text);
                out.push_str("</strong>");
            }
            Inline::Code(text) => {
                out.push_str("<code>");
                html_into(out, text);
                out.push_str("</code>");
            }
            Inline::Link(url) if is_safe_url(url) => {
                out.push_str("<a href=\"");
                html_into(out, url);
                out.push_str("\">");
                html_into(out, url);
                out.push_str("</a>");
            }
            Inline::Link(url) => html_into(out, url),
        }
    }
}
