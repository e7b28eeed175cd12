//! A minimal JSON value and writer (no serde in the default build), and the
//! policy's JSON export.

use super::escape::json_string_into;
use crate::{CookieSpec, Policy, Text};

/// A JSON value. Object keys keep their insertion order.
#[derive(Debug, Clone)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(u64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    pub(crate) fn str(s: &str) -> Json {
        Json::String(s.to_string())
    }

    pub(crate) fn opt_str(s: Option<&str>) -> Json {
        s.map_or(Json::Null, Json::str)
    }

    /// Compact JSON.
    pub(crate) fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// JSON indented by two spaces per level.
    pub(crate) fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        let newline = |out: &mut String, level: usize| {
            out.push('\n');
            for _ in 0..level {
                out.push_str("  ");
            }
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(&n.to_string()),
            Json::String(s) => json_string_into(out, s),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(members) if members.is_empty() => out.push_str("{}"),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if let Some(level) = indent {
                        newline(out, level + 1);
                    }
                    item.write(out, indent.map(|l| l + 1));
                }
                if let Some(level) = indent {
                    newline(out, level);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if let Some(level) = indent {
                        newline(out, level + 1);
                    }
                    json_string_into(out, key);
                    out.push(':');
                    if indent.is_some() {
                        out.push(' ');
                    }
                    value.write(out, indent.map(|l| l + 1));
                }
                if let Some(level) = indent {
                    newline(out, level);
                }
                out.push('}');
            }
        }
    }
}

/// The value as serde data (feature `serde`): the same JSON whatever the
/// serializer, objects keeping their key order.
#[cfg(feature = "serde")]
impl serde::Serialize for Json {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Json::Null => serializer.serialize_none(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(n) => serializer.serialize_u64(*n),
            Json::String(s) => serializer.serialize_str(s),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// `{"en": "...", "de": "..."}`.
fn text(text: Text) -> Json {
    Json::Object(text.iter().map(|(lang, t)| (lang, Json::str(t))).collect())
}

pub(crate) fn cookie(c: &CookieSpec) -> Json {
    Json::Object(vec![
        ("name", Json::str(c.name())),
        ("pattern", Json::Bool(c.is_pattern())),
        ("category", Json::str(c.category().as_str())),
        ("provider", Json::str(c.provider())),
        ("function", text(c.function_text())),
        ("location", c.location_text().map_or(Json::Null, text)),
        ("purpose", text(c.purpose_text())),
        ("third_party", Json::opt_str(c.third_party_domain())),
        ("requires_consent", Json::Bool(c.requires_consent())),
        (
            "max_age_seconds",
            c.max_age()
                .map_or(Json::Null, |d| Json::Number(d.as_secs())),
        ),
        (
            "duration",
            c.declared_duration().map_or(Json::Null, |d| {
                Json::Object(vec![
                    ("amount", Json::Number(d.amount)),
                    ("unit", Json::str(d.unit.as_str())),
                ])
            }),
        ),
        ("secure", Json::Bool(c.secure())),
        ("http_only", Json::Bool(c.http_only())),
        (
            "same_site",
            Json::opt_str(c.same_site().map(|s| s.as_str())),
        ),
        ("domain", Json::opt_str(c.domain())),
        ("path", Json::opt_str(c.path())),
        ("partitioned", Json::Bool(c.partitioned())),
        ("anonymized", Json::Bool(c.anonymized())),
    ])
}

pub(crate) fn policy(p: &Policy) -> Json {
    Json::Object(vec![
        ("site", Json::str(p.site())),
        (
            "languages",
            Json::Array(p.languages().iter().map(|l| Json::str(l)).collect()),
        ),
        ("revision", Json::String(format!("{:016x}", p.revision()))),
        (
            "consent_cookie",
            Json::opt_str(p.consent_cookie().map(|c| c.name())),
        ),
        (
            "cookies",
            Json::Array(p.cookies().iter().map(cookie).collect()),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::Json;

    #[test]
    fn compact_and_pretty_say_the_same() {
        let value = Json::Object(vec![
            (
                "a",
                Json::Array(vec![Json::Number(1), Json::Null, Json::Bool(false)]),
            ),
            ("b", Json::Object(vec![])),
            ("c", Json::Array(vec![])),
            ("d", Json::str("x\"y")),
        ]);
        assert_eq!(
            value.to_compact(),
            r#"{"a":[1,null,false],"b":{},"c":[],"d":"x\"y"}"#
        );
        assert_eq!(
            value.to_pretty(),
            "{\n  \"a\": [\n    1,\n    null,\n    false\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": \"x\\\"y\"\n}"
        );
    }
}
