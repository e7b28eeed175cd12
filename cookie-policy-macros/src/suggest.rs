//! "Did you mean ...?" hints for misspelled keywords.

/// The edit distance between two words (Levenshtein, on chars).
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute =
                previous.get(j).copied().unwrap_or(usize::MAX - 1) + usize::from(ca != *cb);
            let delete = previous.get(j + 1).copied().unwrap_or(usize::MAX - 1) + 1;
            let insert = current.last().copied().unwrap_or(usize::MAX - 1) + 1;
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or(0)
}

/// The closest of `candidates` to `word`, if it is close enough to be a typo
/// (case differences count as one edit at most).
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            let d = if c.eq_ignore_ascii_case(word) {
                0
            } else {
                distance(&lower, &c.to_ascii_lowercase())
            };
            (d, c)
        })
        .filter(|(d, c)| *d <= (c.len().max(word.len()) / 3).max(1))
        // On a tie, the candidate of the closest length wins (`dayz` -> `days`).
        .min_by_key(|(d, c)| (*d, c.len().abs_diff(word.len())))
        .map(|(_, c)| c)
}

/// ` Did you mean `x`?` or nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match closest(word, candidates) {
        Some(c) => format!(" Did you mean `{c}`?"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("purpose", "purpose"), 0);
        assert_eq!(distance("purpsoe", "purpose"), 2);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn closest_finds_typos_and_case_slips() {
        let fields = ["function", "purpose", "http_only", "same_site"];
        assert_eq!(closest("purpse", fields), Some("purpose"));
        assert_eq!(closest("httponly", fields), Some("http_only"));
        assert_eq!(closest("samesite", fields), Some("same_site"));
        assert_eq!(closest("LAX", ["Strict", "Lax", "None"]), Some("Lax"));
        assert_eq!(closest("colour", fields), None);
        assert_eq!(closest("dayz", ["day", "days"]), Some("days"));
        assert_eq!(closest("dy", ["day", "days"]), Some("day"));
    }
}
