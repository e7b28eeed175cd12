//! The rules of the `purposes` stamp: a purpose changed in substance is the
//! owner's call, so once a policy writes `revision`, a change to its
//! purposes does not compile until the owner has said what it is (see
//! [`revision`](crate::revision) for what the stamp covers).
//!
//! They run on the checked model, whose purposes they hash, and only when
//! those purposes are what the declaration means: when a text is missing a
//! language, a category is unknown, an entry, a provider or an `anonymized`
//! flag could not be read or `revision` is unreadable (all reported), the
//! stamp the compiler would give is not the one to paste.

use super::settings::{RevisionSetting, Settings};
use super::Model;
use crate::errors::Errors;
use crate::lit::value as str_value;
use crate::revision::{is_stamp, purposes_stamp, STAMP_DIGITS};

/// What the stamp rules look at: the settings, the model, and whether the
/// model's purposes can be stamped.
pub struct StampCx<'a> {
    pub settings: &'a Settings,
    pub model: &'a Model,
    /// The stamp of the declared purposes, when they read (see the module).
    pub stamp: Option<String>,
}

impl<'a> StampCx<'a> {
    /// `entries_read`: every entry was read, no category block was unknown
    /// and no `anonymized` unreadable (an entry skipped, a cookie in an
    /// unknown category, which counts as necessary, or one whose exemption
    /// is unknown would put the wrong purposes in).
    pub fn new(settings: &'a Settings, model: &'a Model, entries_read: bool) -> StampCx<'a> {
        let purposes_read = entries_read
            && settings.languages_reliable
            && !matches!(settings.revision, RevisionSetting::Unreadable)
            && model
                .cookies
                .iter()
                .filter(|c| c.requires_consent())
                .all(|c| c.purpose.iter().all(|t| !t.trim().is_empty()));
        StampCx {
            settings,
            model,
            stamp: purposes_read.then(|| purposes_stamp(model)),
        }
    }

    /// `since revision N`'s `N`, and the setting that bumps it.
    fn bump(&self) -> (u64, String) {
        let current = self.settings.revision.value();
        let next = current.saturating_add(1);
        let bump = match self.settings.revision {
            RevisionSetting::Written(..) => format!("`revision: {next}`"),
            _ => format!(
                "`revision: {next},` (a policy without `revision` is at revision {current})"
            ),
        };
        (current, bump)
    }
}

/// A rule of the stamp: reports what breaks it.
type Rule = fn(&StampCx, &mut Errors);

/// The rules of the stamp.
const RULES: [Rule; 3] = [revision_has_a_stamp, stamp_is_well_formed, stamp_is_current];

/// Checks the stamp rules.
pub fn check_stamp(cx: &StampCx, errors: &mut Errors) {
    for rule in RULES {
        rule(cx, errors);
    }
}

/// A policy that writes `revision` (and has cookies that need consent)
/// carries the stamp of its purposes: once the owner manages when visitors
/// are asked again, every later change to a purpose must be a decision.
fn revision_has_a_stamp(cx: &StampCx, errors: &mut Errors) {
    let (RevisionSetting::Written(key, value), None, Some(stamp)) =
        (&cx.settings.revision, &cx.settings.purposes, &cx.stamp)
    else {
        return;
    };
    if cx.settings.purposes_unreadable || !cx.model.cookies.iter().any(|c| c.requires_consent()) {
        return;
    }
    errors.error(
        key.span(),
        format!(
            "a policy with `revision` carries the stamp of its purposes, so that a purpose changed in substance cannot go out without a bump: add `purposes: \"{stamp}\",` after `revision: {value},` (the stamp of the purpose texts, in every language, of the cookies that need consent; when they change, the compiler asks whether to bump `revision`)"
        ),
    );
}

/// The stamp is written as the compiler gives it, 8 lower-case hex digits.
fn stamp_is_well_formed(cx: &StampCx, errors: &mut Errors) {
    let Some(lit) = &cx.settings.purposes else {
        return;
    };
    if is_stamp(&str_value(lit)) {
        return;
    }
    let fix = match &cx.stamp {
        Some(stamp) => format!(
            ": the purposes as declared give `purposes: \"{stamp}\"` (if they changed in substance since visitors agreed, also write {})",
            cx.bump().1
        ),
        None => ", which the compiler gives once the purposes above are fixed".to_string(),
    };
    errors.error(
        lit.span(),
        format!("`purposes` is the stamp of the policy's purposes, {STAMP_DIGITS} lower-case hex digits{fix}"),
    );
}

/// The stamp matches the purposes: when they changed, the owner decides
/// whether visitors must be asked again (bump `revision`) or the change
/// is only wording (update the stamp).
fn stamp_is_current(cx: &StampCx, errors: &mut Errors) {
    let (Some(lit), Some(stamp)) = (&cx.settings.purposes, &cx.stamp) else {
        return;
    };
    let written = str_value(lit);
    if !is_stamp(&written) || written == *stamp {
        return;
    }
    let (since, bump) = cx.bump();
    errors.error(
        lit.span(),
        format!(
            "the purposes changed since revision {since}: bump `revision` if the change is material, or update the stamp if it is only wording. Material (a purpose now says more than visitors agreed to: another use, another recipient): write {bump} and `purposes: \"{stamp}\"`, and every visitor is asked again. Only wording (a typo, a clearer phrase, a translation; or a cookie that needs consent added, renamed or removed, which gives a new revision anyway): write `purposes: \"{stamp}\"`, and visitors keep their consent"
        ),
    );
}
