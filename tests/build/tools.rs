//! The programs some tests run (a browser, Node.js, ...), looked for at
//! build time, so that a test whose program is missing shows in cargo's
//! summary as ignored, with the reason, instead of passing without running.
//!
//! [`require`] declares `cfg(<name>)` (`cargo::rustc-check-cfg`) and sets it
//! when one of the tools is missing, unless the `CI` environment variable
//! is set (to anything but empty, `0` or `false`): in CI the tests run and
//! fail, saying what is missing. Every tool it finds is passed to the
//! crate's targets as the compile-time variable
//! `COOKIE_POLICY_TESTS_<KEY>`, so the tests run the program that was found.
//! A test that needs the tools says
//!
//! ```ignore
//! #[test]
//! #[cfg_attr(missing_browser, ignore = "needs chromium and chromedriver: ...")]
//! fn in_the_browser() {
//!     let chromium = cookie_policy_tests::tools::found(option_env!("COOKIE_POLICY_TESTS_CHROMIUM"), "chromium");
//!     // ...
//! }
//! ```
//!
//! The build script runs again when `PATH`, `CI` or a tool's override
//! variable changes.

use std::path::{Path, PathBuf};

/// A program the tests run.
pub struct Tool {
    /// Its key: the path found goes to `COOKIE_POLICY_TESTS_<KEY>`.
    pub key: &'static str,
    /// An environment variable naming the program's path; when set, it is
    /// the only place looked at.
    pub var: Option<&'static str>,
    /// The names to look for on `PATH`, in order.
    pub names: &'static [&'static str],
}

/// Whether the `CI` environment variable is set, to anything but empty,
/// `0` or `false`.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// Looks for `tools`, passes each one found to the tests, and sets
/// `cfg(<cfg>)` if one is missing and `CI` is not set.
pub fn require(cfg: &str, tools: &[Tool]) {
    println!("cargo::rustc-check-cfg=cfg({cfg})");
    println!("cargo::rerun-if-env-changed=PATH");
    println!("cargo::rerun-if-env-changed=CI");
    let mut missing = false;
    for tool in tools {
        if let Some(var) = tool.var {
            println!("cargo::rerun-if-env-changed={var}");
        }
        match find(tool) {
            Some(path) => println!(
                "cargo::rustc-env=COOKIE_POLICY_TESTS_{}={}",
                tool.key,
                path.display()
            ),
            None => missing = true,
        }
    }
    if missing && !in_ci() {
        println!("cargo::rustc-cfg={cfg}");
    }
}

/// The tool's path: its override variable's, if set and a program there;
/// else the first of its names on `PATH` that is a program.
fn find(tool: &Tool) -> Option<PathBuf> {
    if let Some(path) = tool.var.and_then(std::env::var_os) {
        let path = PathBuf::from(path);
        return is_program(&path).then_some(path);
    }
    let dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    tool.names.iter().find_map(|name| {
        dirs.iter()
            .flat_map(|dir| {
                let plain = dir.join(name);
                let exe = dir.join(format!("{name}.exe"));
                [plain, exe]
            })
            .find(|candidate| is_program(candidate))
    })
}

/// Whether `path` is a file this process may run.
fn is_program(path: &Path) -> bool {
    let Ok(metadata) = std::fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        metadata.is_file() && metadata.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        metadata.is_file()
    }
}

/// Looks for PostgreSQL's `initdb` and `pg_ctl` (one directory: `PG_BIN`
/// if set, else `PATH`, else the newest `/usr/lib/postgresql/<N>/bin`, where
/// Debian puts them off `PATH`), passes `pg_ctl`'s path to the tests as
/// `COOKIE_POLICY_TESTS_PG_CTL`, and sets `cfg(<cfg>)` when they are missing
/// and `CI` is not set.
pub fn require_postgres(cfg: &str) {
    println!("cargo::rustc-check-cfg=cfg({cfg})");
    println!("cargo::rerun-if-env-changed=PG_BIN");
    println!("cargo::rerun-if-env-changed=PATH");
    println!("cargo::rerun-if-env-changed=CI");
    let has_both = |dir: &Path| is_program(&dir.join("initdb")) && is_program(&dir.join("pg_ctl"));
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(dir) = std::env::var_os("PG_BIN") {
        candidates.push(PathBuf::from(dir));
    } else {
        candidates.extend(
            std::env::var_os("PATH")
                .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
                .unwrap_or_default(),
        );
        let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let version = entry.file_name().to_str()?.parse::<u32>().ok()?;
                Some((version, entry.path().join("bin")))
            })
            .collect();
        versions.sort();
        candidates.extend(versions.into_iter().rev().map(|(_, dir)| dir));
    }
    match candidates.iter().find(|dir| has_both(dir)) {
        Some(dir) => println!(
            "cargo::rustc-env=COOKIE_POLICY_TESTS_PG_CTL={}",
            dir.join("pg_ctl").display()
        ),
        None if !in_ci() => println!("cargo::rustc-cfg={cfg}"),
        None => {}
    }
}
