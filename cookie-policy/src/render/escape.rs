//! Escaping of text for each output format. Every piece of text that reaches
//! an output goes through one of these functions: the policy's own texts
//! (provider, function, location, purpose, names, site, languages) and the
//! built-in prose alike.

use core::fmt::Write as _;

/// Appends `text` to `out` as HTML text or attribute-value content: `&`, `<`,
/// `>`, `"` and `'` become character references, so the text can neither open
/// a tag nor leave a quoted attribute. NUL, which HTML parsers drop or
/// replace, becomes U+FFFD.
pub(crate) fn html_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// Appends `text` to `out` as inline Markdown (CommonMark/GFM) that stays on
/// one line and inside one table cell:
///
/// - every line break (`\r\n`, `\r`, `\n`, U+0085, U+2028, U+2029) and every
///   other control character becomes one space, so a table row never wraps;
/// - `|` becomes `\|`, so a row always has its header's number of cells;
/// - `\` becomes `\\`, so a backslash in the text can never escape the
///   character after it (and `a\|b` round-trips);
/// - `<`, `[`, `]` and `` ` `` are backslash-escaped, so the text can neither
///   open raw HTML, an autolink, a link or image, nor a code span;
/// - `&` is escaped when it starts something that looks like a character
///   reference (`&amp;`, `&#60;`), so the text renders literally.
///
/// `*` and `_` are left alone: cookie names such as `_pk_id.*` stay readable,
/// and emphasis cannot change the table's shape or inject markup.
pub(crate) fn markdown_into(out: &mut String, text: &str) {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\r' => {
                if matches!(chars.peek(), Some((_, '\n'))) {
                    chars.next();
                }
                out.push(' ');
            }
            '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() => out.push(' '),
            '\\' | '|' | '<' | '[' | ']' | '`' => {
                out.push('\\');
                out.push(c);
            }
            '&' if looks_like_reference(&text[i + 1..]) => out.push_str("\\&"),
            c => out.push(c),
        }
    }
}

/// `text` escaped for inline Markdown, see [`markdown_into`].
#[cfg(test)]
pub(crate) fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    markdown_into(&mut out, text);
    out
}

/// Whether `rest` (what follows an `&`) starts like a character reference:
/// alphanumerics or `#`, then `;`.
fn looks_like_reference(rest: &str) -> bool {
    let body = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    body > 0 && rest.as_bytes().get(body) == Some(&b';')
}

/// Whether `url` can be written as a Markdown autolink (`<https://...>`) and
/// an HTML `href`: an `http(s)://` URL without spaces, controls, quotes or
/// angle brackets. Anything else is rendered as plain, escaped text.
pub(crate) fn is_safe_url(url: &str) -> bool {
    let lower = url
        .get(..8)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.chars().all(|c| {
            !c.is_control()
                && !c.is_whitespace()
                && !matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\')
        })
}

/// Appends `text` to `out` for a terminal: every control character (line
/// breaks, `ESC` and the other C0 and C1 controls, which a terminal would
/// obey) is written as its Rust escape (`\n`, `\u{1b}`), so text read from
/// a recording can neither move the cursor nor recolour the screen.
#[cfg(feature = "audit")]
pub(crate) fn terminal_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
}

/// Appends `text` to `out` as a JSON string literal, quotes included.
///
/// Besides what JSON requires (`"`, `\` and control characters), `<`, `>`,
/// `&`, U+2028 and U+2029 are written as `\uXXXX` escapes: the output can be
/// embedded in an HTML `<script>` element or evaluated as JavaScript as it is.
pub(crate) fn json_string_into(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "audit")]
    #[test]
    fn terminal_text_cannot_drive_the_terminal() {
        let mut out = String::new();
        terminal_into(&mut out, "a\u{1b}[31mred\n\u{9b}x\ty é");
        assert_eq!(out, "a\\u{1b}[31mred\\n\\u{9b}x\\ty é");
    }

    fn html(text: &str) -> String {
        let mut out = String::new();
        html_into(&mut out, text);
        out
    }

    fn json(text: &str) -> String {
        let mut out = String::new();
        json_string_into(&mut out, text);
        out
    }

    #[test]
    fn html_escapes_the_five_characters_and_nothing_else() {
        assert_eq!(
            html(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
        assert_eq!(html("Grüße, ça va ?"), "Grüße, ça va ?");
        assert_eq!(html("a\0b"), "a\u{FFFD}b");
    }

    #[test]
    fn markdown_folds_lines_and_escapes_pipes_and_backslashes() {
        assert_eq!(markdown("a|b"), r"a\|b");
        assert_eq!(markdown(r"a\|b"), r"a\\\|b");
        assert_eq!(
            markdown("one\ntwo\r\nthree\rfour\u{2028}five"),
            "one two three four five"
        );
        assert_eq!(markdown("tab\there"), "tab here");
        assert_eq!(markdown("<script>"), r"\<script>");
        assert_eq!(markdown("[x](javascript:y)"), r"\[x\](javascript:y)");
        assert_eq!(markdown("`code`"), r"\`code\`");
        assert_eq!(
            markdown("Tom & Jerry &amp; &#60;"),
            r"Tom & Jerry \&amp; \&#60;"
        );
        assert_eq!(markdown("_pk_id.*"), "_pk_id.*");
        assert_eq!(
            markdown("Service provider's name"),
            "Service provider's name"
        );
    }

    #[test]
    fn json_strings_are_valid_and_script_safe() {
        assert_eq!(json("plain"), r#""plain""#);
        assert_eq!(json("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(
            json("\n\r\t\u{8}\u{c}\u{1}\u{7f}"),
            r#""\n\r\t\b\f\u0001\u007f""#
        );
        assert_eq!(json("</script>&"), r#""\u003c/script\u003e\u0026""#);
        assert_eq!(json("\u{2028}\u{2029}é"), "\"\\u2028\\u2029é\"");
    }

    #[test]
    fn only_plain_http_urls_are_links() {
        assert!(is_safe_url("https://opendata.potsdam.de"));
        assert!(is_safe_url("HTTP://example.org/a?b=c"));
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url("https://a.example/\"onmouseover=x"));
        assert!(!is_safe_url("https://a.example/<x>"));
        assert!(!is_safe_url("https://a b"));
        assert!(!is_safe_url("ftp://example.org"));
        assert!(!is_safe_url(""));
    }
}
