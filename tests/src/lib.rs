//! Integration tests of the cookie-policy workspace (not published; the
//! trybuild ui cases are the package `cookie-policy-ui` in `tests/ui/`).
//!
//! The library part holds what the tests share, each fixture once: a GFM
//! table reader for the rendered Markdown, independent of the renderer's own
//! code (here); the seeds and their reader ([`seeds`]); one declaration per
//! seed portal ([`portals`]); the shop policy of the consent tests
//! ([`shop`]) and its edits for the revision tests ([`revisions`]); the site of
//! the axum routes' tests ([`site`]); the inner service behind the HTTP layer ([`answer`]); the
//! programs the browser and Node tests run, found at build time ([`tools`]).

pub mod answer;
pub mod databases;
pub mod portals;
pub mod revisions;
pub mod seeds;
pub mod shop;
pub mod site;
pub mod tools;

pub mod har_site;

/// One GFM table of a Markdown document, cells unescaped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownTable {
    /// The header cells.
    pub header: Vec<String>,
    /// The body rows, each as its cells.
    pub rows: Vec<Vec<String>>,
}

/// Splits one table line into its cells the way GFM does: a `|` preceded by
/// a backslash is part of a cell, any other `|` separates cells; the leading
/// and trailing pipes are dropped. Cells are trimmed and their backslash
/// escapes of ASCII punctuation resolved (`\|` is `|`, `\\` is `\`).
pub fn split_table_row(line: &str) -> Vec<String> {
    let line = line.trim();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut previous = None;
    for c in line.chars() {
        if c == '|' && previous != Some('\\') {
            cells.push(std::mem::take(&mut cell));
        } else {
            cell.push(c);
        }
        previous = Some(c);
    }
    cells.push(cell);
    // `| a | b |` gives "", " a ", " b ", "": drop the outer empties.
    if line.starts_with('|') {
        cells.remove(0);
    }
    if line.ends_with('|') && !line.ends_with("\\|") {
        cells.pop();
    }
    cells.iter().map(|c| unescape(c.trim())).collect()
}

/// Resolves CommonMark backslash escapes: `\` before ASCII punctuation.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(next)) if next.is_ascii_punctuation() => {
                out.push(*next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether `line` is a GFM delimiter row (`| --- | :---: |`).
fn is_delimiter_row(line: &str) -> bool {
    let cells = split_table_row(line);
    !cells.is_empty()
        && cells.iter().all(|c| {
            let c = c.trim_matches(':');
            !c.is_empty() && c.chars().all(|ch| ch == '-')
        })
}

/// Every table of `markdown`: a line starting with `|`, a delimiter row, then
/// the rows up to the first line that does not start with `|`. Each table
/// also keeps the raw number of cells of every row, see [`raw_cell_counts`].
pub fn markdown_tables(markdown: &str) -> Vec<MarkdownTable> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut tables = Vec::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        if lines[i].starts_with('|') && is_delimiter_row(lines[i + 1]) {
            let header = split_table_row(lines[i]);
            let mut rows = Vec::new();
            i += 2;
            while i < lines.len() && lines[i].starts_with('|') {
                rows.push(split_table_row(lines[i]));
                i += 1;
            }
            tables.push(MarkdownTable { header, rows });
        } else {
            i += 1;
        }
    }
    tables
}

/// For every table of `markdown`, the number of cells of its header and of
/// each of its rows, as a GFM reader splits them.
pub fn raw_cell_counts(markdown: &str) -> Vec<Vec<usize>> {
    markdown_tables(markdown)
        .into_iter()
        .map(|t| {
            std::iter::once(t.header.len())
                .chain(t.rows.iter().map(Vec::len))
                .collect()
        })
        .collect()
}

/// The text of an HTML snippet: tags removed, the five escapes of the
/// renderer and numeric references resolved. Only for the renderer's own
/// well-formed output.
pub fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_split_at_unescaped_pipes_only() {
        assert_eq!(split_table_row("| a | b\\|c | d |"), ["a", "b|c", "d"]);
        assert_eq!(split_table_row("| a\\\\\\|b |"), ["a\\|b"]);
        assert_eq!(split_table_row("| x\\ | y |"), ["x\\", "y"]);
        assert_eq!(split_table_row("|  |"), [""]);
    }

    #[test]
    fn tables_are_found_with_their_rows() {
        let md = "# T\n\n| h1 | h2 |\n| --- | --- |\n| a | b |\n| c | d |\n\ntext\n";
        let tables = markdown_tables(md);
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].header, ["h1", "h2"]);
        assert_eq!(tables[0].rows, [["a", "b"], ["c", "d"]]);
        assert_eq!(raw_cell_counts(md), [[2, 2, 2]]);
    }

    #[test]
    fn html_text_strips_tags_and_resolves_escapes() {
        assert_eq!(
            html_text("<td><code>a</code> &amp;lt; &#39;x&#39;</td>"),
            "a &lt; 'x'"
        );
    }
}
