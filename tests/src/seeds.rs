//! The seeds: the published cookie policies of five Opendatasoft portals,
//! vendored in `tests/data/seeds/` (see its README), and the one reader of
//! their cookie tables.
//!
//! Each seed names its site ("What cookies are used on the `<URL>` platform")
//! and lists one tab-separated table with the columns [`HEADER`]. Seed 001
//! is a text extraction of a PDF: its first rows wrap onto continuation
//! lines that start with a tab, its last rows come out column by column (see
//! [`reassemble_flattened_rows`]), and it lost one word, which [`read`]
//! restores (see [`EXTRACTION_LOSSES`]). Everything else is read as
//! published.

/// The table's header, in every seed.
pub const HEADER: [&str; 4] = [
    "Service provider's name",
    "Function and location",
    "Cookie name(s)",
    "Purposes",
];

/// Every seed file, by name, embedded at compile time.
pub const FILES: [(&str, &str); 5] = [
    (
        "000_ebc687580f864f7a.txt",
        include_str!("../data/seeds/000_ebc687580f864f7a.txt"),
    ),
    (
        "001_93c47f3dfaf8eddf.txt",
        include_str!("../data/seeds/001_93c47f3dfaf8eddf.txt"),
    ),
    (
        "002_50d14e52635757cf.txt",
        include_str!("../data/seeds/002_50d14e52635757cf.txt"),
    ),
    (
        "003_b6766f8f5d250fc3.txt",
        include_str!("../data/seeds/003_b6766f8f5d250fc3.txt"),
    ),
    (
        "004_ba1fb7d171b3dbf3.txt",
        include_str!("../data/seeds/004_ba1fb7d171b3dbf3.txt"),
    ),
];

/// A purpose that a seed's extraction cut short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExtractionLoss {
    /// The seed file.
    pub file: &'static str,
    /// The cookie whose purpose was cut.
    pub cookie: &'static str,
    /// What the file says.
    pub extracted: &'static str,
    /// What the portal publishes.
    pub published: &'static str,
}

/// The words the extractions lost, the only place that knows them.
///
/// In seed 001 (a PDF of <https://public.opendatasoft.com>'s policy) the
/// purpose of `csrftoken` wrapped onto a second line, "calls", that the
/// extraction dropped: the file says "To retrieve data via API". The portal
/// runs the same platform as the four others, which all publish "To
/// retrieve data via API calls" for the same cookie, and the declarations
/// say what the portals publish. [`read`] checks that the file still says
/// the cut text before it restores the published one.
pub const EXTRACTION_LOSSES: &[ExtractionLoss] = &[ExtractionLoss {
    file: "001_93c47f3dfaf8eddf.txt",
    cookie: "csrftoken",
    extracted: "To retrieve data via API",
    published: "To retrieve data via API calls",
}];

/// One row of a seed's cookie table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// "Service provider's name".
    pub provider: String,
    /// "Function and location": `function (location)`, or the function alone.
    pub function_and_location: String,
    /// "Cookie name(s)", split at the commas.
    pub names: Vec<String>,
    /// "Purposes".
    pub purpose: String,
}

impl Row {
    /// The row's four cells as the table shows them (names joined by `, `).
    pub fn cells(&self) -> [String; 4] {
        [
            self.provider.clone(),
            self.function_and_location.clone(),
            self.names.join(", "),
            self.purpose.clone(),
        ]
    }
}

/// What a seed publishes: its site and its table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seed {
    /// The file it was read from.
    pub file: &'static str,
    /// The site, as the seed names it.
    pub site: String,
    /// The table's header cells.
    pub header: Vec<String>,
    /// The table's rows.
    pub rows: Vec<Row>,
}

impl Seed {
    /// Every cookie name of the table, in order.
    pub fn names(&self) -> Vec<&str> {
        self.rows
            .iter()
            .flat_map(|r| r.names.iter().map(String::as_str))
            .collect()
    }
}

/// The seed `file` (one of [`FILES`]) as its portal publishes it: parsed,
/// with the [`EXTRACTION_LOSSES`] of the file restored.
///
/// Panics if the file is unknown, or if a listed loss is not in the file as
/// listed (the list would be stale).
pub fn read(file: &str) -> Seed {
    let (file, text) = FILES
        .iter()
        .find(|(name, _)| *name == file)
        .unwrap_or_else(|| panic!("no seed {file}"));
    let mut seed = parse(file, text);
    for loss in EXTRACTION_LOSSES.iter().filter(|l| l.file == *file) {
        let row = seed
            .rows
            .iter_mut()
            .find(|r| r.names.iter().any(|n| n == loss.cookie))
            .unwrap_or_else(|| panic!("{file}: no row for {}", loss.cookie));
        assert_eq!(
            row.purpose, loss.extracted,
            "{file}: the extraction loss of {} is stale",
            loss.cookie
        );
        row.purpose = loss.published.to_string();
    }
    seed
}

/// Every seed, as published, in file order.
pub fn all() -> Vec<Seed> {
    FILES.iter().map(|(file, _)| read(file)).collect()
}

/// Reads a seed's text as it stands (no loss restored): the site, then the
/// table under the tab-separated header, up to the end of the text. Blank
/// lines in the table are skipped (the seeds have some).
///
/// A line that starts with a tab has an empty first cell: it continues the
/// wrapped cells of the row above, each non-empty cell appended to the cell
/// above it with a space. Once a line without any tab comes, the rest are
/// rows that lost their tabs, put back together by
/// [`reassemble_flattened_rows`].
pub fn parse(file: &'static str, text: &str) -> Seed {
    let site = text
        .lines()
        .find_map(|line| {
            line.trim_start_matches('#')
                .trim()
                .strip_prefix("What cookies are used on the ")?
                .strip_suffix(" platform")
                .map(|site| site.trim_matches(['<', '>']).to_string())
        })
        .unwrap_or_else(|| panic!("{file}: the seed names no site"));
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .by_ref()
        .find(|line| line.split('\t').map(str::trim).eq(HEADER))
        .unwrap_or_else(|| panic!("{file}: no table header"))
        .split('\t')
        .map(|c| c.trim().to_string())
        .collect();

    let mut rows: Vec<[String; 4]> = Vec::new();
    let mut flattened: Vec<&str> = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        if !flattened.is_empty() || !line.contains('\t') {
            flattened.push(line.trim());
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        assert!(cells.len() <= 4, "{file}: more than four cells in {line:?}");
        if cells[0].is_empty() {
            let row = rows
                .last_mut()
                .unwrap_or_else(|| panic!("{file}: {line:?} continues no row"));
            for (cell, more) in row.iter_mut().zip(cells) {
                if !more.is_empty() {
                    cell.push(' ');
                    cell.push_str(more);
                }
            }
        } else {
            let mut row: [String; 4] = Default::default();
            for (cell, text) in row.iter_mut().zip(cells) {
                *cell = text.to_string();
            }
            rows.push(row);
        }
    }
    if !flattened.is_empty() {
        let providers: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
        rows.extend(reassemble_flattened_rows(&flattened, &providers));
    }
    let rows = rows
        .into_iter()
        .map(|[provider, function_and_location, names, purpose]| Row {
            provider,
            function_and_location,
            names: names
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(String::from)
                .collect(),
            purpose,
        })
        .collect();
    Seed {
        file,
        site,
        header,
        rows,
    }
}

/// Whether `word` is an RFC 6265 token: what a cookie name is.
fn is_token(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_graphic() && !"()<>@,;:\\\"/[]?={}".contains(c))
}

/// Puts back together the rows of a PDF extraction that lost their tabs.
///
/// Seed 001's extraction wrote its last rows out column group by column
/// group:
///
/// 1. for each row, the lines of its "Function and location" cell, with the
///    provider's name dropped into one of them (the PDF centred the provider
///    vertically in its own column, so it lands mid-line):
///    `API (CSRF) (front et back Opendatasoft` / `office)`;
/// 2. the "Cookie name(s)" cells, one line per row;
/// 3. the "Purposes" cells, one line per row.
///
/// Cookie names are RFC 6265 tokens, without spaces or parentheses, while
/// every function and purpose has a space, so the block of name lines is easy
/// to find: it gives the number of rows. Before it, a line that contains a
/// provider's name (one of `providers`, those of the rows that kept their
/// tabs) starts a row, and the provider is cut out of it; a line without one
/// continues the function of the row above. After it come the purposes, in
/// row order.
pub fn reassemble_flattened_rows(lines: &[&str], providers: &[String]) -> Vec<[String; 4]> {
    let is_names = |line: &str| line.split(", ").all(is_token);
    let first = lines
        .iter()
        .position(|line| is_names(line))
        .unwrap_or_else(|| panic!("the flattened rows have no block of cookie names: {lines:?}"));
    let count = lines[first..]
        .iter()
        .take_while(|line| is_names(line))
        .count();
    let (functions, rest) = lines.split_at(first);
    let (names, purposes) = rest.split_at(count);
    assert_eq!(
        purposes.len(),
        count,
        "one purpose line per flattened row: {lines:?}"
    );

    let mut rows: Vec<(String, String)> = Vec::new();
    for line in functions {
        match providers.iter().find(|p| line.contains(p.as_str())) {
            Some(provider) => {
                let function = line.replacen(provider.as_str(), " ", 1);
                let function = function.split_whitespace().collect::<Vec<_>>().join(" ");
                rows.push((provider.clone(), function));
            }
            None => {
                let row = rows
                    .last_mut()
                    .unwrap_or_else(|| panic!("{line:?} continues no row"));
                row.1.push(' ');
                row.1.push_str(line);
            }
        }
    }
    assert_eq!(
        rows.len(),
        count,
        "one provider line per flattened row: {lines:?}"
    );
    rows.into_iter()
        .zip(names)
        .zip(purposes)
        .map(|(((provider, function), names), purpose)| {
            [provider, function, names.to_string(), purpose.to_string()]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What every seed lists: the four cookies of the Opendatasoft platform.
    const NAMES: [&str; 4] = [
        "sessionid",
        "django_language",
        "csrftoken",
        "cookies_preferences",
    ];

    #[test]
    fn every_file_in_the_seeds_directory_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/seeds");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|entry| entry.expect("a directory entry").file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".txt"))
            .collect();
        on_disk.sort();
        let embedded: Vec<&str> = FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(on_disk, embedded);
    }

    #[test]
    fn every_seed_lists_the_four_opendatasoft_cookies() {
        for seed in all() {
            assert_eq!(seed.header, HEADER, "{}", seed.file);
            assert_eq!(seed.names(), NAMES, "{}", seed.file);
            assert!(
                seed.rows.iter().all(|r| r.provider == "Opendatasoft"),
                "{}",
                seed.file
            );
            assert!(seed.site.starts_with("https://"), "{}", seed.file);
        }
    }

    /// Seed 001 exercises both repairs: the wrapped rows with tabs and the
    /// rows that lost them. Rebuilt, it is the table the well-formed seeds
    /// publish, but for the one word the extraction lost.
    #[test]
    fn the_pdf_extraction_of_seed_001_is_rebuilt_row_by_row() {
        let (file, text) = FILES[1];
        let extracted = parse(file, text);
        let clean = read("002_50d14e52635757cf.txt");
        assert_eq!(extracted.names(), NAMES, "{:#?}", extracted.rows);
        assert_eq!(extracted.rows[..2], clean.rows[..2], "the wrapped rows");
        assert_eq!(extracted.rows[3], clean.rows[3], "the column dump");
        let mut lost = clean.rows[2].clone();
        lost.purpose = "To retrieve data via API".into();
        assert_eq!(extracted.rows[2], lost, "only the lost word differs");
        // Restored, it is the published table.
        assert_eq!(read(file).rows, clean.rows);
    }

    #[test]
    fn every_extraction_loss_is_a_cut_word_of_the_published_text() {
        for loss in EXTRACTION_LOSSES {
            let (file, text) = FILES
                .iter()
                .find(|(name, _)| *name == loss.file)
                .expect("a seed file");
            let extracted = parse(file, text);
            let row = extracted
                .rows
                .iter()
                .find(|r| r.names.iter().any(|n| n == loss.cookie))
                .expect("the cookie's row");
            assert_eq!(row.purpose, loss.extracted);
            let rest = loss.published.strip_prefix(loss.extracted);
            assert!(
                rest.is_some_and(|rest| rest.starts_with(' ')),
                "{loss:?}: not a cut at a word"
            );
        }
    }

    #[test]
    fn wrapped_rows_are_joined_cell_by_cell() {
        let text = format!(
            "What cookies are used on the <https://x.example> platform\n\n{}\n\
             P\tA (b\tn1, n2\tTo do\n\
             \tc)\t\tmore\n",
            HEADER.join("\t")
        );
        let seed = parse("x", &text);
        assert_eq!(seed.site, "https://x.example");
        assert_eq!(
            seed.rows,
            [Row {
                provider: "P".into(),
                function_and_location: "A (b c)".into(),
                names: vec!["n1".into(), "n2".into()],
                purpose: "To do more".into(),
            }]
        );
    }

    #[test]
    fn flattened_rows_are_reassembled() {
        let dump = [
            "Func (loc P",
            "tion)",
            "Other P thing",
            "name_a",
            "name_b, name_c",
            "Purpose a",
            "Purpose b",
        ];
        let rows = reassemble_flattened_rows(&dump, &["P".to_string()]);
        assert_eq!(
            rows,
            [
                ["P", "Func (loc tion)", "name_a", "Purpose a"].map(String::from),
                ["P", "Other thing", "name_b, name_c", "Purpose b"].map(String::from),
            ]
        );
    }
}
