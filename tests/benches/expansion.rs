//! Expansion time: how long a rebuild of a crate holding a `cookie_policy!`
//! of 1,000 or 2,000 real cookies (Open Cookie Database, full texts) takes,
//! next to the same crate holding a `phf_map!` of the same 2,000 names and
//! texts. Policies with the database's prefix patterns (`patterns_*`, a few
//! hundred) and with exact names only (`exact_*`).
//!
//! Writes a workspace of temporary crates under
//! `<target>/perf-harness/expansion`, builds them once (dev profile, as
//! `cargo build`), then per run touches each crate's `src/lib.rs` and times
//! `cargo build -p <crate>`, crates interleaved; prints medians and ratios.
//! Then times the generator alone on the same declarations: the library
//! `cookie-policy-generator` that the proc-macro crate is a thin entry over,
//! called in process (this bench's optimized profile; in a dev build the
//! macro runs unoptimized), to show how much of a rebuild is the macro and
//! how much is rustc compiling what it wrote. In `--test` mode each small
//! declaration is expanded once and must come back without an error.
//!
//! ```sh
//! cargo bench -p cookie-policy-tests --bench expansion            # measure (about a minute)
//! cargo bench -p cookie-policy-tests --bench expansion -- --test  # build small crates once (CI)
//! ```
//! `--runs N` sets the number of timed rebuilds per crate (default 9).

#[path = "../gen/ocd.rs"]
mod ocd;
mod support;

use std::str::FromStr;
use std::time::{Duration, Instant};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use support::{median, seconds, verdict, Harness};

/// The tokens inside the `cookie_policy::cookie_policy! { ... }` of a
/// crate's source: what the proc-macro entry hands to the generator.
fn macro_input(source: &str) -> TokenStream {
    let tokens = TokenStream::from_str(source).expect("the generated source lexes");
    let mut after_bang = false;
    for tree in tokens {
        match tree {
            TokenTree::Group(group) if after_bang && group.delimiter() == Delimiter::Brace => {
                return group.stream()
            }
            TokenTree::Punct(punct) => after_bang = punct.as_char() == '!',
            _ => after_bang = false,
        }
    }
    panic!("the source holds a `cookie_policy! {{ ... }}` call")
}

/// The generator on the declaration of `source`, as the macro runs it (the
/// lexing, rustc's part, untimed); panics on an error, since every
/// declaration here is valid.
fn expand(source: &str) -> Duration {
    let input = macro_input(source);
    let start = Instant::now();
    let code = cookie_policy_generator::expand(input);
    let took = start.elapsed();
    assert!(
        !code.to_string().contains("compile_error"),
        "a generated declaration has an error"
    );
    // Spans of parsed sources live as long as the thread: drop them.
    proc_macro2::extra::invalidate_current_thread_spans();
    took
}

fn policy_crate(name: &str, cookies: &[ocd::Cookie]) -> (String, String, String) {
    let deps = format!(
        "cookie-policy = {{ path = {:?} }}\n",
        support::cookie_policy_dir().display().to_string()
    );
    let lib = format!(
        "//! {} cookies of the Open Cookie Database in a `cookie_policy!`.\n\n{}\npub fn find(name: &str) -> bool {{\n    cookies::POLICY.get(name).is_some()\n}}\n",
        cookies.len(),
        ocd::policy_source("cookies", cookies)
    );
    (name.to_string(), deps, lib)
}

fn phf_crate(name: &str, cookies: &[ocd::Cookie]) -> (String, String, String) {
    let deps = "phf = { version = \"0.14\", features = [\"macros\"] }\n".to_string();
    let lib = format!(
        "//! {} cookies of the Open Cookie Database in a `phf_map!`.\n\n{}\npub fn find(name: &str) -> bool {{\n    COOKIES.get(name).is_some()\n}}\n",
        cookies.len(),
        ocd::phf_map_source("COOKIES", cookies)
    );
    (name.to_string(), deps, lib)
}

fn main() {
    let harness = Harness::from_args(9);
    let runs = harness.runs;
    let (small, large) = if harness.test_mode {
        (20, 40)
    } else {
        (1_000, 2_000)
    };
    let rows = ocd::rows(include_str!(
        "../../cookie-policy/data/open-cookie-database.csv"
    ));
    let all = ocd::valid_cookies(&rows, true);
    let exact = ocd::as_exact(&all);
    let patterns_in = |n: usize| all.iter().take(n).filter(|c| c.is_pattern()).count();

    let crates = vec![
        phf_crate("phf_large", &all[..large]),
        policy_crate("patterns_small", &all[..small]),
        policy_crate("patterns_large", &all[..large]),
        policy_crate("exact_small", &exact[..small]),
        policy_crate("exact_large", &exact[..large]),
    ];
    let dir = harness.root.join(if harness.test_mode {
        "expansion-test"
    } else {
        "expansion"
    });
    let target = harness.root.join("target");
    support::write_workspace(&dir, &crates);

    // Warm: dependencies built, every crate built once.
    support::run(support::cargo(&dir, &target).args(["build", "--workspace"]));
    let sources: Vec<(&str, &str)> = crates
        .iter()
        .filter(|(name, _, _)| name != "phf_large")
        .map(|(name, _, lib)| (name.as_str(), lib.as_str()))
        .collect();
    if harness.test_mode {
        for (_, source) in &sources {
            expand(source);
        }
        println!(
            "expansion: {} crates built once ({small} and {large} cookies), the generator run once on each declaration (--test mode, nothing timed)",
            crates.len()
        );
        return;
    }

    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); crates.len()];
    for run in 0..=runs {
        for ((name, _, _), times) in crates.iter().zip(samples.iter_mut()) {
            support::touch(&dir.join(name));
            let time = support::run(support::cargo(&dir, &target).args(["build", "-p", name]));
            // The first round only warms the incremental caches.
            if run > 0 {
                times.push(time);
            }
        }
    }
    let medians: Vec<Duration> = samples.into_iter().map(median).collect();
    let time = |name: &str| {
        crates
            .iter()
            .position(|(n, _, _)| n == name)
            .and_then(|i| medians.get(i))
            .map_or(0.0, Duration::as_secs_f64)
    };
    println!("expansion: rebuild after touching src/lib.rs (dev profile), median of {runs} runs");
    for ((name, _, _), m) in crates.iter().zip(&medians) {
        let what = match name.as_str() {
            "phf_large" => format!("phf_map! of {large} names and texts"),
            "patterns_small" => {
                format!(
                    "cookie_policy! of {small} cookies ({} patterns)",
                    patterns_in(small)
                )
            }
            "patterns_large" => {
                format!(
                    "cookie_policy! of {large} cookies ({} patterns)",
                    patterns_in(large)
                )
            }
            "exact_small" => format!("cookie_policy! of {small} exact names"),
            _ => format!("cookie_policy! of {large} exact names"),
        };
        println!("  {name:<15} {:>9}  {what}", seconds(*m));
    }
    let phf = time("phf_large");
    for kind in ["patterns", "exact"] {
        let (s, l) = (
            time(&format!("{kind}_small")),
            time(&format!("{kind}_large")),
        );
        println!(
            "  {}",
            verdict(&format!("{kind}_large / phf_large"), l / phf, 2.0)
        );
        println!(
            "  {}",
            verdict(&format!("{kind}_large / {kind}_small"), l / s, 2.2)
        );
    }

    println!(
        "generator alone: cookie_policy_generator::expand in process (bench profile), median of {runs} runs"
    );
    for (name, source) in &sources {
        let times: Vec<Duration> = (0..=runs).map(|_| expand(source)).skip(1).collect();
        println!("  {name:<15} {:>9}", seconds(median(times)));
    }
}
