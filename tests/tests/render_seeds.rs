//! Golden tests against the seeds: every portal's declaration
//! (`cookie_policy_tests::portals`) rendered to Markdown, and its table
//! compared cell for cell with the seed's table as the portal publishes it
//! (`cookie_policy_tests::seeds`).

use cookie_policy_tests::portals::{potsdam, PORTALS};
use cookie_policy_tests::{markdown_tables, seeds};

#[test]
fn rendered_tables_are_the_seeds_tables_cell_for_cell() {
    for portal in PORTALS {
        let (policy, file) = (portal.policy, portal.seed);
        let seed = seeds::read(file);
        let markdown = policy.render_markdown();
        let title = markdown.lines().next().unwrap_or_default();
        assert!(
            title.starts_with("# ") && title.contains(&seed.site),
            "{file}: title {title:?}"
        );

        let tables = markdown_tables(&markdown);
        assert_eq!(tables.len(), 1, "{file}: one category, one table");
        let table = &tables[0];
        // The seed's four columns; a declaration that states durations (the
        // Potsdam example) gets the Duration column after them.
        let with_durations = policy.cookies().iter().any(|c| c.max_age().is_some());
        let mut header = seed.header.clone();
        if with_durations {
            header.push("Duration".into());
        }
        assert_eq!(table.header, header, "{file}: header");
        let rendered: Vec<&[String]> = table.rows.iter().map(|r| &r[..4]).collect();
        let published: Vec<[String; 4]> = seed.rows.iter().map(seeds::Row::cells).collect();
        assert_eq!(rendered, published, "{file}: rows\n{markdown}");
        assert!(
            table.rows.iter().all(|r| r.len() == header.len()),
            "{file}: cells per row\n{markdown}"
        );
    }
}

/// The seeds are English; the Potsdam example also declares German, whose
/// table keeps the seed's shape: the same cookies in the same rows, the
/// headers and texts translated.
#[test]
fn the_potsdam_table_in_german_keeps_the_seeds_shape() {
    let seed = seeds::read(PORTALS[0].seed);
    let de = &markdown_tables(&potsdam::POLICY.render_markdown_in("de").unwrap())[0];
    assert_eq!(
        de.header,
        [
            "Name des Anbieters",
            "Funktion und Ort",
            "Cookie-Name(n)",
            "Zwecke",
            "Speicherdauer"
        ]
    );
    let names: Vec<&str> = de.rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(names, seed.names());
    assert_eq!(
        de.rows[0][..4],
        [
            "Opendatasoft",
            "Authentifizierung (Front- und Back-Office)",
            "sessionid",
            "Um den Benutzer von einer Seite zur nächsten wiederzuerkennen"
        ]
    );
    for (german, english) in de.rows.iter().zip(&seed.rows) {
        assert_ne!(german[3], english.purpose, "{} is translated", german[2]);
    }
}
