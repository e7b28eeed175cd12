//! Turns the Open Cookie Database (`tests/data/open-cookie-database.csv`)
//! into `cookie_policy!` declarations. Shared by the tests crate's build
//! script (scale tests) and the check that the committed benchmark data is
//! fresh, so both always use the same selection of real cookies.

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

/// The source of `cookie_policy! { pub mod <module> { ... } }` declaring
/// `cookies` in [`declaration_order`].
pub fn policy_source(module: &str, cookies: &[Cookie]) -> String {
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
            out.push_str(&format!(
                "                C{index}: {:?} {{ {} }}\n",
                c.name,
                fields(c)
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

/// The fields of one entry.
fn fields(c: &Cookie) -> String {
    let purpose = if c.row.description.trim().is_empty() {
        "Not described in the Open Cookie Database".to_string()
    } else {
        c.row.description.trim().to_string()
    };
    let mut fields = format!(
        "function: {:?}, purpose: {:?}",
        format!("{} ({})", c.row.category, c.row.platform.trim()),
        purpose
    );
    if let Some(d) = duration(&c.row.retention) {
        fields.push_str(&format!(", duration: {d}"));
    }
    let lower = c.name.to_ascii_lowercase();
    if lower.starts_with("__secure-") || lower.starts_with("__host-") {
        // What a site must really do to set them (RFC 6265bis prefixes).
        fields.push_str(", secure");
    }
    if let Some(tp) = third_party(&c.row) {
        fields.push_str(&format!(", third_party: {tp:?}"));
    }
    fields
}
