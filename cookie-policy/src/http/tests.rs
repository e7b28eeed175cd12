use ::http::header::{CONTENT_TYPE, SET_COOKIE};
use ::http::{HeaderMap, HeaderValue};

use super::{CookiePolicyLayer, DropReason, Dropped};
use crate::{Category, Consent};

crate::cookie_policy! {
    mod site {
        site: "https://example.org",
        consent_cookie: CHOICES,
        necessary { provider "Example" {
            SESSION: "session" { function: "Session", purpose: "Sign-in", http_only }
            CHOICES: "choices" { function: "Consent", purpose: "Choices", duration: 6 months }
            ODD: "a|b%" { function: "Odd", purpose: "A token the cookie crate encodes" }
        } }
        preferences { provider "Example" {
            THEME: "theme" { function: "Display", purpose: "Theme", duration: 1 year }
        } }
        statistics { provider "Matomo" {
            VISITS: "_pk_ses" { function: "Visits", purpose: "Counting", anonymized, duration: 1 day }
            ID: "_pk_id.*" { function: "Visitors", purpose: "Profiling", duration: 13 months }
        } }
        marketing { provider "Ads" {
            AD: "ad_id" { function: "Ads", purpose: "Ads", duration: 90 days }
        } }
    }
}

fn map(headers: &[(&str, &[u8])]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.append(
            ::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_bytes(value).unwrap(),
        );
    }
    map
}

fn run(consent: Consent, headers: &mut HeaderMap) -> Vec<(String, DropReason)> {
    let mut drops = Vec::new();
    let count = site::POLICY
        .layer()
        .enforce_with(consent, headers, |d: &Dropped<'_>| {
            drops.push((d.name().into_owned(), d.reason()));
        });
    assert_eq!(count, drops.len());
    drops
}

fn set_cookies(headers: &HeaderMap) -> Vec<&[u8]> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .map(HeaderValue::as_bytes)
        .collect()
}

fn all_headers(headers: &HeaderMap) -> Vec<(String, Vec<u8>)> {
    headers
        .iter()
        .map(|(n, v)| (n.to_string(), v.as_bytes().to_vec()))
        .collect()
}

#[test]
fn nothing_to_drop_leaves_the_map_identical() {
    let original = map(&[
        ("x-first", b"1"),
        ("set-cookie", b"session=abc; HttpOnly"),
        ("content-type", b"text/html"),
        ("set-cookie", b"_pk_ses=1"),
        ("set-cookie", b"_pk_id.1.f00=\xff\xfe; Max-Age=10"),
        ("set-cookie", b"ad_id=; Max-Age=0"),
        ("x-last", b"2"),
    ]);
    let mut headers = original.clone();
    let consent = Consent::necessary_only().with(Category::Statistics);
    assert_eq!(run(consent, &mut headers), []);
    assert_eq!(all_headers(&headers), all_headers(&original));
}

#[test]
fn drops_keep_everything_else_in_order() {
    let mut headers = map(&[
        ("x-first", b"1"),
        ("set-cookie", b"tracker=1"),
        ("set-cookie", b"session=abc; HttpOnly"),
        ("content-type", b"text/html"),
        ("set-cookie", b"ad_id=1; Max-Age=100"),
        ("set-cookie", b"theme=dark"),
        ("set-cookie", b"_pk_ses=1"),
        ("x-multi", b"a"),
        ("x-multi", b"b"),
        ("set-cookie", b"broken"),
        ("x-last", b"2"),
    ]);
    let drops = run(
        Consent::necessary_only().with(Category::Preferences),
        &mut headers,
    );
    assert_eq!(
        drops,
        [
            ("tracker".to_owned(), DropReason::Undeclared),
            (
                "ad_id".to_owned(),
                DropReason::NoConsent(Category::Marketing)
            ),
            (String::new(), DropReason::Malformed),
        ]
    );
    let expected: Vec<(String, Vec<u8>)> = [
        ("x-first", &b"1"[..]),
        ("set-cookie", b"session=abc; HttpOnly"),
        ("set-cookie", b"theme=dark"),
        ("set-cookie", b"_pk_ses=1"),
        ("content-type", b"text/html"),
        ("x-multi", b"a"),
        ("x-multi", b"b"),
        ("x-last", b"2"),
    ]
    .iter()
    .map(|(n, v)| (n.to_string(), v.to_vec()))
    .collect();
    assert_eq!(all_headers(&headers), expected);
}

#[test]
fn dropping_every_set_cookie_keeps_the_other_headers_order() {
    let mut headers = map(&[
        ("a", b"1"),
        ("set-cookie", b"ad_id=1"),
        ("b", b"2"),
        ("c", b"3"),
        ("d", b"4"),
    ]);
    assert_eq!(run(Consent::necessary_only(), &mut headers).len(), 1);
    let names: Vec<_> = headers.keys().map(|k| k.as_str()).collect();
    assert_eq!(names, ["a", "b", "c", "d"]);
}

#[test]
fn deletions_always_pass() {
    let deletions: [&[u8]; 6] = [
        b"ad_id=; Max-Age=0",
        b"ad_id=x; max-age=-1; Path=/",
        b"tracker=; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        b"_pk_id.1.abc=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        b"my%20tracker=; Max-Age=0",
        b"theme=; Max-Age=junk; Expires=Sun, 06 Nov 1994 08:49:37 GMT",
    ];
    let mut headers = HeaderMap::new();
    for d in deletions {
        headers.append(SET_COOKIE, HeaderValue::from_bytes(d).unwrap());
    }
    assert_eq!(run(Consent::necessary_only(), &mut headers), []);
    assert_eq!(set_cookies(&headers), deletions);

    // Not deletions: Max-Age wins over a past Expires; a future Expires.
    let mut headers = map(&[
        (
            "set-cookie",
            b"ad_id=1; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
        ),
        (
            "set-cookie",
            b"ad_id=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT",
        ),
        ("set-cookie", b"ad_id=1; Max-Age=0; Max-Age=60"),
    ]);
    assert_eq!(run(Consent::necessary_only(), &mut headers).len(), 3);
    assert!(headers.is_empty());
}

#[test]
fn malformed_headers_are_dropped_even_if_they_look_like_deletions() {
    let mut headers = map(&[
        ("set-cookie", b"; Max-Age=0"),
        ("set-cookie", b"=x; Max-Age=0"),
        ("set-cookie", b"ses sion=1"),
        ("set-cookie", b"session"),
        ("set-cookie", b""),
        ("set-cookie", b"\xc3\xa9t\xc3\xa9=1"),
        ("set-cookie", b"session=ok"),
    ]);
    let drops = run(Consent::all(), &mut headers);
    let names: Vec<_> = drops.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["", "", "ses sion", "", "", "été"]);
    assert!(drops.iter().all(|(_, r)| *r == DropReason::Malformed));
    assert_eq!(set_cookies(&headers), [&b"session=ok"[..]]);
}

#[test]
fn percent_encoded_names_are_decoded_for_the_lookup() {
    // The cookie crate's `encoded()` writes `a|b%` as `a%7Cb%25`.
    let mut headers = map(&[
        ("set-cookie", b"a%7Cb%25=1"),
        ("set-cookie", b"a|b%=2"),
        ("set-cookie", b"%61d_id=3"),          // "ad_id": marketing
        ("set-cookie", b"_pk_id.%31.x%20y=4"), // covered by the pattern
        ("set-cookie", b"%74racker=5"),        // "tracker": undeclared
        ("set-cookie", b"s%FFssion=6"),        // not UTF-8 once decoded
    ]);
    let drops = run(
        Consent::necessary_only().with(Category::Statistics),
        &mut headers,
    );
    assert_eq!(
        drops,
        [
            (
                "ad_id".to_owned(),
                DropReason::NoConsent(Category::Marketing)
            ),
            ("tracker".to_owned(), DropReason::Undeclared),
            ("s\u{fffd}ssion".to_owned(), DropReason::Undeclared),
        ]
    );
    assert_eq!(
        set_cookies(&headers),
        [&b"a%7Cb%25=1"[..], b"a|b%=2", b"_pk_id.%31.x%20y=4"]
    );
}

#[test]
fn long_encoded_names_are_decoded_too() {
    let name = format!("_pk_id.{}", "%41".repeat(100));
    let mut headers = HeaderMap::new();
    headers.append(SET_COOKIE, format!("{name}=1").parse().unwrap());
    headers.append(
        SET_COOKIE,
        format!("x{}=1", "%41".repeat(100)).parse().unwrap(),
    );
    let drops = run(Consent::all(), &mut headers);
    assert_eq!(
        drops,
        [(format!("x{}", "A".repeat(100)), DropReason::Undeclared)]
    );
    assert_eq!(headers.get_all(SET_COOKIE).iter().count(), 1);
}

#[test]
fn the_name_and_value_are_trimmed_and_the_name_is_case_sensitive() {
    let mut headers = map(&[
        ("set-cookie", b"  session \t= abc ; HttpOnly"),
        ("set-cookie", b"Session=abc"),
    ]);
    let drops = run(Consent::all(), &mut headers);
    assert_eq!(drops, [("Session".to_owned(), DropReason::Undeclared)]);
}

fn consent_value(consent: Consent) -> String {
    format!("choices={}", site::POLICY.consent_cookie_value(consent))
}

#[test]
fn consent_given_in_the_response_applies_to_the_response() {
    let statistics = Consent::necessary_only().with(Category::Statistics);
    let mut headers = HeaderMap::new();
    headers.append(SET_COOKIE, "_pk_id.1.a=1".parse().unwrap());
    headers.append(SET_COOKIE, consent_value(statistics).parse().unwrap());
    headers.append(SET_COOKIE, "ad_id=1".parse().unwrap());
    let drops = run(Consent::necessary_only(), &mut headers);
    assert_eq!(
        drops,
        [(
            "ad_id".to_owned(),
            DropReason::NoConsent(Category::Marketing)
        )]
    );
    assert_eq!(headers.get_all(SET_COOKIE).iter().count(), 2);
}

#[test]
fn consent_withdrawn_in_the_response_applies_to_the_response() {
    let mut headers = HeaderMap::new();
    headers.append(SET_COOKIE, "ad_id=1".parse().unwrap());
    headers.append(
        SET_COOKIE,
        consent_value(Consent::all().without(Category::Marketing))
            .parse()
            .unwrap(),
    );
    headers.append(SET_COOKIE, "theme=dark".parse().unwrap());
    let drops = run(Consent::all(), &mut headers);
    assert_eq!(
        drops,
        [(
            "ad_id".to_owned(),
            DropReason::NoConsent(Category::Marketing)
        )]
    );

    // Deleting the consent cookie withdraws everything.
    let mut headers = map(&[
        ("set-cookie", b"theme=dark"),
        ("set-cookie", b"choices=; Max-Age=0"),
        ("set-cookie", b"session=1"),
    ]);
    let drops = run(Consent::all(), &mut headers);
    assert_eq!(
        drops,
        [(
            "theme".to_owned(),
            DropReason::NoConsent(Category::Preferences)
        )]
    );
    assert_eq!(
        set_cookies(&headers),
        [&b"choices=; Max-Age=0"[..], b"session=1"]
    );
}

#[test]
fn a_response_consent_that_is_invalid_stale_or_duplicated_never_widens() {
    for value in [
        "choices=garbage".to_owned(),
        "choices=v1.0.7".to_owned(),
        format!("choices=v1.{:x}.7; Max-Age=0", site::POLICY.revision()),
    ] {
        let mut headers = HeaderMap::new();
        headers.append(SET_COOKIE, value.parse().unwrap());
        headers.append(SET_COOKIE, "theme=dark".parse().unwrap());
        let drops = run(Consent::all(), &mut headers);
        assert_eq!(
            drops,
            [(
                "theme".to_owned(),
                DropReason::NoConsent(Category::Preferences)
            )],
            "{value}"
        );
    }
    // Two copies: intersected.
    let mut headers = HeaderMap::new();
    headers.append(SET_COOKIE, consent_value(Consent::all()).parse().unwrap());
    headers.append(
        SET_COOKIE,
        consent_value(Consent::necessary_only().with(Category::Marketing))
            .parse()
            .unwrap(),
    );
    headers.append(SET_COOKIE, "theme=dark".parse().unwrap());
    headers.append(SET_COOKIE, "ad_id=1".parse().unwrap());
    let drops = run(Consent::necessary_only(), &mut headers);
    assert_eq!(
        drops,
        [(
            "theme".to_owned(),
            DropReason::NoConsent(Category::Preferences)
        )]
    );
    // Quoted values and encoded names are read like the request's.
    let mut headers = HeaderMap::new();
    let quoted = format!(
        "ch%6Fices=\"{}\"; Path=/",
        site::POLICY.consent_cookie_value(Consent::all())
    );
    headers.append(SET_COOKIE, quoted.parse().unwrap());
    headers.append(SET_COOKIE, "ad_id=1".parse().unwrap());
    assert_eq!(run(Consent::necessary_only(), &mut headers), []);
}

#[test]
fn no_set_cookie_no_change() {
    let original = map(&[("content-type", b"text/plain"), ("x", b"1")]);
    let mut headers = original.clone();
    assert_eq!(run(Consent::necessary_only(), &mut headers), []);
    assert_eq!(headers, original);
    assert_eq!(headers[CONTENT_TYPE], "text/plain");
}

#[test]
fn dropped_displays_name_and_reason() {
    let dropped = Dropped {
        raw_name: b"my%20cookie",
        reason: DropReason::NoConsent(Category::Statistics),
        kept: false,
    };
    assert_eq!(
        dropped.to_string(),
        "dropped Set-Cookie \"my cookie\": no consent to statistics"
    );
    assert_eq!(dropped.raw_name(), b"my%20cookie");
    let odd = Dropped {
        raw_name: b"\xff%41",
        reason: DropReason::Malformed,
        kept: false,
    };
    assert_eq!(odd.name(), "\u{fffd}A");
}

#[test]
fn the_layer_debugs_without_the_callback() {
    let layer = CookiePolicyLayer::new(&site::POLICY).on_drop(|_| {});
    assert_eq!(
        format!("{layer:?}"),
        "CookiePolicyLayer { site: \"https://example.org\", consent_format: Ours, on_drop: true, \
         gpc_refuses: Consent{Necessary, Marketing}, report_only: false }"
    );
}

#[test]
fn more_set_cookies_than_the_fast_path_tracks() {
    for dropped_at in [3usize, 63, 64, 65, 99] {
        let mut headers = HeaderMap::new();
        for i in 0..100 {
            let value = if i == dropped_at {
                format!("ad_id={i}")
            } else {
                format!("_pk_id.{i}=x")
            };
            headers.append(SET_COOKIE, value.parse().unwrap());
        }
        let statistics = Consent::necessary_only().with(Category::Statistics);
        let drops = run(statistics, &mut headers);
        assert_eq!(
            drops,
            [(
                "ad_id".to_owned(),
                DropReason::NoConsent(Category::Marketing)
            )]
        );
        let kept: Vec<String> = headers
            .get_all(SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect();
        let expected: Vec<String> = (0..100)
            .filter(|&i| i != dropped_at)
            .map(|i| format!("_pk_id.{i}=x"))
            .collect();
        assert_eq!(kept, expected, "dropped at {dropped_at}");
    }
}

/// The banner's JSON in the consent cookie counts only for a layer built
/// with `accept_banner_cookie`.
#[cfg(feature = "cookieconsent")]
mod banner_cookie {
    use ::http::header::{COOKIE, SET_COOKIE};
    use ::http::{HeaderMap, Request, Response};
    use tower_layer::Layer;
    use tower_service::Service;

    use super::{site, CookiePolicyLayer, DropReason};
    use crate::{Category, Consent};

    /// The banner's value accepting `categories`, URI-encoded as it stores it.
    fn banner_value(categories: &str) -> String {
        format!(
            r#"{{"categories":[{categories}],"revision":{},"consentId":"c0ffee","consentTimestamp":"t","lastConsentTimestamp":"t"}}"#,
            site::POLICY.cookieconsent_revision()
        )
        .replace('%', "%25")
        .replace('"', "%22")
        .replace(',', "%2C")
    }

    fn request_consent(layer: CookiePolicyLayer, cookie: &str) -> Consent {
        let mut service = layer.layer(tower::service_fn(|_: Request<()>| async {
            Ok::<_, core::convert::Infallible>(Response::new(()))
        }));
        let request = Request::builder().header(COOKIE, cookie).body(()).unwrap();
        service.call(request).request_consent()
    }

    #[test]
    fn the_request_carries_it_only_for_a_layer_that_accepts_it() {
        let cookie = format!("choices={}", banner_value(r#""necessary","statistics""#));
        let statistics = Consent::from_categories([Category::Statistics]);
        let accepting = site::POLICY.layer().accept_banner_cookie();
        assert_eq!(request_consent(accepting.clone(), &cookie), statistics);
        assert_eq!(
            request_consent(site::POLICY.layer(), &cookie),
            Consent::necessary_only()
        );
        // Our own values are read either way.
        let ours = format!("choices={}", site::POLICY.consent_cookie_value(statistics));
        assert_eq!(request_consent(accepting, &ours), statistics);
        assert_eq!(request_consent(site::POLICY.layer(), &ours), statistics);
    }

    #[test]
    fn a_response_setting_it_counts_only_for_a_layer_that_accepts_it() {
        let set_consent = format!("choices={}", banner_value(r#""marketing""#));
        let response = || {
            let mut headers = HeaderMap::new();
            headers.append(SET_COOKIE, set_consent.parse().unwrap());
            headers.append(SET_COOKIE, "ad_id=1".parse().unwrap());
            headers
        };
        let mut headers = response();
        let accepting = site::POLICY.layer().accept_banner_cookie();
        assert_eq!(
            accepting.enforce(Consent::necessary_only(), &mut headers),
            0
        );
        let mut headers = response();
        let mut reasons = Vec::new();
        site::POLICY
            .layer()
            .enforce_with(Consent::all(), &mut headers, |d| reasons.push(d.reason()));
        assert_eq!(reasons, [DropReason::NoConsent(Category::Marketing)]);
    }

    #[test]
    fn the_layer_says_what_it_reads() {
        let debug = format!("{:?}", site::POLICY.layer().accept_banner_cookie());
        assert!(debug.contains("OursAndBanner"), "{debug}");
        assert!(format!("{:?}", site::POLICY.layer()).contains("Ours"));
    }
}

/// What a report-only layer reports, and the headers afterwards.
fn report_only(consent: Consent, headers: &mut HeaderMap) -> Vec<(String, DropReason, bool)> {
    let mut reports = Vec::new();
    let count =
        site::POLICY
            .layer()
            .report_only()
            .enforce_with(consent, headers, |d: &Dropped<'_>| {
                reports.push((d.name().into_owned(), d.reason(), d.dropped()));
            });
    assert_eq!(count, 0, "a report-only layer removes nothing");
    reports
}

#[test]
fn report_only_keeps_every_header_and_reports_what_enforcing_drops() {
    let original = map(&[
        ("x-first", b"1"),
        ("set-cookie", b"tracker=1"),
        ("set-cookie", b"session=abc; HttpOnly"),
        ("content-type", b"text/html"),
        ("set-cookie", b"ad_id=1; Max-Age=100"),
        ("set-cookie", b"theme=dark; Max-Age=60"),
        ("set-cookie", b"broken"),
        ("set-cookie", b"ad_id=; Max-Age=0"),
        ("x-last", b"2"),
    ]);
    let consent = Consent::necessary_only().with(Category::Preferences);
    let mut reported = original.clone();
    let reports = report_only(consent, &mut reported);
    assert_eq!(all_headers(&reported), all_headers(&original));
    let mut enforced = original.clone();
    let drops = run(consent, &mut enforced);
    let would_drop: Vec<(String, DropReason)> = reports
        .iter()
        .map(|(name, reason, dropped)| {
            assert!(!dropped);
            (name.clone(), *reason)
        })
        .collect();
    assert_eq!(would_drop, drops);
}

#[test]
fn report_only_checks_the_attributes_of_what_passes() {
    let mut headers = map(&[
        ("set-cookie", b"session=abc"),                  // HttpOnly missing
        ("set-cookie", b"theme=dark; Max-Age=63072000"), // 2 years, declared 1
        ("set-cookie", b"_pk_ses=1; Max-Age=86400"),     // as declared
        ("set-cookie", b"session=; Max-Age=0"),          // a deletion: never compared
        ("set-cookie", b"ad_id=1; Max-Age=99999999"),    // dropped for consent: not compared
    ]);
    let reports = report_only(
        Consent::necessary_only().with(Category::Preferences),
        &mut headers,
    );
    let said: Vec<(String, String, bool)> = reports
        .iter()
        .map(|(name, reason, dropped)| (name.clone(), reason.to_string(), *dropped))
        .collect();
    assert_eq!(
        said,
        [
            (
                "session".to_owned(),
                "set with other attributes than declared: `HttpOnly` missing".to_owned(),
                false
            ),
            (
                "theme".to_owned(),
                "set with other attributes than declared: lifetime 730 days over the declared 1 year"
                    .to_owned(),
                false
            ),
            ("ad_id".to_owned(), "no consent to marketing".to_owned(), false),
        ]
    );
    // An enforcing layer does not compare attributes.
    let mut headers = map(&[("set-cookie", b"session=abc")]);
    assert_eq!(run(Consent::necessary_only(), &mut headers), []);
}

#[test]
fn report_only_judges_by_the_consent_the_response_sets() {
    let statistics = Consent::necessary_only().with(Category::Statistics);
    let mut headers = HeaderMap::new();
    headers.append(SET_COOKIE, "_pk_id.1.a=1; Max-Age=60".parse().unwrap());
    headers.append(SET_COOKIE, consent_value(statistics).parse().unwrap());
    headers.append(SET_COOKIE, "ad_id=1".parse().unwrap());
    let reports = report_only(Consent::necessary_only(), &mut headers);
    assert_eq!(
        reports,
        [(
            "ad_id".to_owned(),
            DropReason::NoConsent(Category::Marketing),
            false
        )]
    );
}

#[test]
fn reports_display_what_the_layer_did() {
    let kept = Dropped {
        raw_name: b"ad",
        reason: DropReason::NoConsent(Category::Marketing),
        kept: true,
    };
    assert_eq!(
        kept.to_string(),
        "would drop Set-Cookie \"ad\": no consent to marketing"
    );
    assert!(!kept.dropped());
    assert_eq!(DropReason::Malformed.category(), None);
}

proptest::proptest! {
    /// Whatever the headers, a report-only layer keeps them all and
    /// reports, besides attribute differences, exactly what an enforcing
    /// layer drops, in order.
    #[test]
    fn report_only_reports_exactly_the_drops(
        cookies in proptest::collection::vec(
            proptest::sample::select(vec![
                "session=1", "session=1; HttpOnly", "theme=x; Max-Age=9", "ad_id=1", "ad_id=; Max-Age=0",
                "_pk_id.1=1; Max-Age=999999999", "_pk_ses=1", "x=1", "broken", "a%7Cb%25=1",
                "choices=garbage", "choices=; Max-Age=0",
            ]),
            0..8,
        ),
        accepted in proptest::collection::vec(proptest::sample::select(Category::ALL.to_vec()), 0..3),
    ) {
        let consent = Consent::from_categories(accepted);
        let original = map(&cookies.iter().map(|c| ("set-cookie", c.as_bytes())).collect::<Vec<_>>());
        let mut reported = original.clone();
        let reports = report_only(consent, &mut reported);
        proptest::prop_assert_eq!(all_headers(&reported), all_headers(&original));
        let mut enforced = original.clone();
        let drops = run(consent, &mut enforced);
        let would_drop: Vec<(String, DropReason)> = reports
            .into_iter()
            .filter(|(_, reason, _)| !matches!(reason, DropReason::Attributes(_)))
            .map(|(name, reason, _)| (name, reason))
            .collect();
        proptest::prop_assert_eq!(would_drop, drops);
    }
}
