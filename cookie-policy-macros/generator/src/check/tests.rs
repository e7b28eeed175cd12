//! The rules, one by one, on source text: each broken rule must produce
//! exactly one error, on the expected token, with the expected explanation.

use crate::ast::Category;
use crate::testing::{policy, run, Reported};

const SITE: &str = "site: \"https://www.example.org\",";
const F: &str = "function: \"f\", purpose: \"p\"";

fn necessary(entry: &str) -> String {
    policy(SITE, entry, "", "")
}

fn statistics(entry: &str) -> String {
    policy(SITE, "", entry, "")
}

fn marketing(entry: &str) -> String {
    policy(SITE, "", "", entry)
}

#[track_caller]
fn one_error(source: &str, token: &str, fragment: &str) {
    let (_, errors) = run(source);
    assert_eq!(
        errors.len(),
        1,
        "expected one error for\n{source}\ngot {errors:#?}"
    );
    let Reported {
        token: got,
        message,
    } = &errors[0];
    assert_eq!(got, token, "wrong token for `{fragment}`: {message}");
    assert!(message.contains(fragment), "`{message}` lacks `{fragment}`");
}

#[track_caller]
fn no_error(source: &str) {
    let (model, errors) = run(source);
    assert!(errors.is_empty(), "{source}\n{errors:#?}");
    assert!(model.is_some());
}

#[test]
fn a_valid_policy_has_no_error_and_a_full_model() {
    let source = policy(
        "site: \"https://opendata.potsdam.de\", languages: [en, de], consent_cookie: PREFS,",
        r#"/// Session.
           SESSIONID: "sessionid" { function: { en: "Auth", de: "Anm" }, location: { de: "B", en: "A" },
               purpose: { en: "p", de: "q" }, duration: 14 days, secure, http_only, same_site: Lax,
               domain: ".potsdam.de", path: "/" }
           PREFS: "cookies_preferences" { function: { en: "c", de: "c" }, purpose: { en: "c", de: "c" }, duration: 6 months }"#,
        r#"PK: "_pk_id.*" { function: { en: "a", de: "a" }, purpose: { en: "b", de: "b" }, duration: 13 months, anonymized }"#,
        r#"YT: "VISITOR_INFO1_LIVE" { function: { en: "v", de: "v" }, purpose: { en: "w", de: "w" },
               third_party: "YouTube.com", duration: 180 days, secure, same_site: None, partitioned }"#,
    );
    let (model, errors) = run(&source);
    assert!(errors.is_empty(), "{errors:#?}");
    let model = model.expect("model");
    assert_eq!(model.site, "https://opendata.potsdam.de");
    assert_eq!(model.languages, ["en", "de"]);
    assert_eq!(model.consent_cookie, Some(1));
    let names: Vec<&str> = model.cookies.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "sessionid",
            "cookies_preferences",
            "_pk_id.*",
            "VISITOR_INFO1_LIVE"
        ]
    );
    let session = &model.cookies[0];
    assert_eq!(session.docs.len(), 1);
    // Texts are stored in the policy's language order, whatever the source order.
    assert_eq!(
        session.location.as_deref(),
        Some(&["A".to_string(), "B".to_string()][..])
    );
    assert_eq!(session.domain.as_deref(), Some("potsdam.de"));
    assert!(session.secure && session.http_only && !session.partitioned);
    let pk = &model.cookies[2];
    assert!(pk.is_pattern() && pk.anonymized && !pk.requires_consent());
    assert_eq!(pk.category, Category::Statistics);
    let yt = &model.cookies[3];
    assert_eq!(yt.third_party.as_deref(), Some("youtube.com"));
    assert!(yt.requires_consent());
    assert!(!model.cookies[0].requires_consent());
}

#[test]
fn rule_1_duplicate_names_point_at_the_second_and_name_the_first() {
    one_error(
        &necessary(&format!("A: \"sid\" {{ {F} }} B: \"sid\" {{ {F} }}")),
        "\"sid\"",
        "as `A` (provider \"Site\", necessary)",
    );
    // The second occurrence is the one blamed, not the first.
    let (_, errors) = run(&necessary(&format!(
        "A: \"sid\" {{ {F} }} B: \"sid\" {{ {F} }}"
    )));
    assert!(errors[0].message.contains("`sid` is declared twice"));
}

#[test]
fn rule_2_duplicate_and_reserved_constants() {
    one_error(
        &necessary(&format!("A: \"a\" {{ {F} }} A: \"b\" {{ {F} }}")),
        "A",
        "already used for the cookie `a`",
    );
    one_error(
        &necessary(&format!("POLICY: \"a\" {{ {F} }}")),
        "POLICY",
        "generated item",
    );
}

#[test]
fn rule_3_third_party_cannot_be_necessary() {
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, third_party: \"youtube.com\" }}")),
        "third_party",
        "cannot be `necessary`",
    );
}

#[test]
fn rule_4_names_must_be_tokens() {
    for (name, fragment) in [
        ("", "cannot be empty"),
        ("a b", "a space"),
        ("a\\tb", "a tab"),
        ("a\\u{7}", "control character"),
        ("caf\u{e9}", "non-ASCII"),
        ("a;b", "`;`"),
        ("a=b", "`=`"),
        ("a,b", "`,`"),
        ("a\\\"b", "`\"`"),
        ("a/b", "`/`"),
        ("a[b]", "`[`"),
        ("a{b}", "`{`"),
        ("a@b", "`@`"),
        ("a?b", "`?`"),
        ("a:b", "`:`"),
        ("a(b)", "`(`"),
        ("a<b>", "`<`"),
        ("a\\\\b", "`\\`"),
    ] {
        let literal = format!("\"{name}\"");
        one_error(
            &necessary(&format!("A: {literal} {{ {F} }}")),
            &literal,
            fragment,
        );
    }
}

#[test]
fn rule_5_cookie_prefixes() {
    one_error(
        &necessary(&format!("A: \"__Secure-id\" {{ {F} }}")),
        "\"__Secure-id\"",
        "add `secure`",
    );
    one_error(
        &necessary(&format!("A: \"__Host-id\" {{ {F} }}")),
        "\"__Host-id\"",
        "add `secure`",
    );
    one_error(
        &necessary(&format!(
            "A: \"__Host-id\" {{ {F}, secure, domain: \"example.org\" }}"
        )),
        "domain",
        "must not have a `domain`",
    );
    one_error(
        &necessary(&format!(
            "A: \"__Host-id\" {{ {F}, secure, path: \"/app\" }}"
        )),
        "\"/app\"",
        "`path: \"/\"`",
    );
    // Browsers match the prefixes case-insensitively.
    one_error(
        &necessary(&format!("A: \"__host-id\" {{ {F} }}")),
        "\"__host-id\"",
        "add `secure`",
    );
    no_error(&necessary(&format!(
        "A: \"__Host-id\" {{ {F}, secure, path: \"/\" }}"
    )));
    no_error(&necessary(&format!(
        "A: \"__Secure-id\" {{ {F}, secure, domain: \"example.org\" }}"
    )));
}

#[test]
fn rule_6_attributes_that_need_secure() {
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, same_site: None }}")),
        "None",
        "needs `secure`",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, partitioned }}")),
        "partitioned",
        "needs `secure`",
    );
    no_error(&necessary(&format!(
        "A: \"a\" {{ {F}, same_site: None, partitioned, secure }}"
    )));
}

#[test]
fn rule_7_durations_are_capped_at_400_days() {
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, duration: 401 days }}")),
        "401 days",
        "400 days",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, duration: 14 months }}")),
        "14 months",
        "420 days",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, duration: 2 years }}")),
        "2 years",
        "730 days",
    );
    one_error(
        &necessary(&format!(
            "A: \"a\" {{ {F}, duration: 18446744073709551615 years }}"
        )),
        "18446744073709551615 years",
        "400 days",
    );
    no_error(&necessary(&format!(
        "A: \"a\" {{ {F}, duration: 400 days }}"
    )));
    no_error(&necessary(&format!("A: \"a\" {{ {F}, duration: 1 year }}")));
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, duration: 0 days }}")),
        "0 days",
        "deletes the cookie",
    );
}

#[test]
fn rule_8_anonymized_is_the_cnil_exemption() {
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, anonymized }}")),
        "anonymized",
        "only applies to `statistics`",
    );
    one_error(
        &marketing(&format!("A: \"a\" {{ {F}, anonymized }}")),
        "anonymized",
        "only applies to `statistics`",
    );
    one_error(
        &statistics(&format!(
            "A: \"a\" {{ {F}, third_party: \"stats.example\", anonymized }}"
        )),
        "anonymized",
        "third-party cookie cannot be `anonymized`",
    );
    one_error(
        &statistics(&format!(
            "A: \"a\" {{ {F}, duration: 391 days, anonymized }}"
        )),
        "anonymized",
        "13 months",
    );
    no_error(&statistics(&format!(
        "A: \"a\" {{ {F}, duration: 13 months, anonymized }}"
    )));
}

#[test]
fn rule_9_fields() {
    one_error(
        &necessary("A: \"a\" { purpose: \"p\" }"),
        "A",
        "missing `function`",
    );
    one_error(
        &necessary("A: \"a\" { function: \"f\" }"),
        "A",
        "missing `purpose`",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, purpse: \"x\" }}")),
        "purpse",
        "Did you mean `purpose`?",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, httponly }}")),
        "httponly",
        "Did you mean `http_only`?",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, secure, secure }}")),
        "secure",
        "given twice",
    );
    one_error(
        &necessary(&format!(
            "A: \"a\" {{ {F}, duration: 1 day, duration: 2 days }}"
        )),
        "duration",
        "given twice",
    );
    one_error(
        &necessary("A: \"a\" { function: \"\", purpose: \"p\" }"),
        "\"\"",
        "is empty",
    );
    one_error(
        &necessary("A: \"a\" { function: \"  \", purpose: \"p\" }"),
        "\"  \"",
        "is blank",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, same_site: lax }}")),
        "lax",
        "Did you mean `Lax`?",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, same_site: \"Lax\" }}")),
        "\"Lax\"",
        "without quotes",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, duration: 3 dayz }}")),
        "dayz",
        "Did you mean `3 days`?",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, duration: 3 }}")),
        "3",
        "needs a unit",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, secure: true }}")),
        "secure",
        "is a flag",
    );
    one_error(
        &necessary(&format!("#[allow(unused)] A: \"a\" {{ {F} }}")),
        "#[allow(unused)]",
        "only doc comments",
    );
}

#[test]
fn rule_9_settings_and_categories() {
    one_error(
        &policy(
            "site: \"https://example.org\", langauges: [en],",
            &format!("A: \"a\" {{ {F} }}"),
            "",
            "",
        ),
        "langauges",
        "Did you mean `languages`?",
    );
    one_error(
        &policy("", &format!("A: \"a\" {{ {F} }}"), "", ""),
        "site",
        "does not say which site",
    );
    one_error(
        &policy(
            "site: \"https://a.org\", site: \"https://b.org\",",
            "",
            "",
            "",
        ),
        "site",
        "set twice",
    );
    one_error(
        "mod m { site: \"https://a.org\", statistic { } }",
        "statistic",
        "Did you mean `statistics`?",
    );
    let (_, errors) = run("mod m { site: \"https://a.org\", cookies { } }");
    assert!(errors[0]
        .message
        .contains("`necessary`, `preferences`, `statistics` or `marketing`"));
}

#[test]
fn rule_10_sites_and_domains() {
    for (site, fragment) in [
        ("www.example.org", "\"https://www.example.org\""),
        ("ftp://example.org", "`https://`"),
        ("https://", "no host"),
        ("https://exa mple.org", "a space"),
        ("https://user@example.org", "user name"),
    ] {
        let literal = format!("\"{site}\"");
        one_error(
            &policy(&format!("site: {literal},"), "", "", ""),
            &literal,
            fragment,
        );
    }
    one_error(
        &marketing(&format!(
            "A: \"a\" {{ {F}, third_party: \"www.example.org\" }}"
        )),
        "\"www.example.org\"",
        "the site's own host",
    );
    one_error(
        &marketing(&format!(
            "A: \"a\" {{ {F}, third_party: \"cdn.www.example.org\" }}"
        )),
        "\"cdn.www.example.org\"",
        "a subdomain of the site's host",
    );
    one_error(
        &marketing(&format!(
            "A: \"a\" {{ {F}, third_party: \"https://youtube.com/embed\" }}"
        )),
        "\"https://youtube.com/embed\"",
        "`\"youtube.com\"`",
    );
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, domain: \"other.org\" }}")),
        "\"other.org\"",
        "cannot set a cookie for `other.org`",
    );
    no_error(&necessary(&format!(
        "A: \"a\" {{ {F}, domain: \"example.org\" }}"
    )));
    one_error(
        &necessary(&format!("A: \"a\" {{ {F}, path: \"app\" }}")),
        "\"app\"",
        "must start with `/`",
    );
    one_error(
        &policy(
            "site: \"http://example.org\",",
            &format!("A: \"a\" {{ {F}, secure }}"),
            "",
            "",
        ),
        "secure",
        "over `http://`",
    );
    no_error(&policy(
        "site: \"http://localhost:8080\",",
        &format!("A: \"a\" {{ {F}, secure }}"),
        "",
        "",
    ));
}

#[test]
fn rule_11_languages() {
    let two = "site: \"https://example.org\", languages: [en, de],";
    one_error(
        &policy(
            two,
            "A: \"a\" { function: { en: \"f\" }, purpose: { en: \"p\", de: \"p\" } }",
            "",
            "",
        ),
        "{ en: \"f\" }",
        "lacks a text in `de`",
    );
    one_error(
        &policy(two, "A: \"a\" { function: { en: \"f\", de: \"f\", fr: \"f\" }, purpose: { en: \"p\", de: \"p\" } }", "", ""),
        "fr",
        "not one of the policy's languages",
    );
    one_error(
        &policy(
            two,
            "A: \"a\" { function: \"f\", purpose: { en: \"p\", de: \"p\" } }",
            "",
            "",
        ),
        "\"f\"",
        "a text in each",
    );
    one_error(
        &policy("site: \"https://example.org\", languages: [],", "", "", ""),
        "[]",
        "cannot be empty",
    );
    one_error(
        &policy(
            "site: \"https://example.org\", languages: [english],",
            "",
            "",
            "",
        ),
        "english",
        "not a language code",
    );
    one_error(
        &policy(
            "site: \"https://example.org\", languages: [en, en],",
            "",
            "",
            "",
        ),
        "en",
        "listed twice",
    );
}

#[test]
fn rule_12_patterns() {
    one_error(
        &necessary(&format!("A: \"_ga*_x\" {{ {F} }}")),
        "\"_ga*_x\"",
        "`*` may only end a name",
    );
    one_error(
        &statistics(&format!("G: \"_ga*\" {{ {F} }} X: \"_ga_XYZ\" {{ {F} }}")),
        "\"_ga*\"",
        "also covers `_ga_XYZ` (X)",
    );
    // Nested patterns are fine: the longest prefix wins at run time.
    no_error(&statistics(&format!(
        "G: \"_ga*\" {{ {F} }} X: \"_ga_*\" {{ {F} }}"
    )));
}

#[test]
fn rule_13_consent_cookie() {
    one_error(
        &policy(
            &format!("{SITE} consent_cookie: PREF,"),
            &format!("PREFS: \"p\" {{ {F} }}"),
            "",
            "",
        ),
        "PREF",
        "Did you mean `PREFS`?",
    );
    one_error(
        &policy(
            &format!("{SITE} consent_cookie: PREFS,"),
            "",
            "",
            &format!("PREFS: \"p\" {{ {F} }}"),
        ),
        "PREFS",
        "must be `necessary`",
    );
}

#[test]
fn every_mistake_of_one_invocation_is_reported() {
    let source = policy(
        "site: \"https://example.org\", languages: [en, de],",
        "A: \"a b\" { function: { en: \"f\" }, purpose: { en: \"p\", de: \"p\" }, duration: 2 years }",
        "S: \"s\" { function: { en: \"f\", de: \"f\" }, purpose: { en: \"p\", de: \"p\" }, same_site: None }",
        "M: \"m\" { function: { en: \"f\", de: \"f\" }, purpose: { en: \"p\", de: \"p\" }, anonymized }",
    );
    let (model, errors) = run(&source);
    let tokens: Vec<&str> = errors.iter().map(|e| e.token.as_str()).collect();
    assert_eq!(
        tokens,
        ["\"a b\"", "{ en: \"f\" }", "2 years", "None", "anonymized"],
        "{errors:#?}"
    );
    // The model still has every entry, for best-effort expansion.
    assert_eq!(model.map(|m| m.cookies.len()), Some(3));
}

#[test]
fn a_suffix_on_any_literal_is_one_error_with_one_message() {
    const SUFFIX: &str = "a literal in a policy takes no suffix: write";
    one_error(
        &policy("site: \"https://www.example.org\"x,", "", "", ""),
        "\"https://www.example.org\"x",
        SUFFIX,
    );
    one_error(
        &necessary(&format!("A: \"sid\"x {{ {F} }}")),
        "\"sid\"x",
        "write `\"sid\"` without the `x` suffix",
    );
    one_error(
        &format!("mod m {{ {SITE} necessary {{ provider \"P\"_p {{ A: \"a\" {{ {F} }} }} }} }}"),
        "\"P\"_p",
        SUFFIX,
    );
    for (fields, token) in [
        ("function: \"f\"s, purpose: \"p\"", "\"f\"s"),
        ("function: { en: \"f\"s }, purpose: \"p\"", "\"f\"s"),
        ("function: \"f\", purpose: \"p\", path: \"/\"s", "\"/\"s"),
        (
            "function: \"f\", purpose: \"p\", domain: \"www.example.org\"s",
            "\"www.example.org\"s",
        ),
        (
            "function: \"f\", purpose: \"p\", duration: 14u8 days",
            "14u8",
        ),
    ] {
        one_error(
            &necessary(&format!("A: \"a\" {{ {fields} }}")),
            token,
            SUFFIX,
        );
    }
    one_error(
        &marketing(&format!(
            "A: \"a\" {{ {F}, third_party: \"ads.example\"s }}"
        )),
        "\"ads.example\"s",
        SUFFIX,
    );
    // The value is kept: the rules still see it.
    let (_, errors) = run(&necessary(&format!(
        "A: \"a\" {{ {F}, duration: 401u16 days }}"
    )));
    let found: Vec<(&str, bool)> = errors
        .iter()
        .map(|e| (e.token.as_str(), e.message.contains("400 days")))
        .collect();
    assert_eq!(
        found,
        [("401u16", false), ("401u16 days", true)],
        "{errors:#?}"
    );
}

/// The pattern rule is `cookie-policy-shared`'s (tested there): here,
/// that `"*"` alone, a pattern by that rule, is rejected as one.
#[test]
fn a_star_alone_is_a_pattern_and_rejected() {
    // `"*"` alone is a pattern, and rejected as one; its entry is kept as a
    // pattern for the best-effort expansion.
    let (model, errors) = run(&statistics(&format!("ALL: \"*\" {{ {F} }}")));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0]
        .message
        .contains("a prefix pattern needs a prefix before `*`"));
    let model = model.expect("model");
    assert!(model.cookies.iter().all(|c| c.is_pattern()));
}

#[test]
fn revision_is_a_whole_number_from_one() {
    let with = |revision: &str| policy(&format!("{SITE} revision: {revision},"), "", "", "");
    no_error(&with("1"));
    no_error(&with("12"));
    for (revision, token, fragment) in [
        ("0", "0", "`revision` counts from 1"),
        ("-1", "-1", "a negative revision is none"),
        ("-0", "-0", "a negative revision is none"),
        ("1.5", "1.5", "write `revision: 2`"),
        ("2.0", "2.0", "write `revision: 2`"),
        ("\"2\"", "\"2\"", "without quotes: `revision: 2`"),
        ("two", "two", "expected the revision as a whole number"),
        ("v2", "v2", "expected the revision as a whole number"),
        ("2u32", "2u32", "write `2` without the `u32` suffix"),
        (
            "99999999999999999999",
            "99999999999999999999",
            "does not fit in 64 bits",
        ),
    ] {
        one_error(&with(revision), token, fragment);
    }
    one_error(
        &policy(&format!("{SITE} revision: 2, revision: 3,"), "", "", ""),
        "revision",
        "`revision` is set twice",
    );
    one_error(
        &policy(&format!("{SITE} version: 2,"), "", "", ""),
        "version",
        "Did you mean `revision`?",
    );
    // The number is the model's; 1 when not written.
    let read = |source: &str| run(source).0.map(|m| m.revision_setting);
    assert_eq!(read(&with("7")), Some(7));
    assert_eq!(read(&with("0x10")), Some(16));
    assert_eq!(read(&policy(SITE, "", "", "")), Some(1));
}

/// The stamp of the purposes of `source` (what the messages must give).
fn stamp_of(source: &str) -> String {
    let (model, _) = run(source);
    crate::revision::purposes_stamp(&model.expect("a model"))
}

#[test]
fn a_policy_with_revision_carries_a_current_stamp_of_its_purposes() {
    let ad = format!("AD: \"ad\" {{ {F} }}");
    let with = |settings: &str, purpose: &str| {
        policy(
            &format!("{SITE} {settings}"),
            "",
            "",
            &ad.replace("\"p\"", purpose),
        )
    };
    let stamp = stamp_of(&with("", "\"p\""));
    // Without `revision` the stamp may be left out; with it, it is required.
    no_error(&with("", "\"p\""));
    one_error(
        &with("revision: 2,", "\"p\""),
        "revision",
        &format!("add `purposes: \"{stamp}\",` after `revision: 2,`"),
    );
    no_error(&with(
        &format!("revision: 2, purposes: \"{stamp}\","),
        "\"p\"",
    ));
    // ... but not where no cookie needs consent.
    no_error(&policy(&format!("{SITE} revision: 2,"), &ad, "", ""));
    // A stamp is checked with or without `revision`.
    no_error(&with(&format!("purposes: \"{stamp}\","), "\"p\""));
    let reworded = stamp_of(&with("", "\"q\""));
    assert_ne!(reworded, stamp);
    one_error(
        &with(&format!("revision: 2, purposes: \"{stamp}\","), "\"q\""),
        &format!("\"{stamp}\""),
        &format!("the purposes changed since revision 2: bump `revision` if the change is material, or update the stamp if it is only wording. Material (a purpose now says more than visitors agreed to: another use, another recipient): write `revision: 3` and `purposes: \"{reworded}\"`"),
    );
    one_error(
        &with(&format!("purposes: \"{stamp}\","), "\"q\""),
        &format!("\"{stamp}\""),
        &format!("the purposes changed since revision 1: bump `revision` if the change is material, or update the stamp if it is only wording. Material (a purpose now says more than visitors agreed to: another use, another recipient): write `revision: 2,` (a policy without `revision` is at revision 1) and `purposes: \"{reworded}\"`"),
    );
    for malformed in ["\"9F3A71C2\"", "\"9f3a71c\"", "\"To count visits\"", "\"\""] {
        one_error(
            &with(&format!("revision: 2, purposes: {malformed},"), "\"p\""),
            malformed,
            &format!("`purposes` is the stamp of the policy's purposes, 8 lower-case hex digits: the purposes as declared give `purposes: \"{stamp}\"`"),
        );
    }
    for (written, fix) in [
        ("12345678", "`purposes: \"12345678\"`"),
        ("abcdef12", "`purposes: \"abcdef12\"`"),
    ] {
        one_error(
            &with(&format!("revision: 2, purposes: {written},"), "\"p\""),
            written,
            &format!("write the stamp of the purposes as a string: {fix}"),
        );
    }
    one_error(
        &with(
            &format!("revision: 2, purposes: \"{stamp}\", purposes: \"{stamp}\","),
            "\"p\"",
        ),
        "purposes",
        "`purposes` is set twice",
    );
}

/// While the purposes are not what the declaration means (a text missing a
/// language, an unknown category, an unreadable `revision`), the stamp the
/// compiler would give is not the one to paste: no stamp error then.
#[test]
fn the_stamp_waits_for_the_purposes_to_read() {
    let two = "languages: [en, de],";
    let t = "{ en: \"f\", de: \"f\" }";
    for (settings, entry, mistake) in [
        (
            format!("{two} revision: 2, purposes: \"00000000\","),
            format!("AD: \"ad\" {{ function: {t}, purpose: {{ en: \"p\" }} }}"),
            "lacks a text in `de`",
        ),
        (
            "revision: -2, purposes: \"00000000\",".to_string(),
            format!("AD: \"ad\" {{ {F} }}"),
            "a negative revision is none",
        ),
        (
            "revision: 0, purposes: \"00000000\",".to_string(),
            format!("AD: \"ad\" {{ {F} }}"),
            "`revision` counts from 1",
        ),
        (
            "revision: 0,".to_string(),
            format!("AD: \"ad\" {{ {F} }}"),
            "`revision` counts from 1",
        ),
        (
            format!("{two} revision: 2,"),
            format!("AD: \"ad\" {{ function: {t}, purpose: {{ en: \"p\" }} }}"),
            "lacks a text in `de`",
        ),
    ] {
        let (_, errors) = run(&policy(&format!("{SITE} {settings}"), "", "", &entry));
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(errors[0].message.contains(mistake), "{errors:#?}");
    }
    // An unknown category, and entries or providers the parser skipped:
    // their purposes are not in the model.
    let stamped = format!("{SITE} revision: 2, purposes: \"00000000\",");
    for (body, mistake) in [
        (
            format!("ads {{ provider \"P\" {{ AD: \"ad\" {{ {F} }} }} }}"),
            "unknown category `ads`",
        ),
        (
            format!("marketing {{ provider \"P\" {{ AD \"ad\" {{ {F} }} }} }}"),
            "expected `:` and the cookie's name after `AD`",
        ),
        (
            format!("marketing {{ provider {{ AD: \"ad\" {{ {F} }} }} }}"),
            "expected the provider's name as a string",
        ),
        (
            format!("marketing {{ \"P\" {{ AD: \"ad\" {{ {F} }} }} }}"),
            "expected `provider",
        ),
        (
            format!("marketing {{ AD \"ad\" {{ {F} }} }}"),
            "expected `provider",
        ),
        (
            format!("provider \"P\" {{ AD: \"ad\" {{ {F} }} }}"),
            "goes inside a category block",
        ),
        (
            format!("marketing provider \"P\" {{ AD: \"ad\" {{ {F} }} }}"),
            "`marketing` is neither",
        ),
        (
            format!("statistics {{ provider \"P\" {{ AD: \"ad\" {{ {F}, anonymised }} }} }}"),
            "unknown field `anonymised`",
        ),
        (
            format!("statistics {{ provider \"P\" {{ AD: \"ad\" {{ {F}, anonymized: true }} }} }}"),
            "`anonymized` is a flag and takes no value",
        ),
    ] {
        let (_, errors) = run(&format!("mod m {{ {stamped} {body} }}"));
        assert_eq!(errors.len(), 1, "{body}\n{errors:#?}");
        assert!(errors[0].message.contains(mistake), "{body}\n{errors:#?}");
    }
}

/// The scaffold's placeholders: a text that is `TODO` or starts with it is
/// rejected on its literal, in every text field and every language; one
/// that only mentions a to-do later is not.
#[test]
fn todo_texts_are_placeholders() {
    for (entry, token) in [
        (
            "A: \"a\" { function: \"TODO\", purpose: \"p\" }",
            "\"TODO\"",
        ),
        (
            "A: \"a\" { function: \"f\", purpose: \"TODO: why the site sets it\" }",
            "\"TODO: why the site sets it\"",
        ),
        (
            "A: \"a\" { function: \"f\", purpose: \"  TODOs\" }",
            "\"  TODOs\"",
        ),
        (
            "A: \"a\" { function: \"f\", location: \"TODO where\", purpose: \"p\" }",
            "\"TODO where\"",
        ),
    ] {
        one_error(
            &necessary(entry),
            token,
            "describe this cookie's purpose before publishing the policy",
        );
    }
    one_error(
        &policy(
            "site: \"https://www.example.org\", languages: [en, de],",
            "A: \"a\" { function: { en: \"f\", de: \"f\" }, purpose: { en: \"p\", de: \"TODO: übersetzen\" } }",
            "",
            "",
        ),
        "\"TODO: übersetzen\"",
        "starts with `TODO`",
    );
    // Every placeholder of an entry, in one compile.
    let (_, errors) = run(&necessary(
        "A: \"a\" { function: \"TODO\", purpose: \"TODO\" }",
    ));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for fine in [
        "A: \"a\" { function: \"f\", purpose: \"Lists what is left TODO\" }",
        "A: \"a\" { function: \"Todo list\", purpose: \"To keep your to-do list\" }",
    ] {
        no_error(&necessary(fine));
    }
}
