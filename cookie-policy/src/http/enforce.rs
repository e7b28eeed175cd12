//! Enforcing the policy on a response's headers: every `Set-Cookie` judged,
//! the consent the response itself sets taken into account, and the header
//! map rebuilt, in order, only when something goes. Or, for a report-only
//! layer, the same judgement and the attributes compared, nothing removed.

use ::http::header::{Entry, HeaderName, SET_COOKIE};
use ::http::{HeaderMap, HeaderValue};

use super::judge::{Clock, Rules};
use super::report::trace;
use super::Dropped;
use crate::Consent;

pub(super) fn enforce<F>(
    rules: Rules,
    request_consent: Consent,
    ceiling: Consent,
    headers: &mut HeaderMap,
    mut report: F,
) -> usize
where
    F: FnMut(&Dropped<'_>),
{
    let mut clock = Clock::default();
    let mut consent = request_consent;
    // Bit `i` set: the `i`th `Set-Cookie` goes (for the first 64); `beyond`:
    // one after those goes.
    let judge_all = |consent: Consent, clock: &mut Clock| {
        let (mut to_drop, mut beyond) = (0u64, false);
        let mut sets_consent: Option<Consent> = None;
        for (i, value) in headers.get_all(SET_COOKIE).iter().enumerate() {
            let judgement = rules.judge(consent, value.as_bytes(), clock);
            if judgement.dropped.is_some() {
                match 1u64.checked_shl(i as u32) {
                    Some(bit) => to_drop |= bit,
                    None => beyond = true,
                }
            }
            if let Some(set) = judgement.sets_consent {
                sets_consent = Some(sets_consent.map_or(set, |earlier| earlier.intersection(set)));
            }
        }
        (to_drop, beyond, sets_consent)
    };
    let (mut to_drop, mut beyond, response_consent) = judge_all(consent, &mut clock);
    if let Some(new) = response_consent {
        // A consent the response sets counts up to what the request may
        // consent to (Global Privacy Control).
        let new = new.intersection(ceiling);
        if new != consent {
            consent = new;
            (to_drop, beyond, _) = judge_all(consent, &mut clock);
        }
    }
    if to_drop == 0 && !beyond {
        return 0;
    }
    let mut dropped = 0;
    let mut index = 0u32;
    let mut judge_and_report = |value: &HeaderValue| -> bool {
        let drop = match 1u64.checked_shl(index) {
            Some(bit) if to_drop & bit == 0 => None,
            // Known to go: only its name and reason are needed.
            Some(_) => Some(rules.refusal(value.as_bytes())),
            None => rules.judge(consent, value.as_bytes(), &mut clock).dropped,
        };
        index = index.saturating_add(1);
        match drop {
            Some(drop) => {
                debug_assert_eq!(
                    Some(drop),
                    rules.judge(consent, value.as_bytes(), &mut clock).dropped
                );
                trace(&drop);
                report(&drop);
                dropped += 1;
                false
            }
            None => true,
        }
    };
    // Take the values out of the `Set-Cookie` entry and put back those that
    // pass: the entry keeps its place among the other headers.
    if let Ok(Entry::Occupied(mut entry)) = headers.try_entry(SET_COOKIE) {
        // (Not `insert_mult`: http 1.5 panics draining three values or more.)
        let kept: Vec<HeaderValue> = entry
            .iter_mut()
            .map(|value| core::mem::replace(value, HeaderValue::from_static("")))
            .filter(|value| judge_and_report(value))
            .collect();
        let mut kept = kept.into_iter();
        match kept.next() {
            Some(first) => {
                entry.insert(first);
                for value in kept {
                    entry.append(value);
                }
            }
            // Removing the entry would move the last header into its place:
            // rebuild the map without it instead.
            None => retain(headers, |name, _| name != SET_COOKIE),
        }
    } else {
        // No room for the entry API's reservation (a map at http's maximum
        // size): rebuild the map.
        retain(headers, |name, value| {
            name != SET_COOKIE || judge_and_report(value)
        });
    }
    dropped
}

/// What [`enforce`] would drop, and how each `Set-Cookie` that passes
/// differs from its declaration, reported in order; `headers` are left as
/// they are. Judged under the same consent as `enforce` judges them.
pub(super) fn report_only<F>(
    rules: Rules,
    request_consent: Consent,
    ceiling: Consent,
    headers: &HeaderMap,
    mut report: F,
) where
    F: FnMut(&Dropped<'_>),
{
    let mut clock = Clock::default();
    let values = || {
        headers
            .get_all(SET_COOKIE)
            .iter()
            .map(HeaderValue::as_bytes)
    };
    let mut response_consent: Option<Consent> = None;
    for value in values() {
        if let Some(set) = rules.judge(request_consent, value, &mut clock).sets_consent {
            response_consent =
                Some(response_consent.map_or(set, |earlier| earlier.intersection(set)));
        }
    }
    // As `enforce`: a consent the response sets counts up to `ceiling`.
    let consent = response_consent.map_or(request_consent, |new| new.intersection(ceiling));
    for value in values() {
        let reported = match rules.judge(consent, value, &mut clock).dropped {
            Some(dropped) => Some(Dropped {
                kept: true,
                ..dropped
            }),
            None => rules.attribute_mismatch(value, &mut clock),
        };
        if let Some(reported) = reported {
            trace(&reported);
            report(&reported);
        }
    }
}

/// Keeps the headers for which `keep` is true, all others in their order.
fn retain(headers: &mut HeaderMap, mut keep: impl FnMut(&HeaderName, &HeaderValue) -> bool) {
    let old = core::mem::take(headers);
    headers.reserve(old.len());
    let mut current: Option<HeaderName> = None;
    for (name, value) in old {
        if name.is_some() {
            current = name;
        }
        // The first value always comes with its name.
        if let Some(name) = &current {
            if keep(name, &value) {
                headers.append(name.clone(), value);
            }
        }
    }
}
