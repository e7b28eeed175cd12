//! `cookie-policy`: holds HAR recordings of a site against its declared
//! cookie policy (`audit`), or scaffolds a first declaration from them
//! (`scaffold`). Feature `cli` of the `cookie-policy` crate.
//!
//! ```text
//! cookie-policy audit --policy policy.json [--format text|json|markdown] FILE.har...
//! cookie-policy scaffold --site https://www.example.org FILE.har...
//! ```
//!
//! `audit` exits 0 when no finding has severity `error`, 1 when one does,
//! 2 when an input cannot be read (the message names the file and, for
//! JSON, the line and column). `scaffold` exits 0, or 2 likewise.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cookie_policy::audit::{scaffold, Format, Har};
use cookie_policy::Policy;

#[derive(Parser)]
#[command(
    name = "cookie-policy",
    version,
    about = "Holds what a browser recorded against a cookie_policy! declaration"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Audits HAR recordings against a policy: exit status 0 when no
    /// finding is an error, 1 when one is, 2 when an input cannot be read.
    Audit {
        /// The policy, as `Policy::to_json()` writes it.
        #[arg(long, value_name = "POLICY.json")]
        policy: PathBuf,
        /// How to write the report.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// The recordings (HAR 1.2), audited as one: each a visit of its own.
        #[arg(required = true, value_name = "FILE.har")]
        files: Vec<PathBuf>,
    },
    /// Prints a `cookie_policy!` declaration of every cookie the
    /// recordings show, classified by the Open Cookie Database; its `TODO`
    /// texts must be filled in before it compiles.
    Scaffold {
        /// The site the recordings are of (`https://www.example.org`).
        #[arg(long, value_name = "URL")]
        site: String,
        /// The recordings (HAR 1.2).
        #[arg(required = true, value_name = "FILE.har")]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// A table for a terminal.
    Text,
    /// The JSON object of the contract.
    Json,
    /// Markdown for a pull-request comment.
    Markdown,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Format {
        match format {
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
            FormatArg::Markdown => Format::Markdown,
        }
    }
}

/// Exit status 2: an input that cannot be read.
const UNREADABLE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("cookie-policy: {message}");
            ExitCode::from(UNREADABLE)
        }
    }
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Audit {
            policy,
            format,
            files,
        } => {
            let text = read(&policy)?;
            let text = std::str::from_utf8(&text)
                .map_err(|e| format!("{}: not UTF-8 text: {e}", policy.display()))?;
            let policy_read =
                Policy::from_json(text).map_err(|e| format!("{}: {e}", policy.display()))?;
            let contents = read_all(&files)?;
            let hars = parse_all(&files, &contents)?;
            let report = policy_read.audit_all(&hars);
            print!("{}", report.render(format.into()));
            Ok(if report.has_errors() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Scaffold { site, files } => {
            if !(site.starts_with("https://") || site.starts_with("http://"))
                || site
                    .split_once("://")
                    .is_some_and(|(_, rest)| rest.is_empty())
            {
                return Err(format!(
                    "--site {site:?}: give the site's absolute URL, such as https://www.example.org"
                ));
            }
            let contents = read_all(&files)?;
            let hars = parse_all(&files, &contents)?;
            print!("{}", scaffold(&site, &hars));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    if path.is_dir() {
        return Err(format!("{}: is a directory, not a file", path.display()));
    }
    std::fs::read(path).map_err(|e| format!("{}: cannot read it: {e}", path.display()))
}

fn read_all(files: &[PathBuf]) -> Result<Vec<Vec<u8>>, String> {
    files.iter().map(|file| read(file)).collect()
}

fn parse_all<'a>(files: &[PathBuf], contents: &'a [Vec<u8>]) -> Result<Vec<Har<'a>>, String> {
    files
        .iter()
        .zip(contents)
        .map(|(file, bytes)| Har::from_slice(bytes).map_err(|e| format!("{}: {e}", file.display())))
        .collect()
}
