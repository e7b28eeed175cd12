//! Visitors are asked again exactly when what they consented to changes,
//! through the real macro: a consent given to the shop before an edit
//! (`revisions`) is still given after each cosmetic edit of the declaration
//! and outdated after each material one. (The banner's side is
//! `banner_node.rs`'s; each change on its own, on source text, is the
//! generator's `revision` tests'.)

use cookie_policy::{Category, Consent, ConsentStatus, Policy};
use cookie_policy_tests::revisions::{
    answered, cosmetic, cosmetic_edits, material, material_edits,
};

/// A visitor's answer to `policy`: statistics only, in the `Cookie:` header
/// of their next request.
fn answer(policy: &Policy) -> (Consent, String) {
    let given = Consent::necessary_only().with(Category::Statistics);
    let value = policy.consent_cookie_value(given);
    (given, format!("sessionid=8f2c; shop_consent={value}"))
}

#[test]
fn a_consent_survives_each_cosmetic_edit() {
    for edit in cosmetic_edits() {
        let (given, header) = answer(edit.before);
        let change = edit.change;
        assert_eq!(edit.after.revision(), edit.before.revision(), "{change}");
        assert_eq!(
            edit.after.cookieconsent_revision(),
            edit.before.cookieconsent_revision(),
            "{change}"
        );
        assert_eq!(
            edit.after.consent_status_from_cookie_header(&header),
            ConsentStatus::Given(given),
            "{change}"
        );
    }
}

#[test]
fn each_material_edit_asks_every_visitor_again() {
    for edit in material_edits() {
        let (given, header) = answer(edit.before);
        let change = edit.change;
        assert_eq!(
            edit.before.consent_status_from_cookie_header(&header),
            ConsentStatus::Given(given),
            "{change}: the answer is read before the edit"
        );
        assert_eq!(
            edit.after.consent_status_from_cookie_header(&header),
            ConsentStatus::Outdated,
            "{change}"
        );
        assert_eq!(
            edit.after.consent_from_cookie_header(&header),
            Consent::necessary_only(),
            "{change}"
        );
        assert_ne!(edit.after.revision(), edit.before.revision(), "{change}");
        // The banner's revision too (the low 32 bits).
        assert_ne!(
            edit.after.cookieconsent_revision(),
            edit.before.cookieconsent_revision(),
            "{change}"
        );
    }
}

/// The material edits of the shop as visitors answered it are each another
/// revision: no two edits fall on the same one.
#[test]
fn the_material_edits_give_revisions_all_different() {
    let mut revisions = vec![answered::POLICY.revision()];
    for edit in material_edits() {
        if std::ptr::eq(edit.before, &answered::POLICY) {
            assert!(
                !revisions.contains(&edit.after.revision()),
                "{}",
                edit.change
            );
            revisions.push(edit.after.revision());
        }
    }
    assert!(revisions.len() > 4, "{revisions:x?}");
}

#[test]
fn the_revision_setting_is_the_declared_number_or_1() {
    assert_eq!(answered::POLICY.revision_setting(), 1);
    assert_eq!(cosmetic::revision_one::POLICY.revision_setting(), 1);
    assert_eq!(material::bumped::POLICY.revision_setting(), 2);
}
