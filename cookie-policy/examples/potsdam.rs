//! The cookie policy of the Potsdam open data portal
//! (<https://opendata.potsdam.de>), declared once and rendered from that one
//! declaration.
//!
//! ```sh
//! cargo run --example potsdam                       # the policy page in Markdown (English)
//! cargo run --example potsdam -- --lang de          # ... in German (any declared language)
//! cargo run --example potsdam -- --html             # a complete HTML page
//! cargo run --example potsdam -- --html --lang de   # ... in German
//! cargo run --example potsdam -- --fragment         # an HTML fragment to embed in a page
//! cargo run --example potsdam -- --json             # the declaration as JSON
//! cargo run --example potsdam -- --banner           # the vanilla-cookieconsent 3 configuration
//! cargo run --example potsdam -- --banner-script    # ... as a script that runs the banner
//! ```
//!
//! An undeclared language or an unknown argument prints the usage to stderr
//! and exits with status 2.

use std::io::Write as _;

use cookie_policy::cookie_policy;

cookie_policy! {
    /// Cookies of the Potsdam open data portal, as its cookie policy lists them.
    pub mod potsdam {
        site: "https://opendata.potsdam.de",
        languages: [en, de],
        consent_cookie: COOKIES_PREFERENCES,

        necessary {
            provider "Opendatasoft" {
                /// The session of a signed-in user.
                SESSIONID: "sessionid" {
                    function: { en: "Authentication", de: "Authentifizierung" },
                    location: { en: "front and back office", de: "Front- und Back-Office" },
                    purpose: { en: "To remember the user from one page to another",
                               de: "Um den Benutzer von einer Seite zur nächsten wiederzuerkennen" },
                    duration: 14 days,
                    secure, http_only, same_site: Lax,
                }
                /// The language the visitor chose.
                DJANGO_LANGUAGE: "django_language" {
                    function: { en: "Language selection", de: "Sprachauswahl" },
                    location: { en: "front and back office", de: "Front- und Back-Office" },
                    purpose: { en: "To remember the visitor's language",
                               de: "Um die Sprache des Besuchers zu speichern" },
                    duration: 1 year,
                    secure, same_site: Lax,
                }
                /// Protection against cross-site request forgery.
                CSRFTOKEN: "csrftoken" {
                    function: { en: "API (CSRF)", de: "API (CSRF)" },
                    location: { en: "front et back office", de: "Front- und Back-Office" },
                    purpose: { en: "To retrieve data via API calls",
                               de: "Um Daten über API-Aufrufe abzurufen" },
                    duration: 1 year,
                    secure, same_site: Lax,
                }
                /// The visitor's cookie choices.
                COOKIES_PREFERENCES: "cookies_preferences" {
                    function: { en: "Choices related to your cookie preferences",
                                de: "Auswahl zu Ihren Cookie-Einstellungen" },
                    purpose: { en: "To remember the visitor's cookie preferences",
                               de: "Um die Cookie-Einstellungen des Besuchers zu speichern" },
                    duration: 6 months,
                    secure, same_site: Lax,
                }
            }
        }
    }
}

/// What to print.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Html,
    Fragment,
    Json,
    Banner,
    BannerScript,
}

const USAGE: &str =
    "usage: potsdam [--html | --fragment | --json | --banner | --banner-script] [--lang LANG]";

fn main() {
    let policy = &potsdam::POLICY;
    let mut format = Format::Markdown;
    let mut lang: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--html" => format = Format::Html,
            "--fragment" => format = Format::Fragment,
            "--json" => format = Format::Json,
            "--banner" => format = Format::Banner,
            "--banner-script" => format = Format::BannerScript,
            "--lang" => match args.next() {
                Some(l) => lang = Some(l),
                None => fail("--lang needs a language"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            other => fail(&format!("unknown argument `{other}`")),
        }
    }
    let lang = lang.unwrap_or_else(|| policy.default_language().to_string());
    let rendered = match format {
        Format::Markdown => policy.render_markdown_in(&lang),
        Format::Html => policy.render_html_in(&lang),
        Format::Fragment => policy.render_html_fragment_in(&lang),
        Format::Json => Some(policy.to_json()),
        Format::Banner => Some(policy.to_cookieconsent_config()),
        Format::BannerScript => Some(policy.to_cookieconsent_script()),
    };
    match rendered {
        Some(mut text) => {
            if !text.ends_with('\n') {
                text.push('\n');
            }
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
        None => fail(&format!(
            "the policy is not declared in `{lang}`; declared: {}",
            policy.languages().join(", ")
        )),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("potsdam: {message}\n{USAGE}");
    std::process::exit(2);
}
