//! The banner configuration, run through the real vanilla-cookieconsent 3 in
//! Node (jsdom): `tests/js/check-banner.js` loads the config, the pattern
//! adapter and the ready-made script written here, runs `CookieConsent.run`,
//! and checks that it raises no error, renders one cookie table per category
//! listing our cookies (in every declared language), and that refusing
//! clears the cookies that need consent, prefix patterns included, while
//! keeping the exempt ones. The consent cookie the banner writes is then
//! read back with the server-side `CcCookieReader` configured from the same
//! policy, and by the HTTP layer built to accept it.
//!
//! Then the banner's revision: for each edit of `revisions`, a consent
//! stored by the banner of the declaration before the edit keeps the banner
//! closed when the banner runs with the configuration after a cosmetic
//! edit, and opens it again after a material one; the server-side reader of
//! the edited policy agrees.
//!
//! The banner script `cookie_policy::axum` serves is run the same way
//! (`tests/js/check-consent-mode.js`) after Consent Mode's default: its
//! `gtag` calls and its reports to the consent endpoint are checked in
//! order, as a visitor accepts, withdraws and refuses.
//!
//! Needs Node.js (18 or later) and npm, which the build script looks for
//! (`tests/build/tools.rs`): when they are missing the test is ignored, with
//! the reason, unless the `CI` environment variable is set: then it runs and
//! fails. When `tests/js/node_modules` lacks the packages of
//! `tests/js/package.json`, the test runs `npm ci` there.

use std::process::Command;

use cookie_policy::cookieconsent::CcCookieReader;
use cookie_policy::http::CookiePolicyLayer;
use cookie_policy::{Category, Consent, ConsentStatus, Policy};
use cookie_policy_tests::answer::{call_now, page, Answer};
use cookie_policy_tests::revisions::{cosmetic_edits, material_edits, Edit};
use cookie_policy_tests::tools::{install_js_packages, js_dir, NODE};
use cookie_policy_tests::{shop, site};
use serde_json::json;
use tower::Layer;

/// The edits of the shop, each with whether the banner must ask again:
/// the configurations before and after edit `n` are written as
/// `reconsent-<n>-before.json` and `reconsent-<n>-after.json`.
fn edits() -> Vec<(Edit, bool)> {
    let cosmetic = cosmetic_edits().map(|edit| (edit, false));
    let material = material_edits().map(|edit| (edit, true));
    cosmetic.into_iter().chain(material).collect()
}

/// What the reconsent check needs: where the shop's banner runs, its
/// consent cookie, and the configuration files of the edits.
fn reconsent_expectations() -> serde_json::Value {
    let files: Vec<_> = edits()
        .iter()
        .enumerate()
        .map(|(n, (edit, asks_again))| {
            assert_eq!(
                edit.before.consent_cookie().map(|c| c.name()),
                edit.after.consent_cookie().map(|c| c.name()),
                "{}: one consent cookie before and after",
                edit.change
            );
            json!({
                "edit": edit.change,
                "before": format!("reconsent-{n}-before.json"),
                "after": format!("reconsent-{n}-after.json"),
                "asks_again": asks_again,
            })
        })
        .collect();
    // They all run on the shop's site, with its consent cookie.
    let (first, _) = edits()[0];
    json!({
        "url": format!("{}/", first.before.site()),
        "consent_cookie": first.before.consent_cookie().map(|c| c.name()),
        "edits": files,
    })
}

/// What the declaration says, for the script to check against, computed
/// from the policy's cookies and not from the exported configuration.
fn expectations(policy: &Policy) -> serde_json::Value {
    let mut categories = serde_json::Map::new();
    let mut columns = serde_json::Map::new();
    let mut read_only = Vec::new();
    for category in Category::ALL {
        let cookies: Vec<_> = policy
            .cookies()
            .iter()
            .filter(|c| c.category() == category)
            .collect();
        if cookies.is_empty() {
            continue;
        }
        let names: Vec<&str> = cookies.iter().map(|c| c.name()).collect();
        categories.insert(category.as_str().into(), json!(names));
        let count = 4
            + usize::from(cookies.iter().any(|c| c.max_age().is_some()))
            + usize::from(cookies.iter().any(|c| c.is_third_party()));
        columns.insert(category.as_str().into(), json!(count));
        if cookies.iter().all(|c| !c.requires_consent()) {
            read_only.push(category.as_str());
        }
    }
    // A cookie the page itself may set: first-party. A pattern is set under
    // a name it covers.
    let sample = |name: &str| match name.strip_suffix('*') {
        Some(prefix) => format!("{prefix}XYZ123"),
        None => name.to_string(),
    };
    let first_party = || policy.cookies().iter().filter(|c| !c.is_third_party());
    let cleared: Vec<String> = first_party()
        .filter(|c| c.requires_consent())
        .map(|c| sample(c.name()))
        .collect();
    let kept: Vec<String> = first_party()
        .filter(|c| !c.requires_consent() && policy.consent_cookie() != Some(c))
        .map(|c| sample(c.name()))
        .collect();
    let patterns: Vec<_> = policy
        .cookies()
        .iter()
        .filter(|c| c.is_pattern() && c.requires_consent())
        .map(|c| json!({ "pattern": c.name(), "sample": sample(c.name()) }))
        .collect();
    json!({
        "url": format!("{}/", policy.site()),
        "languages": policy.languages(),
        "categories": categories,
        "columns": columns,
        "read_only": read_only,
        "consent_cookie": policy.consent_cookie().map(|c| c.name()),
        "cleared_on_refusal": cleared,
        "kept_on_refusal": kept,
        "patterns": patterns,
        "reconsent": reconsent_expectations(),
    })
}

#[test]
#[cfg_attr(
    missing_node,
    ignore = "node or npm not found when the tests were built: install Node.js 18 or later \
              and npm (apt-get install nodejs npm)"
)]
fn vanilla_cookieconsent_runs_our_config_and_renders_our_tables() {
    install_js_packages();
    let policy = &shop::POLICY;
    let expect = expectations(policy);
    // The fixture must exercise what the script checks.
    assert_eq!(
        expect["cleared_on_refusal"],
        json!(["lang", "_ga", "_ga_XYZ123", "ad_id"])
    );
    assert_eq!(
        expect["kept_on_refusal"],
        json!(["sessionid", "csrftoken", "cart|v2", "_pk_ses"])
    );
    assert_eq!(expect["read_only"], json!(["necessary"]));

    let dir = std::env::temp_dir().join(format!("cookie-policy-banner-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |file: &str, content: &str| std::fs::write(dir.join(file), content).unwrap();
    write("config.json", &policy.to_cookieconsent_config());
    write(
        "adapter.js",
        cookie_policy::render::COOKIECONSENT_ADAPTER_JS,
    );
    write("script.js", &policy.to_cookieconsent_script());
    write("expect.json", &expect.to_string());
    for (n, (edit, _)) in edits().iter().enumerate() {
        write(
            &format!("reconsent-{n}-before.json"),
            &edit.before.to_cookieconsent_config(),
        );
        write(
            &format!("reconsent-{n}-after.json"),
            &edit.after.to_cookieconsent_config(),
        );
    }

    let out = Command::new(NODE.path())
        .arg(js_dir().join("check-banner.js"))
        .arg(&dir)
        .current_dir(js_dir())
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "check-banner.js {} failed (its input is kept there)\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        dir.display()
    );
    let _ = std::fs::remove_dir_all(&dir);
    let passed: usize = stdout
        .lines()
        .find_map(|line| {
            line.strip_prefix("banner: ")?
                .strip_suffix(" passed, 0 failed")
        })
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no `banner: N passed, 0 failed` line:\n{stdout}"));
    // At the least, each cookie was looked for in each rendering of the
    // tables (the default language, every declared one, the ready-made script).
    let tables = policy.languages().len() + 2;
    assert!(
        passed >= policy.cookies().len() * tables,
        "only {passed} checks ran:\n{stdout}"
    );

    // The consent the banner stored, read back by the server-side reader
    // configured from the same policy.
    let header = stdout
        .lines()
        .find_map(|line| line.strip_prefix("consent-cookie: "))
        .expect("the script prints the stored consent cookie");
    let reader = CcCookieReader::for_policy(policy);
    let consent = reader.consent_from_cookie_header(header);
    assert!(consent.allows(Category::Statistics), "{header}");
    assert!(!consent.allows(Category::Marketing) && !consent.allows(Category::Preferences));
    let newer = reader.with_revision(policy.cookieconsent_revision() + 1);
    assert!(
        newer.consent_from_cookie_header(header).is_necessary_only(),
        "another revision voids it"
    );
    // The reader for the policy binds it to the policy's revision; the
    // policy's own reader, which reads only its own format, ignores it.
    assert_eq!(consent.revision(), Some(policy.revision()));
    assert_eq!(
        policy.consent_status_from_cookie_header(header),
        ConsentStatus::Missing,
        "{header}"
    );
    // The layer reads it when built to: the statistics cookie passes, the
    // marketing one goes; by default the request carries no consent.
    let kept = |layer: CookiePolicyLayer| {
        let mut service = layer.layer(Answer::once(page(&["_ga=GA1.2.3", "ad_id=1"])));
        let request = http::Request::builder()
            .header(http::header::COOKIE, header)
            .body(())
            .unwrap();
        let response = call_now(&mut service, request);
        let set: Vec<_> = response
            .headers()
            .get_all(http::header::SET_COOKIE)
            .iter()
            .cloned()
            .collect();
        set
    };
    assert_eq!(kept(policy.layer().accept_banner_cookie()), ["_ga=GA1.2.3"]);
    assert!(kept(policy.layer()).is_empty());

    // The consent the banner stored before each edit, read by the server
    // for the policy after it: kept after a cosmetic edit, void after a
    // material one, as the banner itself judged it.
    for (n, (edit, asks_again)) in edits().iter().enumerate() {
        let prefix = format!("reconsent-cookie {n}: ");
        let stored = stdout
            .lines()
            .find_map(|line| line.strip_prefix(prefix.as_str()))
            .unwrap_or_else(|| panic!("the script prints the consent stored before edit {n}"));
        let change = edit.change;
        let before = CcCookieReader::for_policy(edit.before).consent_from_cookie_header(stored);
        assert!(before.allows(Category::Statistics), "{change}: {stored}");
        let after = CcCookieReader::for_policy(edit.after).consent_from_cookie_header(stored);
        assert_eq!(
            after.allows(Category::Statistics),
            !asks_again,
            "{change}: {stored}"
        );
        assert!(!after.allows(Category::Marketing), "{change}");
    }
    eprintln!("{}", stdout.trim());
}

/// What `check-consent-mode.js` printed: the gtag calls, the reports to
/// the server, whether the banner showed.
struct Run {
    gtag: Vec<serde_json::Value>,
    reports: Vec<serde_json::Value>,
    shown: bool,
}

/// Runs the served banner script after Consent Mode's default in jsdom,
/// with `server_cookie` set before (a choice the server recorded).
fn run_consent_mode(server_cookie: Option<String>) -> Run {
    use axum::body::Body;
    use tower::ServiceExt;
    let app: axum::Router =
        cookie_policy::axum::routes(&cookie_policy_tests::site::POLICY).layer(site::POLICY.layer());
    let request = http::Request::get("/cookies/banner.js")
        .body(Body::empty())
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let script = runtime.block_on(async {
        let response = app.oneshot(request).await.unwrap();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        String::from_utf8(body.to_vec()).unwrap()
    });
    let dir = std::env::temp_dir().join(format!(
        "cookie-policy-consent-mode-{}-{}",
        std::process::id(),
        server_cookie.is_some()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("banner.js"), script).unwrap();
    std::fs::write(
        dir.join("default.js"),
        cookie_policy::consent_mode::default_script(),
    )
    .unwrap();
    let page = json!({ "url": "https://www.example.org/", "server_cookie": server_cookie });
    std::fs::write(dir.join("page.json"), page.to_string()).unwrap();
    let out = Command::new(NODE.path())
        .arg(js_dir().join("check-consent-mode.js"))
        .arg(&dir)
        .current_dir(js_dir())
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success() && stdout.lines().last() == Some("done"),
        "check-consent-mode.js failed (its input is kept in {})\n--- stdout\n{stdout}\n--- stderr\n{}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
    let parse = |prefix: &str| -> Vec<serde_json::Value> {
        stdout
            .lines()
            .filter_map(|line| line.strip_prefix(prefix))
            .map(|json| serde_json::from_str(json).unwrap())
            .collect()
    };
    Run {
        gtag: parse("gtag: "),
        reports: parse("report: "),
        shown: stdout.lines().any(|line| line == "shown: true"),
    }
}

fn consent_mode_call(kind: &str, consent: Consent) -> serde_json::Value {
    let mut object: serde_json::Value =
        serde_json::from_str(&cookie_policy::consent_mode::update(consent)).unwrap();
    if kind == "default" {
        object["wait_for_update"] = json!(500);
    }
    json!(["consent", kind, object])
}

#[test]
#[cfg_attr(
    missing_node,
    ignore = "node or npm not found when the tests were built: install Node.js 18 or later \
              and npm (apt-get install nodejs npm)"
)]
fn the_banner_script_sends_consent_mode_updates_in_order() {
    install_js_packages();
    let without_marketing = Consent::all().without(Category::Marketing);
    let run = run_consent_mode(None);
    assert!(run.shown, "a first visit: the banner asks");
    // The default before anything, then one update per choice: accept all,
    // withdraw marketing, reject all.
    assert_eq!(
        run.gtag,
        [
            consent_mode_call("default", Consent::necessary_only()),
            consent_mode_call("update", Consent::all()),
            consent_mode_call("update", without_marketing),
            consent_mode_call("update", Consent::necessary_only()),
        ]
    );
    // Each choice went to the consent endpoint, as the banner's.
    let accepted: Vec<_> = run
        .reports
        .iter()
        .map(|r| {
            assert_eq!(r["url"], "/cookies/consent");
            assert_eq!(r["method"], "POST");
            assert_eq!(r["body"]["source"], "banner");
            r["body"]["accept"].clone()
        })
        .collect();
    assert_eq!(
        accepted,
        [
            json!(["necessary", "preferences", "statistics", "marketing"]),
            json!(["necessary", "preferences", "statistics"]),
            json!(["necessary"]),
        ]
    );

    // A choice the server recorded (the policy page's form, say): the
    // banner does not ask, sends its update, and reports nothing.
    let statistics = Consent::necessary_only().with(Category::Statistics);
    let cookie = format!("consent={}", site::POLICY.consent_cookie_value(statistics));
    let run = run_consent_mode(Some(cookie));
    assert!(!run.shown, "{:?} {:?}", run.gtag, run.reports);
    assert_eq!(
        run.gtag,
        [
            consent_mode_call("default", Consent::necessary_only()),
            consent_mode_call("update", statistics),
        ]
    );
    assert!(run.reports.is_empty(), "{:?}", run.reports);
}
