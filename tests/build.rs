//! Generates `cookie_policy!` declarations from the Open Cookie Database for
//! the scale tests (`tests/tests/scale.rs`) and the lookup benchmark
//! (`benches/lookup.rs`), and looks for the programs the browser and Node
//! tests run (`build/tools.rs`): a test whose program is missing is ignored,
//! with the reason, unless `CI` is set.

#[path = "gen/ocd.rs"]
mod ocd;
#[path = "build/tools.rs"]
mod tools;

use std::fmt::Write;

use tools::Tool;

fn main() {
    // tests/tests/layer_browser.rs: headless Chromium through chromedriver.
    tools::require(
        "missing_browser",
        &[
            Tool {
                key: "CHROMIUM",
                var: Some("CHROMIUM"),
                names: &["chromium", "chromium-browser", "google-chrome"],
            },
            Tool {
                key: "CHROMEDRIVER",
                var: Some("CHROMEDRIVER"),
                names: &["chromedriver"],
            },
        ],
    );
    // tests/tests/banner_node.rs: vanilla-cookieconsent in Node (npm installs it).
    tools::require(
        "missing_node",
        &[
            Tool {
                key: "NODE",
                var: None,
                names: &["node", "nodejs"],
            },
            Tool {
                key: "NPM",
                var: None,
                names: &["npm"],
            },
        ],
    );

    // tests/tests/records.rs: a throwaway Postgres cluster (initdb, pg_ctl).
    tools::require_postgres("missing_postgres");
    // tests/tests/records.rs: a SQLite file made unwritable, even for root.
    tools::require(
        "missing_chattr",
        &[Tool {
            key: "CHATTR",
            var: None,
            names: &["chattr"],
        }],
    );

    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let csv_path = format!("{manifest}/../cookie-policy/data/open-cookie-database.csv");
    println!("cargo::rerun-if-changed={csv_path}");
    println!("cargo::rerun-if-changed=gen/ocd.rs");
    let csv = std::fs::read_to_string(&csv_path).expect("the vendored Open Cookie Database");
    let rows = ocd::rows(&csv);
    let all = ocd::valid_cookies(&rows, true);
    let exact = ocd::valid_cookies(&rows, false);
    let mut out = String::new();
    for (module, cookies) in [
        ("ocd_1000", &all[..1000.min(all.len())]),
        ("ocd_2000", &all[..2000.min(all.len())]),
        ("ocd_all", &all[..]),
        ("ocd_exact_2000", &exact[..2000.min(exact.len())]),
    ] {
        out.push_str(&ocd::policy_source(module, cookies));
        // What each module must contain, for the tests to check against.
        let _ = writeln!(
            out,
            "pub const {}_EXPECTED: &[(&str, &str)] = &[",
            module.to_uppercase()
        );
        for (_, c) in ocd::declaration_order(cookies).into_iter().flatten() {
            let _ = writeln!(out, "    ({:?}, {:?}),", c.name, c.category);
        }
        out.push_str("];\n");
    }
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{out_dir}/ocd_policies.rs"), out).expect("write generated policies");
    // The lookup benchmark's policies and `phf_map!`s (`benches/lookup.rs`).
    std::fs::write(
        format!("{out_dir}/ocd_bench.rs"),
        ocd::bench_data_source(&rows),
    )
    .expect("write the bench data");
}
