//! [`AuditReport`]: the findings of an audit, [`Finding`] by [`Finding`].

use core::fmt;

/// What a [`Finding`] is about. New kinds may be added: a `match` needs a
/// `_` arm.
///
/// ```
/// use cookie_policy::audit::{FindingKind, Severity};
/// assert_eq!(FindingKind::BeforeConsent.as_str(), "before_consent");
/// assert_eq!(FindingKind::BeforeConsent.severity(), Severity::Error);
/// assert_eq!(FindingKind::NotSeen.severity(), Severity::Info);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FindingKind {
    /// A cookie the policy does not declare ([`Policy::get`](crate::Policy::get)
    /// finds nothing), set by a response or first seen in a request.
    Undeclared,
    /// A cookie that needs consent, set or sent while the consent in force
    /// did not allow its category.
    BeforeConsent,
    /// A declared cookie set with other attributes than declared.
    Attribute,
    /// A first-party cookie set by another site's response, or a
    /// `third_party` cookie set by a host outside its declared domain.
    WrongParty,
    /// A declared cookie the recordings never show.
    NotSeen,
}

impl FindingKind {
    /// Every kind, in the order the contract lists them.
    pub const ALL: [FindingKind; 5] = [
        FindingKind::Undeclared,
        FindingKind::BeforeConsent,
        FindingKind::Attribute,
        FindingKind::WrongParty,
        FindingKind::NotSeen,
    ];

    /// The kind as the JSON report writes it (`"wrong_party"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            FindingKind::Undeclared => "undeclared",
            FindingKind::BeforeConsent => "before_consent",
            FindingKind::Attribute => "attribute",
            FindingKind::WrongParty => "wrong_party",
            FindingKind::NotSeen => "not_seen",
        }
    }

    /// How serious a finding of this kind is.
    pub const fn severity(self) -> Severity {
        match self {
            FindingKind::Undeclared | FindingKind::BeforeConsent => Severity::Error,
            FindingKind::Attribute | FindingKind::WrongParty => Severity::Warning,
            FindingKind::NotSeen => Severity::Info,
        }
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a [`Finding`] is: an `error` fails `cookie-policy audit`
/// (exit status 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The site does what its policy says it does not: fix it before
    /// publishing.
    Error,
    /// The declaration and the site disagree on details.
    Warning,
    /// Worth a look.
    Info,
}

impl Severity {
    /// The severity as the JSON report writes it (`"error"`).
    ///
    /// ```
    /// assert_eq!(cookie_policy::audit::Severity::Warning.as_str(), "warning");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing the audit found: what, about which cookie, where, and what to
/// change in the declaration or on the site.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// What kind of finding it is.
    pub kind: FindingKind,
    /// Its kind's severity.
    pub severity: Severity,
    /// The cookie's name as the recording shows it (for `not_seen`, the
    /// declared name or pattern).
    pub cookie: String,
    /// The declared name or pattern the cookie falls under (`_pk_id.*`),
    /// `None` for an undeclared cookie.
    pub declared: Option<&'static str>,
    /// The URL of the response that set the cookie, or of the request that
    /// carried it; `None` for `not_seen`.
    pub url: Option<String>,
    /// What is wrong and what to change, in a sentence or two.
    pub detail: String,
}

/// How many findings of each severity a report has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Findings of severity `error`.
    pub error: usize,
    /// Findings of severity `warning`.
    pub warning: usize,
    /// Findings of severity `info`.
    pub info: usize,
}

/// The findings of an audit of one or more recordings against a policy
/// ([`Policy::audit`](crate::Policy::audit)), in the order of the events
/// that caused them (the `not_seen` ones last, in declaration order), and
/// notes about the recordings that are not findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditReport {
    pub(crate) site: &'static str,
    pub(crate) revision: u64,
    pub(crate) recordings: usize,
    pub(crate) entries: usize,
    pub(crate) findings: Vec<Finding>,
    pub(crate) notes: Vec<String>,
}

impl AuditReport {
    /// The audited policy's site.
    pub fn site(&self) -> &'static str {
        self.site
    }

    /// The audited policy's revision.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// How many recordings were audited.
    pub fn recordings(&self) -> usize {
        self.recordings
    }

    /// How many requests they hold.
    pub fn entries(&self) -> usize {
        self.entries
    }

    /// The findings, in order.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The findings of `kind`, in order.
    pub fn of_kind(&self, kind: FindingKind) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.kind == kind)
    }

    /// What the audit noticed that is no finding (a recording that looks
    /// sanitized, with no cookie header at all).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// How many findings of each severity there are.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for finding in &self.findings {
            match finding.severity {
                Severity::Error => summary.error += 1,
                Severity::Warning => summary.warning += 1,
                Severity::Info => summary.info += 1,
            }
        }
        summary
    }

    /// Whether a finding has severity `error` (`cookie-policy audit` then
    /// exits with status 1).
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}
