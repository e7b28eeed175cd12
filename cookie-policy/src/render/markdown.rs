//! The Markdown writer (CommonMark with GFM tables).

use super::escape::{is_safe_url, markdown_into};
use super::page::{Block, Inline, Page};
use super::table::{Cell, Table};

/// The page as Markdown, ending with one newline.
pub(crate) fn write(page: &Page) -> String {
    let mut out = String::new();
    for block in &page.blocks() {
        block_into(&mut out, block, page);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn block_into(out: &mut String, block: &Block, page: &Page) {
    match block {
        Block::Heading(level, inlines) => {
            for _ in 0..(*level).clamp(1, 6) {
                out.push('#');
            }
            out.push(' ');
            inlines_into(out, inlines);
            out.push_str("\n\n");
        }
        Block::Paragraph(inlines) => {
            inlines_into(out, inlines);
            out.push_str("\n\n");
        }
        Block::List(items) => {
            for item in items.iter() {
                out.push_str("- ");
                inlines_into(out, item);
                out.push('\n');
            }
            out.push('\n');
        }
        Block::Section(_, blocks) => {
            for block in blocks {
                block_into(out, block, page);
            }
        }
        Block::Table(table) => table_into(out, table, page),
        // A form only makes sense on a served HTML page.
        Block::Choice(..) => {}
    }
}

fn inlines_into(out: &mut String, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => markdown_into(out, text),
            // A code span shows its content literally (backslash escapes do
            // not work in it), so only a name that cannot end it or wrap.
            Inline::Code(name)
                if !name.is_empty()
                    && !name.contains('`')
                    && !name.chars().any(|c| c.is_control() || c.is_whitespace()) =>
            {
                out.push('`');
                out.push_str(name);
                out.push('`');
            }
            Inline::Code(name) => markdown_into(out, name),
            Inline::Strong(text) => {
                out.push_str("**");
                markdown_into(out, text);
                out.push_str("**");
            }
            Inline::Link(url) if is_safe_url(url) => {
                out.push('<');
                out.push_str(url);
                out.push('>');
            }
            Inline::Link(url) => markdown_into(out, url),
        }
    }
}

/// `| a | b |` rows: every cell is escaped by [`markdown_into`], so a row has
/// exactly as many cells as the header, and stays on one line.
fn table_into(out: &mut String, table: &Table, page: &Page) {
    let row = |out: &mut String, cells: &mut dyn Iterator<Item = Cell>| {
        out.push('|');
        for cell in cells {
            out.push(' ');
            match cell {
                Cell::Text(text) => markdown_into(out, &text),
                Cell::Names(names) => {
                    for (i, name) in names.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        markdown_into(out, name);
                    }
                }
            }
            out.push_str(" |");
        }
        out.push('\n');
    };
    let headers = table
        .columns
        .iter()
        .map(|c| Cell::Text(c.header(page.prose).to_string()));
    row(out, &mut headers.into_iter());
    out.push('|');
    for _ in &table.columns {
        out.push_str(" --- |");
    }
    out.push('\n');
    for r in &table.rows {
        let mut cells = table
            .columns
            .iter()
            .map(|c| r.cell(*c, page.prose, page.site));
        row(out, &mut cells);
    }
    out.push('\n');
}
