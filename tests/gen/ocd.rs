//! Turns the Open Cookie Database (`cookie-policy/data/open-cookie-database.csv`)
//! into `cookie_policy!` declarations. Used by the tests crate's build
//! script (the scale tests' policies, the lookup benchmark's data) and by
//! the tests of the selection itself, so all use the same real cookies.

#![allow(dead_code)]

/// One row of the database.
#[derive(Debug, Clone)]
pub struct Row {
    pub platform: String,
    pub category: String,
    pub name: String,
    pub domain: String,
    pub description: String,
    pub retention: String,
    pub wildcard: bool,
}

/// Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines in quotes).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

pub fn rows(csv: &str) -> Vec<Row> {
    parse_csv(csv)
        .into_iter()
        .skip(1)
        .filter(|r| r.len() >= 10)
        .map(|r| Row {
            platform: r[1].clone(),
            category: r[2].clone(),
            name: r[3].clone(),
            domain: r[4].clone(),
            description: r[5].clone(),
            retention: r[6].clone(),
            wildcard: r[9].trim() == "1",
        })
        .collect()
}

/// Whether `name` is an RFC 6265 token without `*` (the macro's rule 4).
pub fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'+-.^_`|~".contains(c))
}

/// Whether the macro accepts `name` as written in the database: a token,
/// or a token and one trailing `*` (a prefix pattern).
pub fn is_valid_name(name: &str) -> bool {
    is_token(name.strip_suffix('*').unwrap_or(name))
}

/// The `cookie_policy!` category of a database category.
pub fn category(ocd: &str) -> &'static str {
    match ocd {
        "Necessary" | "Security" => "necessary",
        "Functional" | "Personalization" => "preferences",
        "Analytics" => "statistics",
        _ => "marketing",
    }
}

/// `duration: ...` for a retention period, capped at 400 days as browsers do;
/// `None` for a session or an unknown retention.
pub fn duration(retention: &str) -> Option<String> {
    let lower = retention.trim().to_ascii_lowercase();
    let mut words = lower.split_whitespace();
    let amount: u64 = words.next()?.parse().ok()?;
    let unit = words.next()?;
    let (unit, seconds) = match unit.trim_end_matches('s') {
        "minute" => ("minutes", 60),
        "hour" => ("hours", 3_600),
        "day" => ("days", 86_400),
        "week" => ("weeks", 7 * 86_400),
        "month" => ("months", 30 * 86_400),
        "year" => ("years", 365 * 86_400),
        _ => return None,
    };
    if amount == 0 {
        return None;
    }
    if amount * seconds > 400 * 86_400 {
        return Some("400 days".into());
    }
    Some(format!("{amount} {unit}"))
}

/// The third-party domain of a row (`"cookiebot.com (3rd party)"`), if valid.
pub fn third_party(row: &Row) -> Option<String> {
    if !row.domain.contains("3rd party") || category(&row.category) == "necessary" {
        return None;
    }
    let domain = row
        .domain
        .split_whitespace()
        .next()?
        .trim_start_matches('.')
        .to_ascii_lowercase();
    let valid = domain.contains('.')
        && domain.split('.').all(|l| !l.is_empty())
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    (valid && !domain.ends_with("example.org")).then_some(domain)
}

/// A cookie the macro accepts, from one row.
#[derive(Debug, Clone)]
pub struct Cookie {
    /// The declared name (`_ga_*` for a wildcard row).
    pub name: String,
    pub category: &'static str,
    pub row: Row,
}

impl Cookie {
    pub fn is_pattern(&self) -> bool {
        self.name.ends_with('*')
    }

    pub fn prefix(&self) -> &str {
        self.name.trim_end_matches('*')
    }
}

/// Every valid cookie of the database in file order: invalid names and
/// repeated names dropped, and exact names that a pattern covers dropped (the
/// pattern describes them). `with_patterns: false` keeps only exact names.
pub fn valid_cookies(rows: &[Row], with_patterns: bool) -> Vec<Cookie> {
    let mut seen = std::collections::HashSet::new();
    let mut cookies: Vec<Cookie> = Vec::new();
    for row in rows {
        // A few rows write the pattern into the name (`SSPR_*`) instead of
        // setting the wildcard flag; both are prefix patterns.
        let (base, wildcard) = match row.name.strip_suffix('*') {
            Some(base) => (base, true),
            None => (row.name.as_str(), row.wildcard),
        };
        if !is_token(base) || (wildcard && !with_patterns) {
            continue;
        }
        let name = if wildcard {
            format!("{base}*")
        } else {
            base.to_string()
        };
        if !seen.insert(name.clone()) {
            continue;
        }
        cookies.push(Cookie {
            name,
            category: category(&row.category),
            row: row.clone(),
        });
    }
    let prefixes: std::collections::HashSet<String> = cookies
        .iter()
        .filter(|c| c.is_pattern())
        .map(|c| c.prefix().to_string())
        .collect();
    cookies.retain(|c| {
        c.is_pattern() || !(1..=c.name.len()).any(|end| prefixes.contains(&c.name[..end]))
    });
    cookies
}

/// `cookies` grouped as the policy declares them: by category (in render
/// order), then by provider in first-seen order, then in file order.
pub fn declaration_order(cookies: &[Cookie]) -> Vec<Vec<(usize, &Cookie)>> {
    let mut groups: Vec<Vec<(usize, &Cookie)>> = Vec::new();
    for category in ["necessary", "preferences", "statistics", "marketing"] {
        let mut providers: Vec<&str> = Vec::new();
        for c in cookies.iter().filter(|c| c.category == category) {
            if !providers.contains(&c.row.platform.as_str()) {
                providers.push(&c.row.platform);
            }
        }
        for provider in providers {
            groups.push(
                cookies
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.category == category && c.row.platform == provider)
                    .collect(),
            );
        }
    }
    groups
}

/// How much text the generated entries carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// The database's description as the purpose, its category and platform
    /// as the function, its retention as the duration, its third party.
    Full,
    /// `function: "<database category>", purpose: "OCD"` and only the
    /// attributes the macro requires: compact sources for lookup benchmarks,
    /// where texts play no part.
    Short,
}

/// The source of `cookie_policy! { pub mod <module> { ... } }` declaring
/// `cookies` in [`declaration_order`], with the full texts.
pub fn policy_source(module: &str, cookies: &[Cookie]) -> String {
    policy_source_with(module, cookies, Texts::Full)
}

/// [`policy_source`] with the given amount of text.
pub fn policy_source_with(module: &str, cookies: &[Cookie], texts: Texts) -> String {
    let mut out = format!(
        "cookie_policy::cookie_policy! {{\n    /// {} cookies of the Open Cookie Database.\n    pub mod {module} {{\n        site: \"https://www.example.org\",\n",
        cookies.len()
    );
    let mut current: Option<&str> = None;
    for group in declaration_order(cookies) {
        let Some((_, first)) = group.first() else {
            continue;
        };
        if current != Some(first.category) {
            if current.is_some() {
                out.push_str("        }\n");
            }
            out.push_str(&format!("        {} {{\n", first.category));
            current = Some(first.category);
        }
        let provider = first.row.platform.trim();
        let shown = if provider.is_empty() {
            "Unknown provider"
        } else {
            provider
        };
        out.push_str(&format!("            provider {shown:?} {{\n"));
        for (index, c) in &group {
            // Compact sources keep the entries flush left.
            let pad = match texts {
                Texts::Full => "                ",
                Texts::Short => "",
            };
            out.push_str(&format!(
                "{pad}C{index}: {:?} {{ {} }}\n",
                c.name,
                match texts {
                    Texts::Full => fields(c),
                    Texts::Short => short_fields(c),
                }
            ));
        }
        out.push_str("            }\n");
    }
    if current.is_some() {
        out.push_str("        }\n");
    }
    out.push_str("    }\n}\n");
    out
}

/// The function and purpose texts of one entry in [`Texts::Full`].
pub fn full_texts(c: &Cookie) -> (String, String) {
    let purpose = if c.row.description.trim().is_empty() {
        "Not described in the Open Cookie Database".to_string()
    } else {
        c.row.description.trim().to_string()
    };
    let function = format!("{} ({})", c.row.category, c.row.platform.trim());
    (function, purpose)
}

/// The fields of one entry.
fn fields(c: &Cookie) -> String {
    let (function, purpose) = full_texts(c);
    let mut fields = format!("function: {function:?}, purpose: {purpose:?}");
    if let Some(d) = duration(&c.row.retention) {
        fields.push_str(&format!(", duration: {d}"));
    }
    // What a site must really do to set them (RFC 6265bis prefixes).
    fields.push_str(prefix_attributes(c));
    if let Some(tp) = third_party(&c.row) {
        fields.push_str(&format!(", third_party: {tp:?}"));
    }
    fields
}

/// What an RFC 6265bis name prefix requires (`__Secure-`, `__Host-`).
fn prefix_attributes(c: &Cookie) -> &'static str {
    let lower = c.name.to_ascii_lowercase();
    if lower.starts_with("__secure-") || lower.starts_with("__host-") {
        ", secure"
    } else {
        ""
    }
}

/// The fields of one entry in [`Texts::Short`].
fn short_fields(c: &Cookie) -> String {
    format!(
        "function: {:?}, purpose: \"OCD\"{}",
        c.row.category.trim(),
        prefix_attributes(c)
    )
}

/// `n` cookies spread evenly over `cookies` (all of them if there are fewer),
/// in their order: a sample that mixes providers, categories and (when
/// `cookies` has them) patterns like the whole database does. A subset of a
/// valid selection is valid: dropping entries cannot make a duplicate or a
/// pattern that covers a declared name.
pub fn spread(cookies: &[Cookie], n: usize) -> Vec<Cookie> {
    let len = cookies.len();
    if n >= len {
        return cookies.to_vec();
    }
    (0..n)
        .filter_map(|i| cookies.get(i * len / n).cloned())
        .collect()
}

/// `n` cookies of `cookies` with patterns in the same proportion as in
/// `cookies`, but at least one (if `cookies` has any): [`spread`] over the
/// patterns and over the exact names, merged back in `cookies`' order.
pub fn spread_with_patterns(cookies: &[Cookie], n: usize) -> Vec<Cookie> {
    let patterns = cookies.iter().filter(|c| c.is_pattern()).count();
    if n >= cookies.len() || patterns == 0 {
        return spread(cookies, n);
    }
    let wanted = (n * patterns / cookies.len()).clamp(1, n);
    let positions = |pattern: bool| -> Vec<usize> {
        let at: Vec<usize> = (0..cookies.len())
            .filter(|&i| cookies.get(i).is_some_and(|c| c.is_pattern() == pattern))
            .collect();
        let k = if pattern { wanted } else { n - wanted };
        (0..k)
            .filter_map(|i| at.get(i * at.len() / k).copied())
            .collect()
    };
    let mut chosen = positions(true);
    chosen.extend(positions(false));
    chosen.sort_unstable();
    chosen
        .iter()
        .filter_map(|&i| cookies.get(i).cloned())
        .collect()
}

/// `cookies` with every pattern declared as an exact name, its prefix: the
/// database has fewer than 2,000 valid exact names (1,976), but with its
/// wildcard rows' names (`_ga_`) more than 2,000 distinct real names. They
/// stay distinct: a name equal to a pattern's prefix was dropped as covered.
pub fn as_exact(cookies: &[Cookie]) -> Vec<Cookie> {
    cookies
        .iter()
        .map(|c| Cookie {
            name: c.prefix().to_string(),
            ..c.clone()
        })
        .collect()
}

/// The policy sizes of the lookup benchmarks.
pub const BENCH_SIZES: [usize; 3] = [10, 100, 2_000];

/// The data of the lookup benchmarks (`tests/benches/lookup.rs`), written
/// by the build script into `$OUT_DIR/ocd_bench.rs`: for each size of [`BENCH_SIZES`],
/// a policy `exact_<n>` of exact names only ([`spread`] over [`as_exact`]) and a policy
/// `patterns_<n>` that mixes in the database's prefix patterns
/// ([`spread_with_patterns`]), each in [`Texts::Short`], and
/// next to each a `phf::Map` (`EXACT_<n>_PHF`, `PATTERNS_<n>_PHF`) from the
/// same declared names (a pattern by its name, `*` included) to the entry's
/// index in `POLICY.cookies()`.
pub fn bench_data_source(rows: &[Row]) -> String {
    let mut out = String::from(
        "// @generated at build time from cookie-policy/data/open-cookie-database.csv\n\
         // by tests/build.rs with tests/gen/ocd.rs (`bench_data_source`).\n",
    );
    let all = valid_cookies(rows, true);
    let exact = as_exact(&all);
    for n in BENCH_SIZES {
        for (kind, cookies) in [
            ("exact", spread(&exact, n)),
            ("patterns", spread_with_patterns(&all, n)),
        ] {
            let module = format!("{kind}_{n}");
            out.push('\n');
            out.push_str(&policy_source_with(&module, &cookies, Texts::Short));
            out.push_str(&format!(
                "\n/// `{module}`'s names, to their index in `{module}::POLICY.cookies()`.\n\
                 pub static {}_PHF: phf::Map<&'static str, u16> = phf::phf_map! {{\n",
                module.to_uppercase()
            ));
            let ordered = declaration_order(&cookies).into_iter().flatten();
            for (position, (_, c)) in ordered.enumerate() {
                out.push_str(&format!("{:?} => {position},\n", c.name));
            }
            out.push_str("};\n");
        }
    }
    out
}

/// The source of `pub static <name>: phf::Map<&str, (&str, &str)>` from the
/// declared names of `cookies` to their [`full_texts`] (function, purpose):
/// the same names and texts as [`policy_source`], for comparing expansion
/// times with `phf_map!`.
pub fn phf_map_source(name: &str, cookies: &[Cookie]) -> String {
    let mut out = format!(
        "pub static {name}: phf::Map<&'static str, (&'static str, &'static str)> = phf::phf_map! {{\n"
    );
    for c in cookies {
        let (function, purpose) = full_texts(c);
        out.push_str(&format!(
            "    {:?} => ({function:?}, {purpose:?}),\n",
            c.name
        ));
    }
    out.push_str("};\n");
    out
}
