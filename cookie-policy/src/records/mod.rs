//! Records of consent (feature `records`): the consent endpoint of
//! [`routes`](crate::axum::routes) writes a [`Record`] of every choice to a
//! [`ConsentStore`] (SQLite or Postgres, through sqlx) **before** it
//! answers, so that the site can demonstrate that a visitor consented, to
//! what, and when (GDPR Art. 7(1)).
//!
//! ```no_run
//! use cookie_policy::axum::routes;
//! use cookie_policy::records::{ConsentStore, WithStore};
//! # cookie_policy::cookie_policy! { mod site { site: "https://example.org", consent_cookie: C,
//! #     necessary { provider "E" { C: "c" { function: "f", purpose: "p" } } } } }
//! # async fn serve() -> Result<(), Box<dyn std::error::Error>> {
//! let store = ConsentStore::connect("sqlite://consents.db").await?;
//! let app: axum::Router = axum::Router::new()
//!     .merge(routes(&site::POLICY).with_store(store.clone()))
//!     .layer(site::POLICY.layer());
//! # Ok(()) }
//! ```
//!
//! # What the endpoint does with a store
//!
//! 1. The visitor's [`ConsentId`]: the one their consent cookie carries
//!    (see the [format](crate::Consent#the-consent-cookies-value-format-v1))
//!    when the store holds records under it; otherwise a new one, 128 bits
//!    from the operating system's generator. An id the store does not know
//!    (made up, malformed, copied from another format, or of records
//!    purged since) is never trusted: it starts a new history instead of
//!    extending one. A cookie whose copies carry different ids starts a new
//!    one too.
//! 2. The [`Record`]: the id, the time (UTC), the policy's revision, the
//!    SHA-256 of its `to_json()`, the categories accepted, the previous
//!    ones, the source. No IP address, no user agent. Each revision's JSON
//!    and its policy page in every declared language are archived once, by
//!    digest, in the same transaction as the first record under it.
//! 3. When it cannot be written, the endpoint answers `503 Service
//!    Unavailable` with `Retry-After` and sets no cookie: no record, no
//!    consent. Once the database is back, the next choice is written (the
//!    pool reconnects; nothing needs restarting).
//! 4. Otherwise the consent cookie it sets carries the id.
//!
//! The store is consulted by the consent endpoint only: the layer, the
//! extractors and every other route never touch it.

mod error;
mod record;
mod store;

use ::axum::http::header::COOKIE;
use ::axum::http::HeaderMap;
use ::axum::{Extension, Router};

pub use error::StoreError;
pub use record::Record;
pub use store::{ConsentStore, DEFAULT_TIMEOUT};
/// The time of a [`Record`] and the bound of [`ConsentStore::export`] and
/// [`ConsentStore::purge_before`] (the `time` crate's).
pub use time::OffsetDateTime;

use crate::axum::{Choice, ChoiceSource};
use crate::{ConsentId, ConsentStatus, Policy};

/// How long a client is asked to wait (`Retry-After`, in seconds) when a
/// record cannot be written.
pub const RETRY_AFTER_SECONDS: u32 = 5;

/// Attaching a [`ConsentStore`] to the routes of
/// [`routes`](crate::axum::routes). Implemented for `axum::Router`.
pub trait WithStore: Sized {
    /// Every choice the consent endpoint hears is recorded in `store`
    /// before it answers (see the [module](self)).
    fn with_store(self, store: ConsentStore) -> Self;
}

impl<S: Clone + Send + Sync + 'static> WithStore for Router<S> {
    fn with_store(self, store: ConsentStore) -> Self {
        self.layer(Extension(Attached(store)))
    }
}

/// The store, as the endpoint finds it in the request's extensions.
#[derive(Clone, Debug)]
pub(crate) struct Attached(ConsentStore);

impl Attached {
    /// Records `choice` (the categories `requested` asked for, before
    /// Global Privacy Control): the visitor's id, as written.
    pub(crate) async fn record(
        &self,
        policy: &'static Policy,
        headers: &HeaderMap,
        choice: &Choice,
        requested: crate::Consent,
    ) -> Result<ConsentId, StoreError> {
        let store = &self.0;
        let claimed = policy.consent_id_from_cookie_headers(headers.get_all(COOKIE));
        let consent_id = match claimed {
            Some(id) if store.knows(id).await? => id,
            _ => ConsentId::random()?,
        };
        let source = if choice.gpc() && requested != choice.consent() {
            ChoiceSource::Gpc
        } else {
            choice.source()
        };
        let previous = match choice.previous() {
            ConsentStatus::Given(consent) => Some(consent),
            ConsentStatus::Missing | ConsentStatus::Outdated => None,
        };
        let new = store::NewRecord {
            consent_id,
            accepted: choice.consent(),
            previous,
            source,
        };
        store.write(policy, &new).await?;
        Ok(consent_id)
    }
}
