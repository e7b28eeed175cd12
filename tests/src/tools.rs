//! The programs some tests run, as the build script found them
//! (`tests/build/tools.rs`). A test that needs one carries
//! `#[cfg_attr(<cfg>, ignore = "...")]` with the cfg the build script sets
//! when the program is missing, so it shows as ignored; when it runs anyway
//! (`CI` is set), [`Program::path`] fails it saying what is missing.

use std::path::Path;

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
