//! Build cost: the clean debug build of a tiny crate that derives serde,
//! against the same crate that also depends on `cookie-policy` (default
//! features) and declares a small policy. The target: at most +30%.
//!
//! Writes the two crates under `<target>/perf-harness/build-cost`, fetches
//! their dependencies, then per run deletes each crate's own target dir and
//! times `cargo build` (dev profile, `CARGO_INCREMENTAL=0` as for a
//! dependency from crates.io), crates interleaved; prints medians and the
//! ratio. To see where the time goes: `cargo build --timings` in
//! `<target>/perf-harness/build-cost/serde_policy`.
//!
//! ```sh
//! cargo bench -p cookie-policy-tests --bench build_cost            # measure (about 1-2 minutes)
//! cargo bench -p cookie-policy-tests --bench build_cost -- --test  # build both once (CI)
//! ```
//! `--runs N` sets the number of clean builds per crate (default 5).

mod support;

use std::time::Duration;

use support::{median, seconds, verdict, Harness};

const SERDE: &str = "serde = { version = \"1\", features = [\"derive\"] }\n";

const VISITOR: &str = r#"
/// A visitor's preferences, as a web application might store them.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Visitor {
    pub id: u64,
    pub name: String,
    pub languages: Vec<String>,
    pub theme: Option<String>,
}
"#;

const POLICY: &str = r#"
cookie_policy::cookie_policy! {
    /// The site's cookies.
    pub mod site_cookies {
        site: "https://www.example.org",
        consent_cookie: CONSENT,
        necessary {
            provider "Example" {
                /// The session of a signed-in user.
                SESSION: "session" {
                    function: "Authentication", purpose: "To keep the user signed in",
                    duration: 14 days, secure, http_only, same_site: Lax,
                }
                CONSENT: "cookie_consent" {
                    function: "Consent", purpose: "To remember the visitor's choices",
                    duration: 6 months,
                }
            }
        }
        statistics {
            provider "Matomo" {
                PK_ID: "_pk_id.*" {
                    function: "Audience measurement", purpose: "To count visits",
                    duration: 13 months, anonymized,
                }
            }
        }
    }
}

/// Whether `name` is a declared cookie.
pub fn is_declared(name: &str) -> bool {
    site_cookies::POLICY.get(name).is_some()
}
"#;

fn main() {
    let harness = Harness::from_args(5);
    let runs = harness.runs;
    let policy_dep = format!(
        "cookie-policy = {{ path = {:?} }}\n",
        support::cookie_policy_dir().display().to_string()
    );
    let crates = vec![
        (
            "serde_only".to_string(),
            SERDE.to_string(),
            VISITOR.to_string(),
        ),
        (
            "serde_policy".to_string(),
            format!("{SERDE}{policy_dep}"),
            format!("{VISITOR}{POLICY}"),
        ),
    ];
    let dir = harness.root.join("build-cost");
    // Each crate on its own, as a user's crate would be.
    for (name, deps, lib) in &crates {
        support::write_workspace(
            &dir.join(name),
            &[(name.clone(), deps.clone(), lib.clone())],
        );
    }
    if harness.test_mode {
        // Shares the target dir of the expansion harness: no clean builds.
        let target = harness.root.join("target");
        for (name, _, _) in &crates {
            support::run(
                support::cargo(&dir.join(name), &target)
                    .env("CARGO_INCREMENTAL", "0")
                    .arg("build"),
            );
        }
        println!("build_cost: both crates built once (--test mode, nothing timed)");
        return;
    }

    for (name, _, _) in &crates {
        support::run(support::cargo(&dir.join(name), &dir.join("target")).arg("fetch"));
    }
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); crates.len()];
    for _ in 0..runs {
        for ((name, _, _), times) in crates.iter().zip(samples.iter_mut()) {
            let target = dir.join(name).join("target");
            if target.exists() {
                std::fs::remove_dir_all(&target).expect("remove the crate's own target dir");
            }
            times.push(support::run(
                support::cargo(&dir.join(name), &target)
                    .env("CARGO_INCREMENTAL", "0")
                    .arg("build"),
            ));
        }
    }
    let medians: Vec<Duration> = samples.into_iter().map(median).collect();
    let (base, with) = (
        medians.first().copied().unwrap_or_default(),
        medians.get(1).copied().unwrap_or_default(),
    );
    println!("build_cost: clean debug build (dev profile), median of {runs} runs");
    println!(
        "  serde_only     {:>9}  a crate deriving serde",
        seconds(base)
    );
    println!(
        "  serde_policy   {:>9}  the same crate plus cookie-policy (default features) and a policy",
        seconds(with)
    );
    println!(
        "  {}",
        verdict(
            "serde_policy / serde_only",
            with.as_secs_f64() / base.as_secs_f64(),
            1.3
        )
    );
}
