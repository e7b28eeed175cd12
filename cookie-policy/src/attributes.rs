//! [`AttributeMismatch`]: how a `Set-Cookie` differs from the attributes
//! its cookie is declared with. The one comparison behind the audit's
//! `attribute` findings and the report-only layer's reports.

use core::fmt;

use crate::header::set_cookie::Attributes;
use crate::{CookieSpec, SameSite};

const SECURE: u8 = 1;
const HTTP_ONLY: u8 = 1 << 1;
const PARTITIONED: u8 = 1 << 2;
const SAME_SITE: u8 = 1 << 3;
const DOMAIN: u8 = 1 << 4;
const PATH: u8 = 1 << 5;

/// How a `Set-Cookie` header differs from its cookie's declaration: a
/// lifetime longer than the declared `duration` (a session cookie never is;
/// a cookie declared `session` set with a lifetime is), a declared `Secure`,
/// `HttpOnly` or `Partitioned` missing, a declared `SameSite`, `Domain` or
/// `Path` missing or different. Attributes the declaration leaves open (no
/// `same_site`, `domain` or `path`) are not compared, nor flags the header
/// adds. Empty when the header sets the cookie as declared.
///
/// The audit reports these as `attribute` findings
/// (feature `audit`), the report-only layer as
/// `DropReason::Attributes` (feature `tower`). Its `Display` says every
/// difference:
///
/// ```
/// # #[cfg(feature = "tower")] {
/// use cookie_policy::http::DropReason;
/// cookie_policy::cookie_policy! {
///     mod shop {
///         site: "https://shop.example",
///         necessary { provider "Shop" {
///             CART: "cart" { function: "Cart", purpose: "To keep the cart",
///                            duration: 7 days, secure, http_only, same_site: Lax }
///         } }
///     }
/// }
/// let mut reports = Vec::new();
/// let mut headers = http::HeaderMap::new();
/// headers.append("set-cookie", "cart=1; Max-Age=2592000; Secure; SameSite=Lax".parse().unwrap());
/// shop::POLICY.layer().report_only().enforce_with(
///     cookie_policy::Consent::necessary_only(), &mut headers,
///     |report: &cookie_policy::http::Dropped<'_>| reports.push(report.reason()));
/// let [DropReason::Attributes(mismatch)] = reports[..] else { panic!("{reports:?}") };
/// assert_eq!(mismatch.lifetime_seconds(), Some(30 * 86_400));
/// assert!(mismatch.http_only_missing() && !mismatch.secure_missing());
/// assert_eq!(mismatch.to_string(), "lifetime 30 days over the declared 7 days; `HttpOnly` missing");
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AttributeMismatch {
    declared: &'static CookieSpec,
    /// The lifetime set, in seconds, when it is longer than declared.
    longer: Option<i64>,
    /// [`SECURE`], [`HTTP_ONLY`] and [`PARTITIONED`] missing; [`SAME_SITE`],
    /// [`DOMAIN`] and [`PATH`] missing or different.
    differs: u8,
    /// The `SameSite` the header sets, if a browser knows its value.
    same_site: Option<SameSite>,
}

impl AttributeMismatch {
    /// Whether the header sets the cookie as declared.
    pub const fn is_empty(&self) -> bool {
        self.longer.is_none() && self.differs == 0
    }

    /// The declaration the header was compared with.
    pub const fn declared(&self) -> &'static CookieSpec {
        self.declared
    }

    /// The lifetime the header sets, in seconds (`Max-Age`, or `Expires`
    /// minus the time it was set), when it is longer than declared.
    pub const fn lifetime_seconds(&self) -> Option<i64> {
        self.longer
    }

    /// Whether the cookie is declared `secure` and the header lacks `Secure`.
    pub const fn secure_missing(&self) -> bool {
        self.differs & SECURE != 0
    }

    /// Whether the cookie is declared `http_only` and the header lacks `HttpOnly`.
    pub const fn http_only_missing(&self) -> bool {
        self.differs & HTTP_ONLY != 0
    }

    /// Whether the cookie is declared `partitioned` and the header lacks
    /// `Partitioned`.
    pub const fn partitioned_missing(&self) -> bool {
        self.differs & PARTITIONED != 0
    }

    /// Whether the header's `SameSite` is missing, unknown to browsers, or
    /// another than the declared `same_site`.
    pub const fn same_site_differs(&self) -> bool {
        self.differs & SAME_SITE != 0
    }

    /// The `SameSite` the header sets (`None` when it sets none, or one no
    /// browser knows).
    pub const fn observed_same_site(&self) -> Option<SameSite> {
        self.same_site
    }

    /// Whether the header's `Domain` is missing or another than the declared `domain`.
    pub const fn domain_differs(&self) -> bool {
        self.differs & DOMAIN != 0
    }

    /// Whether the header's `Path` is missing or another than the declared `path`.
    pub const fn path_differs(&self) -> bool {
        self.differs & PATH != 0
    }
}

/// How `attributes`, read from a `Set-Cookie` of the cookie `declared`,
/// differ from its declaration; `now` (seconds since the Unix epoch, when
/// the header was sent) is asked for only when an `Expires` decides the
/// lifetime. No allocation.
pub(crate) fn compare(
    declared: &'static CookieSpec,
    attributes: &Attributes<'_>,
    now: impl FnOnce() -> i64,
) -> AttributeMismatch {
    let set_for = attributes.lifetime.seconds_from(now);
    let longer = match (set_for, declared.max_age()) {
        (None, _) => None,
        (Some(seconds), None) => (seconds > 0).then_some(seconds),
        (Some(seconds), Some(max)) => {
            (u64::try_from(seconds).is_ok_and(|s| s > max.as_secs())).then_some(seconds)
        }
    };
    let same_site = attributes.same_site.and_then(same_site_of);
    let mut differs = 0;
    let mut flag = |bit: u8, differ: bool| {
        if differ {
            differs |= bit;
        }
    };
    flag(SECURE, declared.secure() && !attributes.secure);
    flag(HTTP_ONLY, declared.http_only() && !attributes.http_only);
    flag(
        PARTITIONED,
        declared.partitioned() && !attributes.partitioned,
    );
    flag(
        SAME_SITE,
        declared.same_site().is_some() && same_site != declared.same_site(),
    );
    flag(
        DOMAIN,
        declared.domain().is_some_and(|domain| {
            let domain = domain.strip_prefix('.').unwrap_or(domain);
            !attributes
                .domain
                .is_some_and(|set| set.eq_ignore_ascii_case(domain.as_bytes()))
        }),
    );
    flag(
        PATH,
        declared
            .path()
            .is_some_and(|path| attributes.path != Some(path.as_bytes())),
    );
    AttributeMismatch {
        declared,
        longer,
        differs,
        same_site,
    }
}

/// The `SameSite` a browser reads from `value` (any case).
fn same_site_of(value: &[u8]) -> Option<SameSite> {
    [SameSite::Strict, SameSite::Lax, SameSite::None]
        .into_iter()
        .find(|s| value.eq_ignore_ascii_case(s.as_str().as_bytes()))
}

/// A number of seconds as a person reads it: `30 days`, `1 hour`, `90 seconds`.
pub(crate) struct Seconds(pub(crate) i64);

impl fmt::Display for Seconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let (amount, unit) = if s != 0 && s % 86_400 == 0 {
            (s / 86_400, "day")
        } else if s != 0 && s % 3_600 == 0 {
            (s / 3_600, "hour")
        } else if s != 0 && s % 60 == 0 {
            (s / 60, "minute")
        } else {
            (s, "second")
        };
        let plural = if amount == 1 { "" } else { "s" };
        write!(f, "{amount} {unit}{plural}")
    }
}

impl fmt::Display for AttributeMismatch {
    /// Every difference, `; `-separated, each naming the attribute and the
    /// declared value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let declared = self.declared;
        let mut parts = 0;
        let mut part = |f: &mut fmt::Formatter<'_>, args: fmt::Arguments<'_>| {
            if parts > 0 {
                f.write_str("; ")?;
            }
            parts += 1;
            f.write_fmt(args)
        };
        if let Some(seconds) = self.longer {
            match declared.declared_duration() {
                Some(duration) => {
                    let unit = if duration.amount == 1 {
                        duration.unit.as_str()
                    } else {
                        duration.unit.plural()
                    };
                    part(
                        f,
                        format_args!(
                            "lifetime {} over the declared {} {unit}",
                            Seconds(seconds),
                            duration.amount
                        ),
                    )?;
                }
                None => part(
                    f,
                    format_args!(
                        "lifetime {}, declared as a session cookie",
                        Seconds(seconds)
                    ),
                )?,
            }
        }
        for (bit, name) in [
            (SECURE, "Secure"),
            (HTTP_ONLY, "HttpOnly"),
            (PARTITIONED, "Partitioned"),
        ] {
            if self.differs & bit != 0 {
                part(f, format_args!("`{name}` missing"))?;
            }
        }
        if let (true, Some(want)) = (self.same_site_differs(), declared.same_site()) {
            match self.same_site {
                Some(set) => part(
                    f,
                    format_args!("`SameSite={set}`, declared `SameSite={want}`"),
                )?,
                None => part(
                    f,
                    format_args!("`SameSite` missing or unknown, declared `SameSite={want}`"),
                )?,
            }
        }
        if let (true, Some(domain)) = (self.domain_differs(), declared.domain()) {
            part(
                f,
                format_args!("`Domain` missing or other than the declared `{domain}`"),
            )?;
        }
        if let (true, Some(path)) = (self.path_differs(), declared.path()) {
            part(
                f,
                format_args!("`Path` missing or other than the declared `{path}`"),
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::header::set_cookie;

    crate::cookie_policy! {
        mod declared {
            site: "https://www.shop.test",
            necessary { provider "Shop" {
                CART: "cart" { function: "Cart", purpose: "To keep the cart",
                               duration: 7 days, secure, http_only, same_site: Lax }
                SESSION: "session" { function: "Session", purpose: "To sign in", secure }
                SCOPED: "scoped" { function: "Scoped", purpose: "To scope", duration: 1 day,
                                   domain: "shop.test", path: "/shop", secure, partitioned,
                                   same_site: None }
                OPEN: "open" { function: "Open", purpose: "Leaves everything open" }
            } }
        }
    }

    const NOW: i64 = 1_796_115_600; // Tue, 01 Dec 2026 09:00:00 GMT

    fn mismatch(spec: &'static CookieSpec, header: &str) -> AttributeMismatch {
        let cookie = set_cookie::parse(header.as_bytes()).unwrap();
        compare(spec, &cookie.read_attributes(), || NOW)
    }

    #[test]
    fn as_declared_is_empty() {
        for (spec, header) in [
            (&*declared::CART, "cart=1; Max-Age=604800; Secure; HttpOnly; SameSite=Lax"),
            (&*declared::CART, "cart=1; max-age=60; SECURE;HTTPONLY; samesite = lax"),
            (&*declared::CART, "cart=1; Secure; HttpOnly; SameSite=Lax; Domain=x; Path=/a"),
            (&*declared::SESSION, "session=1; Secure; HttpOnly; SameSite=Strict; Path=/"),
            (
                &*declared::SCOPED,
                "scoped=1; Secure; Partitioned; SameSite=None; Domain=.SHOP.test; Path=/shop; Expires=Wed, 02 Dec 2026 09:00:00 GMT",
            ),
            (&*declared::OPEN, "open=1"),
        ] {
            let found = mismatch(spec, header);
            assert!(found.is_empty(), "{header}: {found}");
            assert_eq!(found.to_string(), "");
        }
    }

    #[test]
    fn every_difference_is_said() {
        for (spec, header, said) in [
            (
                &*declared::CART,
                "cart=1; Max-Age=2592000; Secure; SameSite=Lax; Path=/",
                "lifetime 30 days over the declared 7 days; `HttpOnly` missing",
            ),
            (
                &*declared::CART,
                "cart=1; HttpOnly; SameSite=Strict",
                "`Secure` missing; `SameSite=Strict`, declared `SameSite=Lax`",
            ),
            (
                &*declared::CART,
                "cart=1; Secure; HttpOnly; SameSite=sideways",
                "`SameSite` missing or unknown, declared `SameSite=Lax`",
            ),
            (
                &*declared::SESSION,
                "session=1; Secure; Max-Age=3600",
                "lifetime 1 hour, declared as a session cookie",
            ),
            (
                &*declared::SCOPED,
                "scoped=1; Expires=Thu, 03 Dec 2026 09:00:01 GMT; Domain=www.shop.test; Path=/",
                "lifetime 172801 seconds over the declared 1 day; `Secure` missing; `Partitioned` missing; \
                 `SameSite` missing or unknown, declared `SameSite=None`; \
                 `Domain` missing or other than the declared `shop.test`; `Path` missing or other than the declared `/shop`",
            ),
            (
                &*declared::OPEN,
                "open=1; Max-Age=99999999999999999999",
                "lifetime 9223372036854775807 seconds, declared as a session cookie",
            ),
        ] {
            let found = mismatch(spec, header);
            assert!(!found.is_empty(), "{header}");
            assert_eq!(found.to_string(), said, "{header}");
        }
    }

    #[test]
    fn the_accessors_name_each_difference() {
        let found = mismatch(
            &declared::SCOPED,
            "scoped=1; Max-Age=86401; SameSite=Lax; Domain=shop.test; Path=/shop",
        );
        assert_eq!(found.lifetime_seconds(), Some(86_401));
        assert!(found.secure_missing() && found.partitioned_missing());
        assert!(!found.http_only_missing() && !found.domain_differs() && !found.path_differs());
        assert!(found.same_site_differs());
        assert_eq!(found.observed_same_site(), Some(SameSite::Lax));
        assert_eq!(found.declared().name(), "scoped");
        // A deletion or a past Expires is no longer lifetime.
        assert_eq!(
            mismatch(
                &declared::CART,
                "cart=; Max-Age=0; Secure; HttpOnly; SameSite=Lax"
            )
            .lifetime_seconds(),
            None
        );
    }

    #[test]
    fn durations_read_as_people_write_them() {
        for (seconds, text) in [
            (0, "0 seconds"),
            (1, "1 second"),
            (60, "1 minute"),
            (7_200, "2 hours"),
            (86_400, "1 day"),
            (2_592_000, "30 days"),
        ] {
            assert_eq!(Seconds(seconds).to_string(), text);
        }
    }
}
