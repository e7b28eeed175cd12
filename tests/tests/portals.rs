//! The seed portals as users declare them (`cookie_policy_tests::portals`):
//! each declaration says exactly what its portal publishes, as the seed
//! reader (`cookie_policy_tests::seeds`) reads it, through the accessors of
//! `Policy` and `CookieSpec`. A declaration renders a "Function and location"
//! cell as `function (location)`, so that is what is compared with the
//! seed's cell.

use cookie_policy::{Category, CookieSpec};
use cookie_policy_tests::portals::{Portal, PORTALS};
use cookie_policy_tests::seeds;

/// How a declaration renders the "Function and location" cell.
fn function_and_location(cookie: &CookieSpec) -> String {
    match cookie.location() {
        Some(location) => format!("{} ({location})", cookie.function()),
        None => cookie.function().to_string(),
    }
}

/// The declaration says what the seed publishes: the same site, the same
/// cookies in the same order, each with the seed's cells in the default
/// language (English, the seeds' language), all necessary, and
/// `cookies_preferences` as the consent cookie.
fn assert_declares_seed(portal: &Portal) {
    let (policy, file) = (portal.policy, portal.seed);
    let seed = seeds::read(file);
    assert_eq!(policy.site(), seed.site, "{file}: site");
    assert_eq!(
        policy.default_language(),
        "en",
        "{file}: the seeds are in English"
    );
    let declared: Vec<&str> = policy.cookies().iter().map(CookieSpec::name).collect();
    assert_eq!(declared, seed.names(), "{file}: the cookies, in order");
    for row in &seed.rows {
        for name in &row.names {
            let cookie = policy
                .get(name)
                .unwrap_or_else(|| panic!("{file}: `{name}` is not declared"));
            assert_eq!(
                cookie.provider(),
                row.provider,
                "{file}: provider of {name}"
            );
            assert_eq!(
                function_and_location(cookie),
                row.function_and_location,
                "{file}: function and location of {name}"
            );
            assert_eq!(cookie.purpose(), row.purpose, "{file}: purpose of {name}");
            // The table is "Cookies necessary for the platform to function properly".
            assert_eq!(cookie.category(), Category::Necessary, "{file}: {name}");
            assert!(!cookie.requires_consent(), "{file}: {name}");
            assert!(!cookie.is_third_party(), "{file}: {name}");
        }
    }
    assert_eq!(
        policy.consent_cookie().map(CookieSpec::name),
        Some("cookies_preferences"),
        "{file}: consent cookie"
    );
}

#[test]
fn potsdam_the_example_declares_seed_000() {
    assert_declares_seed(&PORTALS[0]);
}

#[test]
fn public_opendatasoft_declares_seed_001() {
    assert_declares_seed(&PORTALS[1]);
}

#[test]
fn mannheim_declares_seed_002() {
    assert_declares_seed(&PORTALS[2]);
}

#[test]
fn tulsa_declares_seed_003() {
    assert_declares_seed(&PORTALS[3]);
}

#[test]
fn cityai_declares_seed_004() {
    assert_declares_seed(&PORTALS[4]);
}

#[test]
fn every_seed_has_one_declaration() {
    let declared: Vec<&str> = PORTALS.iter().map(|p| p.seed).collect();
    let files: Vec<&str> = seeds::FILES.iter().map(|(file, _)| *file).collect();
    assert_eq!(declared, files);
}
