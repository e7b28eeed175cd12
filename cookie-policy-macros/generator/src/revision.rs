//! What a visitor consents to, as the policy's revision and the purposes
//! stamp hash it (DESIGN.md, "When visitors are asked again").
//!
//! A consent is void when the revision changes, so the revision must change
//! exactly when what the visitor agreed to changes. It hashes, for each
//! cookie that needs consent, the name (or pattern), the category, the
//! provider, the third-party domain and the lifetime, and the `revision: N`
//! setting; nothing else. Not the texts in any language, `function`,
//! `location`, the order of entries or providers, the formatting or the
//! languages; not the cookies that need no consent (necessary ones,
//! anonymized statistics). Not the site (a consent cookie is only ever sent
//! back to its own site), not the consent cookie's name (a renamed one is
//! not found at all, so visitors are asked anyway) and not the other
//! attributes (`secure`, `http_only`, `same_site`, `domain`, `path`,
//! `partitioned`: how the browser stores and sends a cookie, not what is
//! stored, for whom or for how long).
//!
//! # The consent encoding, version 1
//!
//! UTF-8 text, each line ending in `\n`: the header line
//! `cookie-policy consent v1`, the line `revision N` (`N` is the setting, 1
//! when it is not written, so writing `revision: 1` changes nothing), then
//! one line per cookie that needs consent, these lines sorted bytewise:
//!
//! ```text
//! cookie <name> <category> <provider> <third party or -> <lifetime>
//! ```
//!
//! Each string is written `<length in bytes>:<bytes>`, so no text can pass
//! for a separator; `<category>` is its keyword, `-` stands for a
//! first-party cookie, and the lifetime is in seconds (`14 days` and `2
//! weeks` are the same lifetime) or `session`. The third party is its domain
//! as the check reads it (lower case, no leading dot). For example:
//!
//! ```text
//! cookie-policy consent v1
//! revision 1
//! cookie 3:_ga statistics 13:Analytics Inc. - 31536000
//! cookie 18:VISITOR_INFO1_LIVE marketing 7:YouTube 11:youtube.com 15552000
//! ```
//!
//! The revision is the 64-bit FNV-1a hash of these bytes (offset basis
//! `0xcbf29ce484222325`, prime `0x100000001b3`). Visitors' consent cookies
//! carry it, so the encoding never changes within a version: a unit test
//! pins the encoding and the revision of one declaration.
//!
//! # The purposes stamp, version 1
//!
//! No hash can tell a typo fix in a purpose from a change of substance, so a
//! declaration that writes `revision` also carries a stamp of its purposes,
//! `purposes: "9f3a71c2"`, and the check rejects a stamp that no longer
//! matches (see [`check`](crate::check)): the owner then decides whether to
//! bump `revision` or only update the stamp. The stamp is computed like the
//! revision, over the header line `cookie-policy purposes v1` and one line
//! per purpose text of a cookie that needs consent, in each declared
//! language, sorted bytewise:
//!
//! ```text
//! purpose <name> <language> <text>
//! ```
//!
//! (strings written as above), hashed with FNV-1a 64, the two halves of the
//! hash XORed, written as 8 lower-case hex digits.

use std::fmt::Write;

use crate::check::{CookieModel, Model};

/// The revision of a policy that does not write `revision`.
pub const DEFAULT_REVISION: u64 = 1;

/// The digits of a stamp.
pub const STAMP_DIGITS: usize = 8;

/// The consent encoding of `model` (version 1, described above).
pub fn consent_encoding(model: &Model) -> String {
    let mut lines: Vec<String> = consent_cookies(model)
        .map(|c| {
            let mut line = String::from("cookie ");
            string(&mut line, &c.name);
            line.push(' ');
            line.push_str(c.category.as_str());
            line.push(' ');
            string(&mut line, &c.provider);
            line.push(' ');
            match &c.third_party {
                Some(domain) => string(&mut line, domain),
                None => line.push('-'),
            }
            line.push(' ');
            match c.duration {
                Some((amount, unit)) => {
                    let _ = write!(line, "{}", amount.saturating_mul(unit.seconds()));
                }
                None => line.push_str("session"),
            }
            line
        })
        .collect();
    lines.sort_unstable();
    let mut out = format!(
        "cookie-policy consent v1\nrevision {}\n",
        model.revision_setting
    );
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The revision: FNV-1a 64 of the [consent encoding](consent_encoding).
/// The same consent gives the same revision, whatever the wording, order
/// and formatting; a change to it, another one.
pub fn revision(model: &Model) -> u64 {
    fnv1a(consent_encoding(model).as_bytes())
}

/// The purposes encoding of `model` (version 1, described above).
pub fn purposes_encoding(model: &Model) -> String {
    let mut lines: Vec<String> = Vec::new();
    for cookie in consent_cookies(model) {
        for (language, text) in model.languages.iter().zip(&cookie.purpose) {
            let mut line = String::from("purpose ");
            string(&mut line, &cookie.name);
            line.push(' ');
            string(&mut line, language);
            line.push(' ');
            string(&mut line, text);
            lines.push(line);
        }
    }
    lines.sort_unstable();
    let mut out = String::from("cookie-policy purposes v1\n");
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The stamp of the purposes: FNV-1a 64 of the [purposes
/// encoding](purposes_encoding), its halves XORed, in 8 lower-case hex
/// digits.
pub fn purposes_stamp(model: &Model) -> String {
    let hash = fnv1a(purposes_encoding(model).as_bytes());
    format!("{:08x}", (hash >> 32) ^ (hash & 0xFFFF_FFFF))
}

/// Whether `text` is written as a stamp: 8 lower-case hex digits.
pub fn is_stamp(text: &str) -> bool {
    text.len() == STAMP_DIGITS && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The cookies that need consent, the only ones a revision covers.
fn consent_cookies(model: &Model) -> impl Iterator<Item = &CookieModel> {
    model.cookies.iter().filter(|c| c.requires_consent())
}

/// `text` as `<length in bytes>:<bytes>`.
fn string(out: &mut String, text: &str) {
    let _ = write!(out, "{}:{text}", text.len());
}

/// 64-bit FNV-1a.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xCBF2_9CE4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01B3);
    }
    hash
}

#[cfg(test)]
mod tests;
