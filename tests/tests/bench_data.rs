//! The lookup benchmarks of `cookie-policy` read their policies from a
//! committed file (`cookie-policy/benches/data/ocd.rs`: a bench target has no
//! build script). This test regenerates it with the shared generator and
//! fails when the committed file is stale.
//!
//! Regenerate with `BLESS=1 cargo test -p cookie-policy-tests --test bench_data`.

#[path = "../gen/ocd.rs"]
mod ocd;

use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../cookie-policy/benches/data/ocd.rs")
}

fn rows() -> Vec<ocd::Row> {
    let csv = include_str!("../data/open-cookie-database.csv");
    ocd::rows(csv)
}

#[test]
fn the_committed_bench_data_is_fresh() {
    let expected = ocd::bench_data_source(&rows());
    let path = committed_path();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &expected).expect("write the bench data");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    // Compare without line-ending differences (a checkout may convert them).
    let committed = committed.replace("\r\n", "\n");
    if committed != expected {
        let line = committed
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || committed.lines().count().min(expected.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "{} is stale (first difference at line {line}); regenerate it with \
             `BLESS=1 cargo test -p cookie-policy-tests --test bench_data`",
            path.display()
        );
    }
}

#[test]
fn the_bench_samples_have_their_sizes_and_kinds() {
    let rows = rows();
    let all = ocd::valid_cookies(&rows, true);
    let exact = ocd::as_exact(&all);
    for n in ocd::BENCH_SIZES {
        let plain = ocd::spread(&exact, n);
        let mixed = ocd::spread_with_patterns(&all, n);
        assert_eq!(plain.len(), n);
        assert_eq!(mixed.len(), n);
        assert!(plain.iter().all(|c| !c.is_pattern()), "exact_{n}");
        let names: std::collections::HashSet<&str> =
            plain.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names.len(), n, "exact_{n} has distinct names");
        let patterns = mixed.iter().filter(|c| c.is_pattern()).count();
        assert!(patterns > 0, "patterns_{n} has no pattern");
        // About the database's share of patterns (one in nine), at least one.
        let share = n * all.iter().filter(|c| c.is_pattern()).count() / all.len();
        assert_eq!(patterns, share.max(1), "patterns_{n}");
        // Distinct names: the sample keeps the selection's uniqueness.
        let names: std::collections::HashSet<&str> =
            mixed.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names.len(), n);
    }
}

#[test]
fn spread_samples_evenly_and_in_order() {
    let rows = rows();
    let exact = ocd::valid_cookies(&rows, false);
    let sample = ocd::spread(&exact, 4);
    let len = exact.len();
    let expected: Vec<&str> = [0, len / 4, len / 2, 3 * len / 4]
        .iter()
        .map(|&i| exact[i].name.as_str())
        .collect();
    let got: Vec<&str> = sample.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(got, expected);
    assert_eq!(ocd::spread(&exact, len + 5).len(), len);
}
