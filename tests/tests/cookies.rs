//! Building `cookie::Cookie` values from the declared constants: every
//! declared attribute, removal cookies, the consent cookie, and untrusted
//! values that must never inject anything into the `Set-Cookie` header.

use cookie::time::{Duration, OffsetDateTime};
use cookie::{Cookie, SameSite};
use cookie_policy::{Category, Consent, InvalidCookieName};
use proptest::prelude::*;

cookie_policy::cookie_policy! {
    pub mod shop {
        site: "https://shop.example.org",
        consent_cookie: CHOICES,
        necessary {
            provider "Shop" {
                SESSION: "__Host-session" {
                    function: "Session", purpose: "To keep the visitor signed in",
                    duration: 14 days, secure, http_only, same_site: Strict,
                }
                CSRF: "__Secure-csrf" {
                    function: "Security", purpose: "To prevent cross-site request forgery",
                    secure, same_site: Lax, path: "/forms",
                }
                CART: "cart" {
                    function: "Cart", purpose: "To keep the cart",
                    domain: "shop.example.org", duration: 1 year,
                }
                CHOICES: "cookie_choices" {
                    function: "Consent", purpose: "To remember the cookie choices",
                    duration: 6 months, same_site: Lax,
                }
            }
        }
        preferences {
            provider "Shop" {
                THEME: "theme" { function: "Theme", purpose: "To remember dark mode", duration: 30 days }
            }
        }
        statistics {
            provider "Matomo" {
                PK_SES: "_pk_ses.*" {
                    function: "Visits", purpose: "To count visits", duration: 1 day, anonymized,
                }
                PK_ID: "_pk_id.*" { function: "Visitors", purpose: "To recognise visitors", duration: 13 months }
            }
        }
        marketing {
            provider "Embedded maps" {
                MAPS: "maps_pref" {
                    function: "Maps", purpose: "To remember the map settings",
                    third_party: "maps.example.com", duration: 180 days,
                    secure, same_site: None, partitioned,
                }
            }
        }
    }
}

/// The attributes a rendered `Set-Cookie` value carries, in order, without
/// `Expires` (whose value contains a comma).
fn attribute_names(set_cookie: &str) -> Vec<String> {
    set_cookie
        .split("; ")
        .skip(1)
        .map(|a| a.split('=').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn host_prefixed_session_cookie_is_valid_for_browsers() {
    let cookie = shop::SESSION.cookie("s3cr3t");
    assert_eq!(cookie.name(), "__Host-session");
    assert_eq!(cookie.path(), Some("/"));
    assert_eq!(cookie.domain(), None);
    assert_eq!(cookie.secure(), Some(true));
    assert_eq!(cookie.http_only(), Some(true));
    assert_eq!(cookie.same_site(), Some(SameSite::Strict));
    assert_eq!(cookie.max_age(), Some(Duration::days(14)));
    assert_eq!(
        cookie.to_string(),
        "__Host-session=s3cr3t; HttpOnly; SameSite=Strict; Secure; Path=/; Max-Age=1209600"
    );
}

#[test]
fn every_declared_attribute_is_applied() {
    let csrf = shop::CSRF.cookie("t");
    assert_eq!(
        csrf.to_string(),
        "__Secure-csrf=t; SameSite=Lax; Secure; Path=/forms"
    );
    assert_eq!(csrf.max_age(), None, "a session cookie has no Max-Age");
    assert_eq!(csrf.expires(), None);

    let cart = shop::CART.cookie("3 items");
    assert_eq!(cart.domain(), Some("shop.example.org"));
    assert_eq!(cart.max_age(), Some(Duration::days(365)));
    assert_eq!(cart.secure(), None);
    assert_eq!(cart.http_only(), None);
    assert_eq!(
        cart.to_string(),
        "cart=3%20items; Path=/; Domain=shop.example.org; Max-Age=31536000"
    );

    let consent = Consent::all();
    let maps = shop::MAPS.cookie("z=12", consent.proof().unwrap());
    assert_eq!(maps.partitioned(), Some(true));
    assert_eq!(maps.same_site(), Some(SameSite::None));
    assert_eq!(
        maps.to_string(),
        "maps_pref=z=12; SameSite=None; Partitioned; Secure; Path=/; Max-Age=15552000"
    );
}

#[test]
fn max_age_follows_the_declared_duration_of_every_cookie() {
    let all = Consent::all();
    let proof = all.proof().unwrap();
    let built = [
        (shop::SESSION.cookie_if_allowed("v", all), Some(14)),
        (shop::CSRF.cookie_if_allowed("v", all), None),
        (shop::CART.cookie_if_allowed("v", all), Some(365)),
        (shop::CHOICES.cookie_if_allowed("v", all), Some(180)),
        (shop::THEME.cookie_if_allowed("v", all), Some(30)),
        (shop::PK_SES.cookie_named("_pk_ses.1", "v").ok(), Some(1)),
        (
            shop::PK_ID.cookie_named("_pk_id.1", "v", proof).ok(),
            Some(13 * 30),
        ),
        (shop::MAPS.cookie_if_allowed("v", all), Some(180)),
    ];
    assert_eq!(built.len(), shop::POLICY.cookies().len(), "every cookie");
    for (cookie, days) in built {
        let cookie = cookie.expect("consent to everything builds every cookie");
        assert_eq!(
            cookie.max_age(),
            days.map(Duration::days),
            "{}",
            cookie.name()
        );
        // The spec says the same as the cookie built from it.
        let spec = shop::POLICY.get(cookie.name()).unwrap();
        assert_eq!(
            spec.max_age().map(|d| d.as_secs() as i64),
            days.map(|d| d * 86_400),
            "{}",
            cookie.name()
        );
    }
}

#[test]
fn patterns_need_a_matching_concrete_name() {
    let pk_ses = shop::PK_SES.cookie_named("_pk_ses.1.a1b2", "*").unwrap();
    assert_eq!(pk_ses.name(), "_pk_ses.1.a1b2");
    assert_eq!(pk_ses.max_age(), Some(Duration::days(1)));
    assert_eq!(
        shop::PK_SES.cookie_named("_pk_id.1.a1b2", "*").unwrap_err(),
        InvalidCookieName::DoesNotMatch {
            declared: "_pk_ses.*"
        }
    );
    for bad in [
        "",
        "_pk_ses.1 2",
        "_pk_ses.1;x=y",
        "_pk_ses.ü",
        "_pk_ses.1\n",
    ] {
        assert_eq!(
            shop::PK_SES.cookie_named(bad, "v").unwrap_err(),
            InvalidCookieName::NotAToken,
            "{bad:?}"
        );
    }
    let proof = Consent::all().proof().unwrap();
    let pk_id = shop::PK_ID
        .cookie_named("_pk_id.1.a1b2", "v", proof)
        .unwrap();
    assert_eq!(pk_id.name(), "_pk_id.1.a1b2");
    // An exact declaration accepts its own name only.
    assert!(shop::CART.cookie_named("cart", "v").is_ok());
    assert!(shop::CART.cookie_named("carts", "v").is_err());
}

#[test]
fn removal_cookies_match_the_cookie_they_delete() {
    for spec in shop::POLICY.cookies() {
        let removal = if spec.is_pattern() {
            let name = format!("{}xyz", spec.name_prefix());
            spec.removal_cookie_named(&name).unwrap()
        } else {
            spec.removal_cookie()
        };
        assert_eq!(removal.value(), "");
        assert_eq!(removal.max_age(), Some(Duration::ZERO));
        assert_eq!(removal.expires_datetime(), Some(OffsetDateTime::UNIX_EPOCH));
        assert_eq!(
            removal.path(),
            Some(spec.path().unwrap_or("/")),
            "{}",
            spec.name()
        );
        assert_eq!(removal.domain(), spec.domain(), "{}", spec.name());
        assert_eq!(removal.secure().unwrap_or(false), spec.secure());
        assert_eq!(removal.partitioned().unwrap_or(false), spec.partitioned());
        // what a browser receives parses back as a deletion
        let parsed = Cookie::parse(removal.to_string()).unwrap();
        assert_eq!(parsed.max_age(), Some(Duration::ZERO));
        assert!(parsed.expires_datetime().unwrap() < OffsetDateTime::now_utc());
    }
    let maps = shop::MAPS.removal_cookie().to_string();
    assert!(
        maps.contains("Partitioned") && maps.contains("Secure"),
        "{maps}"
    );
}

#[test]
fn cookies_are_built_only_when_the_consent_allows() {
    let consent = Consent::necessary_only().with(Category::Preferences);
    assert!(shop::THEME.cookie_if_allowed("dark", consent).is_some());
    assert!(shop::PK_ID.cookie_if_allowed("v", consent).is_none());
    assert!(shop::MAPS.cookie_if_allowed("v", consent).is_none());
    assert!(shop::PK_SES.cookie_if_allowed("v", consent).is_some());
    assert!(shop::SESSION
        .cookie_if_allowed("v", Consent::necessary_only())
        .is_some());
}

#[test]
fn the_consent_cookie_round_trips_through_a_browser() {
    for consent in [
        Consent::necessary_only(),
        Consent::all(),
        Consent::from_categories([Category::Statistics]),
    ] {
        let set_cookie = shop::POLICY.consent_cookie_for(consent).unwrap();
        assert_eq!(set_cookie.name(), "cookie_choices");
        assert_eq!(set_cookie.max_age(), Some(Duration::days(180)));
        assert_eq!(set_cookie.same_site(), Some(SameSite::Lax));
        // the browser sends back `name=value`
        let request = format!("__Host-session=x; {}", set_cookie.stripped());
        assert_eq!(shop::POLICY.consent_from_cookie_header(&request), consent);
    }
}

/// Characters that break a `Set-Cookie` header when written raw.
fn hostile_value() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(";".to_owned()),
        Just(",".to_owned()),
        Just(" ".to_owned()),
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("%".to_owned()),
        Just("=".to_owned()),
        Just("; Domain=evil.example".to_owned()),
        Just("; Max-Age=999999999".to_owned()),
        Just("\r\nSet-Cookie: admin=1".to_owned()),
        "[\\x00-\\x1f\\x7f]",
        "[a-zA-Z0-9]{0,4}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn untrusted_values_never_inject_anything(value in hostile_value()) {
        let proof = Consent::all().proof().unwrap();
        for (cookie, harmless) in [
            (shop::SESSION.cookie(&value), shop::SESSION.cookie("x")),
            (shop::CSRF.cookie(&value), shop::CSRF.cookie("x")),
            (shop::CART.cookie(&value), shop::CART.cookie("x")),
            (shop::MAPS.cookie(&value, proof), shop::MAPS.cookie("x", proof)),
        ] {
            let header = cookie.to_string();
            // one line of visible ASCII, one cookie, only the declared attributes
            prop_assert!(header.bytes().all(|b| (0x20..0x7f).contains(&b)), "{header:?}");
            prop_assert_eq!(attribute_names(&header), attribute_names(&harmless.to_string()));
            let (name, raw_value) = header.split("; ").next().unwrap().split_once('=').unwrap();
            prop_assert_eq!(name, harmless.name());
            prop_assert!(
                raw_value.bytes().all(|b| !matches!(b, b';' | b',' | b' ' | b'"' | b'\\')),
                "{raw_value:?}"
            );
            // and the value parses back to exactly what was given
            let parsed = Cookie::parse_encoded(header.clone()).unwrap();
            prop_assert_eq!(parsed.value(), value.as_str());
            prop_assert_eq!(cookie_policy::decode_cookie_value(raw_value), value.as_str());
            prop_assert_eq!(parsed.domain(), harmless.domain());
            prop_assert_eq!(parsed.path(), harmless.path());
            prop_assert_eq!(parsed.max_age(), harmless.max_age());
            prop_assert_eq!(parsed.secure(), harmless.secure());
        }
    }

    #[test]
    fn untrusted_pattern_names_are_checked(suffix in any::<String>()) {
        let name = format!("_pk_ses.{suffix}");
        match shop::PK_SES.cookie_named(&name, "v") {
            Ok(cookie) => {
                prop_assert_eq!(cookie.name(), name.as_str());
                let parsed = Cookie::parse(cookie.to_string()).unwrap();
                prop_assert_eq!(parsed.name(), name.as_str());
            }
            Err(e) => prop_assert_eq!(e, InvalidCookieName::NotAToken),
        }
    }
}

cookie_policy::cookie_policy! {
    mod loose {
        site: "https://example.org",
        necessary { provider "Example" {
            UNDERSCORED: "__*" { function: "Legacy", purpose: "Old cookies" }
        } }
    }
}

cookie_policy::cookie_policy! {
    mod shared_domain {
        site: "https://www.example.org",
        necessary { provider "Example" {
            H: "__H*" { function: "Legacy", purpose: "Old cookies", secure, domain: "example.org" }
        } }
    }
}

#[test]
fn concrete_names_with_browser_prefixes_must_satisfy_them() {
    // not declared secure: browsers reject `__Secure-` and `__Host-` cookies
    for name in ["__Secure-x", "__Host-x", "__secure-x", "__HOST-x"] {
        assert_eq!(
            loose::UNDERSCORED.cookie_named(name, "v").unwrap_err(),
            InvalidCookieName::PrefixRequirements,
            "{name}"
        );
        assert!(loose::UNDERSCORED.removal_cookie_named(name).is_err());
    }
    assert_eq!(
        loose::UNDERSCORED.cookie_named("__x", "v").unwrap().name(),
        "__x"
    );
    // secure, but a `__Host-` cookie may not have a Domain
    assert_eq!(
        shared_domain::H.cookie_named("__Host-x", "v").unwrap_err(),
        InvalidCookieName::PrefixRequirements
    );
    let ok = shared_domain::H.cookie_named("__Hx", "v").unwrap();
    assert_eq!(
        (ok.domain(), ok.secure()),
        (Some("example.org"), Some(true))
    );
    assert_eq!(
        InvalidCookieName::PrefixRequirements.to_string(),
        "a `__Secure-` cookie must be declared `secure`, and a `__Host-` cookie also without \
         `domain` and with no `path` other than `/`"
    );
}
