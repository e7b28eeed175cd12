//! "Did you mean ...?" hints for misspelled keywords.

/// The edit distance between two words: insertions, deletions,
/// substitutions and transpositions of neighbours (`stie` for `site`) each
/// count one (optimal string alignment, on chars).
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Rows i-2, i-1 and i of the table.
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute =
                previous.get(j).copied().unwrap_or(usize::MAX - 1) + usize::from(ca != cb);
            let delete = previous.get(j + 1).copied().unwrap_or(usize::MAX - 1) + 1;
            let insert = current.last().copied().unwrap_or(usize::MAX - 1) + 1;
            let mut best = substitute.min(delete).min(insert);
            let swapped =
                i > 0 && j > 0 && a.get(i - 1) == Some(cb) && b.get(j - 1) == Some(ca) && ca != cb;
            if swapped {
                if let Some(d) = before.get(j - 1) {
                    best = best.min(d + 1);
                }
            }
            current.push(best);
        }
        before = std::mem::replace(&mut previous, current);
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

/// Like [`closest`], but a word of `aliases` (the names other tools use,
/// matched case-insensitively) maps straight to its keyword first.
pub fn closest_with_aliases<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    aliases: &[(&str, &'a str)],
) -> Option<&'a str> {
    aliases
        .iter()
        .find(|(alias, _)| alias.eq_ignore_ascii_case(word))
        .map(|(_, keyword)| *keyword)
        .or_else(|| closest(word, candidates))
}

/// ` Did you mean `x`?` or nothing, knowing the aliases of the keywords.
pub fn did_you_mean_with_aliases<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    aliases: &[(&str, &'a str)],
) -> String {
    match closest_with_aliases(word, candidates, aliases) {
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
        assert_eq!(
            distance("purpsoe", "purpose"),
            1,
            "a transposition is one edit"
        );
        assert_eq!(distance("stie", "site"), 1);
        assert_eq!(distance("ab", "ba"), 1);
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
        assert_eq!(closest("stie", ["site", "languages"]), Some("site"));
    }

    #[test]
    fn aliases_map_the_words_of_other_tools() {
        let fields = ["function", "purpose", "duration"];
        let aliases = [("expires", "duration"), ("max_age", "duration")];
        assert_eq!(
            closest_with_aliases("Expires", fields, &aliases),
            Some("duration")
        );
        assert_eq!(
            closest_with_aliases("purpse", fields, &aliases),
            Some("purpose")
        );
        assert_eq!(closest_with_aliases("colour", fields, &aliases), None);
        assert_eq!(
            did_you_mean_with_aliases("max_age", fields, &aliases),
            " Did you mean `duration`?"
        );
    }
}
