//! The programs some tests run, as the build script found them
//! (`tests/build/tools.rs`). A test that needs one carries
//! `#[cfg_attr(<cfg>, ignore = "...")]` with the cfg the build script sets
//! when the program is missing, so it shows as ignored; when it runs anyway
//! (`CI` is set), [`Program::path`] fails it saying what is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A program the build script looked for.
#[derive(Debug, Clone, Copy)]
pub struct Program {
    /// Where it was found, if it was.
    pub found: Option<&'static str>,
    /// Its name.
    pub name: &'static str,
    /// How to get it.
    pub install: &'static str,
}

impl Program {
    /// Where the program is. Panics if the build script did not find it
    /// (the test was not ignored: `CI` is set, or `--ignored` was given).
    pub fn path(&self) -> &'static Path {
        match self.found {
            Some(path) => Path::new(path),
            None => panic!(
                "{} was not found when the tests were built: {} (without `CI` set, \
                 this test is ignored instead)",
                self.name, self.install
            ),
        }
    }
}

/// Chromium, for `tests/tests/layer_browser.rs` (cfg `missing_browser`).
pub const CHROMIUM: Program = Program {
    found: option_env!("COOKIE_POLICY_TESTS_CHROMIUM"),
    name: "chromium",
    install: "apt-get install chromium, or set CHROMIUM to its path",
};

/// chromedriver, for `tests/tests/layer_browser.rs` (cfg `missing_browser`).
pub const CHROMEDRIVER: Program = Program {
    found: option_env!("COOKIE_POLICY_TESTS_CHROMEDRIVER"),
    name: "chromedriver",
    install: "apt-get install chromium-driver, or set CHROMEDRIVER to its path",
};

/// Node.js, for `tests/tests/banner_node.rs` (cfg `missing_node`).
pub const NODE: Program = Program {
    found: option_env!("COOKIE_POLICY_TESTS_NODE"),
    name: "node",
    install: "install Node.js 18 or later (apt-get install nodejs npm)",
};

/// npm, for `tests/tests/banner_node.rs` (cfg `missing_node`).
pub const NPM: Program = Program {
    found: option_env!("COOKIE_POLICY_TESTS_NPM"),
    name: "npm",
    install: "install npm (apt-get install npm)",
};

/// `tests/js`: the JavaScript packages the Node and browser tests use.
pub fn js_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("js")
}

fn packages_installed(js: &Path) -> bool {
    ["vanilla-cookieconsent", "jsdom"].iter().all(|p| {
        js.join("node_modules")
            .join(p)
            .join("package.json")
            .is_file()
    })
}

/// The packages of `tests/js/package.json`, installed with `npm ci` if
/// they are not (needs [`NPM`]).
pub fn install_js_packages() {
    let js = js_dir();
    if packages_installed(&js) {
        return;
    }
    eprintln!("installing tests/js with `npm ci`");
    let out = Command::new(NPM.path())
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&js)
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", NPM.path().display()));
    assert!(
        out.status.success() && packages_installed(&js),
        "`npm ci` in {} failed:\n{}",
        js.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The directory of the vanilla-cookieconsent 3 bundle the npm package
/// ships (`cookieconsent.umd.js`, `cookieconsent.css`), installed first.
pub fn cookieconsent_dist() -> PathBuf {
    install_js_packages();
    js_dir().join("node_modules/vanilla-cookieconsent/dist")
}
