//! The databases of the records tests (`tests/tests/records*.rs`), started
//! for real: a SQLite file in a temporary directory, and a throwaway
//! Postgres cluster (`initdb` + `pg_ctl` of the installed PostgreSQL, a
//! temporary data directory, a free port on the loopback), which the fault
//! tests stop and start again. When running as root, the cluster's programs
//! run as the `postgres` user (`runuser`), who is given the directory.
//!
//! A missing PostgreSQL makes the Postgres tests ignored, with the reason
//! (cfg `missing_postgres`, set by the build script, `build/tools.rs`),
//! unless `CI` is set: then they run and fail here, saying what is missing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::tools::Program;

/// `initdb` and `pg_ctl` of the installed PostgreSQL (cfg `missing_postgres`).
pub const PG_CTL: Program = Program {
    found: option_env!("COOKIE_POLICY_TESTS_PG_CTL"),
    name: "pg_ctl (PostgreSQL)",
    install: "apt-get install postgresql, or set PG_BIN to the directory of initdb and pg_ctl",
};

/// A fresh, empty directory under the system's temporary directory,
/// removed when dropped.
#[derive(Debug)]
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new directory, its name starting with `prefix`.
    pub fn new(prefix: &str) -> TempDir {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let path = std::env::temp_dir().join(format!(
            "cookie-policy-{prefix}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        TempDir(path)
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A SQLite database file in its own temporary directory.
#[derive(Debug)]
pub struct Sqlite {
    dir: TempDir,
}

impl Sqlite {
    /// A new (not yet created) database file.
    pub fn new() -> Sqlite {
        Sqlite {
            dir: TempDir::new("sqlite"),
        }
    }

    /// The database file.
    pub fn file(&self) -> PathBuf {
        self.dir.path().join("consents.db")
    }

    /// Its `sqlite://` URL.
    pub fn url(&self) -> String {
        format!("sqlite://{}", self.file().display())
    }
}

impl Default for Sqlite {
    fn default() -> Self {
        Sqlite::new()
    }
}

/// Whether this process runs as root (whose cluster must run as `postgres`).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

/// A throwaway Postgres cluster, stopped and removed when dropped.
#[derive(Debug)]
pub struct Postgres {
    dir: TempDir,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

impl Postgres {
    /// Creates a cluster (`initdb`, trust authentication on the loopback
    /// only) on a free port and starts it.
    pub fn start() -> Postgres {
        let bin = PG_CTL
            .path()
            .parent()
            .expect("pg_ctl's directory")
            .to_path_buf();
        let dir = TempDir::new("postgres");
        let as_postgres = is_root();
        if as_postgres {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .status()
                .expect("run chown");
            assert!(
                status.success(),
                "chown the cluster's directory to postgres"
            );
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let cluster = Postgres {
            dir,
            bin,
            port,
            as_postgres,
        };
        let data = cluster.data();
        cluster.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
            ],
        );
        cluster.start_again();
        cluster
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// One of the cluster's programs, to run as `postgres` when root.
    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        }
    }

    /// Runs one of the cluster's programs, which must succeed.
    fn run(&self, program: &str, args: &[&str]) {
        let out = self
            .command(program)
            .args(args)
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("run {program}: {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Starts the (stopped) cluster and waits until it accepts connections.
    pub fn start_again(&self) {
        let data = self.data();
        let log = self.dir.path().join("log").display().to_string();
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off -c max_connections=200",
            self.port,
            self.dir.path().display()
        );
        self.run(
            "pg_ctl",
            &[
                "-D", &data, "-l", &log, "-o", &options, "-w", "-t", "60", "start",
            ],
        );
    }

    /// Stops the cluster now (fast shutdown: open connections are cut).
    pub fn stop(&self) {
        let data = self.data();
        self.run("pg_ctl", &["-D", &data, "-m", "fast", "-w", "stop"]);
    }

    /// The URL of its `postgres` database.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let data = self.data();
        let _ = self
            .command("pg_ctl")
            .args(["-D", &data, "-m", "immediate", "-w", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}
