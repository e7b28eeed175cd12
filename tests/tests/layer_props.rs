//! Property test of the tower layer: for arbitrary responses (`Set-Cookie`
//! headers declared or not, encoded or not, malformed, deletions by
//! `Max-Age` or `Expires`, values that are not UTF-8, the consent cookie
//! itself, other headers in between) and an arbitrary request consent, the
//! `Set-Cookie` headers that come out are exactly the input's minus the
//! malformed, undeclared and unconsented non-deletions, in the same order;
//! each drop is reported with its name and reason; every other header is
//! untouched.
//!
//! The expectation is computed from how each header was *generated* (its
//! kind, its attributes), not by parsing it again.

use std::sync::{Arc, Mutex};

use http::header::{COOKIE, SET_COOKIE};
use http::{HeaderName, HeaderValue, Request, Response};
use proptest::prelude::*;
use tower::Layer;

use cookie_policy::http::DropReason;
use cookie_policy::{Category, Consent, CookieSpec};
use cookie_policy_tests::answer::{call_now, Answer};
use cookie_policy_tests::shop;

/// The declared cookies other than the consent cookie (which has its own
/// kind).
fn others() -> impl Iterator<Item = &'static CookieSpec> + Clone {
    shop::POLICY
        .cookies()
        .iter()
        .filter(|c| c.name() != shop::CONSENT.name())
}

/// The `i`th declared cookie other than the consent cookie.
fn declared(i: usize) -> &'static CookieSpec {
    others().nth(i).expect("a declared cookie")
}

const TOKEN_CHARS: &[u8] =
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&'*+-.^_`|~";

/// A token name that no declared cookie or pattern matches.
fn undeclared_name() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(proptest::sample::select(TOKEN_CHARS), 0..12).prop_map(|rest| {
        let mut name = b"zz".to_vec();
        name.extend(rest);
        name
    })
}

/// Percent-encodes the bytes of `name` picked by `mask` (as the cookie crate
/// would, and more).
fn encode(name: &[u8], mask: &[bool]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, &b) in name.iter().enumerate() {
        if mask.get(i).copied().unwrap_or(false) {
            out.extend(format!("%{b:02X}").bytes());
        } else {
            out.push(b);
        }
    }
    out
}

#[derive(Debug, Clone)]
enum Attr {
    MaxAge(i64),
    MaxAgeInvalid(&'static str),
    Expires { unix: i64, style: u8 },
    ExpiresInvalid(&'static str),
    Other(&'static str),
}

const NOW_MARGIN: i64 = 24 * 3600; // generated dates are a day away from "now" at least

fn attr() -> impl Strategy<Value = Attr> {
    prop_oneof![
        prop_oneof![Just(0i64), -5i64..0, 1i64..100_000_000].prop_map(Attr::MaxAge),
        proptest::sample::select(vec!["", "-", "+5", "ten", "1s", "0x0", " "])
            .prop_map(Attr::MaxAgeInvalid),
        (
            prop_oneof![
                -11_000_000_000i64..(1_600_000_000 - NOW_MARGIN),
                (2_100_000_000i64 + NOW_MARGIN)..253_402_300_000
            ],
            0u8..3
        )
            .prop_map(|(unix, style)| Attr::Expires { unix, style }),
        proptest::sample::select(vec![
            "",
            "yesterday",
            "0",
            "Thu, 32 Jan 1970 00:00:00 GMT",
            "Feb 30 2020 00:00:00"
        ])
        .prop_map(Attr::ExpiresInvalid),
        proptest::sample::select(vec![
            "Path=/",
            "Secure",
            "HttpOnly",
            "SameSite=Lax",
            "Domain=shop.example.org",
            "Partitioned",
            "X=0",
            "Max-Ag=0",
            "Expire=Thu, 01 Jan 1970 00:00:00 GMT"
        ])
        .prop_map(Attr::Other),
    ]
}

fn format_date(unix: i64, style: u8) -> String {
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS[m as usize - 1];
    let (h, mi, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    match style {
        0 => format!("Mon, {d:02} {month} {y} {h:02}:{mi:02}:{s:02} GMT"),
        1 => format!("Monday, {d:02}-{month}-{y} {h:02}:{mi:02}:{s:02} GMT"),
        _ => format!("Mon {month} {d:>2} {h:02}:{mi:02}:{s:02} {y}"),
    }
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Whether the attributes make a deletion (RFC 6265: the last valid
/// Max-Age decides; without one, the last valid Expires). Generated dates
/// are far from now, so "in the past" is unambiguous.
fn deletes(attrs: &[Attr]) -> bool {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        now > 1_600_000_000 && now < 2_100_000_000,
        "the test's clock assumption"
    );
    let max_age = attrs.iter().rev().find_map(|a| match a {
        Attr::MaxAge(n) => Some(*n <= 0),
        _ => None,
    });
    let expires = attrs.iter().rev().find_map(|a| match a {
        Attr::Expires { unix, .. } => Some(*unix < now),
        _ => None,
    });
    max_age.or(expires).unwrap_or(false)
}

fn format_attrs(attrs: &[Attr]) -> String {
    attrs
        .iter()
        .map(|a| match a {
            Attr::MaxAge(n) => format!("; Max-Age={n}"),
            Attr::MaxAgeInvalid(v) => format!("; Max-Age={v}"),
            Attr::Expires { unix, style } => format!("; Expires={}", format_date(*unix, *style)),
            Attr::ExpiresInvalid(v) => format!("; expires={v}"),
            Attr::Other(v) => format!("; {v}"),
        })
        .collect()
}

/// The value part: any header-safe bytes but `;` (which would end it).
fn value() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(
        prop_oneof![0x20u8..0x3B, 0x3Cu8..0x7F, 0x80u8..=0xFF],
        0..16,
    )
}

#[derive(Debug, Clone)]
enum Kind {
    Declared {
        spec: usize,
        suffix: Vec<u8>,
        mask: Vec<bool>,
    },
    Undeclared {
        name: Vec<u8>,
        mask: Vec<bool>,
    },
    /// The consent cookie: `Some(choices)` a valid value, `None` garbage.
    Consent {
        choices: Option<u8>,
        mask: Vec<bool>,
    },
    Malformed(usize, Vec<u8>),
}

const MALFORMED: [&[u8]; 7] = [
    b"",
    b"=",
    b"bad name=",
    b"a(b)=",
    b"\xc3\xa9t\xc3\xa9=",
    b"a,b=",
    b" \t=",
];

fn kind() -> impl Strategy<Value = Kind> {
    let mask = || proptest::collection::vec(proptest::bool::weighted(0.3), 0..24);
    prop_oneof![
        4 => (0..others().count(), proptest::collection::vec(proptest::sample::select(TOKEN_CHARS).prop_filter("no %", |&b| b != b'%'), 0..6), mask())
            .prop_map(|(spec, suffix, mask)| Kind::Declared { spec, suffix, mask }),
        2 => (undeclared_name(), mask()).prop_map(|(name, mask)| Kind::Undeclared { name, mask }),
        1 => (proptest::option::of(0u8..8), mask()).prop_map(|(choices, mask)| Kind::Consent { choices, mask }),
        1 => (0..MALFORMED.len(), proptest::collection::vec(proptest::sample::select(TOKEN_CHARS), 0..8))
            .prop_map(|(i, text)| Kind::Malformed(i, text)),
    ]
}

fn consent_of(choices: u8) -> Consent {
    let mut consent = Consent::necessary_only();
    for (bit, category) in [
        (1, Category::Preferences),
        (2, Category::Statistics),
        (4, Category::Marketing),
    ] {
        if choices & bit != 0 {
            consent = consent.with(category);
        }
    }
    consent
}

#[derive(Debug, Clone)]
struct Generated {
    kind: Kind,
    value: Vec<u8>,
    attrs: Vec<Attr>,
}

impl Generated {
    /// The header bytes, the name as written, and the name decoded.
    fn render(&self) -> (Vec<u8>, Vec<u8>, String) {
        let (raw_name, decoded, value) = match &self.kind {
            Kind::Declared { spec, suffix, mask } => {
                let spec = declared(*spec);
                let mut name = spec.name_prefix().as_bytes().to_vec();
                if spec.is_pattern() {
                    name.extend(suffix);
                }
                (
                    encode(&name, mask),
                    String::from_utf8(name).unwrap(),
                    self.value.clone(),
                )
            }
            Kind::Undeclared { name, mask } => (
                encode(name, mask),
                String::from_utf8(name.clone()).unwrap(),
                self.value.clone(),
            ),
            Kind::Consent { choices, mask } => {
                let name = shop::CONSENT.name().as_bytes();
                let value = match choices {
                    Some(c) => shop::POLICY
                        .consent_cookie_value(consent_of(*c))
                        .into_bytes(),
                    None => b"v1.0.7".to_vec(),
                };
                (encode(name, mask), shop::CONSENT.name().to_owned(), value)
            }
            Kind::Malformed(i, text) => {
                let base = MALFORMED[*i];
                let mut header = base.to_vec();
                if base.is_empty() {
                    header.extend(text); // no `=` at all
                }
                header.extend(format_attrs(&self.attrs).bytes());
                let name = match base.iter().position(|&b| b == b'=') {
                    Some(eq) => String::from_utf8_lossy(base[..eq].trim_ascii()).into_owned(),
                    None => String::new(),
                };
                return (header, Vec::new(), name);
            }
        };
        let mut header = raw_name.clone();
        header.push(b'=');
        header.extend(value);
        header.extend(format_attrs(&self.attrs).bytes());
        (header, raw_name, decoded)
    }

    /// The consent the browser holds after this header, if it sets the
    /// consent cookie.
    fn sets_consent(&self) -> Option<Consent> {
        match &self.kind {
            Kind::Consent { choices, .. } => Some(match choices {
                Some(c) if !deletes(&self.attrs) => consent_of(*c),
                _ => Consent::necessary_only(),
            }),
            _ => None,
        }
    }

    /// `None` if kept, else the reason it must be dropped.
    fn expected(&self, consent: Consent) -> Option<DropReason> {
        match &self.kind {
            Kind::Malformed(..) => Some(DropReason::Malformed),
            _ if deletes(&self.attrs) => None,
            Kind::Undeclared { .. } => Some(DropReason::Undeclared),
            Kind::Consent { .. } => None,
            Kind::Declared { spec, .. } => {
                let spec = declared(*spec);
                (spec.requires_consent() && !consent.allows(spec.category()))
                    .then(|| DropReason::NoConsent(spec.category()))
            }
        }
    }
}

fn generated() -> impl Strategy<Value = Generated> {
    (kind(), value(), proptest::collection::vec(attr(), 0..4))
        .prop_map(|(kind, value, attrs)| Generated { kind, value, attrs })
}

/// What the request's `Cookie` header says.
#[derive(Debug, Clone)]
enum RequestConsent {
    None,
    Given(u8),
    Stale,
}

fn request_consent() -> impl Strategy<Value = RequestConsent> {
    prop_oneof![
        Just(RequestConsent::None),
        (0u8..8).prop_map(RequestConsent::Given),
        Just(RequestConsent::Stale),
    ]
}

fn other_header() -> impl Strategy<Value = (usize, Vec<u8>)> {
    (0usize..3, proptest::collection::vec(0x21u8..0x7F, 0..8))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_layer_keeps_exactly_what_may_be_set(
        headers in proptest::collection::vec(
            prop_oneof![
                4 => generated().prop_map(Ok),
                1 => other_header().prop_map(Err),
            ],
            0..12,
        ),
        request in request_consent(),
    ) {
        const OTHER: [&str; 3] = ["content-type", "x-custom", "cache-control"];
        let mut response = Response::new(());
        let mut rendered = Vec::new();
        for header in &headers {
            match header {
                Ok(generated) => {
                    let (bytes, raw_name, name) = generated.render();
                    response.headers_mut().append(SET_COOKIE, HeaderValue::from_bytes(&bytes).unwrap());
                    rendered.push((generated, bytes, raw_name, name));
                }
                Err((i, value)) => {
                    response.headers_mut().append(HeaderName::from_static(OTHER[*i]), HeaderValue::from_bytes(value).unwrap());
                }
            }
        }
        let other_before: Vec<(String, Vec<u8>)> = response.headers().iter()
            .filter(|(n, _)| *n != SET_COOKIE)
            .map(|(n, v)| (n.to_string(), v.as_bytes().to_vec()))
            .collect();

        // The consent in force: the response's, if it sets the consent cookie.
        let request_consent = match request {
            RequestConsent::Given(c) => consent_of(c),
            _ => Consent::necessary_only(),
        };
        let consent = rendered.iter()
            .filter_map(|(g, ..)| g.sets_consent())
            .reduce(Consent::intersection)
            .unwrap_or(request_consent);
        let expected_kept: Vec<&[u8]> = rendered.iter()
            .filter(|(g, ..)| g.expected(consent).is_none())
            .map(|(_, bytes, ..)| bytes.as_slice())
            .collect();
        let expected_drops: Vec<(Vec<u8>, String, DropReason)> = rendered.iter()
            .filter_map(|(g, _, raw, name)| g.expected(consent).map(|r| (raw.clone(), name.clone(), r)))
            .map(|(raw, name, r)| if r == DropReason::Malformed { (Vec::new(), name, r) } else { (raw, name, r) })
            .collect();

        // Through the service, as a server would call it.
        let drops = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&drops);
        let layer = shop::POLICY.layer().on_drop(move |d| {
            log.lock().unwrap().push((d.raw_name().to_vec(), d.name().into_owned(), d.reason()));
        });
        let mut service = layer.layer(Answer::once(response));
        let mut request_builder = Request::builder();
        match request {
            RequestConsent::None => {}
            RequestConsent::Given(c) => {
                request_builder = request_builder.header(COOKIE, format!("x=1; cookie_consent={}", shop::POLICY.consent_cookie_value(consent_of(c))));
            }
            RequestConsent::Stale => request_builder = request_builder.header(COOKIE, "cookie_consent=v1.0.7"),
        }
        let response = call_now(&mut service, request_builder.body(()).unwrap());

        let kept: Vec<&[u8]> = response.headers().get_all(SET_COOKIE).iter().map(HeaderValue::as_bytes).collect();
        prop_assert_eq!(&kept, &expected_kept);
        let drops = drops.lock().unwrap();
        let malformed_names_blanked: Vec<(Vec<u8>, String, DropReason)> = drops.iter()
            .map(|(raw, name, r)| if *r == DropReason::Malformed { (Vec::new(), name.clone(), *r) } else { (raw.clone(), name.clone(), *r) })
            .collect();
        prop_assert_eq!(malformed_names_blanked, expected_drops);
        let other_after: Vec<(String, Vec<u8>)> = response.headers().iter()
            .filter(|(n, _)| *n != SET_COOKIE)
            .map(|(n, v)| (n.to_string(), v.as_bytes().to_vec()))
            .collect();
        prop_assert_eq!(other_after, other_before);

        // The properties the expectation stands for, spelled out.
        let mut rest = rendered.iter();
        for k in &kept {
            // a subsequence of the input, in order ...
            let (g, ..) = rest.by_ref().find(|(_, bytes, ..)| bytes.as_slice() == *k).expect("kept headers come from the input, in order");
            // ... holding no malformed, undeclared or unconsented cookie but deletions ...
            let deletion = deletes(&g.attrs) && !matches!(g.kind, Kind::Malformed(..));
            match &g.kind {
                Kind::Declared { spec, .. } => prop_assert!(deletion || !declared(*spec).requires_consent() || consent.allows(declared(*spec).category())),
                Kind::Undeclared { .. } => prop_assert!(deletion),
                Kind::Malformed(..) => prop_assert!(false, "a malformed header passed"),
                Kind::Consent { .. } => {}
            }
        }
        // ... and keeping every deletion and every consented declared cookie.
        for (g, bytes, ..) in &rendered {
            let well_formed = !matches!(g.kind, Kind::Malformed(..));
            let consented = match &g.kind {
                Kind::Declared { spec, .. } => !declared(*spec).requires_consent() || consent.allows(declared(*spec).category()),
                Kind::Consent { .. } => true,
                _ => false,
            };
            if well_formed && (deletes(&g.attrs) || consented) {
                prop_assert!(kept.contains(&bytes.as_slice()), "{:?} was dropped", String::from_utf8_lossy(bytes));
            }
        }
    }
}
