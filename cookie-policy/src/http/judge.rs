//! Judging one `Set-Cookie` header: whether it goes, and why; whether it
//! sets the consent cookie. [`Rules::judge`] works on the header's bytes,
//! with no `HeaderMap` and no tower, so that every use of the rules (the
//! layer, a report of what would go) judges alike.

use std::time::{SystemTime, UNIX_EPOCH};

use super::{DropReason, Dropped};
#[cfg(feature = "cookieconsent")]
use crate::cookieconsent::CcCookieReader;
use crate::header::{percent, set_cookie};
use crate::{Consent, ConsentStatus, CookieSpec, Policy};

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
                    }),
                    sets_consent: None,
                }
            }
        };
        let spec = lookup(policy, cookie.name);
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
            },
            Ok(cookie) => Dropped {
                raw_name: cookie.name,
                reason: match lookup(policy, cookie.name) {
                    Some(spec) => DropReason::NoConsent(spec.category()),
                    None => DropReason::Undeclared,
                },
            },
        }
    }
}

/// The declared cookie called `name` as written, or else percent-decoded.
fn lookup(policy: &'static Policy, name: &[u8]) -> Option<&'static CookieSpec> {
    if let Some(spec) = policy.get_bytes(name) {
        return Some(spec);
    }
    if !name.contains(&b'%') {
        return None;
    }
    let mut on_stack = [0u8; 128];
    let mut on_heap = Vec::new();
    let buffer: &mut [u8] = if name.len() <= on_stack.len() {
        &mut on_stack
    } else {
        on_heap.resize(name.len(), 0);
        &mut on_heap
    };
    policy.get_bytes(percent::decode_into(name, buffer)?)
}
