//! The seeds as users: four real Opendatasoft portals (seeds 001 to 004; the
//! Potsdam seed 000 is `cookie-policy/examples/potsdam.rs`) declared with
//! `cookie_policy!`, and checked against the tables of their published
//! cookie policies, read from the seed files at test time.
//!
//! Each seed lists one table, "Cookies necessary for the platform to function
//! properly", with the columns `Service provider's name | Function and
//! location | Cookie name(s) | Purposes`. A declaration renders a
//! "Function and location" cell as `function (location)`, so that is what is
//! compared with the seed's cell.
//!
//! Seed 001 (public.opendatasoft.com) is a text extraction of a PDF: its
//! first rows wrap onto continuation lines that start with a tab, and its last
//! two rows come out column by column, with the provider's name spilled into
//! the "Function and location" column. [`seed_table`] joins the continuation
//! lines and rebuilds the column dump (see [`rebuild_column_dump`]); the PDF
//! also lost the last word of one purpose ("To retrieve data via API" where the
//! other portals say "... API calls"), and the declaration keeps the seed's
//! text as published.
//!
//! The seeds are found in `shared/seeds` next to the checkout (the workspace
//! lives in `<root>/main` or `<root>/wt/<name>`), or where the environment
//! variable `COOKIE_POLICY_SEEDS` points.

use std::path::{Path, PathBuf};

use cookie_policy::{Category, CookieSpec, Policy};

cookie_policy::cookie_policy! {
    /// The cookies of <https://public.opendatasoft.com> (seed 001).
    pub mod public_opendatasoft {
        site: "https://public.opendatasoft.com",
        consent_cookie: COOKIES_PREFERENCES,

        necessary {
            provider "Opendatasoft" {
                /// The session of a signed-in user.
                SESSIONID: "sessionid" {
                    function: "Authentication",
                    location: "front and back office",
                    purpose: "To remember the user from one page to another",
                }
                /// The language the visitor chose.
                DJANGO_LANGUAGE: "django_language" {
                    function: "Language selection",
                    location: "front and back office",
                    purpose: "To remember the visitor's language",
                }
                /// Protection against cross-site request forgery.
                CSRFTOKEN: "csrftoken" {
                    function: "API (CSRF)",
                    location: "front et back office",
                    // As published in this seed (the PDF extraction lost "calls").
                    purpose: "To retrieve data via API",
                }
                /// The visitor's cookie choices.
                COOKIES_PREFERENCES: "cookies_preferences" {
                    function: "Choices related to your cookie preferences",
                    purpose: "To remember the visitor's cookie preferences",
                }
            }
        }
    }
}

cookie_policy::cookie_policy! {
    /// The cookies of <https://mannheim.opendatasoft.com> (seed 002).
    pub mod mannheim {
        site: "https://mannheim.opendatasoft.com",
        consent_cookie: COOKIES_PREFERENCES,

        necessary {
            provider "Opendatasoft" {
                /// The session of a signed-in user.
                SESSIONID: "sessionid" {
                    function: "Authentication",
                    location: "front and back office",
                    purpose: "To remember the user from one page to another",
                }
                /// The language the visitor chose.
                DJANGO_LANGUAGE: "django_language" {
                    function: "Language selection",
                    location: "front and back office",
                    purpose: "To remember the visitor's language",
                }
                /// Protection against cross-site request forgery.
                CSRFTOKEN: "csrftoken" {
                    function: "API (CSRF)",
                    location: "front et back office",
                    purpose: "To retrieve data via API calls",
                }
                /// The visitor's cookie choices.
                COOKIES_PREFERENCES: "cookies_preferences" {
                    function: "Choices related to your cookie preferences",
                    purpose: "To remember the visitor's cookie preferences",
                }
            }
        }
    }
}

cookie_policy::cookie_policy! {
    /// The cookies of <https://codefortulsa.opendatasoft.com> (seed 003).
    pub mod tulsa {
        site: "https://codefortulsa.opendatasoft.com",
        consent_cookie: COOKIES_PREFERENCES,

        necessary {
            provider "Opendatasoft" {
                /// The session of a signed-in user.
                SESSIONID: "sessionid" {
                    function: "Authentication",
                    location: "front and back office",
                    purpose: "To remember the user from one page to another",
                }
                /// The language the visitor chose.
                DJANGO_LANGUAGE: "django_language" {
                    function: "Language selection",
                    location: "front and back office",
                    purpose: "To remember the visitor's language",
                }
                /// Protection against cross-site request forgery.
                CSRFTOKEN: "csrftoken" {
                    function: "API (CSRF)",
                    location: "front et back office",
                    purpose: "To retrieve data via API calls",
                }
                /// The visitor's cookie choices.
                COOKIES_PREFERENCES: "cookies_preferences" {
                    function: "Choices related to your cookie preferences",
                    purpose: "To remember the visitor's cookie preferences",
                }
            }
        }
    }
}

cookie_policy::cookie_policy! {
    /// The cookies of <https://cityai.my.opendatasoft.com> (seed 004).
    pub mod cityai {
        site: "https://cityai.my.opendatasoft.com",
        consent_cookie: COOKIES_PREFERENCES,

        necessary {
            provider "Opendatasoft" {
                /// The session of a signed-in user.
                SESSIONID: "sessionid" {
                    function: "Authentication",
                    location: "front and back office",
                    purpose: "To remember the user from one page to another",
                }
                /// The language the visitor chose.
                DJANGO_LANGUAGE: "django_language" {
                    function: "Language selection",
                    location: "front and back office",
                    purpose: "To remember the visitor's language",
                }
                /// Protection against cross-site request forgery.
                CSRFTOKEN: "csrftoken" {
                    function: "API (CSRF)",
                    location: "front et back office",
                    purpose: "To retrieve data via API calls",
                }
                /// The visitor's cookie choices.
                COOKIES_PREFERENCES: "cookies_preferences" {
                    function: "Choices related to your cookie preferences",
                    purpose: "To remember the visitor's cookie preferences",
                }
            }
        }
    }
}

/// One row of a seed's cookie table.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    provider: String,
    function_and_location: String,
    names: Vec<String>,
    purpose: String,
}

/// What a seed publishes: its site and its table.
#[derive(Debug)]
struct Seed {
    site: String,
    rows: Vec<Row>,
}

const HEADER: &str = "Service provider's name\tFunction and location\tCookie name(s)\tPurposes";

fn seeds_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("COOKIE_POLICY_SEEDS") {
        return PathBuf::from(dir);
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .map(|dir| dir.join("shared").join("seeds"))
        .find(|dir| dir.is_dir())
        .unwrap_or_else(|| {
            panic!(
                "the seeds are not in a `shared/seeds` directory above {}: set COOKIE_POLICY_SEEDS to their directory",
                manifest.display()
            )
        })
}

fn read_seed(file: &str) -> Seed {
    let path = seeds_dir().join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read the seed {}: {e}", path.display()));
    parse_seed(&text)
}

/// The site of "What cookies are used on the <https://...> platform" and the
/// table under the header.
fn parse_seed(text: &str) -> Seed {
    let site = text
        .lines()
        .find_map(|line| {
            let rest = line.split("What cookies are used on the ").nth(1)?;
            let url = rest.strip_suffix(" platform")?;
            Some(
                url.trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string(),
            )
        })
        .expect("the seed names its site");
    Seed {
        site,
        rows: seed_table(text),
    }
}

/// The rows under the table's header. A line starting with a tab continues
/// the previous row, cell by cell (a wrapped row of a PDF); lines without the
/// four tab-separated cells are a column dump, rebuilt at the end.
fn seed_table(text: &str) -> Vec<Row> {
    let mut lines = text.lines().skip_while(|line| line.trim_end() != HEADER);
    assert!(lines.next().is_some(), "the seed has the table header");
    let mut rows: Vec<Row> = Vec::new();
    let mut dump: Vec<&str> = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let continuation = line.starts_with('\t') && dump.is_empty();
        match (cells.as_slice(), rows.last_mut()) {
            ([_, function, names, purpose], Some(row)) if continuation => {
                for (cell, part) in [
                    (&mut row.function_and_location, function),
                    (&mut row.purpose, purpose),
                ] {
                    if !part.is_empty() {
                        cell.push(' ');
                        cell.push_str(part);
                    }
                }
                row.names.extend(split_names(names));
            }
            ([provider, function, names, purpose], _) if !continuation && dump.is_empty() => rows
                .push(Row {
                    provider: provider.to_string(),
                    function_and_location: function.to_string(),
                    names: split_names(names),
                    purpose: purpose.to_string(),
                }),
            _ => dump.push(line.trim()),
        }
    }
    if !dump.is_empty() {
        let providers: Vec<String> = rows.iter().map(|r| r.provider.clone()).collect();
        rows.extend(rebuild_column_dump(&dump, &providers));
    }
    rows
}

fn split_names(cell: &str) -> Vec<String> {
    cell.split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from)
        .collect()
}

/// Rebuilds rows that a PDF extraction wrote column by column: first the
/// "Function and location" cells (wrapped over lines, with the provider's
/// name spilled into them), then one line per cookie name, then one line per
/// purpose. A cell continues on the next line while its parentheses are
/// open; outside a cell, a line without spaces is a cookie name. `providers`
/// are the providers of the well-formed rows, the only names that can spill.
fn rebuild_column_dump(lines: &[&str], providers: &[String]) -> Vec<Row> {
    let mut spilled: Vec<String> = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    let mut purposes: Vec<&str> = Vec::new();
    let mut open = false;
    for line in lines {
        let is_name = !open && !line.contains(' ');
        if !purposes.is_empty() || (!names.is_empty() && !is_name) {
            purposes.push(line);
        } else if is_name {
            names.push(line);
        } else {
            let words: Vec<&str> = line
                .split(' ')
                .filter(|word| {
                    let provider = providers.iter().any(|p| p == word);
                    if provider {
                        spilled.push(word.to_string());
                    }
                    !provider
                })
                .collect();
            let text = words.join(" ");
            match cells.last_mut() {
                Some(cell) if open => {
                    cell.push(' ');
                    cell.push_str(&text);
                }
                _ => cells.push(text),
            }
            let cell = cells.last().map(String::as_str).unwrap_or("");
            open = cell.matches('(').count() > cell.matches(')').count();
        }
    }
    assert_eq!(
        cells.len(),
        names.len(),
        "one function cell per cookie: {cells:?}"
    );
    assert_eq!(
        purposes.len(),
        names.len(),
        "one purpose line per cookie: {purposes:?}"
    );
    assert_eq!(
        spilled.len(),
        names.len(),
        "one spilled provider per cookie: {spilled:?}"
    );
    cells
        .into_iter()
        .zip(names)
        .zip(purposes)
        .zip(spilled)
        .map(|(((function_and_location, name), purpose), provider)| Row {
            provider,
            function_and_location,
            names: vec![name.to_string()],
            purpose: purpose.to_string(),
        })
        .collect()
}

/// How a declaration renders the "Function and location" cell.
fn function_and_location(cookie: &CookieSpec) -> String {
    match cookie.location() {
        Some(location) => format!("{} ({location})", cookie.function()),
        None => cookie.function().to_string(),
    }
}

/// The declaration says exactly what the seed publishes: the same site, the
/// same cookies in the same order, each with the seed's cells, all necessary,
/// and `cookies_preferences` as the consent cookie.
fn assert_declares_seed(policy: &Policy, file: &str) {
    let seed = read_seed(file);
    assert_eq!(policy.site(), seed.site, "{file}: site");
    let seed_names: Vec<&str> = seed
        .rows
        .iter()
        .flat_map(|r| r.names.iter().map(String::as_str))
        .collect();
    let declared: Vec<&str> = policy.cookies().iter().map(CookieSpec::name).collect();
    assert_eq!(declared, seed_names, "{file}: the cookies, in order");
    for row in &seed.rows {
        for name in &row.names {
            let cookie = policy
                .get(name)
                .unwrap_or_else(|| panic!("{file}: `{name}` is not declared"));
            assert_eq!(
                cookie.provider(),
                row.provider,
                "{file}: provider of {name}"
            );
            assert_eq!(
                function_and_location(cookie),
                row.function_and_location,
                "{file}: function and location of {name}"
            );
            assert_eq!(cookie.purpose(), row.purpose, "{file}: purpose of {name}");
            // The table is "Cookies necessary for the platform to function properly".
            assert_eq!(cookie.category(), Category::Necessary, "{file}: {name}");
            assert!(!cookie.requires_consent(), "{file}: {name}");
            assert!(!cookie.is_third_party(), "{file}: {name}");
        }
    }
    assert_eq!(
        policy.consent_cookie().map(CookieSpec::name),
        Some("cookies_preferences"),
        "{file}: consent cookie"
    );
    assert_eq!(
        policy.languages(),
        &["en"],
        "{file}: the seeds are in English"
    );
}

#[test]
fn public_opendatasoft_declares_seed_001() {
    assert_declares_seed(&public_opendatasoft::POLICY, "001_93c47f3dfaf8eddf.txt");
}

#[test]
fn mannheim_declares_seed_002() {
    assert_declares_seed(&mannheim::POLICY, "002_50d14e52635757cf.txt");
}

#[test]
fn tulsa_declares_seed_003() {
    assert_declares_seed(&tulsa::POLICY, "003_b6766f8f5d250fc3.txt");
}

#[test]
fn cityai_declares_seed_004() {
    assert_declares_seed(&cityai::POLICY, "004_ba1fb7d171b3dbf3.txt");
}

/// The PDF extraction of seed 001 is rebuilt into the same four rows the
/// well-formed seeds publish, but for the word the PDF lost.
#[test]
fn the_pdf_extraction_of_seed_001_is_rebuilt_row_by_row() {
    let pdf = read_seed("001_93c47f3dfaf8eddf.txt");
    let clean = read_seed("002_50d14e52635757cf.txt");
    assert_eq!(pdf.rows.len(), 4, "{:#?}", pdf.rows);
    assert_eq!(
        pdf.rows[..2],
        clean.rows[..2],
        "the wrapped rows are joined"
    );
    assert_eq!(pdf.rows[3], clean.rows[3], "the column dump is rebuilt");
    assert_eq!(pdf.rows[2].purpose, "To retrieve data via API");
    assert_eq!(clean.rows[2].purpose, "To retrieve data via API calls");
    let mut lost = clean.rows[2].clone();
    lost.purpose = pdf.rows[2].purpose.clone();
    assert_eq!(pdf.rows[2], lost, "only the lost word differs");
}

/// The parser itself, on the shapes the seeds use.
#[test]
fn seed_tables_are_parsed_from_both_layouts() {
    let wrapped = format!(
        "What cookies are used on the <https://x.example> platform\n\n{HEADER}\n\
         P\tA (b\tn1, n2\tTo do\n\
         \tc)\t\tmore\n"
    );
    let seed = parse_seed(&wrapped);
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
    let dump = [
        "Func (loc P",
        "tion)",
        "Other P thing",
        "name_a",
        "name_b",
        "Purpose a",
        "Purpose b",
    ];
    let rows = rebuild_column_dump(&dump, &["P".to_string()]);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].function_and_location, "Func (loc tion)");
    assert_eq!(rows[1].function_and_location, "Other thing");
    assert_eq!(rows[1].names, ["name_b"]);
    assert_eq!(rows[1].purpose, "Purpose b");
    assert!(rows.iter().all(|r| r.provider == "P"));
}

/// Potsdam (seed 000) is declared in `cookie-policy/examples/potsdam.rs`; its
/// table lists the same four cookies, which all portals share.
#[test]
fn every_seed_lists_the_same_four_opendatasoft_cookies() {
    let files = [
        "000_ebc687580f864f7a.txt",
        "001_93c47f3dfaf8eddf.txt",
        "002_50d14e52635757cf.txt",
        "003_b6766f8f5d250fc3.txt",
        "004_ba1fb7d171b3dbf3.txt",
    ];
    for file in files {
        let seed = read_seed(file);
        let names: Vec<&str> = seed
            .rows
            .iter()
            .flat_map(|r| r.names.iter().map(String::as_str))
            .collect();
        assert_eq!(
            names,
            [
                "sessionid",
                "django_language",
                "csrftoken",
                "cookies_preferences"
            ],
            "{file}"
        );
        assert!(
            seed.rows.iter().all(|r| r.provider == "Opendatasoft"),
            "{file}"
        );
    }
}
