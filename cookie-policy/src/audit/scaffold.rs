//! [`scaffold`]: a first `cookie_policy!` declaration of every cookie the
//! recordings show.

use core::fmt::Write as _;
use std::collections::HashMap;

use super::events::{self, Set};
use super::har::Har;
use super::ocd::{Database, Known};
use crate::header::url::{domain_matches, host};
use crate::{Category, SameSite};
use cookie_policy_shared::name::upper_snake;

/// The longest duration a declaration may have (and browsers keep): 400 days.
const MAX_SECONDS: i64 = 400 * 86_400;

/// A `cookie_policy!` declaration for `site` of every cookie the
/// recordings `hars` show (feature `audit`; `cookie-policy scaffold`):
///
/// - Each cookie a response sets (deletions aside) or a request sends, once.
/// - Classified by the Open Cookie Database where it knows the cookie: its
///   category, its service as the provider, its description as the
///   purpose. A cookie its wildcard entries cover (`_pk_id.` for
///   `_pk_id.1.shop`) becomes a prefix pattern (`_pk_id.*`), one entry for
///   all the names it covers.
/// - Durations and flags from the attributes the recordings show: the
///   longest lifetime (capped at 400 days, as browsers cap it), and
///   `Secure`, `HttpOnly`, `Partitioned`, `SameSite`, `Domain` and `Path`
///   where every `Set-Cookie` of the entry agrees.
/// - `third_party` for a cookie another site's response sets.
/// - What nothing tells (the function and purpose of a cookie the database
///   does not know) is a text starting with `TODO`, which the macro
///   rejects: the declaration compiles only once a person has filled them
///   in. A cookie the database does not know goes to `marketing`, the
///   category that asks the most consent, until a person moves it.
///
/// The output obeys every rule of the macro but the `TODO` one: names that
/// are not RFC 6265 tokens are left out with a comment, a name a pattern
/// covers joins the pattern, a third-party cookie is never `necessary`,
/// `SameSite=None` and `Partitioned` only with `Secure`, `__Secure-` and
/// `__Host-` names get what their prefix needs.
///
/// ```
/// use cookie_policy::audit::{scaffold, Har};
/// let recording = br#"{"log": {"entries": [{"startedDateTime": "2026-12-01T09:00:00Z",
///     "request": {"url": "https://www.example.org/", "headers": [{"name": "cookie", "value": "prefs=dark"}]},
///     "response": {"headers": [
///         {"name": "set-cookie", "value": "_ga=GA1.1.1; Max-Age=63072000; Path=/; Secure"},
///         {"name": "set-cookie", "value": "_ga_ABC123=GS1; Max-Age=3600; Path=/; Secure"}]}}]}}"#;
/// let declaration = scaffold("https://www.example.org", [&Har::from_slice(recording)?]);
/// assert!(declaration.contains(r#"GA: "_ga" {"#));
/// assert!(declaration.contains(r#"GA_: "_ga_*" {"#)); // the database's wildcard `_ga_`
/// assert!(declaration.contains("duration: 400 days")); // 2 years, capped
/// assert!(declaration.contains(r#"PREFS: "prefs" {"#));
/// assert!(declaration.contains(r#"purpose: "TODO: why the site sets this cookie""#));
/// # Ok::<(), cookie_policy::audit::HarError>(())
/// ```
pub fn scaffold<'h, 'a: 'h, I>(site: &str, hars: I) -> String
where
    I: IntoIterator<Item = &'h Har<'a>>,
{
    let site_host = host(site);
    let mut seen = Seen::default();
    let mut recordings = 0;
    for har in hars {
        recordings += 1;
        for entry in har.in_order() {
            let at = entry.url();
            let from = events::host(entry);
            for name in events::sent(entry) {
                seen.sent(&String::from_utf8_lossy(name), at, from);
            }
            for set in events::set(entry) {
                if !set.is_deletion() {
                    seen.set(&set, at, from);
                }
            }
        }
    }
    let database = Database::load();
    let (entries, skipped) = entries(&seen.cookies, &database, site_host);
    write(site, recordings, &entries, &skipped)
}

/// One cookie the recordings show, and what they show of it.
struct Cookie {
    name: String,
    /// The URL it was first seen at.
    first_url: String,
    /// Whether that was a response setting it (else a request sending it).
    first_set: bool,
    /// The host that first set it, or that it was first sent to.
    host: String,
    /// The attributes of each `Set-Cookie` (empty when only sent).
    sets: Vec<Attributes>,
}

/// The attributes of one `Set-Cookie`, owned.
struct Attributes {
    lifetime: Option<i64>,
    secure: bool,
    http_only: bool,
    partitioned: bool,
    same_site: Option<SameSite>,
    domain: Option<String>,
    path: Option<String>,
}

#[derive(Default)]
struct Seen {
    cookies: Vec<Cookie>,
    index: HashMap<String, usize>,
}

impl Seen {
    /// The cookie called `name`, recorded as first seen now if it is new.
    fn cookie(&mut self, name: &str, at: &str, host: &str, set: bool) -> Option<&mut Cookie> {
        let index = match self.index.get(name) {
            Some(&index) => index,
            None => {
                self.cookies.push(Cookie {
                    name: name.to_owned(),
                    first_url: at.to_owned(),
                    first_set: set,
                    host: host.to_ascii_lowercase(),
                    sets: Vec::new(),
                });
                self.index.insert(name.to_owned(), self.cookies.len() - 1);
                self.cookies.len() - 1
            }
        };
        self.cookies.get_mut(index)
    }

    fn sent(&mut self, name: &str, at: &str, host: &str) {
        self.cookie(name, at, host, false);
    }

    fn set(&mut self, set: &Set<'_>, at: &str, host: &str) {
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        let a = &set.attributes;
        let attributes = Attributes {
            lifetime: set.lifetime_seconds(),
            secure: a.secure,
            http_only: a.http_only,
            partitioned: a.partitioned,
            same_site: a.same_site.and_then(|value| {
                SameSite::ALL
                    .into_iter()
                    .find(|s| value.eq_ignore_ascii_case(s.as_str().as_bytes()))
            }),
            domain: a.domain.map(|d| text(d).to_ascii_lowercase()),
            path: a.path.map(text),
        };
        let name = String::from_utf8_lossy(set.cookie.name);
        if let Some(cookie) = self.cookie(&name, at, host, true) {
            if cookie.sets.is_empty() && !cookie.first_set {
                // First sent (a script wrote it), now set by a response:
                // that response's host sets it.
                cookie.host = host.to_ascii_lowercase();
            }
            cookie.sets.push(attributes);
        }
    }
}

/// One entry of the declaration.
struct Entry<'c> {
    /// The declared name: a cookie's, or a pattern (`_pk_id.*`).
    name: String,
    category: Category,
    provider: String,
    known: Option<&'c Known>,
    third_party: Option<String>,
    cookies: Vec<&'c Cookie>,
    /// Why the category is not the database's (or is a guess).
    note: Option<&'static str>,
}

/// The entries of the declaration, in first-seen order, and the names left
/// out (with why).
fn entries<'c>(
    cookies: &'c [Cookie],
    database: &'c Database,
    site_host: &str,
) -> (Vec<Entry<'c>>, Vec<(String, &'static str)>) {
    let mut entries: Vec<Entry<'c>> = Vec::new();
    let mut skipped = Vec::new();
    for cookie in cookies {
        if !is_token(&cookie.name) {
            skipped.push((
                cookie.name.clone(),
                "not a cookie name browsers and servers agree on (not an RFC 6265 token): rename it on the site",
            ));
            continue;
        }
        let known = database.get(&cookie.name);
        let name = match known {
            Some(k) if k.is_wildcard() => format!("{}*", k.name.trim()),
            _ => cookie.name.clone(),
        };
        if let Some(entry) = entries.iter_mut().find(|e| e.name == name) {
            entry.cookies.push(cookie);
            continue;
        }
        let third_party = (!domain_matches(&cookie.host, site_host)).then(|| {
            cookie
                .host
                .strip_prefix("www.")
                .unwrap_or(&cookie.host)
                .to_owned()
        });
        let (category, note) = match known.map(Known::category) {
            Some(Category::Necessary) if third_party.is_some() => (
                Category::Preferences,
                Some("the Open Cookie Database calls it necessary, but another site sets it, and a third-party cookie is never `necessary`: check its category"),
            ),
            Some(category) => (category, None),
            None => (
                Category::Marketing,
                Some("the Open Cookie Database does not know it: in `marketing`, which needs the most consent, until you choose its category"),
            ),
        };
        let provider = match known {
            Some(k) if !k.platform.trim().is_empty() => k.platform.trim().to_owned(),
            _ => cookie.host.clone(),
        };
        entries.push(Entry {
            name,
            category,
            provider,
            known,
            third_party,
            cookies: vec![cookie],
            note,
        });
    }
    // A pattern may not cover another declared name: the covered entry
    // joins the pattern (the shortest prefixes absorb first).
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| entries.get(i).map_or(0, |e| e.name.len()));
    let mut merged_into: Vec<Option<usize>> = vec![None; entries.len()];
    for &p in &order {
        if merged_into.get(p).copied().flatten().is_some() {
            continue;
        }
        let Some(prefix) = entries
            .get(p)
            .and_then(|e| e.name.strip_suffix('*'))
            .map(str::to_owned)
        else {
            continue;
        };
        for other in 0..entries.len() {
            if other == p || merged_into.get(other).copied().flatten().is_some() {
                continue;
            }
            let covered = entries
                .get(other)
                .is_some_and(|e| e.name.trim_end_matches('*').starts_with(&prefix));
            if covered {
                if let Some(slot) = merged_into.get_mut(other) {
                    *slot = Some(p);
                }
            }
        }
    }
    let mut kept: Vec<Entry<'c>> = Vec::new();
    let mut moved: Vec<(usize, Vec<&'c Cookie>)> = Vec::new();
    let mut positions: HashMap<usize, usize> = HashMap::new();
    for (i, entry) in entries.into_iter().enumerate() {
        match merged_into.get(i).copied().flatten() {
            Some(target) => moved.push((target, entry.cookies)),
            None => {
                positions.insert(i, kept.len());
                kept.push(entry);
            }
        }
    }
    for (target, cookies) in moved {
        // Follow the chain to the entry that was kept.
        let mut target = target;
        while let Some(next) = merged_into.get(target).copied().flatten() {
            target = next;
        }
        if let Some(entry) = positions.get(&target).and_then(|&at| kept.get_mut(at)) {
            entry.cookies.extend(cookies);
        }
    }
    (kept, skipped)
}

/// Whether `name` is a cookie name the macro accepts as written: an RFC
/// 6265 token without `*`.
fn is_token(name: &str) -> bool {
    cookie_policy_shared::name::is_token(name.as_bytes()) && !name.contains('*')
}

/// The declaration's source text.
fn write(
    site: &str,
    recordings: usize,
    entries: &[Entry<'_>],
    skipped: &[(String, &str)],
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Scaffolded by `cookie-policy scaffold` from {recordings} recording{}: review every entry.",
        if recordings == 1 { "" } else { "s" }
    );
    out.push_str(
        "// Categories, providers and purposes come from the Open Cookie Database where it\n\
         // knows a cookie; durations and flags from what the recordings show. Replace every\n\
         // `TODO` (the macro rejects them), choose the categories, and name the entry that\n\
         // stores the visitor's choices in `consent_cookie`.\n",
    );
    out.push_str("cookie_policy::cookie_policy! {\n");
    let _ = writeln!(out, "    /// The cookies of {}.", doc(site));
    out.push_str("    pub mod site {\n");
    let _ = writeln!(out, "        site: {site:?},");
    out.push_str("        // consent_cookie: CONSTANT_OF_THE_CONSENT_COOKIE,\n");
    for (name, why) in skipped {
        let _ = writeln!(out, "        // Left out: {:?} is {why}.", name);
    }
    let mut constants: Vec<String> = Vec::new();
    for category in Category::ALL {
        let in_category: Vec<&Entry<'_>> =
            entries.iter().filter(|e| e.category == category).collect();
        if in_category.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n        {} {{", category.as_str());
        let mut providers: Vec<&str> = Vec::new();
        for entry in &in_category {
            if !providers.contains(&entry.provider.as_str()) {
                providers.push(&entry.provider);
            }
        }
        for provider in providers {
            let _ = writeln!(out, "            provider {provider:?} {{");
            for entry in in_category.iter().filter(|e| e.provider == provider) {
                let constant = constant(&entry.name, &constants);
                write_entry(&mut out, entry, &constant);
                constants.push(constant);
            }
            out.push_str("            }\n");
        }
        out.push_str("        }\n");
    }
    out.push_str("    }\n}\n");
    out
}

fn write_entry(out: &mut String, entry: &Entry<'_>, constant: &str) {
    let indent = "                ";
    let first = entry.cookies.first();
    if let Some(cookie) = first {
        let how = if cookie.first_set {
            "set by its response"
        } else {
            "first sent by a request: a script (or an earlier visit) wrote it"
        };
        let _ = writeln!(
            out,
            "{indent}/// Seen at <{}>: {how}.",
            doc(&cookie.first_url)
        );
    }
    if entry.name.ends_with('*') {
        let names: Vec<String> = entry
            .cookies
            .iter()
            .map(|c| format!("`{}`", doc(&c.name)))
            .collect();
        let _ = writeln!(out, "{indent}/// Covers {}.", names.join(", "));
    }
    if let Some(note) = entry.note {
        let _ = writeln!(out, "{indent}// {note}.");
    }
    let _ = writeln!(out, "{indent}{constant}: {:?} {{", entry.name);
    let (function, purpose) = match entry.known {
        Some(k) => (
            format!("{} ({})", k.category.trim(), k.platform.trim()),
            Some(k.description.trim().to_owned()).filter(|d| !d.is_empty()),
        ),
        None => ("TODO: what this cookie does".to_owned(), None),
    };
    let purpose = purpose.unwrap_or_else(|| "TODO: why the site sets this cookie".to_owned());
    let _ = writeln!(out, "{indent}    function: {function:?},");
    let _ = writeln!(out, "{indent}    purpose: {purpose:?},");
    if let Some(third_party) = &entry.third_party {
        let _ = writeln!(out, "{indent}    third_party: {third_party:?},");
    }
    let attributes = Attributes::agreed(entry);
    for line in attributes.lines(&entry.name, entry.third_party.is_some()) {
        let _ = writeln!(out, "{indent}    {line}");
    }
    let _ = writeln!(out, "{indent}}}");
}

impl Attributes {
    /// What every `Set-Cookie` of an entry agrees on (the lifetime: the
    /// longest).
    fn agreed(entry: &Entry<'_>) -> Attributes {
        let sets: Vec<&Attributes> = entry.cookies.iter().flat_map(|c| &c.sets).collect();
        let all =
            |test: &dyn Fn(&Attributes) -> bool| !sets.is_empty() && sets.iter().all(|a| test(a));
        fn same<T: PartialEq + Clone>(
            sets: &[&Attributes],
            get: impl Fn(&Attributes) -> &Option<T>,
        ) -> Option<T> {
            let first = get(sets.first()?).as_ref()?;
            sets.iter()
                .all(|a| get(a).as_ref() == Some(first))
                .then(|| first.clone())
        }
        Attributes {
            lifetime: sets.iter().filter_map(|a| a.lifetime).max(),
            secure: all(&|a| a.secure),
            http_only: all(&|a| a.http_only),
            partitioned: all(&|a| a.partitioned),
            same_site: same(&sets, |a| &a.same_site),
            domain: same(&sets, |a| &a.domain),
            path: same(&sets, |a| &a.path),
        }
    }

    /// The entry's attribute lines, each obeying the macro's rules.
    fn lines(mut self, name: &str, third_party: bool) -> Vec<String> {
        let host_prefix = name.starts_with("__Host-");
        if host_prefix || name.starts_with("__Secure-") {
            self.secure = true;
        }
        if host_prefix {
            self.domain = None;
            self.path = Some("/".to_owned());
        }
        let mut lines = Vec::new();
        if let Some(seconds) = self.lifetime.filter(|s| *s > 0) {
            lines.push(duration(seconds));
        }
        let mut flags: Vec<String> = Vec::new();
        if self.secure {
            flags.push("secure".into());
        }
        if self.http_only {
            flags.push("http_only".into());
        }
        if self.partitioned && self.secure {
            flags.push("partitioned".into());
        }
        match self.same_site {
            Some(SameSite::None) if !self.secure => {}
            Some(same_site) => flags.push(format!("same_site: {}", same_site.as_str())),
            None => {}
        }
        if !flags.is_empty() {
            lines.push(format!("{},", flags.join(", ")));
        }
        // A first-party `Domain` the site's host domain-matches; a
        // third-party cookie's domain is its `third_party`.
        if let Some(domain) = self
            .domain
            .filter(|d| !third_party && d.contains('.') && is_plain(d))
        {
            lines.push(format!("domain: {domain:?},"));
        }
        if let Some(path) = self.path.filter(|p| is_plain(p)) {
            lines.push(format!("path: {path:?},"));
        }
        lines
    }
}

/// Whether `text` holds only visible ASCII other than `;` and `"` (what a
/// `Domain` or `Path` the macro accepts holds).
fn is_plain(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_graphic() && b != b';' && b != b'"' && b != b'*')
}

/// `duration: ...` for a lifetime: whole days, hours or minutes (rounded
/// up, so the declaration is never shorter than what was set), capped at
/// 400 days.
fn duration(seconds: i64) -> String {
    if seconds > MAX_SECONDS {
        let days = seconds / 86_400;
        return format!(
            "duration: 400 days, // set for {days} days: browsers keep a cookie 400 days at most"
        );
    }
    let (amount, unit, units) = if seconds % 86_400 == 0 {
        (seconds / 86_400, "day", "days")
    } else if seconds % 3_600 == 0 {
        (seconds / 3_600, "hour", "hours")
    } else {
        ((seconds + 59) / 60, "minute", "minutes")
    };
    format!(
        "duration: {amount} {},",
        if amount == 1 { unit } else { units }
    )
}

/// The constant for the declared `name`: upper snake case, unique among
/// `taken`, never `POLICY`.
fn constant(name: &str, taken: &[String]) -> String {
    let mut base: String = upper_snake(name.trim_end_matches('*')).collect();
    if name.ends_with('*') && !base.ends_with('_') {
        base.push('_');
    }
    if !base.chars().any(|c| c.is_ascii_uppercase())
        || base.starts_with(|c: char| c.is_ascii_digit())
    {
        base = format!("COOKIE_{base}");
    }
    if base == "POLICY" {
        base.push_str("_COOKIE");
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}_{n}");
        n += 1;
    }
    candidate
}

/// `text` for a comment: control characters shown escaped, so a name or URL
/// from a recording cannot end the comment's line.
fn doc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::render::escape::terminal_into(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_upper_snake_case_and_unique() {
        let mut taken = Vec::new();
        for (name, expected) in [
            ("_ga", "_GA"),
            ("_ga_*", "_GA_"),
            ("_pk_id.*", "_PK_ID_"),
            ("__Host-id", "__HOST_ID"),
            ("ab-test", "AB_TEST"),
            ("ab.test", "AB_TEST_2"),
            ("1p", "COOKIE_1P"),
            ("_1", "COOKIE__1"),
            ("policy", "POLICY_COOKIE"),
            ("sessionid", "SESSIONID"),
        ] {
            let got = constant(name, &taken);
            assert_eq!(got, expected, "{name}");
            taken.push(got);
        }
    }

    #[test]
    fn durations_round_up_and_cap() {
        for (seconds, line) in [
            (86_400, "duration: 1 day,"),
            (2_592_000, "duration: 30 days,"),
            (7_200, "duration: 2 hours,"),
            (1_800, "duration: 30 minutes,"),
            (61, "duration: 2 minutes,"),
            (1, "duration: 1 minute,"),
            (400 * 86_400, "duration: 400 days,"),
        ] {
            assert_eq!(duration(seconds), line);
        }
        assert!(duration(730 * 86_400).starts_with("duration: 400 days, // set for 730 days"));
    }

    #[test]
    fn comments_cannot_be_broken_out_of() {
        assert_eq!(doc("a\nb\u{1b}c"), "a\\nb\\u{1b}c");
    }
}
