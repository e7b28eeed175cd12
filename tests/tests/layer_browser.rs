//! End to end in a real browser: cookie-policy's `demo_site` example (the
//! layer, `cookie_policy::axum::routes`, handlers taking `Consent`),
//! served in-process on an ephemeral port with the real vanilla-cookieconsent
//! 3 bundle of the npm package (`tests/js/node_modules/vanilla-cookieconsent/dist`),
//! driven in headless Chromium through WebDriver (chromedriver, with the
//! `fantoccini` client).
//!
//! The browser's own cookie store is the judge, at each step:
//!
//! 1. "Reject all" in the banner leaves only the necessary cookies (and
//!    the anonymized statistics one, which needs no consent);
//! 2. "Accept all" brings the statistics and marketing cookies on the next
//!    response, and the page's `<script type="text/plain"
//!    data-category="statistics">` runs;
//! 3. withdrawing marketing in the preferences dialog deletes the
//!    `HttpOnly` marketing cookie and the `Path=/shop` one, which no banner
//!    script can (the server's removal cookies do);
//! 4. the consent cookie is the server's (`v1.<revision>.<choices>`, not
//!    the banner's JSON), with its declared lifetime (6 months).
//!
//! And with JavaScript disabled, the `/cookies` page's plain form changes
//! the choice (GDPR Art. 7(3): withdrawing as easy as giving).
//!
//! Needs `chromium` and `chromedriver` (Debian's `chromium` and
//! `chromium-driver`; or the paths in `CHROMIUM` and `CHROMEDRIVER`), and
//! npm for the bundle, which the build script looks for
//! (`tests/build/tools.rs`). When one is missing the test is ignored, with
//! the reason, unless the `CI` environment variable is set: then it runs
//! and fails. `.ci/run` installs them.

#[allow(dead_code)]
#[path = "../../cookie-policy/examples/demo_site.rs"]
mod demo_site;

use std::collections::BTreeMap;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use cookie_policy::Consent;
use cookie_policy_tests::tools::{cookieconsent_dist, CHROMEDRIVER, CHROMIUM};
use fantoccini::cookies::Cookie;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use demo_site::demo;

// ---- the pieces, each cleaned up on drop -----------------------------------

/// A child process killed (and reaped) on drop.
struct Reaped(Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> TempDir {
        let unique = format!(
            "cookie-policy-{label}-{}-{}",
            std::process::id(),
            SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        );
        let path = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&path).expect("a temporary directory");
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// chromedriver on a free port.
fn start_driver(chromedriver: &Path) -> (u16, Reaped) {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let driver = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .arg("--allowed-ips=127.0.0.1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {}: {e}", chromedriver.display()));
    (port, Reaped(driver))
}

/// A browser session; the driver and the profile go with it.
struct Browser {
    client: Client,
    _driver: Reaped,
    _profile: TempDir,
}

impl Browser {
    /// Headless Chromium, with JavaScript or without.
    async fn start(javascript: bool) -> Browser {
        let profile = TempDir::new("chromium-profile");
        let mut args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-dev-shm-usage".into(),
            format!("--user-data-dir={}", profile.0.display()),
        ];
        let mut options = json!({ "binary": CHROMIUM.path().to_string_lossy() });
        if !javascript {
            args.push("--blink-settings=scriptEnabled=false".into());
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        options["args"] = json!(args);
        let capabilities = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "timeouts": { "pageLoad": 30000, "script": 10000, "implicit": 0 },
            "goog:chromeOptions": options,
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        // The driver may take a moment to listen, or lose its port to
        // another process between our probe and its bind: three tries.
        let mut failures = Vec::new();
        for _ in 0..3 {
            let (port, driver) = start_driver(CHROMEDRIVER.path());
            let deadline = Instant::now() + Duration::from_secs(20);
            while Instant::now() < deadline {
                let connector = hyper_util::client::legacy::connect::HttpConnector::new();
                match ClientBuilder::new(connector)
                    .capabilities(capabilities.clone())
                    .connect(&format!("http://127.0.0.1:{port}"))
                    .await
                {
                    Ok(client) => {
                        return Browser {
                            client,
                            _driver: driver,
                            _profile: profile,
                        }
                    }
                    Err(error) => {
                        failures.push(error.to_string());
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                }
            }
        }
        panic!(
            "no browser session with {}: {:?}",
            CHROMEDRIVER.path().display(),
            failures.last()
        );
    }

    async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("the page loads");
    }

    /// Clicks the element `css` as a user would, once it is there and can
    /// be clicked (a dialog may still be fading in): bounded retries.
    async fn click(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let error = match self.client.find(Locator::Css(css)).await {
                Ok(element) => match element.click().await {
                    Ok(()) => return,
                    Err(e) => e.to_string(),
                },
                Err(e) => e.to_string(),
            };
            if Instant::now() > deadline {
                let source = self.client.source().await.unwrap_or_default();
                panic!("clicking {css}: {error}\n--- the page:\n{source}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn script(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .text()
            .await
            .unwrap_or_default()
    }

    /// The cookies the browser holds for the current page, by name.
    async fn cookies(&self) -> BTreeMap<String, Cookie<'static>> {
        self.client
            .get_all_cookies()
            .await
            .expect("the browser's cookies")
            .into_iter()
            .map(|c| (c.name().to_string(), c))
            .collect()
    }

    async fn cookie_names(&self) -> Vec<String> {
        self.cookies().await.into_keys().collect()
    }

    /// Waits (bounded) until the browser holds the consent cookie recording
    /// `consent`; returns it.
    async fn wait_for_consent(&self, consent: Consent) -> Cookie<'static> {
        let expected = demo::POLICY.consent_cookie_value(consent);
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let cookies = self.cookies().await;
            if let Some(cookie) = cookies.get("cookie_consent") {
                if cookie.value() == expected {
                    return cookie.clone();
                }
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for cookie_consent={expected}: {:?}",
                cookies.keys()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// The demo site on `127.0.0.1:<ephemeral>`, with the npm package's bundle.
async fn serve_demo() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("an ephemeral port");
    let address = listener.local_addr().expect("the bound address");
    let banner = demo_site::Banner::Dir(cookieconsent_dist());
    tokio::spawn(demo_site::serve(listener, banner, std::future::pending()));
    address
}

fn names(names: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    out.sort();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    any(missing_browser, missing_node),
    ignore = "chromium, chromedriver or npm not found when the tests were built: apt-get install \
              chromium chromium-driver npm (or set CHROMIUM and CHROMEDRIVER to their paths)"
)]
async fn the_real_banner_in_a_real_browser() {
    let address = serve_demo().await;
    let browser = Browser::start(true).await;
    let home = format!("http://{address}/");

    // A first visit: the banner asks; only what needs no consent is set.
    browser.open(&home).await;
    browser
        .click("#cc-main .cm [data-role=\"necessary\"]")
        .await;
    browser.wait_for_consent(Consent::necessary_only()).await;

    // 1. "Reject all": the next response brings only necessary cookies.
    browser.open(&home).await;
    assert_eq!(
        browser.cookie_names().await,
        names(&["_pk_ses", "cookie_consent", "demo_session"])
    );
    assert_eq!(
        browser.text("#statistics-script").await,
        "The statistics script has not run."
    );

    // 2. "Accept all" (in the preferences dialog): the statistics script
    //    runs at once; the next responses bring the statistics and
    //    marketing cookies.
    browser.click("#manage").await;
    browser.click("#cc-main .pm [data-role=\"all\"]").await;
    browser.wait_for_consent(Consent::all()).await;
    assert_eq!(
        browser.text("#statistics-script").await,
        "The statistics script ran."
    );
    browser.open(&home).await;
    assert_eq!(
        browser.cookie_names().await,
        names(&[
            "_pk_id",
            "_pk_ses",
            "ad_id",
            "cookie_consent",
            "demo_session",
            "theme"
        ])
    );
    assert_eq!(
        browser.text("#statistics-script").await,
        "The statistics script ran."
    );
    browser.open(&format!("{home}shop")).await;
    let cookies = browser.cookies().await;
    assert!(
        cookies["ad_id"].http_only().unwrap_or(false),
        "ad_id is HttpOnly"
    );
    assert_eq!(cookies["shop_ad"].path(), Some("/shop"));
    // A script cannot see either: only the server can delete them.
    let visible = browser.script("return document.cookie;").await;
    let visible = visible.as_str().unwrap_or_default();
    assert!(
        !visible.contains("ad_id=") && visible.contains("shop_ad="),
        "{visible}"
    );

    // 3. Withdraw marketing in the preferences dialog, on the shop page.
    browser
        .script("CookieConsent.showPreferences(); return true;")
        .await;
    browser
        .script(
            "document.querySelector('#cc-main .pm input.section__toggle[value=\"marketing\"]').click(); \
             return true;",
        )
        .await;
    browser.click("#cc-main .pm [data-role=\"save\"]").await;
    let without_marketing = Consent::all().without(cookie_policy::Category::Marketing);
    let consent = browser.wait_for_consent(without_marketing).await;
    let left = browser.cookie_names().await;
    assert!(
        !left.contains(&"ad_id".to_string()),
        "the HttpOnly cookie is gone: {left:?}"
    );
    assert!(
        !left.contains(&"shop_ad".to_string()),
        "the /shop cookie is gone: {left:?}"
    );
    assert!(left.contains(&"_pk_id".to_string()) && left.contains(&"theme".to_string()));

    // 4. The consent cookie is the server's, with its declared lifetime;
    //    the banner keeps its own state in localStorage.
    assert!(consent.value().starts_with("v1."), "{}", consent.value());
    let expires = consent
        .expires_datetime()
        .expect("a persistent consent cookie");
    let lifetime = expires - cookie::time::OffsetDateTime::now_utc();
    let declared = demo::CONSENT.max_age().unwrap().as_secs() as i64;
    assert!(
        (lifetime.whole_seconds() - declared).abs() < 300,
        "lifetime {lifetime} against the declared {declared} s"
    );
    let banner_state = browser
        .script("return window.localStorage.getItem('cookie_consent');")
        .await;
    assert!(banner_state
        .as_str()
        .is_some_and(|s| s.contains("\"categories\"")));

    // The undeclared cookie never arrived.
    assert!(!left.contains(&demo_site::UNDECLARED_COOKIE.to_string()));
    browser.client.close().await.expect("the session closes");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    any(missing_browser, missing_node),
    ignore = "chromium, chromedriver or npm not found when the tests were built: apt-get install \
              chromium chromium-driver npm (or set CHROMIUM and CHROMEDRIVER to their paths)"
)]
async fn the_policy_page_form_works_without_javascript() {
    let address = serve_demo().await;
    let browser = Browser::start(false).await;
    let base = format!("http://{address}");

    browser.open(&format!("{base}/cookies")).await;
    assert!(browser
        .text("#cookie-policy-status")
        .await
        .contains("You have not chosen yet"));
    // JavaScript is really off: the home page's statistics script, the
    // banner and the library never run.
    browser.click("#cookie-policy-statistics-choice").await;
    browser.click("#cookie-policy-marketing-choice").await;
    browser.click("#cookie-policy-save").await;
    let statistics_and_marketing = Consent::from_categories([
        cookie_policy::Category::Statistics,
        cookie_policy::Category::Marketing,
    ]);
    browser.wait_for_consent(statistics_and_marketing).await;
    // Back on the page (303 to its Referer), which shows the new choice.
    assert_eq!(
        browser.client.current_url().await.unwrap().path(),
        "/cookies"
    );
    assert_eq!(
        browser.text("#cookie-policy-status").await,
        "You have accepted: statistics and marketing."
    );
    browser.open(&format!("{base}/")).await;
    let cookies = browser.cookie_names().await;
    assert!(cookies.contains(&"_pk_id".to_string()) && cookies.contains(&"ad_id".to_string()));
    assert_eq!(
        browser.text("#statistics-script").await,
        "The statistics script has not run.",
        "scripts are off"
    );

    // Withdrawing is as easy: untick marketing, save.
    browser.open(&format!("{base}/cookies")).await;
    browser.click("#cookie-policy-marketing-choice").await;
    browser.click("#cookie-policy-save").await;
    browser
        .wait_for_consent(Consent::from_categories([
            cookie_policy::Category::Statistics,
        ]))
        .await;
    let cookies = browser.cookie_names().await;
    assert!(!cookies.contains(&"ad_id".to_string()), "{cookies:?}");
    browser.client.close().await.expect("the session closes");
}
