// `revision: N` and the stamp of the purposes, `purposes: "..."`, compile; the
// number is the policy's `revision_setting()`, and of the two only the number is
// in the revision: the stamp is not, and `revision: 1` is the revision of a
// declaration without the setting. (What else is in the revision, and what is
// not: tests/tests/reconsent.rs and the generator's tests.)
macro_rules! site {
    ($name:ident, $($settings:tt)*) => {
        cookie_policy::cookie_policy! {
            mod $name {
                site: "https://example.org",
                $($settings)*
                statistics {
                    provider "Matomo" {
                        VISITS: "visits" { function: "Statistics", purpose: "To count visits", duration: 30 days }
                    }
                }
            }
        }
    };
}

site!(unversioned,);
site!(stamped, purposes: "46a43130",);
site!(first, revision: 1, purposes: "46a43130",);
site!(second, revision: 2, purposes: "46a43130",);
site!(third, revision: 3, purposes: "46a43130",);

fn main() {
    assert_eq!(unversioned::POLICY.revision_setting(), 1);
    assert_eq!(first::POLICY.revision_setting(), 1);
    assert_eq!(third::POLICY.revision_setting(), 3);
    let unversioned = unversioned::POLICY.revision();
    assert_eq!(stamped::POLICY.revision(), unversioned, "the stamp is not in the revision");
    assert_eq!(first::POLICY.revision(), unversioned, "revision 1 is the default");
    let bumped = [second::POLICY.revision(), third::POLICY.revision()];
    assert!(!bumped.contains(&unversioned) && bumped[0] != bumped[1]);
}
