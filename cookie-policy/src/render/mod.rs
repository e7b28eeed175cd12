//! Everything a site publishes about its cookies, generated from its
//! [`Policy`]: the policy page in Markdown and HTML, the JSON export and the
//! configuration of the vanilla-cookieconsent banner.
//!
//! - [`Policy::render_markdown`], [`Policy::render_markdown_in`]: the page in
//!   Markdown (CommonMark with GFM tables).
//! - [`Policy::render_html`], [`Policy::render_html_in`]: a complete,
//!   standalone HTML page; [`Policy::render_html_fragment`],
//!   [`Policy::render_html_fragment_in`]: the same content as a `<section>`
//!   to embed in an existing page.
//! - [`Policy::to_json`]: the whole declaration as JSON.
//! - [`Policy::to_cookieconsent_config`], [`Policy::to_cookieconsent_script`]:
//!   the banner configuration, and a script that runs it.
//!
//! # The page
//!
//! A title naming the site, what a cookie is, the four categories and which
//! of them need consent and why, then one section per category that has
//! cookies (necessary, preferences, statistics, marketing) with a table
//!
//! ```text
//! | Service provider's name | Function and location | Cookie name(s) | Purposes |
//! ```
//!
//! with one row per (provider, function, location, purpose), in declaration
//! order, the names of the row's cookies joined by `, `, and the function
//! written `Function (location)` when a location is declared. A table whose
//! cookies declare a duration gets a `Duration` column (`Session` for those
//! that don't), and one with a third-party cookie a `Set by` column (the
//! third party's domain, or the site's host). Last, how to change one's choice
//! and, if declared, which cookie stores it.
//!
//! # Languages
//!
//! The `_in` variants take a language the policy declares and return `None`
//! for any other. The cookie texts come from the declaration; the headers and
//! the prose around them ship in the languages of [`PROSE_LANGUAGES`] (English,
//! German, French, Spanish, Italian), picked by exact name or primary subtag
//! (`de_at` uses German). **A declared language without built-in prose still
//! renders**: its cookie texts in that language, the rest in English; the HTML
//! marks those English parts with `lang="en"`.
//!
//! # Escaping
//!
//! Every text goes through the escaping of its format. HTML escapes `&`, `<`,
//! `>`, `"` and `'` everywhere. Markdown writes `|` as `\|` and a line break as
//! a space, so a table row always has its header's number of cells, and also
//! escapes `\`, `<`, `[`, `]` and `` ` `` (no raw HTML, link or code span can
//! come out of a text). JSON escapes `<`, `>`, `&`, U+2028 and U+2029 as
//! `\uXXXX` besides what JSON requires, so it can sit in a `<script>`.
//!
//! ```
//! cookie_policy::cookie_policy! {
//!     mod portal {
//!         site: "https://data.example.org",
//!         languages: [en, fr],
//!         necessary { provider "Opendatasoft" {
//!             SESSIONID: "sessionid" {
//!                 function: { en: "Authentication", fr: "Authentification" },
//!                 location: { en: "front and back office", fr: "front et back office" },
//!                 purpose: { en: "To remember the user from one page to another",
//!                            fr: "Pour reconnaître l'utilisateur d'une page à l'autre" },
//!             }
//!         } }
//!     }
//! }
//! let md = portal::POLICY.render_markdown();
//! assert!(md.contains(
//!     "| Opendatasoft | Authentication (front and back office) | sessionid | \
//!      To remember the user from one page to another |"));
//! let fr = portal::POLICY.render_html_in("fr").unwrap();
//! assert!(fr.contains("<th scope=\"col\">Nom du prestataire</th>"));
//! assert!(fr.contains("Pour reconnaître l&#39;utilisateur"));
//! assert_eq!(portal::POLICY.render_markdown_in("de"), None);
//! ```

mod banner;
#[cfg_attr(not(feature = "axum"), allow(dead_code))]
pub(crate) mod banner_script;
pub(crate) mod choice;
pub(crate) mod escape;
mod html;
pub(crate) mod json;
mod markdown;
mod page;
mod prose;
mod table;

pub use banner::COOKIECONSENT_ADAPTER_JS;
pub use choice::ChoiceForm;
pub use prose::PROSE_LANGUAGES;

use crate::Policy;

impl Policy {
    /// The policy page in Markdown, in the default language.
    ///
    /// See the [`render`](crate::render) module for what the page contains.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod shop {
    ///         site: "https://shop.example",
    ///         necessary { provider "Shop" {
    ///             CART: "cart" { function: "Cart", purpose: "To keep the cart | basket" }
    ///         } }
    ///     }
    /// }
    /// let md = shop::POLICY.render_markdown();
    /// assert!(md.starts_with("# Cookie policy of <https://shop.example>\n"));
    /// assert!(md.contains("| Shop | Cart | cart | To keep the cart \\| basket |\n"));
    /// ```
    pub fn render_markdown(&self) -> String {
        markdown::write(&page::build(self, self.default_language()))
    }

    /// The policy page in Markdown, in `language`; `None` when the policy
    /// does not declare `language`. A declared language without built-in
    /// prose (see [`PROSE_LANGUAGES`]) gets its cookie texts in that
    /// language and English prose and headers.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         languages: [en, de],
    ///         necessary { provider "Example" {
    ///             S: "s" {
    ///                 function: { en: "Session", de: "Sitzung" },
    ///                 purpose: { en: "Sign-in", de: "Anmeldung" },
    ///                 duration: 13 months,
    ///             }
    ///         } }
    ///     }
    /// }
    /// let de = site::POLICY.render_markdown_in("de").unwrap();
    /// assert!(de.contains("| Name des Anbieters | Funktion und Ort | Cookie-Name(n) | Zwecke | Speicherdauer |"));
    /// assert!(de.contains("| Example | Sitzung | s | Anmeldung | 13 Monate |"));
    /// assert!(site::POLICY.render_markdown_in("fr").is_none());
    /// ```
    pub fn render_markdown_in(&self, language: &str) -> Option<String> {
        let lang = page::declared_language(self, language)?;
        Some(markdown::write(&page::build(self, lang)))
    }

    /// The policy page as a complete HTML document, in the default language.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "A <b> & \"C\"" {
    ///             S: "s" { function: "Session", purpose: "Sign-in" }
    ///         } }
    ///     }
    /// }
    /// let page = site::POLICY.render_html();
    /// assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    /// assert!(page.contains("<td>A &lt;b&gt; &amp; &quot;C&quot;</td>"));
    /// assert!(page.contains("<h1>Cookie policy of <a href=\"https://example.org\">https://example.org</a></h1>"));
    /// ```
    pub fn render_html(&self) -> String {
        html::document(&page::build(self, self.default_language()))
    }

    /// The policy page as a complete HTML document in `language`; `None`
    /// when the policy does not declare it. See
    /// [`render_markdown_in`](Self::render_markdown_in) for languages
    /// without built-in prose.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         languages: [en, pl],
    ///         necessary { provider "Example" {
    ///             S: "s" { function: { en: "Session", pl: "Sesja" }, purpose: { en: "Sign-in", pl: "Logowanie" } }
    ///         } }
    ///     }
    /// }
    /// // No built-in Polish prose: the cookies in Polish, the rest in English.
    /// let pl = site::POLICY.render_html_in("pl").unwrap();
    /// assert!(pl.contains("<html lang=\"pl\">"));
    /// assert!(pl.contains("<td>Sesja</td>"));
    /// assert!(pl.contains("<h2 lang=\"en\">What is a cookie?</h2>"));
    /// assert!(site::POLICY.render_html_in("de").is_none());
    /// ```
    pub fn render_html_in(&self, language: &str) -> Option<String> {
        let lang = page::declared_language(self, language)?;
        Some(html::document(&page::build(self, lang)))
    }

    /// The policy page as a complete HTML document in `language`, as served
    /// to one visitor: after "changing your choice", the visitor's current
    /// answer and a plain HTML form to change it (one checkbox per category
    /// with a cookie that needs consent, posting to the form's action; it
    /// works without JavaScript), and what the site does with Global
    /// Privacy Control. `None` when the policy does not declare `language`.
    /// `cookie_policy::axum::routes` serves it at `GET /cookies`.
    ///
    /// ```
    /// use cookie_policy::{render::ChoiceForm, Category, Consent, ConsentStatus};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
    ///         statistics { provider "Example" { V: "v" { function: "Visits", purpose: "Counting" } } }
    ///         marketing { provider "Ads" { AD: "ad" { function: "Ads", purpose: "Ads" } } }
    ///     }
    /// }
    /// let status = ConsentStatus::Given(Consent::necessary_only().with(Category::Statistics));
    /// let page = site::POLICY
    ///     .render_html_with_choice_in("en", &ChoiceForm::new("/cookies/consent", status))
    ///     .unwrap();
    /// assert!(page.contains("<form method=\"post\" action=\"/cookies/consent\""));
    /// assert!(page.contains("name=\"statistics\" id=\"cookie-policy-statistics-choice\" value=\"on\" checked>"));
    /// assert!(page.contains("name=\"marketing\" id=\"cookie-policy-marketing-choice\" value=\"on\">"));
    /// assert!(page.contains("You have accepted: statistics."));
    /// assert!(page.contains("This site honours Global Privacy Control"));
    /// ```
    pub fn render_html_with_choice_in(&self, language: &str, form: &ChoiceForm) -> Option<String> {
        let lang = page::declared_language(self, language)?;
        let mut page = page::build(self, lang);
        page.visitor = Some((form.clone(), choice::choosable(self).collect()));
        Some(html::document(&page))
    }

    /// The policy page as an HTML fragment to embed in an existing page, in
    /// the default language: one `<section class="cookie-policy" lang="..">`
    /// whose headings start at `<h2>`, one
    /// `<section id="cookie-policy-<category>">` per category and tables of
    /// class `cookie-policy-table`. No styles, no scripts.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
    ///     }
    /// }
    /// let fragment = site::POLICY.render_html_fragment();
    /// assert!(fragment.starts_with("<section class=\"cookie-policy\" lang=\"en\">\n<h2>"));
    /// assert!(fragment.contains("<section class=\"cookie-policy-category\" id=\"cookie-policy-necessary\">"));
    /// assert!(!fragment.contains("<html") && !fragment.contains("<h1"));
    /// ```
    pub fn render_html_fragment(&self) -> String {
        html::fragment(&page::build(self, self.default_language()))
    }

    /// The HTML fragment of [`render_html_fragment`](Self::render_html_fragment)
    /// in `language`; `None` when the policy does not declare it.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         languages: [de, en],
    ///         necessary { provider "Example" {
    ///             S: "s" { function: { de: "Sitzung", en: "Session" }, purpose: { de: "Anmeldung", en: "Sign-in" } }
    ///         } }
    ///     }
    /// }
    /// let en = site::POLICY.render_html_fragment_in("en").unwrap();
    /// assert!(en.contains("<td>Session</td>"));
    /// assert!(site::POLICY.render_html_fragment().contains("<td>Sitzung</td>"));
    /// ```
    pub fn render_html_fragment_in(&self, language: &str) -> Option<String> {
        let lang = page::declared_language(self, language)?;
        Some(html::fragment(&page::build(self, lang)))
    }

    /// The whole declaration as one JSON object (compact):
    ///
    /// ```text
    /// { "site": "https://...", "languages": ["en", "de"], "revision": "<16 hex digits>",
    ///   "consent_cookie": "cookies_preferences" | null,
    ///   "cookies": [ { "name", "pattern", "category", "provider",
    ///                  "function": {"en": ...}, "location": {...} | null, "purpose": {...},
    ///                  "third_party": "..." | null, "requires_consent", "max_age_seconds": n | null,
    ///                  "duration": {"amount": 13, "unit": "month"} | null,
    ///                  "secure", "http_only", "same_site": "Lax" | null,
    ///                  "domain": ... | null, "path": ... | null, "partitioned", "anonymized" } ] }
    /// ```
    ///
    /// `max_age_seconds` is `null` for a session cookie. Strings escape `<`,
    /// `>` and `&` as `\u003c`, `\u003e`, `\u0026`, so the JSON can be
    /// embedded in a `<script>` element.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "Example" { S: "s" { function: "Session", purpose: "Sign-in" } } }
    ///     }
    /// }
    /// let json = site::POLICY.to_json();
    /// assert!(json.starts_with(r#"{"site":"https://example.org","languages":["en"],"revision":""#));
    /// assert!(json.contains(r#""max_age_seconds":null"#));
    /// assert!(json.contains(&format!("{:016x}", site::POLICY.revision())));
    /// ```
    pub fn to_json(&self) -> String {
        json::policy(self).to_compact()
    }

    /// The configuration object of the vanilla-cookieconsent 3 banner
    /// (`CookieConsent.run(config)`), as pretty-printed JSON:
    ///
    /// - `revision`: [`cookieconsent_revision`](Self::cookieconsent_revision),
    ///   so the banner asks again when the policy changes;
    /// - `cookie`: the `consent_cookie`'s name, lifetime (`expiresAfterDays`),
    ///   `domain`, `path`, `sameSite` and `secure`, when one is declared;
    /// - `categories`: `necessary` with `enabled` and `readOnly`, as is any
    ///   category none of whose cookies needs consent (anonymized statistics);
    ///   every other category present with `autoClear.cookies` listing its
    ///   cookies that need consent;
    /// - `language.translations`: one per declared language (`default` is the
    ///   default language, `autoDetect: "document"`), whose preferences modal
    ///   has one section per category with a `cookieTable` holding the same
    ///   columns and rows as the pages. Every text is HTML-escaped, because
    ///   the library inserts them as HTML.
    ///
    /// A prefix pattern such as `_ga_*` cannot be a regular expression in
    /// JSON: it is written `{"name": "_ga_*", "pattern": true}`, and
    /// [`COOKIECONSENT_ADAPTER_JS`] turns it into `{name: /^_ga_/}` before
    /// `CookieConsent.run` (as [`to_cookieconsent_script`](Self::to_cookieconsent_script) does).
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         consent_cookie: PREFS,
    ///         necessary { provider "Example" {
    ///             PREFS: "prefs" { function: "Consent", purpose: "To remember choices", duration: 6 months }
    ///         } }
    ///         statistics { provider "Analytics Inc." {
    ///             GA: "_ga_*" { function: "Audience", purpose: "To count visits", third_party: "analytics.example" }
    ///         } }
    ///     }
    /// }
    /// let config = site::POLICY.to_cookieconsent_config();
    /// assert!(config.contains(r#""name": "prefs""#));
    /// assert!(config.contains(r#""readOnly": true"#));
    /// assert!(config.contains(r#""pattern": true"#));
    /// ```
    pub fn to_cookieconsent_config(&self) -> String {
        banner::config(self).to_pretty()
    }

    /// A script that starts the banner: [`COOKIECONSENT_ADAPTER_JS`] followed
    /// by `CookieConsent.run(cookiePolicyConsentConfig(<config>));`. Put it in
    /// a `<script>` after the library (`cookieconsent.umd.js`); the JSON is
    /// escaped so that it cannot close the `<script>` element.
    ///
    /// ```
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://example.org",
    ///         necessary { provider "</script>" { S: "s" { function: "Session", purpose: "Sign-in" } } }
    ///     }
    /// }
    /// let script = site::POLICY.to_cookieconsent_script();
    /// assert!(script.starts_with(cookie_policy::render::COOKIECONSENT_ADAPTER_JS));
    /// assert!(script.contains("CookieConsent.run(cookiePolicyConsentConfig({"));
    /// assert!(!script.contains("</script>"));
    /// ```
    pub fn to_cookieconsent_script(&self) -> String {
        let mut out = String::from(COOKIECONSENT_ADAPTER_JS);
        out.push_str("CookieConsent.run(cookiePolicyConsentConfig(");
        out.push_str(&banner::config(self).to_pretty());
        out.push_str("));\n");
        out
    }
}
