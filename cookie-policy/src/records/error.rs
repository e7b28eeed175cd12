//! [`StoreError`]: why the store could not connect, write or read.

use core::fmt;

/// Why the [store](super::ConsentStore) could not connect, write or read.
#[derive(Debug)]
#[non_exhaustive]
pub enum StoreError {
    /// The URL is neither `sqlite:` nor `postgres:`/`postgresql:`.
    UnsupportedUrl,
    /// The database failed (unreachable, read-only, locked, ...).
    Database(sqlx::Error),
    /// The migrations could not be run.
    Migrate(sqlx::migrate::MigrateError),
    /// The system's random generator gave no consent id.
    Random(getrandom::Error),
    /// A stored row holds what this library never writes (the column named).
    Corrupt(&'static str),
    /// A record could not be written as JSON.
    Json(serde_json::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::UnsupportedUrl => f.write_str(
                "the consent store's URL must start with sqlite: or postgres: (or postgresql:)",
            ),
            StoreError::Database(error) => {
                write!(f, "the consent store's database failed: {error}")
            }
            StoreError::Migrate(error) => {
                write!(
                    f,
                    "the consent store's tables could not be migrated: {error}"
                )
            }
            StoreError::Random(error) => {
                write!(f, "no random consent id could be drawn: {error}")
            }
            StoreError::Corrupt(column) => {
                write!(f, "a consent record holds an invalid {column}")
            }
            StoreError::Json(error) => write!(f, "a consent record could not be exported: {error}"),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Database(error) => Some(error),
            StoreError::Migrate(error) => Some(error),
            StoreError::Random(error) => Some(error),
            StoreError::Json(error) => Some(error),
            StoreError::UnsupportedUrl | StoreError::Corrupt(_) => None,
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> StoreError {
        StoreError::Database(error)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(error: sqlx::migrate::MigrateError) -> StoreError {
        StoreError::Migrate(error)
    }
}

impl From<getrandom::Error> for StoreError {
    fn from(error: getrandom::Error) -> StoreError {
        StoreError::Random(error)
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(error: serde_json::Error) -> StoreError {
        StoreError::Json(error)
    }
}
