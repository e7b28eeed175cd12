//! The host of an absolute URL (the policy's `site`, the URL of a recorded
//! request) and RFC 6265's domain matching. Never panics; no allocation.

/// The authority of `url` (`https://user@host:port/path` gives
/// `host:port`), or the whole string when it has no `scheme://`.
pub(crate) fn authority(url: &str) -> &str {
    match url.split_once("://") {
        Some((_, rest)) => {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let authority = rest.get(..end).unwrap_or(rest);
            authority
                .rsplit_once('@')
                .map_or(authority, |(_, host)| host)
        }
        None => url,
    }
}

/// The host of `url`: its [`authority`] without the port (an IPv6 address
/// keeps its brackets). Compare hosts with [`same_host`]: they are
/// case-insensitive.
pub(crate) fn host(url: &str) -> &str {
    let authority = authority(url);
    if authority.starts_with('[') {
        return match authority.find(']') {
            Some(end) => authority.get(..=end).unwrap_or(authority),
            None => authority,
        };
    }
    match authority.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => authority,
    }
}

/// Whether two hosts are the same (ASCII letters in any case).
pub(crate) fn same_host(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Whether `host` domain-matches `domain` (RFC 6265 section 5.1.3): the
/// same host, or a subdomain of it. `domain` may start with a dot, which is
/// ignored, as browsers ignore it in a `Domain` attribute.
pub(crate) fn domain_matches(host: &str, domain: &str) -> bool {
    let domain = domain.strip_prefix('.').unwrap_or(domain);
    if domain.is_empty() {
        return false;
    }
    if same_host(host, domain) {
        return true;
    }
    match host.len().checked_sub(domain.len() + 1) {
        Some(dot) => {
            host.as_bytes().get(dot) == Some(&b'.')
                && host
                    .get(dot + 1..)
                    .is_some_and(|tail| same_host(tail, domain))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authorities_and_hosts() {
        for (url, authority_, host_) in [
            (
                "https://opendata.potsdam.de",
                "opendata.potsdam.de",
                "opendata.potsdam.de",
            ),
            (
                "http://user@example.org:8080/a?b#c",
                "example.org:8080",
                "example.org",
            ),
            (
                "https://www.shop.test/?utm=1",
                "www.shop.test",
                "www.shop.test",
            ),
            ("https://h?x=a/b", "h", "h"),
            ("https://[::1]:8443/x", "[::1]:8443", "[::1]"),
            ("https://[::1/x", "[::1", "[::1"),
            ("https://h:port/", "h:port", "h:port"),
            ("https://", "", ""),
            ("no scheme", "no scheme", "no scheme"),
            ("https://é.example/", "é.example", "é.example"),
        ] {
            assert_eq!(authority(url), authority_, "{url}");
            assert_eq!(host(url), host_, "{url}");
        }
    }

    #[test]
    fn domain_matching_is_rfc_6265s() {
        for (host, domain, matches) in [
            ("tracker.test", "tracker.test", true),
            ("Tracker.TEST", "tracker.test", true),
            ("cdn.tracker.test", "tracker.test", true),
            ("cdn.tracker.test", ".tracker.test", true),
            ("eviltracker.test", "tracker.test", false),
            ("tracker.test", "cdn.tracker.test", false),
            ("test", "tracker.test", false),
            ("tracker.test", "", false),
            ("tracker.test", ".", false),
            ("", "", false),
            ("é.a", "a", true),
        ] {
            assert_eq!(domain_matches(host, domain), matches, "{host} {domain}");
        }
    }
}
