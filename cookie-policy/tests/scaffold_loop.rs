//! The scaffold workflow end to end, with the real binary and a real
//! compiler: `cookie-policy scaffold` on the shop's recordings prints a
//! declaration that fails to compile with exactly its `TODO` errors, one on
//! each placeholder literal; with the placeholders filled in it compiles;
//! and `cookie-policy audit` of the same recordings against that
//! declaration (its `to_json()`, from the compiled program) finds no
//! cookie undeclared, none on the wrong party, none with other attributes,
//! none unseen.
//!
//! The scaffolded crate builds in this test's scratch directory (under the
//! target dir), offline, with the workspace's `Cargo.lock`: about a minute
//! the first time, seconds after.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const RECORDINGS: [&str; 4] = [
    "playwright.har",
    "devtools.har",
    "devtools-sanitized.har",
    "chrome-har.har",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn recordings() -> Vec<String> {
    RECORDINGS
        .iter()
        .map(|f| {
            workspace()
                .join("tests/data/har")
                .join(f)
                .display()
                .to_string()
        })
        .collect()
}

fn cookie_policy(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cookie-policy"))
        .args(args)
        .output()
        .expect("run cookie-policy")
}

/// A binary crate whose `main.rs` is the declaration and a `main` printing
/// its policy's JSON.
fn write_crate(dir: &Path, declaration: &str) {
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let runtime = workspace().join("cookie-policy").canonicalize().unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"scaffolded-shop\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\ncookie-policy = {{ path = {:?} }}\n\n[workspace]\n",
            runtime.display().to_string()
        ),
    )
    .unwrap();
    // The versions the workspace pins: an offline build needs nothing new.
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    std::fs::write(
        dir.join("src/main.rs"),
        format!("{declaration}\nfn main() {{\n    print!(\"{{}}\", site::POLICY.to_json());\n}}\n"),
    )
    .unwrap();
}

/// `cargo build` of the crate: whether it built, and the compiler's
/// errors in `src/main.rs` as (line, message).
fn build(dir: &Path) -> (bool, Vec<(u64, String)>) {
    let output = Command::new(env!("CARGO"))
        .args(["build", "--offline", "--quiet", "--message-format=json"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo");
    let mut errors = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let diagnostic = &message["message"];
        if message["reason"] != "compiler-message" || diagnostic["level"] != "error" {
            continue;
        }
        let spans = diagnostic["spans"].as_array().cloned().unwrap_or_default();
        let Some(primary) = spans.iter().find(|s| s["is_primary"] == true) else {
            continue; // "aborting due to ... errors"
        };
        assert_eq!(primary["file_name"], "src/main.rs", "{diagnostic}");
        errors.push((
            primary["line_start"].as_u64().unwrap(),
            diagnostic["message"].as_str().unwrap().to_owned(),
        ));
    }
    let built = output.status.success();
    if !built && errors.is_empty() {
        panic!(
            "cargo build failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    (built, errors)
}

#[test]
fn scaffold_compile_fill_in_audit() {
    let files = recordings();
    let mut args = vec!["scaffold", "--site", "https://www.shop.test"];
    args.extend(files.iter().map(String::as_str));
    let output = cookie_policy(&args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let declaration = String::from_utf8(output.stdout).unwrap();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("scaffold-loop");

    // As scaffolded: exactly one error on each `TODO` literal, each the
    // placeholder rule's.
    write_crate(&dir, &declaration);
    let (built, errors) = build(&dir);
    assert!(!built, "a scaffold with TODO texts compiled");
    let todo_lines: Vec<u64> = declaration
        .lines()
        .zip(1..)
        .filter(|(line, _)| line.contains(": \"TODO"))
        .map(|(_, number)| number)
        .collect();
    assert!(todo_lines.len() >= 2 * 9, "{declaration}");
    let error_lines: Vec<u64> = errors.iter().map(|(line, _)| *line).collect();
    assert_eq!(error_lines, todo_lines, "{errors:#?}");
    for (_, message) in &errors {
        assert!(
            message.contains("starts with `TODO`")
                && message.contains("describe this cookie's purpose before publishing the policy"),
            "{message}"
        );
    }

    // Filled in: it compiles.
    let filled: String = declaration
        .lines()
        .map(|line| match line.find("\"TODO") {
            Some(start) => {
                let end = line[start + 1..]
                    .find('"')
                    .map_or(line.len(), |e| start + 2 + e);
                format!(
                    "{}\"Described by a person\"{}",
                    &line[..start],
                    &line[end..]
                )
            }
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!filled.contains("\"TODO"));
    write_crate(&dir, &filled);
    let (built, errors) = build(&dir);
    assert!(built, "{errors:#?}\n{filled}");

    // Its policy, from the compiled program, audited against the same
    // recordings: every cookie they show is declared as they show it.
    let program = dir.join("target/debug/scaffolded-shop");
    let json = Command::new(&program)
        .output()
        .expect("run the scaffolded program");
    assert!(json.status.success());
    let policy = dir.join("policy.json");
    std::fs::write(&policy, &json.stdout).unwrap();
    let mut args = vec![
        "audit",
        "--policy",
        policy.to_str().unwrap(),
        "--format",
        "json",
    ];
    args.extend(files.iter().map(String::as_str));
    let output = cookie_policy(&args);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let kinds: Vec<(&str, &str)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["cookie"].as_str().unwrap()))
        .collect();
    for kind in ["undeclared", "wrong_party", "attribute", "not_seen"] {
        assert!(!kinds.iter().any(|(k, _)| *k == kind), "{kind}: {kinds:?}");
    }
    // What is left is the consent the shop does not ask for: the scaffold
    // cannot know which cookies are necessary (the database knows none of
    // the shop's own), so they wait in `marketing` for a person to sort.
    assert!(
        kinds.iter().all(|(k, _)| *k == "before_consent"),
        "{kinds:?}"
    );
    assert!(kinds.contains(&("before_consent", "ab_test")), "{kinds:?}");
    assert_eq!(output.status.code(), Some(1));
}
