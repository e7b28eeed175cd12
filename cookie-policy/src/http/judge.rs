//! Judging one `Set-Cookie` header: whether it goes, and why; whether it
//! sets the consent cookie. [`Rules::judge`] works on the header's bytes,
//! with no `HeaderMap` and no tower, so that every use of the rules (the
//! layer, a report of what would go) judges alike.

use std::time::{SystemTime, UNIX_EPOCH};

use super::{DropReason, Dropped};
use crate::attributes::{compare, AttributeMismatch};
#[cfg(feature = "cookieconsent")]
use crate::cookieconsent::CcCookieReader;
use crate::header::set_cookie;
use crate::{Consent, ConsentStatus, Policy};

/// The time now in seconds since the Unix epoch, read at most once per
/// response and only when an `Expires` attribute decides.
#[derive(Default)]
pub(super) struct Clock(Option<i64>);

impl Clock {
    pub(super) fn now(&mut self) -> i64 {
        *self
            .0
            .get_or_insert_with(|| match SystemTime::now().duration_since(UNIX_EPOCH) {
                Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
                Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
            })
    }
}

/// The formats the consent cookie's values are read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ConsentFormat {
    /// The `v1` values this crate writes, as [`Policy::consent_from_cookie_headers`] reads them.
    Ours,
    /// Those and the vanilla-cookieconsent banner's JSON, as
    /// [`CcCookieReader::for_policy`] reads them.
    #[cfg(feature = "cookieconsent")]
    OursAndBanner,
}

/// What the layer enforces: the policy, and how its consent cookie is read.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rules {
    policy: &'static Policy,
    format: ConsentFormat,
}

impl Rules {
    /// The rules of `policy`, its consent cookie read in [`ConsentFormat::Ours`].
    pub(super) const fn new(policy: &'static Policy) -> Rules {
        Rules {
            policy,
            format: ConsentFormat::Ours,
        }
    }

    /// These rules, the consent cookie read in `format`.
    #[cfg(feature = "cookieconsent")]
    pub(super) const fn reading(self, format: ConsentFormat) -> Rules {
        Rules { format, ..self }
    }

    pub(super) const fn policy(self) -> &'static Policy {
        self.policy
    }

    pub(super) const fn format(self) -> ConsentFormat {
        self.format
    }

    /// What the request's `Cookie` header fields say of the visitor's consent.
    pub(super) fn request_status<I>(self, headers: I) -> ConsentStatus
    where
        I: IntoIterator,
        I::Item: AsRef<[u8]>,
    {
        match self.format {
            ConsentFormat::Ours => self.policy.consent_status_from_cookie_headers(headers),
            #[cfg(feature = "cookieconsent")]
            ConsentFormat::OursAndBanner => {
                CcCookieReader::for_policy(self.policy).consent_status_from_cookie_headers(headers)
            }
        }
    }

    /// One value of the consent cookie: `None` when it is no consent,
    /// otherwise whether it answered the current policy, and the consent.
    fn read_consent_value(self, value: &[u8]) -> Option<(bool, Consent)> {
        match self.format {
            ConsentFormat::Ours => self.policy.read_consent_value(value),
            #[cfg(feature = "cookieconsent")]
            ConsentFormat::OursAndBanner => {
                CcCookieReader::for_policy(self.policy).read_value(value)
            }
        }
    }
}

/// What the layer makes of one `Set-Cookie` header.
pub(super) struct Judgement<'a> {
    /// `Some` when it must be dropped.
    pub(super) dropped: Option<Dropped<'a>>,
    /// `Some` when it sets (or deletes) the policy's consent cookie: the
    /// consent the browser will hold after it.
    pub(super) sets_consent: Option<Consent>,
}

impl Rules {
    /// What these rules make of the `Set-Cookie` value `header` under
    /// `consent`: see the [module](super) for the rules.
    pub(super) fn judge<'a>(
        self,
        consent: Consent,
        header: &'a [u8],
        clock: &mut Clock,
    ) -> Judgement<'a> {
        let policy = self.policy;
        let cookie = match set_cookie::parse(header) {
            Ok(cookie) => cookie,
            Err(raw_name) => {
                return Judgement {
                    dropped: Some(Dropped {
                        raw_name,
                        reason: DropReason::Malformed,
                        kept: false,
                    }),
                    sets_consent: None,
                }
            }
        };
        let spec = policy.get_header_name(cookie.name);
        let mut deletion = None;
        let mut is_deletion = |clock: &mut Clock| {
            *deletion.get_or_insert_with(|| cookie.lifetime().is_deletion(|| clock.now()))
        };
        let sets_consent = match (spec, policy.consent_cookie()) {
            (Some(spec), Some(consent_cookie)) if core::ptr::eq(spec, consent_cookie) => {
                Some(if is_deletion(clock) {
                    Consent::necessary_only()
                } else {
                    match self.read_consent_value(cookie.value()) {
                        Some((true, consent)) => consent,
                        _ => Consent::necessary_only(),
                    }
                })
            }
            _ => None,
        };
        let refusal = match spec {
            None => Some(DropReason::Undeclared),
            Some(spec) if !consent.allows_cookie(spec) => {
                Some(DropReason::NoConsent(spec.category()))
            }
            Some(_) => None,
        };
        let dropped = match refusal {
            Some(reason) if !is_deletion(clock) => Some(Dropped {
                raw_name: cookie.name,
                reason,
                kept: false,
            }),
            _ => None,
        };
        Judgement {
            dropped,
            sets_consent,
        }
    }

    /// Why `header`, already judged to go, goes: what [`Rules::judge`] says of
    /// it, without looking at its attributes again.
    pub(super) fn refusal<'a>(self, header: &'a [u8]) -> Dropped<'a> {
        let policy = self.policy;
        match set_cookie::parse(header) {
            Err(raw_name) => Dropped {
                raw_name,
                reason: DropReason::Malformed,
                kept: false,
            },
            Ok(cookie) => Dropped {
                raw_name: cookie.name,
                reason: match policy.get_header_name(cookie.name) {
                    Some(spec) => DropReason::NoConsent(spec.category()),
                    None => DropReason::Undeclared,
                },
                kept: false,
            },
        }
    }

    /// How `header`, a `Set-Cookie` these rules let pass, differs from its
    /// declaration: `None` when it is not a declared cookie, deletes it, or
    /// sets it as declared.
    pub(super) fn attribute_mismatch<'a>(
        self,
        header: &'a [u8],
        clock: &mut Clock,
    ) -> Option<Dropped<'a>> {
        let cookie = set_cookie::parse(header).ok()?;
        let declared = self.policy.get_header_name(cookie.name)?;
        let attributes = cookie.read_attributes();
        if attributes.lifetime.is_deletion(|| clock.now()) {
            return None;
        }
        let mismatch: AttributeMismatch = compare(declared, &attributes, || clock.now());
        (!mismatch.is_empty()).then_some(Dropped {
            raw_name: cookie.name,
            reason: DropReason::Attributes(mismatch),
            kept: true,
        })
    }
}
