//! Sites, domains and paths.

/// The parts of `site: "..."` the checks need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub https: bool,
    /// Lower-cased, without port.
    pub host: String,
}

impl Site {
    /// Whether the host is a loopback name, where browsers treat `http://` as secure.
    pub fn is_local(&self) -> bool {
        self.host == "localhost"
            || self.host.ends_with(".localhost")
            || self.host == "127.0.0.1"
            || self.host == "[::1]"
    }
}

/// Parses an absolute `https://` or `http://` URL with a host.
pub fn parse_site(url: &str) -> Result<Site, String> {
    let lower = url.to_ascii_lowercase();
    let (https, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (false, rest)
    } else if !lower.contains("://") {
        return Err(format!(
            "`site` must be an absolute URL with its scheme: write `\"https://{}\"`",
            url.trim_matches('/')
        ));
    } else {
        return Err(
            "`site` must be an `https://` (or `http://`) URL: cookies belong to web origins".into(),
        );
    };
    if let Some(c) = url.chars().find(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "`site` contains {}: write the URL without spaces or control characters",
            if c == ' ' {
                "a space".to_string()
            } else {
                format!("U+{:04X}", c as u32)
            }
        ));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err(
            "`site` must not contain a user name or password (`user@`): give the public address"
                .into(),
        );
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let Some((address, after)) = v6.split_once(']') else {
                return Err("`site` has an unclosed IPv6 address `[`".into());
            };
            if address.parse::<std::net::Ipv6Addr>().is_err() {
                return Err(format!(
                    "`site` has an invalid IPv6 address `[{address}]`: write it as in `https://[2001:db8::1]`"
                ));
            }
            let port = match after {
                "" => None,
                _ => Some(after.strip_prefix(':').ok_or_else(|| {
                    format!("`site` has `{after}` after its IPv6 address: only a port may follow, as in `https://[{address}]:8080`")
                })?),
            };
            (format!("[{address}]"), port)
        }
        None => match authority.split_once(':') {
            Some((host, port)) => (host.to_string(), Some(port)),
            None => (authority.to_string(), None),
        },
    };
    if let Some(port) = port {
        let valid =
            port.chars().all(|c| c.is_ascii_digit()) && port.parse::<u16>().is_ok_and(|p| p > 0);
        if !valid {
            return Err(format!(
                "`site` has an invalid port `{port}`: a port is a number from 1 to 65535 (or leave it out for the scheme's default)"
            ));
        }
    }
    if host.is_empty() {
        return Err("`site` has no host: write `\"https://www.example.org\"`".into());
    }
    if !host.starts_with('[') {
        domain_syntax(&host)
            .map_err(|why| format!("`site` has an invalid host `{host}`: {why}"))?;
    }
    Ok(Site { https, host })
}

/// Checks the shape of a domain name (already lower-cased, no leading dot).
fn domain_syntax(domain: &str) -> Result<(), String> {
    if domain.is_empty() {
        return Err("it is empty".into());
    }
    if let Some(c) = domain
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '.'))
    {
        return Err(format!(
            "`{}` is not allowed in a domain (use letters, digits, `-` and `.`; write internationalized names in punycode, `xn--...`)",
            c.escape_debug()
        ));
    }
    if domain.split('.').any(|label| label.is_empty()) {
        return Err("it has an empty label (`..` or a trailing `.`)".into());
    }
    if domain.split('.').any(|label| label.len() > 63) {
        return Err("a label is longer than 63 characters".into());
    }
    Ok(())
}

/// Normalises a `domain`/`third_party` value: lower-case, no leading dot.
pub fn parse_domain(value: &str, field: &str) -> Result<String, String> {
    if value.contains("://") || value.contains('/') {
        let bare = value
            .split("://")
            .nth(1)
            .unwrap_or(value)
            .split('/')
            .next()
            .unwrap_or("");
        return Err(format!(
            "`{field}` is a domain, not a URL: write `\"{bare}\"`"
        ));
    }
    let lower = value.to_ascii_lowercase();
    if let Some(parent) = lower.strip_prefix("*.") {
        return Err(format!(
            "`{field}` is a domain, not a pattern: write `\"{parent}\"`, which already covers its subdomains"
        ));
    }
    let domain = lower.strip_prefix('.').unwrap_or(&lower);
    domain_syntax(domain)
        .map_err(|why| format!("`{value}` is not a valid domain for `{field}`: {why}"))?;
    Ok(domain.to_string())
}

/// RFC 6265 domain-match: `host` is `domain` or one of its subdomains.
pub fn domain_matches(host: &str, domain: &str) -> bool {
    host == domain
        || (host.len() > domain.len()
            && host.ends_with(domain)
            && host.as_bytes().get(host.len() - domain.len() - 1) == Some(&b'.'))
}

/// Why a `path` value is unusable, if it is.
pub fn path_error(path: &str) -> Option<String> {
    if !path.starts_with('/') {
        return Some(format!(
            "a cookie path must start with `/`: browsers ignore `Path={path}` and fall back to the request's directory. Write `\"/{path}\"`"
        ));
    }
    if let Some(prefix) = path.strip_suffix('*') {
        let prefix = prefix.trim_end_matches('/');
        let prefix = if prefix.is_empty() { "/" } else { prefix };
        return Some(format!(
            "a cookie path already covers every path below it, and browsers read `*` literally: write `\"{prefix}\"`"
        ));
    }
    if let Some(c) = path
        .chars()
        .find(|c| *c == ';' || c.is_control() || !c.is_ascii())
    {
        return Some(format!(
            "`{}` cannot appear in a cookie path: it would end the attribute or be dropped by browsers",
            c.escape_debug()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites() {
        let s = parse_site("https://OpenData.Potsdam.de/explore?x=1").unwrap();
        assert!(s.https);
        assert_eq!(s.host, "opendata.potsdam.de");
        assert_eq!(
            parse_site("http://localhost:8080").unwrap().host,
            "localhost"
        );
        assert!(parse_site("http://localhost:8080").unwrap().is_local());
        assert!(parse_site("opendata.potsdam.de")
            .unwrap_err()
            .contains("\"https://opendata.potsdam.de\""));
        assert!(parse_site("ftp://x.org")
            .unwrap_err()
            .contains("`https://`"));
        assert!(parse_site("https://").unwrap_err().contains("no host"));
        assert!(parse_site("https://a b.org")
            .unwrap_err()
            .contains("a space"));
        assert!(parse_site("https://user@x.org")
            .unwrap_err()
            .contains("user name"));
        assert!(parse_site("https://x.org:99999")
            .unwrap_err()
            .contains("port"));
        assert!(parse_site("https://x..org")
            .unwrap_err()
            .contains("empty label"));
        assert_eq!(parse_site("https://[::1]:80/").unwrap().host, "[::1]");
        assert_eq!(
            parse_site("https://[2001:DB8::1]").unwrap().host,
            "[2001:db8::1]"
        );
    }

    #[test]
    fn ports_are_checked_after_every_kind_of_host() {
        for host in ["x.org", "[::1]", "127.0.0.1"] {
            for port in ["99999", "0", "", "80a", "-1"] {
                let url = format!("https://{host}:{port}/");
                let why = parse_site(&url).unwrap_err();
                assert!(
                    why.contains(&format!("invalid port `{port}`")),
                    "{url}: {why}"
                );
            }
            let url = format!("https://{host}:65535/");
            assert!(parse_site(&url).is_ok(), "{url}");
        }
        assert!(parse_site("https://[::1]x")
            .unwrap_err()
            .contains("only a port may follow"));
        assert!(parse_site("https://[::1").unwrap_err().contains("unclosed"));
        assert!(parse_site("https://[not-an-address]")
            .unwrap_err()
            .contains("invalid IPv6 address"));
    }

    #[test]
    fn domains() {
        assert_eq!(
            parse_domain(".YouTube.com", "third_party").unwrap(),
            "youtube.com"
        );
        assert!(parse_domain("https://youtube.com/x", "third_party")
            .unwrap_err()
            .contains("`\"youtube.com\"`"));
        assert!(parse_domain("you tube.com", "domain").is_err());
        assert!(parse_domain("*.google.com", "third_party")
            .unwrap_err()
            .contains("`\"google.com\"`"));
        assert!(domain_matches("opendata.potsdam.de", "potsdam.de"));
        assert!(domain_matches("potsdam.de", "potsdam.de"));
        assert!(!domain_matches("notpotsdam.de", "potsdam.de"));
        assert!(!domain_matches("potsdam.de", "opendata.potsdam.de"));
    }

    #[test]
    fn paths() {
        assert_eq!(path_error("/"), None);
        assert_eq!(path_error("/app/x"), None);
        assert!(path_error("app").unwrap().contains("start with `/`"));
        assert!(path_error("/a;b").unwrap().contains("`;`"));
        assert!(path_error("/app/*").unwrap().contains("`\"/app\"`"));
        assert!(path_error("/*").unwrap().contains("`\"/\"`"));
    }
}
