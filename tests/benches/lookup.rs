//! `Policy::get` against `phf::Map::get`, `std::collections::HashMap::get`
//! and an FxHash `HashMap` (rustc-hash), side by side in one run, on policies
//! of 10, 100 and 2,000 real cookies of the Open Cookie Database, with exact
//! names only (`exact_<n>`) and with prefix patterns (`patterns_<n>`).
//!
//! Every contender gets the same probes: for each declared cookie a hit (the
//! name; for a pattern, a name it covers) and a near miss (the name with its
//! last byte changed, or one byte appended), shuffled. The maps hold the
//! same declared names (a pattern by its declared name, `*` included), so a
//! name only a pattern covers is a miss for them: they do exact lookups only.
//! The `hits` groups look up the same exact names (those both 2,000-cookie
//! policies declare) in the policy with patterns and in the one without, to
//! show that prefix patterns do not slow exact hits.
//!
//! ```sh
//! cargo bench -p cookie-policy-tests --bench lookup            # measure (about 2.5 minutes)
//! cargo bench -p cookie-policy-tests --bench lookup -- --test  # check every case once (CI)
//! python3 scripts/bench-summary.py                             # criterion's medians as a table
//! ```
//!
//! After criterion's runs the bench prints its own table: every case
//! measured again in interleaved rounds (Policy::get, phf, std, Fx,
//! Policy::get, ...), each sample after as many untimed passes; the medians
//! give ratios that hold on a shared machine better than runs minutes
//! apart. The README quotes that table; to print only it, give a filter
//! that matches no criterion benchmark:
//! `cargo bench -p cookie-policy-tests --bench lookup -- interleaved-only`.
//!
//! The policies and `phf_map!`s are generated from the CSV at build time,
//! by `tests/build.rs` with `tests/gen/ocd.rs` (`bench_data_source`), into
//! `$OUT_DIR/ocd_bench.rs`.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use cookie_policy::Policy;
use criterion::{Criterion, Throughput};
use rustc_hash::FxHashMap;

mod support;

#[allow(dead_code)]
mod data {
    include!(concat!(env!("OUT_DIR"), "/ocd_bench.rs"));
}

struct Case {
    name: &'static str,
    policy: &'static Policy,
    phf: &'static phf::Map<&'static str, u16>,
}

fn cases() -> [Case; 6] {
    [
        Case {
            name: "exact_10",
            policy: &data::exact_10::POLICY,
            phf: &data::EXACT_10_PHF,
        },
        Case {
            name: "patterns_10",
            policy: &data::patterns_10::POLICY,
            phf: &data::PATTERNS_10_PHF,
        },
        Case {
            name: "exact_100",
            policy: &data::exact_100::POLICY,
            phf: &data::EXACT_100_PHF,
        },
        Case {
            name: "patterns_100",
            policy: &data::patterns_100::POLICY,
            phf: &data::PATTERNS_100_PHF,
        },
        Case {
            name: "exact_2000",
            policy: &data::exact_2000::POLICY,
            phf: &data::EXACT_2000_PHF,
        },
        Case {
            name: "patterns_2000",
            policy: &data::patterns_2000::POLICY,
            phf: &data::PATTERNS_2000_PHF,
        },
    ]
}

/// A deterministic shuffle (xorshift), so that probes do not walk the
/// tables in declaration order.
fn shuffle<T>(items: &mut [T]) {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        items.swap(i, (state % (i as u64 + 1)) as usize);
    }
}

/// A hit and a near miss per declared cookie, shuffled.
fn probes(policy: &Policy) -> Vec<String> {
    let mut probes = Vec::new();
    for (i, cookie) in policy.cookies().iter().enumerate() {
        let base = cookie.name_prefix();
        if cookie.is_pattern() {
            probes.push(format!("{base}1f3a.{i}"));
        } else {
            probes.push(base.to_string());
        }
        let mut miss = base.as_bytes().to_vec();
        if i % 2 == 0 || cookie.is_pattern() {
            if let Some(last) = miss.last_mut() {
                *last = if *last == b'0' + (i % 10) as u8 {
                    b'~'
                } else {
                    b'0' + (i % 10) as u8
                };
            }
        } else {
            miss.push(b'-');
        }
        probes.push(String::from_utf8(miss).unwrap_or_default());
    }
    shuffle(&mut probes);
    probes
}

/// The exact names declared in both policies, shuffled: the same hits for
/// a policy with patterns and one without.
fn common_exact_names(a: &Policy, b: &Policy) -> Vec<String> {
    let in_b: std::collections::HashSet<&str> = b
        .cookies()
        .iter()
        .filter(|c| !c.is_pattern())
        .map(|c| c.name())
        .collect();
    let mut names: Vec<String> = a
        .cookies()
        .iter()
        .filter(|c| !c.is_pattern() && in_b.contains(c.name()))
        .map(|c| c.name().to_string())
        .collect();
    shuffle(&mut names);
    names
}

/// `Policy::get` agrees with the map on every probe: the same entry for a
/// name the map holds; otherwise nothing, or a pattern that covers the
/// probe. Run in `--test` mode too, so a wrong lookup fails CI.
fn check(case: &Case, probes: &[String]) {
    let cookies = case.policy.cookies();
    assert_eq!(cookies.len(), case.phf.len(), "{}", case.name);
    for probe in probes {
        let got = case.policy.get(probe);
        let expected = case.phf.get(probe.as_str()).map(|&i| &cookies[i as usize]);
        match (got, expected) {
            (Some(got), Some(expected)) => assert!(std::ptr::eq(got, expected), "{probe}"),
            (Some(got), None) => {
                assert!(got.is_pattern() && got.matches(probe), "{probe}")
            }
            (None, Some(expected)) => {
                // The map finds a pattern's declared name (`_ga_*`) itself,
                // which the policy must resolve to that pattern too.
                panic!(
                    "{}: {probe:?} not found, expected {}",
                    case.name,
                    expected.name()
                )
            }
            (None, None) => {}
        }
    }
    let hits = probes
        .iter()
        .filter(|p| case.policy.get(p).is_some())
        .count();
    assert!(hits * 3 >= probes.len(), "{}: too few hits", case.name);
}

/// How many probes `get` finds: each lookup's input and result go through
/// `black_box`, so that none is skipped or hoisted out of the loop.
#[inline(always)]
fn found<T>(probes: &[String], get: impl Fn(&str) -> Option<T>) -> usize {
    probes
        .iter()
        .filter(|p| black_box(get(black_box(p.as_str()))).is_some())
        .count()
}

fn bench_lookup(c: &mut Criterion, group_name: &str, case: &Case, probes: &[String]) {
    let std_map: HashMap<&'static str, u16> = case.phf.entries().map(|(k, v)| (*k, *v)).collect();
    let fx_map: FxHashMap<&'static str, u16> = case.phf.entries().map(|(k, v)| (*k, *v)).collect();
    let policy = case.policy;
    let phf = case.phf;
    let mut group = c.benchmark_group(format!("{group_name}/{}", case.name));
    group.throughput(Throughput::Elements(probes.len() as u64));
    group.bench_function("policy", |b| b.iter(|| found(probes, |k| policy.get(k))));
    group.bench_function("phf", |b| b.iter(|| found(probes, |k| phf.get(k))));
    group.bench_function("std_hashmap", |b| {
        b.iter(|| found(probes, |k| std_map.get(k)))
    });
    group.bench_function("fx_hashmap", |b| {
        b.iter(|| found(probes, |k| fx_map.get(k)))
    });
    group.finish();
}

/// The four contenders of one case, each a full pass over `probes`.
fn contenders<'a>(case: &'a Case, probes: &'a [String]) -> Vec<Box<dyn Fn() -> usize + 'a>> {
    let std_map: HashMap<&'static str, u16> = case.phf.entries().map(|(k, v)| (*k, *v)).collect();
    let fx_map: FxHashMap<&'static str, u16> = case.phf.entries().map(|(k, v)| (*k, *v)).collect();
    let (policy, phf) = (case.policy, case.phf);
    vec![
        Box::new(move || found(probes, |k| policy.get(k))),
        Box::new(move || found(probes, |k| phf.get(k))),
        Box::new(move || found(probes, |k| std_map.get(k))),
        Box::new(move || found(probes, |k| fx_map.get(k))),
    ]
}

/// Median ns per lookup of each contender, measured in interleaved rounds
/// (policy, phf, std, Fx, policy, ...; see
/// [`support::interleaved_medians`]).
fn interleaved(case: &Case, probes: &[String], rounds: usize, sample: Duration) -> Vec<f64> {
    let contenders = contenders(case, probes);
    let mut runs: Vec<Box<dyn FnMut() + '_>> = contenders
        .iter()
        .map(|run| {
            Box::new(move || {
                black_box(run());
            }) as Box<dyn FnMut()>
        })
        .collect();
    support::interleaved_medians(&mut runs, rounds, sample)
        .into_iter()
        .map(|ns| ns / probes.len() as f64)
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let test_mode = args.iter().any(|a| a == "--test") || !args.iter().any(|a| a == "--bench");
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(700))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let names = common_exact_names(&data::exact_2000::POLICY, &data::patterns_2000::POLICY);
    assert!(names.len() > 1_500, "{} common names", names.len());
    let mut runs: Vec<(String, Case, Vec<String>)> = Vec::new();
    for case in cases() {
        let probes = probes(case.policy);
        check(&case, &probes);
        bench_lookup(&mut criterion, "lookup", &case, &probes);
        runs.push((format!("lookup/{}", case.name), case, probes));
    }
    for case in cases().into_iter().filter(|c| c.name.ends_with("2000")) {
        check(&case, &names);
        bench_lookup(&mut criterion, "hits", &case, &names);
        runs.push((format!("hits/{}", case.name), case, names.clone()));
    }
    criterion.final_summary();

    // The ratios, measured interleaved: the table the README quotes.
    let (rounds, sample) = if test_mode {
        (1, Duration::from_micros(100))
    } else {
        (31, Duration::from_millis(20))
    };
    if test_mode {
        println!("\n--test: one short round of each case, not a measurement:\n");
    } else {
        println!("\nInterleaved medians of {rounds} rounds, ns per lookup:\n");
    }
    println!("| case | Policy::get | phf | std HashMap | FxHashMap | Policy / phf | Policy / std | Policy / Fx |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (name, case, probes) in &runs {
        let ns = interleaved(case, probes, rounds, sample);
        let (policy, others) = (ns[0], &ns[1..]);
        let times: Vec<String> = ns.iter().map(|t| format!("{t:.1}")).collect();
        let ratios: Vec<String> = others
            .iter()
            .map(|t| format!("{:.2}x", policy / t))
            .collect();
        println!(
            "| {name} | {} | {} |",
            times.join(" | "),
            ratios.join(" | ")
        );
    }
}
