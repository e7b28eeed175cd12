//! End to end in a real browser: cookie-policy's `demo_site` example, served
//! in-process on an ephemeral port, driven in headless Chromium through
//! WebDriver (chromedriver), with a small HTTP/1.1 client written here over
//! `std::net::TcpStream`.
//!
//! The browser's own cookie store is the judge: on a first visit it holds
//! only the cookies that need no consent (the session and the anonymized
//! statistics cookie), although the page's handler tries to set a
//! statistics cookie that needs consent, a marketing cookie, a preferences
//! cookie and an undeclared one; after accepting statistics through the
//! page's form it also holds the statistics cookie, still no marketing one;
//! after accepting everything, the marketing cookie; after withdrawing
//! marketing, the browser has deleted it (the consent handler's removal
//! cookies pass the layer). The undeclared cookie never arrives.
//!
//! Needs `chromium` and `chromedriver` (Debian's `chromium` and
//! `chromium-driver`; or the paths in `CHROMIUM` and `CHROMEDRIVER`), which
//! the build script looks for (`tests/build/tools.rs`). When they are
//! missing the test is ignored, with the reason, unless the `CI`
//! environment variable is set: then it runs and fails. `.ci/run` installs
//! them.

#[allow(dead_code)]
#[path = "../../cookie-policy/examples/demo_site.rs"]
mod demo_site;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};

use cookie_policy_tests::tools::{CHROMEDRIVER, CHROMIUM};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

// ---- the pieces, each cleaned up on drop -----------------------------------

/// The demo site on `127.0.0.1:<ephemeral>`, on its own runtime.
struct DemoServer {
    address: SocketAddr,
    runtime: Option<tokio::runtime::Runtime>,
}

impl DemoServer {
    fn start() -> DemoServer {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("an ephemeral port");
        let address = listener.local_addr().expect("the bound address");
        runtime.spawn(demo_site::serve(listener, std::future::pending()));
        DemoServer {
            address,
            runtime: Some(runtime),
        }
    }
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_timeout(Duration::from_secs(2));
        }
    }
}

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
            std::time::SystemTime::now()
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

// ---- a minimal HTTP/1.1 client for WebDriver --------------------------------

const IO_TIMEOUT: Duration = Duration::from_secs(60);
const MAX_RESPONSE: u64 = 32 << 20;

/// One request to `127.0.0.1:port`; the status and the body as JSON.
fn http_json(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> Result<(u16, Value), String> {
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5))
        .map_err(|e| format!("connect to {address}: {e}"))?;
    stream
        .set_read_timeout(Some(IO_TIMEOUT))
        .map_err(|e| e.to_string())?;
    stream
        .set_write_timeout(Some(IO_TIMEOUT))
        .map_err(|e| e.to_string())?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\n\
         Content-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream
        .write_all(request.as_bytes())
        .map_err(|e| format!("{method} {path}: {e}"))?;
    // chromedriver keeps the connection open whatever `Connection` says:
    // read the head, then exactly the body its framing announces.
    let mut stream = stream.take(MAX_RESPONSE);
    let mut response = Vec::new();
    let mut chunk = [0u8; 8192];
    let read_more =
        |stream: &mut std::io::Take<TcpStream>, response: &mut Vec<u8>, chunk: &mut [u8]| {
            match stream.read(chunk) {
                Ok(0) => Ok(false),
                Ok(n) => {
                    response.extend_from_slice(&chunk[..n]);
                    Ok(true)
                }
                Err(e) => Err(format!("{method} {path}: {e}")),
            }
        };
    let split = loop {
        if let Some(split) = response.windows(4).position(|w| w == b"\r\n\r\n") {
            break split;
        }
        if !read_more(&mut stream, &mut response, &mut chunk)? {
            return Err(format!("{method} {path}: connection closed in the head"));
        }
    };
    let head = String::from_utf8_lossy(&response[..split]).to_ascii_lowercase();
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("{method} {path}: no status in {head:?}"))?;
    let content_length = head.lines().find_map(|l| {
        l.strip_prefix("content-length:")
            .and_then(|n| n.trim().parse::<usize>().ok())
    });
    let chunked = head
        .lines()
        .any(|l| l.starts_with("transfer-encoding:") && l.contains("chunked"));
    let body_start = split + 4;
    let body = loop {
        let received = &response[body_start..];
        let complete = match content_length {
            Some(length) => (received.len() >= length).then(|| received[..length].to_vec()),
            None if chunked => dechunk(received),
            None => None,
        };
        if let Some(body) = complete {
            break body;
        }
        if !read_more(&mut stream, &mut response, &mut chunk)? {
            if content_length.is_none() && !chunked {
                break response[body_start..].to_vec(); // delimited by the close
            }
            return Err(format!("{method} {path}: connection closed in the body"));
        }
    };
    let json = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&body).map_err(|e| format!("{method} {path}: {e}"))?
    };
    Ok((status, json))
}

fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..)?;
    }
}

// ---- WebDriver -------------------------------------------------------------

/// Starts chromedriver on a free port and waits (bounded) until it is
/// ready; `None` if it exits or does not get ready (say, another process
/// took the port between our probe and its bind).
fn start_driver(chromedriver: &Path) -> Option<(u16, Reaped)> {
    // A free port for the driver (released just before it binds it).
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut driver = Reaped(
        Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", chromedriver.display())),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if matches!(driver.0.try_wait(), Ok(Some(_))) {
            return None;
        }
        if let Ok((200, status)) = http_json(port, "GET", "/status", None) {
            if status["value"]["ready"] == true {
                return Some((port, driver));
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A chromedriver with one browser session; quits the browser and kills the
/// driver on drop.
struct Browser {
    port: u16,
    session: String,
    _driver: Reaped,
    _profile: TempDir,
}

impl Browser {
    fn start(chromium: &Path, chromedriver: &Path) -> Browser {
        let profile = TempDir::new("chromium-profile");
        let (port, driver) = (0..3)
            .find_map(|_| start_driver(chromedriver))
            .unwrap_or_else(|| panic!("{} did not get ready (3 tries)", chromedriver.display()));
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            &format!("--user-data-dir={}", profile.0.display()),
        ];
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "pageLoadStrategy": "normal",
                "timeouts": { "pageLoad": 30000, "script": 10000, "implicit": 0 },
                "goog:chromeOptions": { "binary": chromium.to_string_lossy(), "args": args },
            } }
        });
        let (status, created) = http_json(port, "POST", "/session", Some(&capabilities))
            .unwrap_or_else(|e| panic!("creating a browser session: {e}"));
        let session = created["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session ({status}): {created}"))
            .to_owned();
        Browser {
            port,
            session,
            _driver: driver,
            _profile: profile,
        }
    }

    /// A WebDriver command of this session; its `value`.
    fn command(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.try_command(method, path, body)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn try_command(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let full = format!("/session/{}{path}", self.session);
        let body = body.or_else(|| (method == "POST").then(|| json!({})));
        match http_json(self.port, method, &full, body.as_ref())? {
            (200, reply) => Ok(reply["value"].clone()),
            (status, reply) => Err(format!("{method} {path}: {status} {reply}")),
        }
    }

    fn open(&self, url: &str) {
        self.command("POST", "/url", Some(json!({ "url": url })));
    }

    fn refresh(&self) {
        self.command("POST", "/refresh", None);
    }

    fn element(&self, css: &str) -> String {
        let found = self.command(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        found[ELEMENT_KEY]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}: {found}"))
            .to_owned()
    }

    fn click(&self, css: &str) {
        let element = self.element(css);
        self.command("POST", &format!("/element/{element}/click"), None);
    }

    fn is_checked(&self, css: &str) -> bool {
        let element = self.element(css);
        self.command("GET", &format!("/element/{element}/property/checked"), None) == true
    }

    fn text(&self, css: &str) -> String {
        let element = self.element(css);
        self.command("GET", &format!("/element/{element}/text"), None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Waits (bounded) until the text of `css` satisfies `done`. While the
    /// page is being replaced, the element may be missing or stale: retried.
    fn wait_for_text(&self, css: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let text = self
                .try_command(
                    "POST",
                    "/element",
                    Some(json!({ "using": "css selector", "value": css })),
                )
                .and_then(|found| {
                    let element = found[ELEMENT_KEY].as_str().unwrap_or_default().to_owned();
                    self.try_command("GET", &format!("/element/{element}/text"), None)
                });
            let text = match text {
                Ok(Value::String(text)) => text,
                other => format!("{other:?}"),
            };
            if done(&text) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting on {css}: {text:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The names of the cookies the browser holds for the current page.
    fn cookie_names(&self) -> BTreeSet<String> {
        let cookies = self.command("GET", "/cookie", None);
        cookies
            .as_array()
            .unwrap_or_else(|| panic!("cookies: {cookies}"))
            .iter()
            .map(|c| c["name"].as_str().unwrap_or_default().to_owned())
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Quit the browser; the driver is killed after (field order).
        let path = format!("/session/{}", self.session);
        let _ = http_json(self.port, "DELETE", &path, None);
    }
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| (*n).to_owned()).collect()
}

#[test]
#[cfg_attr(
    missing_browser,
    ignore = "chromium or chromedriver not found when the tests were built: apt-get install \
              chromium chromium-driver (or set CHROMIUM and CHROMEDRIVER to their paths)"
)]
fn the_browser_only_keeps_the_cookies_the_visitor_consented_to() {
    let (chromium, chromedriver) = (CHROMIUM.path(), CHROMEDRIVER.path());
    let server = DemoServer::start();
    let browser = Browser::start(chromium, chromedriver);
    let home = format!("http://{}/", server.address);

    // 1. A first visit: only the cookies that need no consent.
    browser.open(&home);
    assert!(browser.text("#answer").contains("not chosen"));
    assert_eq!(browser.cookie_names(), set(&["demo_session", "_pk_ses"]));

    // 2. Accept statistics; the form posts, the server answers 303 to `/`.
    assert!(!browser.is_checked("#statistics"));
    browser.click("#statistics");
    browser.click("#save");
    browser.wait_for_text("#answer", |t| t.contains("statistics"));
    browser.refresh();
    browser.wait_for_text("#answer", |t| t.contains("statistics"));
    assert!(browser.is_checked("#statistics"));
    assert!(!browser.is_checked("#marketing"));
    assert_eq!(
        browser.cookie_names(),
        set(&["demo_session", "_pk_ses", "_pk_id", "cookie_consent"])
    );

    // 3. Accept everything: the marketing (and preferences) cookies arrive.
    browser.click("#preferences");
    browser.click("#marketing");
    browser.click("#save");
    browser.wait_for_text("#answer", |t| t.contains("marketing"));
    browser.refresh();
    browser.wait_for_text("#answer", |t| t.contains("marketing"));
    assert_eq!(
        browser.cookie_names(),
        set(&[
            "demo_session",
            "_pk_ses",
            "_pk_id",
            "theme",
            "ad_id",
            "cookie_consent"
        ])
    );

    // 4. Withdraw marketing: the consent handler's removal cookie passes the
    //    layer and the browser deletes the marketing cookie.
    assert!(browser.is_checked("#marketing"));
    browser.click("#marketing");
    browser.click("#save");
    browser.wait_for_text("#answer", |t| {
        t.contains("preferences") && !t.contains("marketing")
    });
    assert_eq!(
        browser.cookie_names(),
        set(&[
            "demo_session",
            "_pk_ses",
            "_pk_id",
            "theme",
            "cookie_consent"
        ])
    );
    assert!(!browser
        .cookie_names()
        .contains(demo_site::UNDECLARED_COOKIE));

    // The policy pages are served too.
    browser.open(&format!("{home}policy"));
    assert!(browser.text("body").contains("ad_id"));

    drop(browser);
    drop(server);
}
