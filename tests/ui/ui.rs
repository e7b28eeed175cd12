//! Compile-time behaviour of `cookie_policy!`, through trybuild.
//!
//! `tests/ui/<group>/<case>.rs` must fail to compile with exactly the
//! `.stderr` next to it; `tests/pass/<case>.rs` must compile and run.
//! Re-bless the snapshots after a compiler upgrade with
//! `TRYBUILD=overwrite cargo test -p cookie-policy-ui`, then review the
//! diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("*/*.rs");
    t.pass("../pass/*.rs");
}
