//! The rendering contract of DESIGN.md ("Rendering format", "JSON format"),
//! checked on declared policies: section order, grouping, extra columns,
//! languages and fallback, escaping, the JSON export and the banner config.

use cookie_policy::{Category, Policy};
use cookie_policy_tests::{html_text, markdown_tables, MarkdownTable};
use serde_json::Value;

cookie_policy::cookie_policy! {
    /// Categories declared out of render order, rows to group and not to group.
    mod mixed {
        site: "https://data.example.org",
        languages: [en, de, fr],
        consent_cookie: PREFS,

        marketing {
            provider "VideoTube" {
                YT: "VISITOR_INFO1_LIVE" {
                    function: { en: "Embedded videos", de: "Eingebettete Videos", fr: "Vidéos intégrées" },
                    purpose: { en: "To estimate bandwidth", de: "Um die Bandbreite zu schätzen", fr: "Pour estimer la bande passante" },
                    third_party: "videotube.example",
                    duration: 180 days,
                    secure, same_site: None,
                }
            }
        }
        statistics {
            provider "Matomo" {
                PK_ID: "_pk_id.*" {
                    function: { en: "Audience measurement", de: "Reichweitenmessung", fr: "Mesure d'audience" },
                    purpose: { en: "To count visits anonymously", de: "Um Besuche anonym zu zählen", fr: "Pour compter les visites anonymement" },
                    duration: 13 months,
                    anonymized,
                }
                PK_SES: "_pk_ses.*" {
                    function: { en: "Audience measurement", de: "Reichweitenmessung", fr: "Mesure d'audience" },
                    purpose: { en: "To count visits anonymously", de: "Um Besuche anonym zu zählen", fr: "Pour compter les visites anonymement" },
                    duration: 30 minutes,
                    anonymized,
                }
            }
            provider "Analytics Inc." {
                GA: "_ga_*" {
                    function: { en: "Audience measurement", de: "Reichweitenmessung", fr: "Mesure d'audience" },
                    purpose: { en: "To count visits anonymously", de: "Um Besuche anonym zu zählen", fr: "Pour compter les visites anonymement" },
                    third_party: "analytics.example",
                    duration: 1 year,
                }
            }
        }
        necessary {
            provider "Portal" {
                SESSIONID: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung", fr: "Authentification" },
                    location: { en: "front office", de: "Front-Office", fr: "front office" },
                    purpose: { en: "To keep you signed in", de: "Um Sie angemeldet zu halten", fr: "Pour vous garder connecté" },
                }
                CSRF: "csrftoken" {
                    function: { en: "Security", de: "Sicherheit", fr: "Sécurité" },
                    purpose: { en: "To protect forms", de: "Um Formulare zu schützen", fr: "Pour protéger les formulaires" },
                }
                ADMIN_SESSION: "admin_sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung", fr: "Authentification" },
                    location: { en: "back office", de: "Back-Office", fr: "back office" },
                    purpose: { en: "To keep you signed in", de: "Um Sie angemeldet zu halten", fr: "Pour vous garder connecté" },
                }
                SESSION_BACKUP: "sessionid_backup" {
                    function: { en: "Authentication", de: "Authentifizierung", fr: "Authentification" },
                    location: { en: "front office", de: "Front-Office", fr: "front office" },
                    purpose: { en: "To keep you signed in", de: "Um Sie angemeldet zu halten", fr: "Pour vous garder connecté" },
                }
                PREFS: "cookie_prefs" {
                    function: { en: "Consent", de: "Einwilligung", fr: "Consentement" },
                    purpose: { en: "To remember your cookie choices", de: "Um Ihre Cookie-Auswahl zu speichern", fr: "Pour retenir vos choix" },
                    duration: 6 months,
                    secure, same_site: Lax,
                }
            }
        }
    }
}

cookie_policy::cookie_policy! {
    /// A language the crate has no prose for.
    mod polish {
        site: "https://example.pl",
        languages: [pl, en],
        preferences {
            provider "Example" {
                THEME: "theme" {
                    function: { pl: "Motyw", en: "Theme" },
                    purpose: { pl: "Aby zapamiętać motyw", en: "To remember the theme" },
                    duration: 1 year,
                }
            }
        }
    }
}

cookie_policy::cookie_policy! {
    /// Text that must be escaped.
    mod hostile {
        site: "https://example.org",
        necessary {
            provider "<script>alert('x')</script>" {
                S: "s" {
                    function: "Tom & \"Jerry\" | co",
                    location: "a\nb",
                    purpose: "<img src=x onerror=alert(1)> & 'quoted'",
                }
            }
        }
    }
}

const MIXED: &Policy = &mixed::POLICY;

fn table_of(markdown: &str, index: usize) -> MarkdownTable {
    markdown_tables(markdown).swap_remove(index)
}

#[test]
fn sections_follow_the_category_order_not_the_declaration_order() {
    let md = MIXED.render_markdown();
    let positions: Vec<usize> = [
        "### Necessary cookies",
        "### Statistics cookies",
        "### Marketing cookies",
    ]
    .iter()
    .map(|h| md.find(h).unwrap_or_else(|| panic!("{h} missing:\n{md}")))
    .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(
        !md.contains("### Preference cookies"),
        "no preferences cookie, no section"
    );
    assert_eq!(markdown_tables(&md).len(), 3);

    let html = MIXED.render_html();
    let ids: Vec<usize> = ["necessary", "statistics", "marketing"]
        .iter()
        .map(|c| html.find(&format!("id=\"cookie-policy-{c}\"")).unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    assert!(!html.contains("cookie-policy-preferences"));
}

#[test]
fn rows_group_by_provider_function_location_and_purpose() {
    let necessary = table_of(&MIXED.render_markdown(), 0);
    let rows: Vec<(&str, &str)> = necessary
        .rows
        .iter()
        .map(|r| (r[1].as_str(), r[2].as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            // Grouped, though not adjacent in the declaration.
            (
                "Authentication (front office)",
                "sessionid, sessionid_backup"
            ),
            ("Security", "csrftoken"),
            // Same function and purpose, another location: another row.
            ("Authentication (back office)", "admin_sessionid"),
            ("Consent", "cookie_prefs"),
        ]
    );
    // Same function and purpose, another provider: another row.
    let statistics = table_of(&MIXED.render_markdown(), 1);
    let rows: Vec<(&str, &str)> = statistics
        .rows
        .iter()
        .map(|r| (r[0].as_str(), r[2].as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Matomo", "_pk_id.*, _pk_ses.*"),
            ("Analytics Inc.", "_ga_*")
        ]
    );
}

#[test]
fn extra_columns_only_where_cookies_declare_them() {
    let md = MIXED.render_markdown();
    let tables = markdown_tables(&md);
    // Necessary: one duration (cookie_prefs), no third party.
    assert_eq!(
        tables[0].header,
        [
            "Service provider's name",
            "Function and location",
            "Cookie name(s)",
            "Purposes",
            "Duration"
        ]
    );
    assert_eq!(tables[0].rows[0][4], "Session");
    assert_eq!(tables[0].rows[3][4], "6 months");
    // Statistics: durations, one third party; a group with two durations.
    assert_eq!(tables[1].header[4..], ["Duration", "Set by"]);
    assert_eq!(
        tables[1].rows[0][4],
        "_pk_id.*: 13 months, _pk_ses.*: 30 minutes"
    );
    assert_eq!(tables[1].rows[0][5], "data.example.org");
    assert_eq!(tables[1].rows[1][4..], ["1 year", "analytics.example"]);
    // Marketing.
    assert_eq!(tables[2].rows[0][4..], ["180 days", "videotube.example"]);
    // Every row has its header's number of cells.
    for table in &tables {
        assert!(table.rows.iter().all(|r| r.len() == table.header.len()));
    }

    // Without durations or third parties: exactly the four columns.
    cookie_policy::cookie_policy! {
        mod plain {
            site: "https://example.org",
            necessary { provider "P" { S: "s" { function: "F", purpose: "P" } } }
            marketing { provider "Q" { M: "m" { function: "G", purpose: "Q" } } }
        }
    }
    for table in markdown_tables(&plain::POLICY.render_markdown()) {
        assert_eq!(table.header.len(), 4);
        assert!(table.rows.iter().all(|r| r.len() == 4));
    }
}

#[test]
fn consent_is_explained_per_category() {
    let md = MIXED.render_markdown();
    assert!(md.contains("These cookies do not need your consent."));
    // Statistics: two anonymized, one not.
    assert!(md.contains(
        "These cookies are set only with your consent, except the following anonymized ones, \
         which do not need it: `_pk_id.*`, `_pk_ses.*`."
    ));
    assert!(md.contains("Your choices are stored in the cookie `cookie_prefs`."));
    // The prose names the four categories and the exemption.
    for word in [
        "**Necessary**",
        "**Preferences**",
        "**Statistics**",
        "**Marketing**",
        "anonymized",
    ] {
        assert!(md.contains(word), "{word}");
    }
}

#[test]
fn languages_translate_headers_prose_and_durations() {
    let de = MIXED.render_markdown_in("de").unwrap();
    assert!(de.starts_with("# Cookie-Richtlinie von <https://data.example.org>\n"));
    let tables = markdown_tables(&de);
    assert_eq!(tables[1].header[4..], ["Speicherdauer", "Gesetzt von"]);
    assert_eq!(
        tables[1].rows[0][4],
        "_pk_id.*: 13 Monate, _pk_ses.*: 30 Minuten"
    );
    assert_eq!(tables[1].rows[0][1], "Reichweitenmessung");
    assert_eq!(tables[0].rows[0][4], "Sitzung");
    assert_eq!(tables[2].rows[0][4], "180 Tage");

    let fr = MIXED.render_html_in("fr").unwrap();
    assert!(fr.contains("<html lang=\"fr\">"));
    assert!(
        fr.contains("<td>_pk_id.*: 13 mois, _pk_ses.*: 30 minutes</td>"),
        "{fr}"
    );
    assert!(fr.contains("<td>1 an</td>"));
    assert!(fr.contains("<td>180 jours</td>"));
    assert!(fr.contains("Vidéos intégrées"));
    assert!(!fr.contains("lang=\"en\""), "French has its own prose");

    for lang in ["es", "it", "EN", "", "english"] {
        assert_eq!(MIXED.render_markdown_in(lang), None, "{lang}");
        assert_eq!(MIXED.render_html_in(lang), None, "{lang}");
        assert_eq!(MIXED.render_html_fragment_in(lang), None, "{lang}");
    }
    assert_eq!(
        MIXED.render_markdown_in("en").unwrap(),
        MIXED.render_markdown()
    );
    assert_eq!(MIXED.render_html_in("en").unwrap(), MIXED.render_html());
}

#[test]
fn a_language_without_prose_still_renders_with_english_prose() {
    let policy = &polish::POLICY;
    // `pl` is the default language.
    let md = policy.render_markdown();
    assert_eq!(Some(md.clone()), policy.render_markdown_in("pl"));
    assert!(md.starts_with("# Cookie policy of <https://example.pl>\n"));
    let table = table_of(&md, 0);
    assert_eq!(table.header[4], "Duration");
    assert_eq!(
        table.rows[0][1..],
        ["Motyw", "theme", "Aby zapamiętać motyw", "1 year"]
    );

    let html = policy.render_html();
    assert!(html.contains("<html lang=\"pl\">"));
    assert!(html.contains("<section class=\"cookie-policy\" lang=\"pl\">"));
    assert!(html.contains("<h2 lang=\"en\">What is a cookie?</h2>"));
    assert!(html.contains("<thead lang=\"en\">"));
    assert!(html.contains("<td>Motyw</td>"));
    // English declared too: no lang override there.
    let en = policy.render_html_in("en").unwrap();
    assert!(!en.contains("lang=\"en\">What"), "{en}");
    assert!(en.contains("<td>Theme</td>"));
}

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let policy = &hostile::POLICY;
    for html in [policy.render_html(), policy.render_html_fragment()] {
        assert!(
            !html.contains("<script>") && !html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>"));
        assert!(html.contains("<td>Tom &amp; &quot;Jerry&quot; | co (a\nb)</td>"));
    }
    let md = policy.render_markdown();
    let table = table_of(&md, 0);
    assert_eq!(
        table.rows,
        [[
            "<script>alert('x')</script>",
            "Tom & \"Jerry\" | co (a b)",
            "s",
            "<img src=x onerror=alert(1)> & 'quoted'"
        ]]
    );
    // No raw HTML in the Markdown: every `<` is escaped or opens the site's autolink.
    for (at, _) in md.match_indices('<') {
        assert!(
            md[..at].ends_with('\\') || md[at..].starts_with("<https://example.org>"),
            "unescaped < at {at}: {md}"
        );
    }

    let json: Value = serde_json::from_str(&policy.to_json()).unwrap();
    assert_eq!(
        json["cookies"][0]["provider"],
        "<script>alert('x')</script>"
    );
    assert_eq!(json["cookies"][0]["location"]["en"], "a\nb");
    let config = policy.to_cookieconsent_config();
    assert!(
        !config.contains('<'),
        "the banner JSON escapes < for <script> embedding"
    );
    let config: Value = serde_json::from_str(&config).unwrap();
    let cell = &config["language"]["translations"]["en"]["preferencesModal"]["sections"][1]
        ["cookieTable"]["body"][0]["provider"];
    assert_eq!(
        cell, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        "cells are HTML for innerHTML"
    );
}

#[test]
fn html_page_and_fragment_hold_the_same_tables() {
    let page = MIXED.render_html();
    let fragment = MIXED.render_html_fragment();
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")
    );
    assert!(page.contains("<title>Cookie policy of https://data.example.org</title>"));
    assert!(page.contains("<h1>") && !fragment.contains("<h1>"));
    assert!(fragment.contains("<h2>Cookie policy of"));
    let tables = |html: &str| -> Vec<String> {
        html.split("<table")
            .skip(1)
            .map(|t| t[..t.find("</table>").unwrap()].to_string())
            .collect()
    };
    assert_eq!(tables(&page), tables(&fragment));
    // The HTML cells say what the Markdown cells say.
    let md_tables = markdown_tables(&MIXED.render_markdown());
    assert_eq!(tables(&page).len(), md_tables.len());
    for (html_table, md_table) in tables(&page).iter().zip(&md_tables) {
        let html_rows: Vec<Vec<String>> = html_table
            .split("<tr>")
            .skip(2)
            .map(|row| {
                row.split("<td>")
                    .skip(1)
                    .map(html_text)
                    .map(|c| c.trim().to_string())
                    .collect()
            })
            .collect();
        assert_eq!(&html_rows, &md_table.rows);
    }
}

#[test]
fn json_is_the_design_format() {
    let json: Value = serde_json::from_str(&MIXED.to_json()).expect("valid JSON");
    assert_eq!(json["site"], MIXED.site());
    assert_eq!(json["languages"], serde_json::json!(["en", "de", "fr"]));
    let revision = json["revision"].as_str().unwrap();
    assert_eq!(u64::from_str_radix(revision, 16).unwrap(), MIXED.revision());
    assert_eq!(json["consent_cookie"], "cookie_prefs");
    let cookies = json["cookies"].as_array().unwrap();
    assert_eq!(cookies.len(), MIXED.cookies().len());
    for (value, spec) in cookies.iter().zip(MIXED.cookies()) {
        let name = spec.name();
        assert_eq!(value["name"], name);
        assert_eq!(value["pattern"], spec.is_pattern(), "{name}");
        assert_eq!(value["category"], spec.category().as_str(), "{name}");
        assert_eq!(value["provider"], spec.provider(), "{name}");
        for lang in MIXED.languages() {
            assert_eq!(
                value["function"][lang],
                spec.function_in(lang).unwrap(),
                "{name}"
            );
            assert_eq!(
                value["purpose"][lang],
                spec.purpose_in(lang).unwrap(),
                "{name}"
            );
            match spec.location_in(lang) {
                Some(location) => assert_eq!(value["location"][lang], location),
                None => assert!(value["location"].is_null()),
            }
        }
        assert_eq!(
            value["third_party"].as_str(),
            spec.third_party_domain(),
            "{name}"
        );
        assert_eq!(value["requires_consent"], spec.requires_consent(), "{name}");
        assert_eq!(
            value["max_age_seconds"].as_u64(),
            spec.max_age().map(|d| d.as_secs()),
            "{name}"
        );
        assert_eq!(value["secure"], spec.secure());
        assert_eq!(value["http_only"], spec.http_only());
        assert_eq!(
            value["same_site"].as_str(),
            spec.same_site().map(|s| s.as_str())
        );
        assert_eq!(value["domain"].as_str(), spec.domain());
        assert_eq!(value["path"].as_str(), spec.path());
        assert_eq!(value["partitioned"], spec.partitioned());
        assert_eq!(value["anonymized"], spec.anonymized());
        for key in [
            "location",
            "third_party",
            "max_age_seconds",
            "same_site",
            "domain",
            "path",
        ] {
            assert!(
                value.get(key).is_some(),
                "{name}: {key} present even when null"
            );
        }
    }
    let by_name = |name: &str| cookies.iter().find(|c| c["name"] == name).unwrap();
    assert!(
        by_name("sessionid")["max_age_seconds"].is_null(),
        "a session cookie"
    );
    assert_eq!(
        by_name("VISITOR_INFO1_LIVE")["max_age_seconds"],
        180 * 86_400
    );
    assert_eq!(by_name("_pk_id.*")["max_age_seconds"], 13 * 30 * 86_400);
    assert_eq!(by_name("_pk_id.*")["pattern"], true);
    assert_eq!(by_name("_ga_*")["third_party"], "analytics.example");
}

#[test]
fn banner_config_mirrors_the_declaration() {
    let config: Value = serde_json::from_str(&MIXED.to_cookieconsent_config()).expect("valid JSON");
    assert_eq!(config["cookie"]["name"], "cookie_prefs");
    assert_eq!(config["cookie"]["expiresAfterDays"], 180);
    assert_eq!(config["cookie"]["sameSite"], "Lax");
    assert_eq!(config["revision"], MIXED.revision() & 0xFFFF_FFFF);

    let categories = config["categories"].as_object().unwrap();
    let keys: Vec<&str> = categories.keys().map(String::as_str).collect();
    assert_eq!(keys, ["necessary", "statistics", "marketing"]);
    assert_eq!(config["categories"]["necessary"]["readOnly"], true);
    assert_eq!(config["categories"]["necessary"]["enabled"], true);
    // Only the cookies that need consent are cleared; patterns are flagged.
    assert_eq!(
        config["categories"]["statistics"]["autoClear"]["cookies"],
        serde_json::json!([{ "name": "_ga_*", "pattern": true }])
    );
    assert_eq!(
        config["categories"]["marketing"]["autoClear"]["cookies"],
        serde_json::json!([{ "name": "VISITOR_INFO1_LIVE" }])
    );
    assert!(config["categories"]["statistics"].get("readOnly").is_none());

    assert_eq!(config["language"]["default"], "en");
    let translations = config["language"]["translations"].as_object().unwrap();
    assert_eq!(translations.keys().collect::<Vec<_>>(), ["en", "de", "fr"]);
    for (lang, translation) in translations {
        let md_tables = markdown_tables(&MIXED.render_markdown_in(lang).unwrap());
        let sections = translation["preferencesModal"]["sections"]
            .as_array()
            .unwrap();
        let tables: Vec<&Value> = sections
            .iter()
            .filter(|s| s.get("cookieTable").is_some())
            .collect();
        assert_eq!(tables.len(), md_tables.len(), "{lang}");
        for ((section, md), category) in
            tables
                .iter()
                .zip(&md_tables)
                .zip(["necessary", "statistics", "marketing"])
        {
            assert_eq!(section["linkedCategory"], category);
            let table = &section["cookieTable"];
            let headers: Vec<String> = table["headers"]
                .as_object()
                .unwrap()
                .values()
                .map(|h| html_text(h.as_str().unwrap()))
                .collect();
            assert_eq!(headers, md.header, "{lang} {category}");
            let keys: Vec<&String> = table["headers"].as_object().unwrap().keys().collect();
            let rows: Vec<Vec<String>> = table["body"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| {
                    keys.iter()
                        .map(|k| html_text(row[k.as_str()].as_str().unwrap()))
                        .collect()
                })
                .collect();
            assert_eq!(rows, md.rows, "{lang} {category}");
        }
        for key in [
            "title",
            "description",
            "acceptAllBtn",
            "acceptNecessaryBtn",
            "showPreferencesBtn",
        ] {
            assert!(
                translation["consentModal"][key].is_string(),
                "{lang}: consentModal.{key}"
            );
        }
    }
    assert_ne!(
        translations["en"]["consentModal"]["title"],
        translations["de"]["consentModal"]["title"]
    );
}

#[test]
fn an_all_anonymized_statistics_category_is_read_only_in_the_banner() {
    cookie_policy::cookie_policy! {
        mod anonymous {
            site: "https://example.org",
            statistics { provider "Matomo" {
                PK: "_pk_id.*" { function: "Audience", purpose: "To count visits", duration: 13 months, anonymized }
            } }
        }
    }
    let config: Value = serde_json::from_str(&anonymous::POLICY.to_cookieconsent_config()).unwrap();
    assert_eq!(config["categories"]["statistics"]["readOnly"], true);
    assert_eq!(config["categories"]["statistics"]["enabled"], true);
    assert!(config.get("cookie").is_none(), "no consent cookie declared");
    let md = anonymous::POLICY.render_markdown();
    assert!(
        md.contains("These cookies measure the audience anonymously and do not need your consent.")
    );
    assert_eq!(
        anonymous::POLICY.cookies()[0].category(),
        Category::Statistics
    );
}
