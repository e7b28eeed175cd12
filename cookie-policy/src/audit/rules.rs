//! The audit itself: the events of each recording in order, the consent in
//! force at each, and the findings they give. The rules are those of
//! `tests/data/har/README.md` ("How the findings are counted"), which the
//! recordings' expected findings follow.
//!
//! - Entries in `startedDateTime` order (file order for ties); within one,
//!   the request's `Cookie` fields first, then the response's `Set-Cookie`
//!   fields.
//! - The consent in force for a request to the site's host is read from its
//!   `Cookie` fields as the layer reads it; a request to another host (an
//!   embedded third party, which never receives the site's consent cookie)
//!   is judged under the consent of the latest earlier request to the
//!   site's host; necessary-only before any. As in the layer, a response of
//!   the site's host that sets the consent cookie has its other cookies
//!   judged under the consent it sets.
//! - Deletions are never a finding, and do not count as seeing a cookie.
//! - One finding per kind and cookie name, at its first event.

use std::collections::HashSet;

use super::events::{self, Set};
use super::har::{Entry, Har};
use super::report::{AuditReport, Finding, FindingKind};
use crate::attributes::{compare, AttributeMismatch};
use crate::header::url::{domain_matches, host, same_host};
use crate::{Consent, CookieSpec, Policy};

/// The audit of recordings against one policy, recording by recording.
pub(crate) struct Auditor<'p> {
    policy: &'p Policy,
    site_host: &'static str,
    findings: Vec<Finding>,
    /// The (kind, cookie) pairs already reported.
    reported: HashSet<(FindingKind, String)>,
    /// The declared entries seen (by name, unique in a policy).
    seen: HashSet<&'static str>,
    notes: Vec<String>,
    recordings: usize,
    entries: usize,
}

impl<'p> Auditor<'p> {
    pub(crate) fn new(policy: &'p Policy) -> Auditor<'p> {
        Auditor {
            policy,
            site_host: host(policy.site()),
            findings: Vec::new(),
            reported: HashSet::new(),
            seen: HashSet::new(),
            notes: Vec::new(),
            recordings: 0,
            entries: 0,
        }
    }

    /// Audits one recording. Its consent starts necessary-only: each
    /// recording is a visit of its own.
    pub(crate) fn recording(&mut self, har: &Har<'_>) {
        self.recordings += 1;
        self.entries += har.entries().len();
        if !har.entries().is_empty() && har.has_no_cookie_headers() {
            self.notes.push(format!(
                "recording {} ({} requests{}) has no `Cookie` or `Set-Cookie` header at all: it looks \
                 sanitized (Chrome's \"Save all as HAR\" leaves them out since version 130); export it \
                 \"with sensitive data\", or record it with Playwright",
                self.recordings,
                har.entries().len(),
                har.creator().map(|c| format!(", written by {c}")).unwrap_or_default(),
            ));
        }
        let mut site_consent = Consent::necessary_only();
        for entry in har.in_order() {
            let host = events::host(entry);
            let is_site = same_host(host, self.site_host);
            let consent = if is_site {
                site_consent = self
                    .policy
                    .consent_from_cookie_headers(entry.cookie_headers());
                site_consent
            } else {
                site_consent
            };
            for name in events::sent(entry) {
                self.sent(entry, host, name, consent);
            }
            let consent = match is_site.then(|| self.consent_set_by(entry)).flatten() {
                Some(set) => set,
                None => consent,
            };
            for set in events::set(entry) {
                self.set(entry, host, &set, consent);
            }
        }
    }

    /// The consent the entry's response sets with the policy's consent
    /// cookie, as the layer reads it: the value for the current revision
    /// (necessary-only for any other, or a deletion); several copies
    /// intersected. `None` when it does not set it.
    fn consent_set_by(&self, entry: &Entry<'_>) -> Option<Consent> {
        let consent_cookie = self.policy.consent_cookie()?;
        let mut consent: Option<Consent> = None;
        for set in events::set(entry) {
            let is_consent_cookie = self
                .policy
                .get_header_name(set.cookie.name)
                .is_some_and(|spec| core::ptr::eq(spec, consent_cookie));
            if !is_consent_cookie {
                continue;
            }
            let this = match self.policy.read_consent_value(set.cookie.value()) {
                Some((true, given)) if !set.is_deletion() => given,
                _ => Consent::necessary_only(),
            };
            consent = Some(consent.map_or(this, |earlier| earlier.intersection(this)));
        }
        consent
    }

    /// A cookie the request sends.
    fn sent(&mut self, entry: &Entry<'_>, host: &str, name: &[u8], consent: Consent) {
        let shown = String::from_utf8_lossy(name);
        let Some(spec) = self.policy.get_header_name(name) else {
            let detail = format!(
                "`{shown}` is first seen in a request (a script wrote it: no recorded response sets \
                 it), sent to {host}, and the policy does not declare it: declare it, or remove the \
                 script that writes it"
            );
            self.report(FindingKind::Undeclared, &shown, None, entry, detail);
            return;
        };
        self.seen.insert(spec.name());
        if !consent.allows_cookie(spec) {
            let category = spec.category();
            let detail = format!(
                "`{shown}` ({category}) is sent to {host} while the visitor has not consented to \
                 {category}: have it written (by the site's script or {host}'s) only once the \
                 visitor accepts {category}"
            );
            self.report(
                FindingKind::BeforeConsent,
                &shown,
                Some(spec),
                entry,
                detail,
            );
        }
    }

    /// A cookie the response sets.
    fn set(&mut self, entry: &Entry<'_>, host: &str, set: &Set<'_>, consent: Consent) {
        if set.is_deletion() {
            return;
        }
        let shown = String::from_utf8_lossy(set.cookie.name);
        let third = !same_host(host, self.site_host);
        let Some(spec) = self.policy.get_header_name(set.cookie.name) else {
            let detail = if third {
                format!(
                    "`{shown}` is set by {host} and the policy does not declare it: declare it \
                     (`third_party: \"{host}\"`, with its provider, purpose and duration), or remove \
                     what embeds {host}"
                )
            } else {
                format!(
                    "`{shown}` is set by {host} and the policy does not declare it: declare it (with \
                     its provider, purpose and duration), or stop setting it"
                )
            };
            self.report(FindingKind::Undeclared, &shown, None, entry, detail);
            return;
        };
        self.seen.insert(spec.name());
        if !consent.allows_cookie(spec) {
            let category = spec.category();
            let fix = if third {
                format!("load {host}'s content only once the visitor accepts {category}")
            } else {
                format!(
                    "set it only once the visitor accepts {category} (from its constant, with the \
                     consent proof; the layer drops it otherwise)"
                )
            };
            let detail = format!(
                "`{shown}` ({category}) is set by {host} before the visitor consented to {category}: {fix}"
            );
            self.report(
                FindingKind::BeforeConsent,
                &shown,
                Some(spec),
                entry,
                detail,
            );
        }
        let mismatch: AttributeMismatch = compare(spec, &set.attributes, || set.now);
        if !mismatch.is_empty() {
            let detail = format!(
                "`{shown}` is set with other attributes than declared as `{}`: {mismatch}. Set it \
                 from its declared constant, or correct the declaration",
                spec.name()
            );
            self.report(FindingKind::Attribute, &shown, Some(spec), entry, detail);
        }
        if let Some(detail) = self.wrong_party(spec, &shown, host) {
            self.report(FindingKind::WrongParty, &shown, Some(spec), entry, detail);
        }
    }

    /// Why a response of `host` should not set the cookie `spec`: a
    /// `third_party` cookie from a host outside its declared domain, or a
    /// first-party cookie from outside the site's host and its declared
    /// `domain`. `None` when it may.
    fn wrong_party(&self, spec: &CookieSpec, shown: &str, host: &str) -> Option<String> {
        let site_host = self.site_host;
        match spec.third_party_domain() {
            Some(domain) if domain_matches(host, domain) => None,
            Some(domain) => Some(format!(
                "`{shown}` is declared as set by {domain} (`third_party: \"{domain}\"`), but {host} \
                 sets it: declare `third_party: \"{host}\"` if {host} now sets it, or find out why it does"
            )),
            None if domain_matches(host, site_host)
                || spec.domain().is_some_and(|d| domain_matches(host, d)) =>
            {
                None
            }
            None => Some(format!(
                "`{shown}` is declared as a first-party cookie of {site_host}, but {host} sets it: \
                 declare it `third_party: \"{host}\"` (not in `necessary`), or stop {host} from setting it"
            )),
        }
    }

    fn report(
        &mut self,
        kind: FindingKind,
        cookie: &str,
        spec: Option<&'static CookieSpec>,
        entry: &Entry<'_>,
        detail: String,
    ) {
        if !self.reported.insert((kind, cookie.to_owned())) {
            return;
        }
        self.findings.push(Finding {
            kind,
            severity: kind.severity(),
            cookie: cookie.to_owned(),
            declared: spec.map(CookieSpec::name),
            url: Some(entry.url().to_owned()),
            detail,
        });
    }

    /// The report: the findings so far, then a `not_seen` for each declared
    /// entry no recording showed, in declaration order.
    pub(crate) fn finish(mut self) -> AuditReport {
        for spec in self.policy.cookies() {
            if self.seen.contains(spec.name()) {
                continue;
            }
            let name = spec.name();
            let how = if spec.requires_consent() {
                format!(" (a visit that accepts {})", spec.category())
            } else {
                String::new()
            };
            self.findings.push(Finding {
                kind: FindingKind::NotSeen,
                severity: FindingKind::NotSeen.severity(),
                cookie: name.to_owned(),
                declared: Some(name),
                url: None,
                detail: format!(
                    "`{name}` is declared, but no recording shows it set or sent: record a visit that \
                     sets it{how}, or remove it from the declaration if the site no longer uses it"
                ),
            });
        }
        AuditReport {
            site: self.policy.site(),
            revision: self.policy.revision(),
            recordings: self.recordings,
            entries: self.entries,
            findings: self.findings,
            notes: self.notes,
        }
    }
}
