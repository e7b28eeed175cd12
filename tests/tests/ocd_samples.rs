//! The samples of the Open Cookie Database that the lookup benchmark
//! declares (`tests/gen/ocd.rs`, generated into the bench by `build.rs`):
//! their sizes, kinds and spread.

#[path = "../gen/ocd.rs"]
mod ocd;

fn rows() -> Vec<ocd::Row> {
    let csv = include_str!("../../cookie-policy/data/open-cookie-database.csv");
    ocd::rows(csv)
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
