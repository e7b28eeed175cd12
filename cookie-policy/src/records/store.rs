//! [`ConsentStore`]: the records in SQLite or Postgres, through sqlx.

use std::collections::HashSet;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sha2::{Digest, Sha256};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::Row;
use time::OffsetDateTime;

use super::record::{self, Record};
use super::StoreError;
use crate::axum::ChoiceSource;
use crate::{Consent, ConsentId, Policy};

/// How long a write waits for a connection (and SQLite for its lock) by
/// default before the endpoint gives up and answers `503`
/// ([`ConsentStore::connect_with_timeout`] sets another).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// Where the records are kept: a pool of connections to SQLite or Postgres.
/// Cheap to clone (the clones share the pool).
///
/// ```no_run
/// # async fn example() -> Result<(), cookie_policy::records::StoreError> {
/// use cookie_policy::records::ConsentStore;
/// // the embedded default: the file is created, migrations run, WAL mode
/// let store = ConsentStore::connect("sqlite://consents.db").await?;
/// // for sites on several machines: every instance writes to one database
/// let store = ConsentStore::connect("postgres://consent@db.internal/site").await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct ConsentStore {
    pool: Pool,
    /// The digests of the policies archived through this store.
    archived: Arc<Mutex<HashSet<String>>>,
}

#[derive(Clone)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl core::fmt::Debug for ConsentStore {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self.pool {
            Pool::Sqlite(_) => "ConsentStore(sqlite)",
            Pool::Postgres(_) => "ConsentStore(postgres)",
        })
    }
}

/// Runs the same code on either pool (the queries are written once, in the
/// SQL both accept).
macro_rules! on_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.pool {
            Pool::Sqlite($pool) => $body,
            Pool::Postgres($pool) => $body,
        }
    };
}

/// One choice to record (what the endpoint knows of it).
pub(crate) struct NewRecord {
    pub(crate) consent_id: ConsentId,
    pub(crate) accepted: Consent,
    pub(crate) previous: Option<Consent>,
    pub(crate) source: ChoiceSource,
}

const INSERT_ARCHIVE: &str = "INSERT INTO policy_archive (sha256, revision, json, archived_at_us) \
     VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING";
const INSERT_PAGE: &str = "INSERT INTO policy_archive_pages (sha256, lang, html) \
     VALUES ($1, $2, $3) ON CONFLICT (sha256, lang) DO NOTHING";
const INSERT_RECORD: &str = "INSERT INTO consent_records \
     (consent_id, recorded_at_us, revision, policy_sha256, accepted, previous, source) \
     VALUES ($1, $2, $3, $4, $5, $6, $7)";
const HISTORY: &str = "SELECT consent_id, recorded_at_us, revision, policy_sha256, \
     accepted, previous, source FROM consent_records WHERE consent_id = $1 ORDER BY seq";
const SINCE: &str = "SELECT consent_id, recorded_at_us, revision, policy_sha256, \
     accepted, previous, source FROM consent_records WHERE recorded_at_us >= $1 ORDER BY seq";

impl ConsentStore {
    /// Connects to the database at `url` and brings its tables up to date
    /// (the migrations are embedded in the library):
    ///
    /// - `sqlite://path/to/consents.db` (or `sqlite:consents.db`): a file,
    ///   created when missing, in WAL mode;
    /// - `postgres://user@host/database` (or `postgresql://`).
    ///
    /// A write waits at most [`DEFAULT_TIMEOUT`] for a connection.
    pub async fn connect(url: &str) -> Result<ConsentStore, StoreError> {
        Self::connect_with_timeout(url, DEFAULT_TIMEOUT).await
    }

    /// [`connect`](ConsentStore::connect), a write waiting at most `timeout`
    /// for a connection (and, in SQLite, for the database's write lock)
    /// before it fails and the endpoint answers `503`.
    pub async fn connect_with_timeout(
        url: &str,
        timeout: Duration,
    ) -> Result<ConsentStore, StoreError> {
        let pool = if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .busy_timeout(timeout);
            let pool = SqlitePoolOptions::new()
                .acquire_timeout(timeout)
                .connect_with(options)
                .await?;
            sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
            Pool::Sqlite(pool)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new()
                .acquire_timeout(timeout)
                .connect(url)
                .await?;
            sqlx::migrate!("./migrations/postgres").run(&pool).await?;
            Pool::Postgres(pool)
        } else {
            return Err(StoreError::UnsupportedUrl);
        };
        Ok(ConsentStore {
            pool,
            archived: Arc::default(),
        })
    }

    /// Whether any record is kept under `id`: the consent endpoint reuses
    /// the id a request's cookie claims only then.
    pub async fn knows(&self, id: ConsentId) -> Result<bool, StoreError> {
        let id = id.to_string();
        let found: Option<String> = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT consent_id FROM consent_records WHERE consent_id = $1 LIMIT 1")
                .bind(&id)
                .fetch_optional(pool)
                .await?
        });
        Ok(found.is_some())
    }

    /// Records one choice under `policy`, in one transaction: the policy's
    /// JSON and pages are archived first if this store has not yet done so,
    /// then the record is added. Nothing of it is kept unless all of it is.
    pub(crate) async fn write(
        &self,
        policy: &'static Policy,
        new: &NewRecord,
    ) -> Result<Record, StoreError> {
        let json = policy.to_json();
        let digest = sha256_hex(&json);
        let archive = !self.is_archived(&digest);
        let time = now();
        let revision = format!("{:016x}", policy.revision());
        let record = Record {
            consent_id: new.consent_id,
            time,
            revision,
            policy_sha256: digest,
            accepted: new.accepted,
            previous: new.previous,
            source: new.source,
        };
        let at = micros(time);
        let pages: Vec<(&str, String)> = if archive {
            policy
                .languages()
                .iter()
                .filter_map(|&lang| Some((lang, policy.render_html_in(lang)?)))
                .collect()
        } else {
            Vec::new()
        };
        on_pool!(self, pool => {
            let mut connection = pool.acquire().await?;
            let result: Result<(), sqlx::Error> = async {
            let mut tx = sqlx::Connection::begin(&mut *connection).await?;
            if archive {
                sqlx::query(INSERT_ARCHIVE)
                    .bind(&record.policy_sha256)
                    .bind(&record.revision)
                    .bind(&json)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                for (lang, html) in &pages {
                    sqlx::query(INSERT_PAGE)
                        .bind(&record.policy_sha256)
                        .bind(*lang)
                        .bind(html)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            sqlx::query(INSERT_RECORD)
                .bind(record.consent_id.to_string())
                .bind(at)
                .bind(&record.revision)
                .bind(&record.policy_sha256)
                .bind(record::to_column(record.accepted))
                .bind(record.previous.map(record::to_column))
                .bind(record.source.as_str())
                .execute(&mut *tx)
                .await?;
            tx.commit().await
            }
            .await;
            if result.is_err() {
                // A connection that saw a failure (an I/O error in SQLite,
                // say) is not trusted again: the pool opens a fresh one.
                connection.close_on_drop();
            }
            result?;
        });
        if archive {
            self.archived
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .insert(record.policy_sha256.clone());
        }
        Ok(record)
    }

    fn is_archived(&self, digest: &str) -> bool {
        self.archived
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .contains(digest)
    }

    /// Every record kept under `consent_id`, oldest first: what to show a
    /// visitor who asks what they consented to (GDPR Art. 15).
    pub async fn history(&self, consent_id: ConsentId) -> Result<Vec<Record>, StoreError> {
        let id = consent_id.to_string();
        let rows = on_pool!(self, pool => {
            sqlx::query(HISTORY)
                .bind(&id)
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|row| read_row(&row))
                .collect::<Result<Vec<_>, StoreError>>()?
        });
        Ok(rows)
    }

    /// Every record made at or after `since`, oldest first, as JSON lines
    /// (one [`Record`] object per line, each ending in `\n`).
    pub async fn export(&self, since: OffsetDateTime) -> Result<String, StoreError> {
        let since = micros(since);
        let records = on_pool!(self, pool => {
            sqlx::query(SINCE)
                .bind(since)
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|row| read_row(&row))
                .collect::<Result<Vec<_>, StoreError>>()?
        });
        let mut out = String::new();
        for record in records {
            out.push_str(&serde_json::to_string(&record)?);
            out.push('\n');
        }
        Ok(out)
    }

    /// Deletes every record made before `time` (retention); returns how
    /// many. The archived policies stay: they are the texts, not the
    /// visitors' choices.
    pub async fn purge_before(&self, time: OffsetDateTime) -> Result<u64, StoreError> {
        let before = micros(time);
        let deleted = on_pool!(self, pool => {
            sqlx::query("DELETE FROM consent_records WHERE recorded_at_us < $1")
                .bind(before)
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(deleted)
    }

    /// The archived `to_json()` of the policy whose SHA-256 is `sha256`
    /// (a record's [`policy_sha256`](Record::policy_sha256)).
    pub async fn archived_json(&self, sha256: &str) -> Result<Option<String>, StoreError> {
        Ok(on_pool!(self, pool => {
            sqlx::query_scalar("SELECT json FROM policy_archive WHERE sha256 = $1")
                .bind(sha256)
                .fetch_optional(pool)
                .await?
        }))
    }

    /// The archived policy page in `lang` of the policy whose SHA-256 is
    /// `sha256`.
    pub async fn archived_html(
        &self,
        sha256: &str,
        lang: &str,
    ) -> Result<Option<String>, StoreError> {
        Ok(on_pool!(self, pool => {
            sqlx::query_scalar("SELECT html FROM policy_archive_pages WHERE sha256 = $1 AND lang = $2")
                .bind(sha256)
                .bind(lang)
                .fetch_optional(pool)
                .await?
        }))
    }

    /// How many policies are archived (each once, by digest).
    pub async fn archived_count(&self) -> Result<u64, StoreError> {
        let count: i64 = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM policy_archive")
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }
}

fn read_row<R>(row: &R) -> Result<Record, StoreError>
where
    R: Row,
    for<'r> &'r str: sqlx::ColumnIndex<R>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    let corrupt = |what: &'static str| StoreError::Corrupt(what);
    let id: String = row.try_get("consent_id")?;
    let at: i64 = row.try_get("recorded_at_us")?;
    let accepted: String = row.try_get("accepted")?;
    let previous: Option<String> = row.try_get("previous")?;
    let source: String = row.try_get("source")?;
    Ok(Record {
        consent_id: ConsentId::parse(&id).ok_or(corrupt("consent_id"))?,
        time: OffsetDateTime::from_unix_timestamp_nanos(i128::from(at) * 1000)
            .map_err(|_| corrupt("recorded_at_us"))?,
        revision: row.try_get("revision")?,
        policy_sha256: row.try_get("policy_sha256")?,
        accepted: record::from_column(&accepted).ok_or(corrupt("accepted"))?,
        previous: match previous {
            Some(text) => Some(record::from_column(&text).ok_or(corrupt("previous"))?),
            None => None,
        },
        source: record::source_from_column(&source).ok_or(corrupt("source"))?,
    })
}

/// The SHA-256 of `text`, in lowercase hex.
pub(crate) fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Now, to the microsecond (what the database keeps).
fn now() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    now.replace_nanosecond(now.nanosecond() / 1000 * 1000)
        .unwrap_or(now)
}

/// Microseconds since the Unix epoch.
fn micros(time: OffsetDateTime) -> i64 {
    i64::try_from(time.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX)
}
