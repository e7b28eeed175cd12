//! Golden tests against the seeds: the five real Opendatasoft portals' cookie
//! policies in `shared/seeds/`. Each portal's table is declared here with the
//! seed's exact cell texts, rendered to Markdown, and compared cell for cell
//! with the seed's table, parsed from the seed file at test time.
//!
//! The seeds' tables are tab-separated:
//! `Service provider's name | Function and location | Cookie name(s) | Purposes`.
//! Seed 001 (public.opendatasoft.com) is a PDF extraction; see
//! [`reassemble_flattened_rows`] for how its table is put back together.

use std::path::{Path, PathBuf};

use cookie_policy::Policy;
use cookie_policy_tests::markdown_tables;

/// The four necessary cookies every seed portal lists, declared once per
/// portal: the five portals run the same platform, only their sites differ.
macro_rules! opendatasoft_portal {
    ($module:ident, $site:tt) => {
        cookie_policy::cookie_policy! {
            mod $module {
                site: $site,
                necessary {
                    provider "Opendatasoft" {
                        SESSIONID: "sessionid" {
                            function: "Authentication",
                            location: "front and back office",
                            purpose: "To remember the user from one page to another",
                        }
                        DJANGO_LANGUAGE: "django_language" {
                            function: "Language selection",
                            location: "front and back office",
                            purpose: "To remember the visitor's language",
                        }
                        CSRFTOKEN: "csrftoken" {
                            function: "API (CSRF)",
                            location: "front et back office",
                            purpose: "To retrieve data via API calls",
                        }
                        COOKIES_PREFERENCES: "cookies_preferences" {
                            function: "Choices related to your cookie preferences",
                            purpose: "To remember the visitor's cookie preferences",
                        }
                    }
                }
            }
        }
    };
}

opendatasoft_portal!(potsdam, "https://opendata.potsdam.de");
opendatasoft_portal!(public, "https://public.opendatasoft.com");
opendatasoft_portal!(mannheim, "https://mannheim.opendatasoft.com");
opendatasoft_portal!(tulsa, "https://codefortulsa.opendatasoft.com");
opendatasoft_portal!(cityai, "https://cityai.my.opendatasoft.com");

/// Which declaration belongs to which seed file (by its number).
const PORTALS: &[(&str, &Policy)] = &[
    ("000_", &potsdam::POLICY),
    ("001_", &public::POLICY),
    ("002_", &mannheim::POLICY),
    ("003_", &tulsa::POLICY),
    ("004_", &cityai::POLICY),
];

const HEADER: [&str; 4] = [
    "Service provider's name",
    "Function and location",
    "Cookie name(s)",
    "Purposes",
];

/// Cells that a seed's PDF extraction cut short, as (seed file prefix, the
/// row's cookie names, column, what the seed kept). In seed 001 the purpose of
/// `csrftoken` wrapped onto a second line ("calls") that the extraction
/// dropped; the other portals show the full text. A truncated cell must be a
/// word prefix of the rendered one, and every loss listed here must occur.
const EXTRACTION_LOSSES: &[(&str, &str, usize, &str)] =
    &[("001_", "csrftoken", 3, "To retrieve data via API")];

/// `shared/seeds/`, beside the repository's checkout. The brief's path is
/// `<repo>/../shared/seeds`; from a git worktree under `wt/` it is one level
/// further up. `COOKIE_POLICY_SEEDS` overrides both.
fn seeds_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("COOKIE_POLICY_SEEDS") {
        return PathBuf::from(dir);
    }
    let primary = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds"));
    let worktree = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seeds"
    ));
    for dir in [primary, worktree] {
        if dir.is_dir() {
            return dir.to_path_buf();
        }
    }
    panic!(
        "the seeds are missing: expected {} (or set COOKIE_POLICY_SEEDS)",
        primary.display()
    );
}

/// `(file name, content)` of every seed, by name.
fn seeds() -> Vec<(String, String)> {
    let dir = seeds_dir();
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            (name, text)
        })
        .filter(|(name, _)| name.ends_with(".txt"))
        .collect();
    seeds.sort();
    seeds
}

/// A seed's cookie table.
#[derive(Debug)]
struct SeedTable {
    site: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// Reads the site ("What cookies are used on the <URL> platform") and the
/// table: the tab-separated header line, then its rows up to the end of the
/// file. Blank lines inside the table are skipped (the seeds have some).
///
/// A line that starts with a tab has an empty first cell: in seed 001 it
/// continues the wrapped cells of the row above, each non-empty cell being
/// appended to the cell above it with a space. Lines without any tab after
/// the table started are rows that lost their tabs, reassembled by
/// [`reassemble_flattened_rows`].
fn parse_seed(text: &str) -> SeedTable {
    let site = text
        .lines()
        .find_map(|line| {
            line.trim_start_matches('#')
                .trim()
                .strip_prefix("What cookies are used on the ")?
                .strip_suffix(" platform")
                .map(|site| site.trim_matches(['<', '>']).to_string())
        })
        .expect("the seed names its site");
    let mut lines = text.lines();
    let header_line = lines
        .by_ref()
        .find(|line| line.split('\t').map(str::trim).eq(HEADER))
        .expect("the seed has the four-column table header");
    let header = header_line
        .split('\t')
        .map(|c| c.trim().to_string())
        .collect();

    let mut rows: Vec<Vec<String>> = Vec::new();
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
        assert!(cells.len() <= 4, "more than four cells in {line:?}");
        if cells[0].is_empty() {
            let row = rows.last_mut().expect("a continuation line before any row");
            for (cell, more) in row.iter_mut().zip(cells) {
                if !more.is_empty() {
                    cell.push(' ');
                    cell.push_str(more);
                }
            }
        } else {
            let mut row: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
            row.resize(4, String::new());
            rows.push(row);
        }
    }
    if !flattened.is_empty() {
        let providers: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
        rows.extend(reassemble_flattened_rows(&flattened, &providers));
    }
    SeedTable { site, header, rows }
}

/// Whether `word` is an RFC 6265 token: what a cookie name is.
fn is_token(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_graphic() && !"()<>@,;:\\\"/[]?={}".contains(c))
}

/// Puts back together the rows of seed 001 that lost their tabs.
///
/// The PDF extraction wrote those rows out column group by column group:
///
/// 1. for each row, the lines of its "Function and location" cell, with the
///    provider's name dropped into one of them (the PDF centred the provider
///    vertically in its own column, so it lands mid-line):
///    `API (CSRF) (front et back Opendatasoft` / `office)`;
/// 2. the "Cookie name(s)" cells, one line per row;
/// 3. the "Purposes" cells, one line per row.
///
/// Cookie names are RFC 6265 tokens, without spaces or parentheses, while
/// every function and purpose has one, so the block of name lines is easy to
/// find: it gives the number of rows. Before it, a line that contains a
/// provider's name (one seen in the rows that kept their tabs) starts a row,
/// and the provider is cut out of it; a line without one continues the
/// function of the row above. After it come the purposes, in row order.
fn reassemble_flattened_rows(lines: &[&str], providers: &[String]) -> Vec<Vec<String>> {
    let is_names = |line: &str| line.split(", ").all(is_token);
    let first = lines
        .iter()
        .position(|line| is_names(line))
        .expect("the flattened rows have a block of cookie names");
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
            vec![provider, function, names.to_string(), purpose.to_string()]
        })
        .collect()
}

fn portal_of(file: &str) -> &'static Policy {
    PORTALS
        .iter()
        .find(|(prefix, _)| file.starts_with(prefix))
        .map(|(_, policy)| *policy)
        .unwrap_or_else(|| panic!("no declaration for seed {file}"))
}

#[test]
fn every_seed_has_a_declaration() {
    let seeds = seeds();
    assert_eq!(
        seeds.len(),
        PORTALS.len(),
        "seeds: {:?}",
        seeds.iter().map(|s| &s.0).collect::<Vec<_>>()
    );
    for (file, _) in &seeds {
        portal_of(file);
    }
}

#[test]
fn rendered_tables_are_the_seeds_tables_cell_for_cell() {
    let mut losses_seen = Vec::new();
    for (file, text) in seeds() {
        let seed = parse_seed(&text);
        let policy = portal_of(&file);
        assert_eq!(policy.site(), seed.site, "{file}: site");
        assert_eq!(
            seed.rows.len(),
            4,
            "{file}: the seed lists four cookies: {:#?}",
            seed.rows
        );

        let markdown = policy.render_markdown();
        let title = markdown.lines().next().unwrap_or_default();
        assert!(
            title.starts_with("# ") && title.contains(&seed.site),
            "{file}: title {title:?}"
        );

        let tables = markdown_tables(&markdown);
        assert_eq!(tables.len(), 1, "{file}: one category, one table");
        let table = &tables[0];
        assert_eq!(table.header, seed.header, "{file}: header");
        assert_eq!(
            table.rows.len(),
            seed.rows.len(),
            "{file}: rows\n{markdown}"
        );
        for (rendered, expected) in table.rows.iter().zip(&seed.rows) {
            assert_eq!(
                rendered.len(),
                expected.len(),
                "{file}: cells of {rendered:?}"
            );
            for (column, (got, want)) in rendered.iter().zip(expected).enumerate() {
                if got == want {
                    continue;
                }
                let known = EXTRACTION_LOSSES.iter().any(|&(prefix, names, col, kept)| {
                    file.starts_with(prefix)
                        && names == rendered[2]
                        && col == column
                        && kept == want
                });
                assert!(
                    known,
                    "{file}: column {column} of {:?}: rendered {got:?}, seed has {want:?}",
                    rendered[2]
                );
                assert!(
                    got.strip_prefix(want.as_str())
                        .is_some_and(|rest| rest.starts_with(' ')),
                    "{file}: the seed's {want:?} is not a truncation of {got:?}"
                );
                losses_seen.push((file[..4].to_string(), rendered[2].clone(), column));
            }
        }
    }
    for (prefix, names, column, _) in EXTRACTION_LOSSES {
        assert!(
            losses_seen.contains(&(prefix.to_string(), names.to_string(), *column)),
            "the known extraction loss {prefix} {names} column {column} no longer occurs: update EXTRACTION_LOSSES"
        );
    }
}

/// Seed 001 exercises both repairs: the wrapped rows with tabs and the rows
/// that lost them. Pin what the parser makes of it, so a regression in the
/// parser cannot hide behind a matching regression in the renderer.
#[test]
fn seed_001_is_reassembled() {
    let (_, text) = seeds()
        .into_iter()
        .find(|(name, _)| name.starts_with("001_"))
        .expect("seed 001");
    let seed = parse_seed(&text);
    let names: Vec<&str> = seed.rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(
        names,
        [
            "sessionid",
            "django_language",
            "csrftoken",
            "cookies_preferences"
        ]
    );
    let functions: Vec<&str> = seed.rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        functions,
        [
            "Authentication (front and back office)",
            "Language selection (front and back office)",
            "API (CSRF) (front et back office)",
            "Choices related to your cookie preferences",
        ]
    );
    assert_eq!(
        seed.rows[0][3],
        "To remember the user from one page to another"
    );
    assert_eq!(seed.rows[1][3], "To remember the visitor's language");
    assert!(seed.rows.iter().all(|r| r[0] == "Opendatasoft"));
}

/// The seeds are English; the same declaration in another language keeps the
/// table's shape and rows, with the headers translated.
#[test]
fn seed_table_in_other_languages_keeps_its_shape() {
    cookie_policy::cookie_policy! {
        mod multilingual {
            site: "https://opendata.potsdam.de",
            languages: [en, de, fr],
            necessary {
                provider "Opendatasoft" {
                    SESSIONID: "sessionid" {
                        function: { en: "Authentication", de: "Authentifizierung", fr: "Authentification" },
                        location: { en: "front and back office", de: "Front- und Back-Office", fr: "front et back office" },
                        purpose: { en: "To remember the user from one page to another",
                                   de: "Um den Benutzer von Seite zu Seite wiederzuerkennen",
                                   fr: "Pour reconnaître l'utilisateur d'une page à l'autre" },
                    }
                }
            }
        }
    }
    let policy = &multilingual::POLICY;
    let en = &markdown_tables(&policy.render_markdown_in("en").unwrap())[0];
    assert_eq!(en.header, HEADER);
    let de = &markdown_tables(&policy.render_markdown_in("de").unwrap())[0];
    assert_eq!(
        de.header,
        [
            "Name des Anbieters",
            "Funktion und Ort",
            "Cookie-Name(n)",
            "Zwecke"
        ]
    );
    assert_eq!(
        de.rows,
        [[
            "Opendatasoft",
            "Authentifizierung (Front- und Back-Office)",
            "sessionid",
            "Um den Benutzer von Seite zu Seite wiederzuerkennen"
        ]]
    );
    let fr = &markdown_tables(&policy.render_markdown_in("fr").unwrap())[0];
    assert_eq!(
        fr.header,
        [
            "Nom du prestataire",
            "Fonction et emplacement",
            "Nom(s) du cookie",
            "Finalités"
        ]
    );
    assert_eq!(fr.rows[0][1], "Authentification (front et back office)");
    assert_eq!(
        fr.rows[0][3],
        "Pour reconnaître l'utilisateur d'une page à l'autre"
    );
}
