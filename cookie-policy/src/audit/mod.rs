//! Holding a site against its declaration (feature `audit`): what a real
//! browser recorded (HAR files) audited against the policy, and a first
//! declaration scaffolded from such recordings.
//!
//! The declaration is only as true as the site: cookies written by scripts
//! (`document.cookie`, analytics tags) and by embedded third parties never
//! pass the server, so neither the macro nor the layer sees them. A HAR
//! recording of a visit does. [`Policy::audit`] reads every cookie a
//! recording shows, from each response's `Set-Cookie` fields (Chrome's
//! writers join several into one value with newlines: each value is split
//! at `\n`) and each request's `Cookie` fields (where a cookie a script
//! wrote appears first), and reports, as [`Finding`]s:
//!
//! | kind | severity | when |
//! | --- | --- | --- |
//! | `undeclared` | error | a cookie the policy does not declare ([`Policy::get`] finds nothing), set by a response or first seen in a request |
//! | `before_consent` | error | a cookie that needs consent set or sent while the consent in force did not allow its category |
//! | `attribute` | warning | a declared cookie set with other attributes than declared (see [`AttributeMismatch`](crate::AttributeMismatch)) |
//! | `wrong_party` | warning | a first-party cookie set by another site's response, or a `third_party` cookie set by a host outside its declared domain |
//! | `not_seen` | info | a declared cookie no recording shows |
//!
//! The consent in force is read per request, as the layer reads it (the
//! policy's consent cookie in the request's `Cookie` fields; a response that
//! sets it judges its other cookies by the consent it sets). A request to
//! another host than the site's (an embedded third party, which never
//! receives the site's consent cookie) is judged under the consent of the
//! latest earlier request to the site's host. Deletions are never a finding.
//! One finding per kind and cookie name, at its first event; each says what
//! to change in the declaration or on the site.
//!
//! ```
//! use cookie_policy::audit::{FindingKind, Har};
//!
//! cookie_policy::cookie_policy! {
//!     mod site {
//!         site: "https://www.example.org",
//!         necessary { provider "Example" {
//!             SESSION: "session" { function: "Sign-in", purpose: "To keep you signed in", http_only }
//!         } }
//!     }
//! }
//!
//! let recording = br#"{"log": {"version": "1.2", "entries": [{
//!     "startedDateTime": "2026-12-01T09:00:00.000Z",
//!     "request": {"method": "GET", "url": "https://www.example.org/", "headers": []},
//!     "response": {"status": 200, "headers": [
//!         {"name": "set-cookie", "value": "session=1; HttpOnly"},
//!         {"name": "set-cookie", "value": "_ga=GA1.1.1; Max-Age=63072000"}]}}]}}"#;
//! let report = site::POLICY.audit(&Har::from_slice(recording)?);
//! let kinds: Vec<_> = report.findings().iter().map(|f| (f.kind, f.cookie.as_str())).collect();
//! assert_eq!(kinds, [(FindingKind::Undeclared, "_ga")]);
//! assert!(report.has_errors());
//! assert!(report.to_json().contains(r#""kind": "undeclared""#));
//! # Ok::<(), cookie_policy::audit::HarError>(())
//! ```
//!
//! A HAR cannot show everything: cookies of pages the visit did not open,
//! `localStorage`, `sessionStorage` and IndexedDB (no cookies, not in a
//! HAR), and, in a sanitized export (Chrome's plain "Save all as HAR"), any
//! cookie at all; the report [notes](AuditReport::notes) a recording without
//! any cookie header.

mod events;
mod format;
mod har;
mod ocd;
mod report;
mod rules;
mod scaffold;

pub use format::{Format, UnknownFormat};
pub use har::{Entry, Har, HarError, HarErrorKind};
pub use report::{AuditReport, Finding, FindingKind, Severity, Summary};
pub use scaffold::scaffold;

use crate::Policy;

impl Policy {
    /// Audits the recording `har` against this policy (feature `audit`):
    /// see the [`audit`](crate::audit) module.
    pub fn audit(&self, har: &Har<'_>) -> AuditReport {
        self.audit_all([har])
    }

    /// Audits several recordings at once (feature `audit`), each a visit of
    /// its own (its consent starts necessary-only), in order: one finding
    /// per kind and cookie over all of them, `not_seen` for the declared
    /// cookies none shows.
    ///
    /// ```
    /// # use cookie_policy::audit::{FindingKind, Har};
    /// cookie_policy::cookie_policy! {
    ///     mod site {
    ///         site: "https://www.example.org",
    ///         necessary { provider "Example" {
    ///             A: "a" { function: "A", purpose: "A" }
    ///             B: "b" { function: "B", purpose: "B" }
    ///         } }
    ///     }
    /// }
    /// let visit = |cookie: &str| format!(r#"{{"log": {{"entries": [{{"startedDateTime": "2026-12-01T09:00:00Z",
    ///     "request": {{"url": "https://www.example.org/", "headers": [{{"name": "cookie", "value": "{cookie}=1"}}]}},
    ///     "response": {{"headers": []}}}}]}}}}"#);
    /// let (first, second) = (visit("a"), visit("b"));
    /// let hars = [Har::from_slice(first.as_bytes())?, Har::from_slice(second.as_bytes())?];
    /// assert_eq!(site::POLICY.audit(&hars[0]).of_kind(FindingKind::NotSeen).count(), 1);
    /// assert_eq!(site::POLICY.audit_all(&hars).of_kind(FindingKind::NotSeen).count(), 0);
    /// # Ok::<(), cookie_policy::audit::HarError>(())
    /// ```
    pub fn audit_all<'h, 'a: 'h, I>(&self, hars: I) -> AuditReport
    where
        I: IntoIterator<Item = &'h Har<'a>>,
    {
        let mut auditor = rules::Auditor::new(self);
        for har in hars {
            auditor.recording(har);
        }
        auditor.finish()
    }
}
