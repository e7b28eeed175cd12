//! What the benchmarks share: for the build-time harnesses (`expansion`,
//! `build_cost`) the mode, a scratch directory under the target dir,
//! writing temporary crates, and timing `cargo build` on them; for the
//! in-process ones (`lookup`, `axum`) contenders timed in interleaved
//! rounds.

#![allow(dead_code)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// How a harness was started.
pub struct Harness {
    /// `--test` (or no `--bench`: `cargo test --benches`): build every
    /// temporary crate once, small, and time nothing.
    pub test_mode: bool,
    /// `<target dir>/perf-harness`: every temporary crate and its target dir.
    pub root: PathBuf,
    /// `--runs N`: how many timed builds per crate.
    pub runs: usize,
}

impl Harness {
    /// The harness's mode and `--runs` (`default_runs` without it).
    pub fn from_args(default_runs: usize) -> Harness {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let test_mode = args.iter().any(|a| a == "--test") || !args.iter().any(|a| a == "--bench");
        let runs = args
            .iter()
            .position(|a| a == "--runs")
            .and_then(|i| args.get(i + 1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(default_runs);
        Harness {
            test_mode,
            root: target_dir().join("perf-harness"),
            runs,
        }
    }
}

/// The target dir this harness was built into (`<target>/release/deps/<exe>`),
/// or the workspace's `target/`.
pub fn target_dir() -> PathBuf {
    let from_exe = std::env::current_exe().ok().and_then(|exe| {
        let deps = exe.parent()?;
        let profile = deps.parent()?;
        let target = profile.parent()?;
        (deps.file_name()? == "deps").then(|| target.to_path_buf())
    });
    from_exe.unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// The `cookie-policy` crate of this workspace, for path dependencies.
pub fn cookie_policy_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../cookie-policy");
    dir.canonicalize().unwrap_or(dir)
}

/// Writes `contents` to `path` unless it already holds exactly that (so that
/// unchanged crates are not rebuilt), creating directories as needed.
pub fn write(path: &Path, contents: &str) {
    if std::fs::read_to_string(path).ok().as_deref() == Some(contents) {
        return;
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("create a directory of a temporary crate");
    }
    std::fs::write(path, contents).expect("write a file of a temporary crate");
}

/// Writes a workspace at `dir` with one library crate per `(name, deps, lib.rs)`.
pub fn write_workspace(dir: &Path, crates: &[(String, String, String)]) {
    let members: Vec<String> = crates
        .iter()
        .map(|(name, _, _)| format!("{name:?}"))
        .collect();
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    );
    for (name, deps, lib) in crates {
        write(
            &dir.join(name).join("Cargo.toml"),
            &format!(
                "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{deps}"
            ),
        );
        write(&dir.join(name).join("src/lib.rs"), lib);
    }
}

/// A `cargo` command for the temporary workspace at `dir`, building into
/// `target`, without the variables cargo set for this harness.
pub fn cargo(dir: &Path, target: &Path) -> Command {
    let cargo: OsString = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        let keep = [
            "CARGO_HOME",
            "CARGO_NET_",
            "CARGO_HTTP_",
            "CARGO_REGISTRIES_",
            "CARGO_REGISTRY_",
            "CARGO_TERM_",
        ]
        .iter()
        .any(|k| key.starts_with(k));
        if key.starts_with("CARGO_") && !keep {
            command.env_remove(&key);
        }
    }
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .arg("--quiet");
    command
}

/// Runs `command` and returns its wall time; panics with its output if it fails.
pub fn run(command: &mut Command) -> Duration {
    let start = Instant::now();
    let output = command.output().expect("run cargo");
    let elapsed = start.elapsed();
    if !output.status.success() {
        panic!(
            "{command:?} failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    elapsed
}

/// Marks `dir/src/lib.rs` as changed, as an edit would.
pub fn touch(dir: &Path) {
    let lib = dir.join("src/lib.rs");
    let file = std::fs::File::options()
        .append(true)
        .open(&lib)
        .expect("open lib.rs to touch it");
    file.set_modified(std::time::SystemTime::now())
        .expect("touch lib.rs");
}

pub fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

pub fn seconds(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

/// A ratio against a target, with the verdict.
pub fn verdict(what: &str, ratio: f64, target: f64) -> String {
    let mark = if ratio <= target { "met" } else { "MISSED" };
    format!("{what}: {ratio:.2}x (target <= {target}x: {mark})")
}

/// The median time of one call of each of `contenders`, in nanoseconds,
/// measured in interleaved rounds (the first, the second, ..., the first
/// again) so that a change of load on a shared machine hits all alike.
/// Each sample comes after as many untimed passes, so that it measures the
/// contender with its own data in the caches and its own history in the
/// branch predictor, as criterion does; a sample of the slowest takes
/// about `sample`.
pub fn interleaved_medians(
    contenders: &mut [Box<dyn FnMut() + '_>],
    rounds: usize,
    sample: Duration,
) -> Vec<f64> {
    let mut samples: Vec<Vec<f64>> = vec![Vec::new(); contenders.len()];
    let start = Instant::now();
    let mut calibration = 0u32;
    while start.elapsed() < sample / 4 {
        for run in contenders.iter_mut() {
            run();
        }
        calibration += 1;
    }
    let passes = (calibration * 4 / contenders.len().max(1) as u32).max(1);
    for _ in 0..rounds {
        for (run, times) in contenders.iter_mut().zip(samples.iter_mut()) {
            for _ in 0..passes {
                run();
            }
            let start = Instant::now();
            for _ in 0..passes {
                run();
            }
            times.push(start.elapsed().as_nanos() as f64 / f64::from(passes));
        }
    }
    samples
        .into_iter()
        .map(|mut times| {
            times.sort_by(f64::total_cmp);
            times.get(times.len() / 2).copied().unwrap_or(f64::NAN)
        })
        .collect()
}
