//! Visitors are asked again exactly when what they consented to changes,
//! through the real macro: a consent given to the shop as visitors answered
//! it (`revisions::answered`) is still given under each cosmetic edit of
//! the declaration and outdated under each material one. (The banner's side
//! is `banner_node.rs`'s; each change on its own, on source text, is the
//! generator's `revision` tests'.)

use cookie_policy::{Category, Consent, ConsentStatus};
use cookie_policy_tests::revisions::{
    answered, cosmetic, cosmetic_edits, material, material_edits,
};

/// The visitor's answer to the shop as they saw it: statistics only, in
/// the `Cookie:` header of their next request.
fn answer() -> (Consent, String) {
    let given = Consent::necessary_only().with(Category::Statistics);
    let value = answered::POLICY.consent_cookie_value(given);
    (given, format!("sessionid=8f2c; shop_consent={value}"))
}

#[test]
fn a_consent_survives_each_cosmetic_edit() {
    let (given, header) = answer();
    for (edit, policy) in cosmetic_edits() {
        assert_eq!(policy.revision(), answered::POLICY.revision(), "{edit}");
        assert_eq!(
            policy.cookieconsent_revision(),
            answered::POLICY.cookieconsent_revision(),
            "{edit}"
        );
        assert_eq!(
            policy.consent_status_from_cookie_header(&header),
            ConsentStatus::Given(given),
            "{edit}"
        );
    }
}

#[test]
fn each_material_edit_asks_every_visitor_again() {
    let (_, header) = answer();
    let mut revisions = vec![answered::POLICY.revision()];
    for (edit, policy) in material_edits() {
        assert_eq!(
            policy.consent_status_from_cookie_header(&header),
            ConsentStatus::Outdated,
            "{edit}"
        );
        assert_eq!(
            policy.consent_from_cookie_header(&header),
            Consent::necessary_only(),
            "{edit}"
        );
        assert!(!revisions.contains(&policy.revision()), "{edit}");
        revisions.push(policy.revision());
    }
    // The banner's revision too (its low 32 bits; these do differ).
    let banner: Vec<u64> = revisions.iter().map(|r| r & 0xFFFF_FFFF).collect();
    for (i, revision) in banner.iter().enumerate() {
        assert!(!banner[..i].contains(revision), "{banner:x?}");
    }
}

#[test]
fn the_revision_setting_is_the_declared_number_or_1() {
    assert_eq!(answered::POLICY.revision_setting(), 1);
    assert_eq!(cosmetic::revision_one::POLICY.revision_setting(), 1);
    assert_eq!(material::bumped::POLICY.revision_setting(), 2);
}
