//! The revision on source text: each cosmetic change keeps it, each change
//! of what consent is given for gives a new one; the encoding is pinned.

use super::{consent_encoding, is_stamp, purposes_encoding, purposes_stamp, revision};
use crate::check::Model;
use crate::testing::run;

// The shop, one entry or provider a line, so that the variants below can
// move, change, add and remove them.
const SETTINGS: &str =
    r#"site: "https://shop.example.org", languages: [en, de], consent_cookie: CONSENT,"#;
const SESSION: &str = r#"SESSION: "sessionid" { function: { en: "Sign-in", de: "Anmeldung" }, purpose: { en: "To keep you signed in", de: "Um Sie angemeldet zu halten" }, secure, http_only, same_site: Lax }"#;
const CONSENT: &str = r#"CONSENT: "cookie_consent" { function: { en: "Consent", de: "Einwilligung" }, purpose: { en: "To remember your choices", de: "Um Ihre Auswahl zu speichern" }, duration: 6 months }"#;
const MATOMO: &str = r#"provider "Matomo" { VISITS: "_pk_ses" { function: { en: "Audience", de: "Reichweite" }, purpose: { en: "To count visits anonymously", de: "Um Besuche anonym zu zählen" }, duration: 1 day, anonymized } }"#;
const GA: &str = r#"GA: "_ga" { function: { en: "Analytics", de: "Analyse" }, purpose: { en: "To tell visitors apart", de: "Um Besucher zu untersheiden" }, duration: 1 year }"#;
const GA_STATE: &str = r#"GA_STATE: "_ga_*" { function: { en: "Analytics", de: "Analyse" }, purpose: { en: "To keep the session state", de: "Um den Sitzungsstatus zu speichern" }, duration: 1 year }"#;
const ADS: &str = r#"provider "Ads Inc." { AD: "ad_id" { function: { en: "Advertising", de: "Werbung" }, location: { en: "product pages", de: "Produktseiten" }, purpose: { en: "To show ads", de: "Um Werbung zu zeigen" }, duration: 90 days } }"#;
const VIDEO: &str = r#"provider "VideoTube" { VIDEO: "VISITOR_INFO1_LIVE" { function: { en: "Embedded videos", de: "Eingebettete Videos" }, purpose: { en: "To estimate bandwidth", de: "Um die Bandbreite zu schätzen" }, third_party: "videotube.example", duration: 180 days, secure, same_site: None } }"#;

const NECESSARY: [&str; 4] = ["necessary { provider \"Shop\" {", SESSION, CONSENT, "} }"];
const STATISTICS: [&str; 7] = [
    "statistics {",
    MATOMO,
    "provider \"Analytics Inc.\" {",
    GA,
    GA_STATE,
    "}",
    "}",
];
const MARKETING: [&str; 4] = ["marketing {", ADS, VIDEO, "}"];

/// The shop with its category blocks in the order given.
fn shop_of(blocks: &[&[&str]]) -> String {
    let mut lines = vec!["pub mod shop {", SETTINGS];
    for block in blocks {
        lines.extend_from_slice(block);
    }
    lines.push("}");
    lines.join("\n")
}

fn shop() -> String {
    shop_of(&[&NECESSARY, &STATISTICS, &MARKETING])
}

/// `source` with each `(from, to)` replaced; each `from` must occur exactly
/// once, so a variant cannot silently change nothing.
#[track_caller]
fn edited(source: &str, edits: &[(&str, &str)]) -> String {
    let mut out = source.to_string();
    for (from, to) in edits {
        assert_eq!(out.matches(from).count(), 1, "`{from}` once in\n{out}");
        out = out.replacen(from, to, 1);
    }
    out
}

/// `a` and `b`, adjacent lines of `source`, swapped.
#[track_caller]
fn swapped(source: &str, a: &str, b: &str) -> String {
    edited(source, &[(&format!("{a}\n{b}"), &format!("{b}\n{a}"))])
}

/// `source` with a French text after each German one (the same words: the
/// check only asks that it is there), and French declared.
fn with_french(source: &str) -> String {
    let mut out = String::new();
    let mut rest = source;
    while let Some(at) = rest.find("de: \"") {
        let (before, text) = rest.split_at(at + "de: \"".len());
        let end = text.find('"').expect("a closed text");
        let (german, after) = text.split_at(end);
        out.push_str(before);
        out.push_str(german);
        out.push_str(&format!("\", fr: \"{german} (fr)"));
        rest = after;
    }
    out.push_str(rest);
    edited(&out, &[("languages: [en, de]", "languages: [en, de, fr]")])
}

/// The checked model of a source that must have no error.
#[track_caller]
fn model(source: &str) -> Model {
    let (model, errors) = run(source);
    assert!(errors.is_empty(), "{source}\n{errors:#?}");
    model.expect("a model")
}

/// `purposes: "..."` with the shop's stamp, which a policy that writes
/// `revision` carries.
fn stamp_setting() -> String {
    format!("purposes: \"{}\",", purposes_stamp(&model(&shop())))
}

/// What each cosmetic change is, and the declaration after it.
fn cosmetic_changes() -> Vec<(&'static str, String)> {
    let base = shop();
    let anonymized = r#"PK_ID: "_pk_id.*" { function: { en: "Audience", de: "Reichweite" }, purpose: { en: "To recognise returning visitors anonymously", de: "Um wiederkehrende Besucher anonym zu erkennen" }, duration: 13 months, anonymized }"#;
    let csrf = r#"CSRF: "csrftoken" { function: { en: "Security", de: "Sicherheit" }, purpose: { en: "To protect forms", de: "Um Formulare zu schützen" }, duration: 1 year }"#;
    vec![
        (
            "a typo fixed in a German purpose",
            edited(&base, &[("untersheiden", "unterscheiden")]),
        ),
        (
            "an English purpose reworded",
            edited(&base, &[("To tell visitors apart", "To tell one visitor from another")]),
        ),
        (
            "a changed function",
            edited(&base, &[("en: \"Advertising\"", "en: \"Targeted advertising\"")]),
        ),
        (
            "a changed location",
            edited(&base, &[("en: \"product pages\"", "en: \"product and search pages\"")]),
        ),
        ("a location added", edited(&base, &[(r#"{ en: "Analytics", de: "Analyse" }, purpose: { en: "To tell"#, r#"{ en: "Analytics", de: "Analyse" }, location: { en: "every page", de: "jede Seite" }, purpose: { en: "To tell"#)])),
        ("reordered entries", swapped(&swapped(&base, SESSION, CONSENT), GA, GA_STATE)),
        ("reordered providers", swapped(&base, ADS, VIDEO)),
        (
            "reordered categories",
            shop_of(&[&MARKETING, &NECESSARY, &STATISTICS]),
        ),
        ("an added language with its texts", with_french(&base)),
        (
            "an added necessary cookie",
            edited(&base, &[(CONSENT, &format!("{CONSENT}\n{csrf}"))]),
        ),
        ("a removed necessary cookie", edited(&base, &[(&format!("{SESSION}\n"), "")])),
        (
            "a necessary cookie kept longer",
            edited(&base, &[("duration: 6 months", "duration: 12 months")]),
        ),
        (
            "an added anonymized statistics cookie",
            edited(&base, &[("duration: 1 day, anonymized }", &format!("duration: 1 day, anonymized }}\n{anonymized}"))]),
        ),
        (
            "an anonymized statistics cookie kept longer",
            edited(&base, &[("duration: 1 day, anonymized", "duration: 30 days, anonymized")]),
        ),
        ("reformatting", base.replace(", ", ",\n        ").replace(" {", "\n{")),
        ("the same lifetime in other units", edited(&base, &[("duration: 90 days", "duration: 3 months")])),
        (
            "the other attributes",
            edited(&base, &[("duration: 90 days }", "duration: 90 days, secure, http_only, same_site: Strict, path: \"/shop\" }"), ("secure, same_site: None", "secure, same_site: None, partitioned")]),
        ),
        ("the third party written in capitals", edited(&base, &[("\"videotube.example\"", "\"VideoTube.example\"")])),
        ("another site", edited(&base, &[("https://shop.example.org", "https://www.shop.example.org")])),
        (
            "a renamed consent cookie",
            edited(&base, &[("\"cookie_consent\"", "\"shop_consent\"")]),
        ),
        (
            "`revision: 1`, the default, written",
            edited(&base, &[(SETTINGS, &format!("{SETTINGS} revision: 1, {}", stamp_setting()))]),
        ),
    ]
}

/// What each material change is, and the declaration after it.
fn material_changes() -> Vec<(&'static str, String)> {
    let base = shop();
    let ad_seen = r#"AD_SEEN: "ad_seen" { function: { en: "Advertising", de: "Werbung" }, purpose: { en: "To count ads seen", de: "Um gesehene Werbung zu zählen" }, duration: 30 days }"#;
    vec![
        (
            "a new cookie that needs consent",
            edited(
                &base,
                &[(
                    "duration: 90 days }",
                    &format!("duration: 90 days }}\n{ad_seen}"),
                )],
            ),
        ),
        (
            "a cookie moved to another category",
            edited(
                &base,
                &[
                    (&format!("{GA_STATE}\n"), ""),
                    (
                        VIDEO,
                        &format!("{VIDEO}\nprovider \"Analytics Inc.\" {{ {GA_STATE} }}"),
                    ),
                ],
            ),
        ),
        (
            "a necessary cookie moved to a consent category",
            edited(
                &base,
                &[
                    (&format!("{SESSION}\n"), ""),
                    (
                        "marketing {\n",
                        &format!(
                            "preferences {{ provider \"Shop\" {{ {SESSION} }} }}\nmarketing {{\n"
                        ),
                    ),
                ],
            ),
        ),
        (
            "another provider",
            edited(
                &base,
                &[("provider \"Ads Inc.\"", "provider \"Ads Network Ltd.\"")],
            ),
        ),
        (
            "a cookie moved to another provider",
            edited(
                &base,
                &[
                    (&format!("{GA_STATE}\n"), ""),
                    ("{ VISITS:", &format!("{{ {GA_STATE}\nVISITS:")),
                ],
            ),
        ),
        (
            "another third party",
            edited(&base, &[("\"videotube.example\"", "\"videos.example\"")]),
        ),
        (
            "a first-party cookie now set by a third party",
            edited(
                &base,
                &[(
                    "duration: 90 days }",
                    "duration: 90 days, third_party: \"ads.example\" }",
                )],
            ),
        ),
        (
            "a longer lifetime",
            edited(&base, &[("duration: 90 days", "duration: 180 days")]),
        ),
        (
            "a shorter lifetime",
            edited(&base, &[(GA_STATE, &GA_STATE.replace("1 year", "30 days"))]),
        ),
        (
            "a cookie removed from a consent category",
            edited(&base, &[(&format!("{GA_STATE}\n"), "")]),
        ),
        (
            "a cookie that needed consent now exempt",
            edited(
                &base,
                &[(
                    "de: \"Um Besucher zu untersheiden\" }, duration: 1 year",
                    "de: \"Um Besucher zu untersheiden\" }, duration: 1 year, anonymized",
                )],
            ),
        ),
        (
            "a renamed cookie",
            edited(&base, &[("\"ad_id\"", "\"ad_uid\"")]),
        ),
        (
            "a name become a pattern",
            edited(&base, &[("\"ad_id\"", "\"ad_*\"")]),
        ),
        (
            "a bumped `revision`",
            edited(
                &base,
                &[(
                    SETTINGS,
                    &format!("{SETTINGS} revision: 2, {}", stamp_setting()),
                )],
            ),
        ),
    ]
}

#[test]
fn each_cosmetic_change_keeps_the_revision() {
    let base = model(&shop());
    for (change, source) in cosmetic_changes() {
        let changed = model(&source);
        assert_eq!(
            consent_encoding(&changed),
            consent_encoding(&base),
            "{change}:\n{source}"
        );
        assert_eq!(revision(&changed), revision(&base), "{change}");
    }
}

#[test]
fn each_material_change_gives_a_new_revision() {
    let base = model(&shop());
    let mut seen = vec![("the shop", revision(&base))];
    for (change, source) in material_changes() {
        let changed = model(&source);
        let new = revision(&changed);
        for (other, earlier) in &seen {
            assert_ne!(
                new,
                *earlier,
                "{change} gives the revision of {other}:\n{}",
                consent_encoding(&changed)
            );
        }
        seen.push((change, new));
    }
}

/// The stamp covers the purposes of the cookies that need consent, in
/// every language, and nothing else.
#[test]
fn the_purposes_stamp_follows_the_consent_purposes_only() {
    let base = model(&shop());
    let stamp = purposes_stamp(&base);
    assert!(is_stamp(&stamp), "{stamp}");
    for (change, source, changes_stamp) in [
        (
            "a typo fixed in a German purpose",
            edited(&shop(), &[("untersheiden", "unterscheiden")]),
            true,
        ),
        (
            "an English purpose reworded",
            edited(&shop(), &[("To show ads", "To show adverts")]),
            true,
        ),
        ("an added language", with_french(&shop()), true),
        (
            "purposes swapped between cookies",
            edited(
                &shop(),
                &[
                    ("To keep the session state", "@@"),
                    ("To tell visitors apart", "To keep the session state"),
                    ("@@", "To tell visitors apart"),
                ],
            ),
            true,
        ),
        (
            "a necessary cookie's purpose",
            edited(
                &shop(),
                &[("To keep you signed in", "To keep you logged in")],
            ),
            false,
        ),
        (
            "an anonymized cookie's purpose",
            edited(
                &shop(),
                &[("To count visits anonymously", "To count visits")],
            ),
            false,
        ),
        (
            "a function",
            edited(&shop(), &[("en: \"Advertising\"", "en: \"Ads\"")]),
            false,
        ),
        ("reordered entries", swapped(&shop(), GA, GA_STATE), false),
        (
            "a longer lifetime",
            edited(&shop(), &[("duration: 90 days", "duration: 180 days")]),
            false,
        ),
    ] {
        let changed = model(&source);
        assert_eq!(
            purposes_stamp(&changed) != stamp,
            changes_stamp,
            "{change}:\n{}",
            purposes_encoding(&changed)
        );
    }
}

/// Visitors' consent cookies carry the revision, so the same declaration
/// must keep its revision from one version of the crate to the next (a
/// change voids every consent given): pinned, encoding and hash, for a
/// policy that uses every construct, as are its purposes and their stamp
/// (the values computed from the encodings by another FNV-1a, not this one).
#[test]
fn the_revision_of_a_declaration_is_stable_across_versions() {
    let model = model(crate::proptests::VALID);
    assert_eq!(
        consent_encoding(&model),
        "cookie-policy consent v1\nrevision 2\ncookie 18:VISITOR_INFO1_LIVE marketing 7:YouTube 11:youtube.com 15552000\n"
    );
    assert_eq!(revision(&model), 0x55C2_818A_3D9C_AC60);
    assert_eq!(
        purposes_encoding(&model),
        "cookie-policy purposes v1\npurpose 18:VISITOR_INFO1_LIVE 2:de 10:Bandbreite\npurpose 18:VISITOR_INFO1_LIVE 2:en 9:Bandwidth\n"
    );
    assert_eq!(purposes_stamp(&model), "92c998cc");
    // The shop: several cookies, sorted by name whatever their order.
    assert_eq!(
        consent_encoding(&self::model(&shop())),
        [
            "cookie-policy consent v1",
            "revision 1",
            "cookie 18:VISITOR_INFO1_LIVE marketing 9:VideoTube 17:videotube.example 15552000",
            "cookie 3:_ga statistics 14:Analytics Inc. - 31536000",
            "cookie 5:_ga_* statistics 14:Analytics Inc. - 31536000",
            "cookie 5:ad_id marketing 8:Ads Inc. - 7776000",
            "",
        ]
        .join("\n")
    );
}

/// FNV-1a 64 as specified (draft-eastlake-fnv's test vectors).
#[test]
fn the_hash_is_fnv_1a_64() {
    assert_eq!(super::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(super::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(super::fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
}

#[test]
fn a_stamp_is_eight_lower_case_hex_digits() {
    for stamp in ["9f3a71c2", "00000000", "abcdef01"] {
        assert!(is_stamp(stamp), "{stamp}");
    }
    for not in [
        "",
        "9f3a71c",
        "9f3a71c2a",
        "9F3A71C2",
        "9f3a71g2",
        " 9f3a71c",
        "9f3a71c\u{e9}",
    ] {
        assert!(!is_stamp(not), "{not}");
    }
}
