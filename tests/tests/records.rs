//! Records of consent (feature `records`): the consent endpoint with a
//! store, against real databases: a SQLite file, and a throwaway Postgres
//! cluster started for the test (`cookie_policy_tests::databases`). Every
//! test body is written once, generic over the database, and run by two
//! entry points, `sqlite::<name>` and `postgres::<name>`; the Postgres ones
//! are ignored, with the reason, when PostgreSQL is not installed (unless
//! `CI` is set: then they fail).

use axum::body::Body;
use axum::http::header::{CONTENT_TYPE, COOKIE, HOST, ORIGIN, RETRY_AFTER, SET_COOKIE, USER_AGENT};
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use cookie_policy::axum::{routes, ChoiceSource};
use cookie_policy::records::{ConsentStore, WithStore};
use cookie_policy::{Category, Consent, ConsentId};
use cookie_policy_tests::databases::{Postgres, Sqlite};
use cookie_policy_tests::site;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use tower::ServiceExt;

/// A database of a test: what keeps it alive, and its URL.
enum Db {
    Sqlite(Sqlite),
    Postgres(Postgres),
}

impl Db {
    fn sqlite() -> Db {
        Db::Sqlite(Sqlite::new())
    }

    fn postgres() -> Db {
        Db::Postgres(Postgres::start())
    }

    fn url(&self) -> String {
        match self {
            Db::Sqlite(db) => db.url(),
            Db::Postgres(db) => db.url(),
        }
    }

    async fn store(&self) -> ConsentStore {
        ConsentStore::connect(&self.url())
            .await
            .unwrap_or_else(|e| panic!("connect to {}: {e}", self.url()))
    }

    /// Runs `sql` (several statements) on the database, apart from the store.
    async fn execute(&self, sql: &'static str) {
        use sqlx::Connection as _;
        match self {
            Db::Sqlite(_) => {
                let mut c = sqlx::SqliteConnection::connect(&self.url()).await.unwrap();
                sqlx::raw_sql(sql).execute(&mut c).await.unwrap();
            }
            Db::Postgres(_) => {
                let mut c = sqlx::PgConnection::connect(&self.url()).await.unwrap();
                sqlx::raw_sql(sql).execute(&mut c).await.unwrap();
            }
        }
    }
}

/// Runs each named test body (`async fn name(db: Db)`) against SQLite and
/// against Postgres.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::Db::sqlite()).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                #[cfg_attr(
                    missing_postgres,
                    ignore = "needs PostgreSQL's initdb and pg_ctl: apt-get install postgresql, or set PG_BIN"
                )]
                async fn $name() {
                    super::$name(super::Db::postgres()).await
                }
            )*
        }
    };
}

on_both_databases! {
    every_choice_is_recorded_under_one_id,
    the_policy_is_archived_once_by_digest,
    export_is_json_lines_and_purge_forgets,
    a_record_holds_no_ip_address_and_no_user_agent,
    a_forged_id_starts_a_new_history,
    a_thousand_concurrent_choices_make_a_thousand_records,
    a_write_interrupted_mid_transaction_leaves_nothing,
    after_a_failed_rollback_every_204_has_a_committed_record,
}

fn app(store: ConsentStore) -> Router {
    Router::new()
        .merge(routes(&site::POLICY).with_store(store))
        .layer(site::POLICY.layer())
}

/// A same-origin post of `body` to the consent endpoint, with `cookie` as
/// its `Cookie` header.
fn post(content_type: &str, body: &str, cookie: Option<&str>) -> Request<Body> {
    let mut request = Request::post("/cookies/consent")
        .header(HOST, "www.example.org")
        .header(ORIGIN, "https://www.example.org")
        .header(CONTENT_TYPE, content_type);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.body(Body::from(body.to_string())).unwrap()
}

fn json(body: &str, cookie: Option<&str>) -> Request<Body> {
    post("application/json", body, cookie)
}

fn form(body: &str, cookie: Option<&str>) -> Request<Body> {
    post("application/x-www-form-urlencoded", body, cookie)
}

async fn send(app: &Router, request: Request<Body>) -> (StatusCode, HeaderMap) {
    let response = app.clone().oneshot(request).await.unwrap();
    (response.status(), response.headers().clone())
}

/// The consent cookie a response sets, as `consent=<value>`.
fn consent_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("consent="))
        .map(|c| c.split(';').next().unwrap_or_default().to_string())
}

/// The consent and id of the consent cookie a response sets.
fn answered(headers: &HeaderMap) -> (Consent, ConsentId) {
    let cookie = consent_cookie(headers).expect("the answer sets the consent cookie");
    let consent = site::POLICY.consent_from_cookie_header(&cookie);
    let id = site::POLICY
        .consent_id_from_cookie_header(&cookie)
        .unwrap_or_else(|| panic!("the consent cookie carries an id: {cookie}"));
    (consent, id)
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn consent(categories: &[Category]) -> Consent {
    Consent::from_categories(categories.iter().copied())
}

async fn every_choice_is_recorded_under_one_id(db: Db) {
    let store = db.store().await;
    let app = app(store.clone());
    let before = OffsetDateTime::now_utc();

    // The first choice: a new id, one record.
    let (status, headers) = send(&app, json(r#"{"accept": ["statistics"]}"#, None)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (given, id) = answered(&headers);
    assert_eq!(given, consent(&[Category::Statistics]));
    let history = store.history(id).await.unwrap();
    assert_eq!(history.len(), 1, "{history:?}");
    let first = &history[0];
    assert_eq!(first.consent_id, id);
    assert_eq!(first.accepted, consent(&[Category::Statistics]));
    assert_eq!(first.previous, None);
    assert_eq!(first.source, ChoiceSource::Json);
    assert_eq!(first.revision, format!("{:016x}", site::POLICY.revision()));
    assert_eq!(first.policy_sha256, sha256_hex(&site::POLICY.to_json()));
    let after = OffsetDateTime::now_utc();
    assert!(
        before - time::Duration::milliseconds(1) <= first.time && first.time <= after,
        "{before} <= {} <= {after}",
        first.time
    );
    assert_eq!(first.time.offset(), time::UtcOffset::UTC);

    // Later choices with that cookie: the same id, the previous consent.
    let cookie = consent_cookie(&headers).unwrap();
    let (status, headers) = send(&app, form("preferences=on", Some(&cookie))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(answered(&headers), (consent(&[Category::Preferences]), id));
    let cookie = consent_cookie(&headers).unwrap();
    let banner = r#"{"accept": ["preferences", "marketing"], "source": "banner"}"#;
    let (_, headers) = send(&app, json(banner, Some(&cookie))).await;
    assert_eq!(answered(&headers).1, id);
    // Global Privacy Control refuses marketing: recorded as `gpc`.
    let cookie = consent_cookie(&headers).unwrap();
    let mut gpc = json(r#"{"accept": ["marketing", "statistics"]}"#, Some(&cookie));
    gpc.headers_mut().insert("sec-gpc", "1".parse().unwrap());
    let (_, headers) = send(&app, gpc).await;
    assert_eq!(answered(&headers), (consent(&[Category::Statistics]), id));

    let history = store.history(id).await.unwrap();
    let summary: Vec<_> = history
        .iter()
        .map(|r| (r.accepted, r.previous, r.source))
        .collect();
    let pm = consent(&[Category::Preferences, Category::Marketing]);
    assert_eq!(
        summary,
        [
            (consent(&[Category::Statistics]), None, ChoiceSource::Json),
            (
                consent(&[Category::Preferences]),
                Some(consent(&[Category::Statistics])),
                ChoiceSource::Form
            ),
            (
                pm,
                Some(consent(&[Category::Preferences])),
                ChoiceSource::Banner
            ),
            // the layer already applied GPC to what the cookie said before
            (
                consent(&[Category::Statistics]),
                Some(consent(&[Category::Preferences])),
                ChoiceSource::Gpc
            ),
        ]
    );
    assert!(history.windows(2).all(|w| w[0].time <= w[1].time));
    // Another visitor: another id, and the first's history is unchanged.
    let (_, headers) = send(&app, json(r#"{"accept": []}"#, None)).await;
    let (_, other) = answered(&headers);
    assert_ne!(other, id);
    assert_eq!(store.history(id).await.unwrap().len(), 4);
    assert_eq!(store.history(other).await.unwrap().len(), 1);
}

async fn the_policy_is_archived_once_by_digest(db: Db) {
    let store = db.store().await;
    let app = app(store.clone());
    for _ in 0..3 {
        let (status, _) = send(&app, json(r#"{"accept": ["statistics"]}"#, None)).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    // A second store on the same database (another instance of the site).
    let again = db.store().await;
    let (status, _) = send(&self::app(again.clone()), json(r#"{"accept": []}"#, None)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(store.archived_count().await.unwrap(), 1);
    let digest = sha256_hex(&site::POLICY.to_json());
    assert_eq!(
        store.archived_json(&digest).await.unwrap().as_deref(),
        Some(site::POLICY.to_json().as_str())
    );
    for lang in site::POLICY.languages() {
        assert_eq!(
            store.archived_html(&digest, lang).await.unwrap(),
            site::POLICY.render_html_in(lang),
            "{lang}"
        );
    }
    assert_eq!(store.archived_json(&"0".repeat(64)).await.unwrap(), None);
}

async fn export_is_json_lines_and_purge_forgets(db: Db) {
    let store = db.store().await;
    let app = app(store.clone());
    let start = OffsetDateTime::now_utc() - time::Duration::seconds(1);
    let (_, headers) = send(&app, json(r#"{"accept": ["marketing"]}"#, None)).await;
    let (_, old) = answered(&headers);
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let middle = OffsetDateTime::now_utc();
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    let (_, headers) = send(&app, form("statistics=on&preferences=on", None)).await;
    let (_, new) = answered(&headers);

    let export = store.export(start).await.unwrap();
    assert!(export.ends_with('\n'));
    let lines: Vec<serde_json::Value> = export
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{export}");
    let keys: Vec<&str> = lines[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "consent_id",
            "time",
            "revision",
            "policy_sha256",
            "accepted",
            "previous",
            "source"
        ]
    );
    assert_eq!(lines[0]["consent_id"], old.to_string());
    assert_eq!(lines[0]["accepted"], serde_json::json!(["marketing"]));
    assert_eq!(lines[0]["previous"], serde_json::Value::Null);
    assert_eq!(lines[0]["source"], "json");
    assert_eq!(lines[1]["consent_id"], new.to_string());
    assert_eq!(
        lines[1]["accepted"],
        serde_json::json!(["preferences", "statistics"])
    );
    assert_eq!(lines[1]["source"], "form");
    let time = lines[0]["time"].as_str().unwrap();
    let parsed =
        OffsetDateTime::parse(time, &time::format_description::well_known::Rfc3339).unwrap();
    assert_eq!(parsed, store.history(old).await.unwrap()[0].time);

    let since_middle = store.export(middle).await.unwrap();
    assert_eq!(since_middle.lines().count(), 1, "{since_middle}");
    assert!(since_middle.contains(&new.to_string()));

    assert_eq!(store.purge_before(middle).await.unwrap(), 1);
    assert_eq!(store.history(old).await.unwrap(), []);
    assert_eq!(store.history(new).await.unwrap().len(), 1);
    assert_eq!(store.export(start).await.unwrap(), since_middle);
    // The texts stay archived: records still name them.
    assert_eq!(store.archived_count().await.unwrap(), 1);
    // A purged id is unknown now: that visitor's next choice starts anew.
    let cookie = format!(
        "consent={}",
        site::POLICY.consent_cookie_value_with_id(Consent::necessary_only(), old)
    );
    let (_, headers) = send(&app, json(r#"{"accept": []}"#, Some(&cookie))).await;
    assert_ne!(answered(&headers).1, old);
}

async fn a_record_holds_no_ip_address_and_no_user_agent(db: Db) {
    let store = db.store().await;
    let app = app(store.clone());
    let mut request = json(r#"{"accept": ["statistics"]}"#, None);
    let headers = request.headers_mut();
    headers.insert(
        USER_AGENT,
        "Marker-UA/1.0 (unique-ua-7c1f)".parse().unwrap(),
    );
    headers.insert("x-forwarded-for", "203.0.113.77".parse().unwrap());
    headers.insert("x-real-ip", "198.51.100.23".parse().unwrap());
    let (status, headers) = send(&app, request).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, id) = answered(&headers);
    let export = store.export(OffsetDateTime::UNIX_EPOCH).await.unwrap();
    for marker in ["unique-ua-7c1f", "203.0.113.77", "198.51.100.23"] {
        assert!(!export.contains(marker), "{marker} in {export}");
    }
    assert!(export.contains(&id.to_string()));
    // Nowhere in the database's files either (SQLite: the file and its WAL).
    if let Db::Sqlite(sqlite) = &db {
        let mut bytes = Vec::new();
        for suffix in ["", "-wal"] {
            let path = format!("{}{suffix}", sqlite.file().display());
            bytes.extend(std::fs::read(&path).unwrap_or_default());
        }
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains(&id.to_string()), "the record is in the files");
        for marker in ["unique-ua-7c1f", "203.0.113.77", "198.51.100.23"] {
            assert!(!text.contains(marker), "{marker} in the database");
        }
    }
}

async fn a_forged_id_starts_a_new_history(db: Db) {
    let store = db.store().await;
    let app = app(store.clone());
    let (_, headers) = send(&app, json(r#"{"accept": ["statistics"]}"#, None)).await;
    let (_, victim) = answered(&headers);
    let value = |id: &str| {
        format!(
            "consent={}.{id}",
            site::POLICY.consent_cookie_value(Consent::all())
        )
    };
    let victim_hex = victim.to_string();
    let forged = [
        // well formed, but the store holds nothing under it
        value(&ConsentId::from_u128(victim.to_u128() ^ 1).to_string()),
        value(&"0".repeat(32)),
        // malformed: upper case, one digit short, one too many, a UUID
        value(&victim_hex.to_uppercase()),
        value(&victim_hex[..31]),
        format!("{}0", value(&victim_hex)),
        value(&format!(
            "{}-{}-{}-{}-{}",
            &victim_hex[..8],
            &victim_hex[8..12],
            &victim_hex[12..16],
            &victim_hex[16..20],
            &victim_hex[20..]
        )),
        // two copies claiming different ids: neither is trusted
        format!("{}; {}", value(&victim_hex), value(&"1".repeat(32))),
    ];
    for cookie in forged {
        let (status, headers) =
            send(&app, json(r#"{"accept": ["marketing"]}"#, Some(&cookie))).await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{cookie}");
        let (_, id) = answered(&headers);
        assert_ne!(id, victim, "{cookie}");
        assert_eq!(store.history(id).await.unwrap().len(), 1, "{cookie}");
    }
    // The victim's history is untouched, and their own cookie still works.
    assert_eq!(store.history(victim).await.unwrap().len(), 1);
    let (_, headers) = send(&app, json(r#"{"accept": []}"#, Some(&value(&victim_hex)))).await;
    assert_eq!(answered(&headers).1, victim);
    assert_eq!(store.history(victim).await.unwrap().len(), 2);
}

/// Without a store, the endpoint answers as before: no id in the cookie.
#[tokio::test]
async fn without_a_store_the_cookie_carries_no_id() {
    let app = Router::new()
        .merge(routes(&site::POLICY))
        .layer(site::POLICY.layer());
    let (status, headers) = send(&app, json(r#"{"accept": ["statistics"]}"#, None)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let cookie = consent_cookie(&headers).unwrap();
    assert_eq!(
        cookie,
        format!(
            "consent={}",
            site::POLICY.consent_cookie_value(consent(&[Category::Statistics]))
        )
    );
    assert_eq!(site::POLICY.consent_id_from_cookie_header(&cookie), None);
}

async fn a_thousand_concurrent_choices_make_a_thousand_records(db: Db) {
    const N: usize = 1000;
    let store = ConsentStore::connect_with_timeout(&db.url(), std::time::Duration::from_secs(60))
        .await
        .unwrap();
    let app = app(store.clone());
    let names = ["preferences", "statistics", "marketing"];
    let started = std::time::Instant::now();
    let tasks: Vec<_> = (0..N)
        .map(|i| {
            let app = app.clone();
            let accept: Vec<&str> = (0..3)
                .filter(|b| i & (1 << b) != 0)
                .map(|b| names[b])
                .collect();
            let body = serde_json::json!({ "accept": accept }).to_string();
            tokio::spawn(async move { send(&app, json(&body, None)).await })
        })
        .collect();
    let mut answers = std::collections::HashMap::new();
    for task in tasks {
        let (status, headers) = task.await.unwrap();
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (consent, id) = answered(&headers);
        assert!(answers.insert(id, consent).is_none(), "{id} given twice");
    }
    eprintln!("{N} concurrent choices recorded in {:?}", started.elapsed());
    assert_eq!(answers.len(), N);
    let export = store.export(OffsetDateTime::UNIX_EPOCH).await.unwrap();
    let mut recorded = std::collections::HashMap::new();
    for line in export.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = ConsentId::parse(record["consent_id"].as_str().unwrap()).unwrap();
        let accepted: Consent = record["accepted"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().parse::<Category>().unwrap())
            .collect();
        assert!(
            recorded.insert(id, accepted).is_none(),
            "two records under {id}"
        );
    }
    assert_eq!(recorded.len(), N, "exactly {N} records");
    assert_eq!(recorded, answers, "every cookie matches its record");
    assert_eq!(store.archived_count().await.unwrap(), 1);
}

async fn a_write_interrupted_mid_transaction_leaves_nothing(db: Db) {
    let store = db.store().await;
    let app = app(store.clone());
    // The transaction's first statements (the policy's archive) succeed;
    // the record's insert then fails, inside the database.
    match db {
        Db::Sqlite(_) => db.execute(
            "CREATE TRIGGER interrupt BEFORE INSERT ON consent_records \
             BEGIN SELECT RAISE(ABORT, 'interrupted'); END;",
        ),
        Db::Postgres(_) => db.execute(
            "CREATE FUNCTION interrupt() RETURNS trigger AS $$ \
             BEGIN RAISE EXCEPTION 'interrupted'; END $$ LANGUAGE plpgsql; \
             CREATE TRIGGER interrupt BEFORE INSERT ON consent_records \
             FOR EACH ROW EXECUTE FUNCTION interrupt();",
        ),
    }
    .await;
    let (status, headers) = send(&app, json(r#"{"accept": ["statistics"]}"#, None)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(headers.contains_key(RETRY_AFTER));
    assert_eq!(headers.get_all(SET_COOKIE).iter().count(), 0);
    // Nothing of it is kept: no record, and not the archive either.
    assert_eq!(store.export(OffsetDateTime::UNIX_EPOCH).await.unwrap(), "");
    assert_eq!(store.archived_count().await.unwrap(), 0);
    match db {
        Db::Sqlite(_) => db.execute("DROP TRIGGER interrupt"),
        Db::Postgres(_) => db.execute("DROP TRIGGER interrupt ON consent_records"),
    }
    .await;
    let (status, headers) = send(&app, json(r#"{"accept": ["statistics"]}"#, None)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, id) = answered(&headers);
    assert_eq!(store.history(id).await.unwrap().len(), 1);
    assert_eq!(store.archived_count().await.unwrap(), 1);
}

/// A write whose ROLLBACK fails as well, then another failed write: every
/// choice answered `204` afterwards has its record committed, under the id
/// its cookie carries, seen from another store (another connection).
///
/// SQLite: `RAISE(ROLLBACK)` in a trigger ends the transaction inside the
/// database, so the ROLLBACK sqlx sends when the store drops the
/// transaction fails ("no transaction is active"). sqlx-sqlite 0.9 then
/// still counts the connection as inside a transaction (depth 1), and its
/// pool's check on release (a ping) does not see it. Reused, that
/// connection's next `begin` is `SAVEPOINT`, which opens a transaction (a
/// write then would still be committed, by its `RELEASE`); the second
/// failure rolls back to that savepoint, which leaves the transaction open;
/// the next write's commit then only releases a nested savepoint: a `204`
/// with nothing committed. Unless the store closes a connection whose write
/// failed (`close_on_drop` in `ConsentStore::write`), this test fails so.
///
/// Postgres: the trigger ends the store's own connection
/// (`pg_terminate_backend`), so the rollback cannot even be sent.
/// sqlx-postgres counts a transaction as over once it queues its ROLLBACK,
/// and the pool drops a connection whose ping on release fails: there this
/// test holds with or without the store closing the connection.
async fn after_a_failed_rollback_every_204_has_a_committed_record(db: Db) {
    let app = app(db.store().await);
    // A record accepting marketing fails with its rollback; one accepting
    // preferences fails plainly; any other is written.
    match db {
        Db::Sqlite(_) => db.execute(
            "CREATE TRIGGER interrupt BEFORE INSERT ON consent_records \
             WHEN NEW.accepted IN ('marketing', 'preferences') BEGIN \
             SELECT CASE NEW.accepted \
             WHEN 'marketing' THEN RAISE(ROLLBACK, 'rolled back by the database') \
             ELSE RAISE(ABORT, 'interrupted') END; END;",
        ),
        Db::Postgres(_) => db.execute(
            "CREATE FUNCTION interrupt() RETURNS trigger AS $$ BEGIN \
             IF NEW.accepted = 'marketing' THEN \
             PERFORM pg_terminate_backend(pg_backend_pid()); \
             ELSIF NEW.accepted = 'preferences' THEN RAISE EXCEPTION 'interrupted'; \
             END IF; RETURN NEW; END $$ LANGUAGE plpgsql; \
             CREATE TRIGGER interrupt BEFORE INSERT ON consent_records \
             FOR EACH ROW EXECUTE FUNCTION interrupt();",
        ),
    }
    .await;
    // The pool takes a connection back in a task of its own (a ping, then
    // the idle queue): waiting for it makes the next write reuse the
    // connection the last one had, if the store let the pool keep it.
    let returned = || tokio::time::sleep(std::time::Duration::from_millis(100));
    let choose = |accept: &'static str| {
        let app = app.clone();
        async move {
            let body = format!(r#"{{"accept": [{accept}]}}"#);
            let (status, headers) = send(&app, json(&body, None)).await;
            assert_eq!(status, StatusCode::NO_CONTENT, "{body}: {headers:?}");
            answered(&headers)
        }
    };
    let mut answers = vec![choose(r#""statistics""#).await];
    returned().await;
    assert_refused(&app, r#"{"accept": ["marketing"]}"#, None).await;
    returned().await;
    assert_refused(&app, r#"{"accept": ["preferences"]}"#, None).await;
    returned().await;
    for accept in [r#""statistics""#, "", r#""preferences", "statistics""#] {
        answers.push(choose(accept).await);
        returned().await;
    }

    // Every 204 has its record, committed: another store sees it, under
    // the id and with the consent of the cookie the answer set.
    let other = db.store().await;
    for (consent, id) in &answers {
        let history = other.history(*id).await.unwrap();
        assert_eq!(
            history
                .iter()
                .map(|r| (r.consent_id, r.accepted))
                .collect::<Vec<_>>(),
            [(*id, *consent)],
            "the record of a 204 answered after the failed rollback, as another store sees it"
        );
    }
    let export = other.export(OffsetDateTime::UNIX_EPOCH).await.unwrap();
    assert_eq!(
        export.lines().count(),
        answers.len(),
        "one record per 204, none of the refused writes: {export}"
    );
    assert_eq!(other.archived_count().await.unwrap(), 1);
}

// ---- the database stops, and comes back ------------------------------------

/// A write that fails: `503` with `Retry-After`, no cookie, nothing kept.
async fn assert_refused(app: &Router, body: &str, cookie: Option<&str>) {
    let (status, headers) = send(app, json(body, cookie)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let retry: u32 = headers[RETRY_AFTER].to_str().unwrap().parse().unwrap();
    assert!(retry > 0);
    assert_eq!(headers.get_all(SET_COOKIE).iter().count(), 0, "{headers:?}");
}

/// The outage of a test: the database at `url` goes down (`stop`), the
/// endpoint refuses every choice while it is (reads fail too unless
/// `readable`), and it comes back (`start`): the same app writes again.
async fn survives_an_outage<T>(
    url: &str,
    stop: impl FnOnce() -> T,
    start: impl FnOnce(T),
    readable: bool,
) {
    let timeout = std::time::Duration::from_secs(1);
    let store = ConsentStore::connect_with_timeout(url, timeout)
        .await
        .unwrap();
    let app = app(store.clone());
    let (_, headers) = send(&app, json(r#"{"accept": ["statistics"]}"#, None)).await;
    let (_, id) = answered(&headers);
    let cookie = consent_cookie(&headers).unwrap();

    let down = stop();
    let marketing = r#"{"accept": ["marketing"]}"#;
    assert_refused(&app, marketing, Some(&cookie)).await;
    assert_refused(&app, marketing, None).await;
    assert_eq!(store.history(id).await.is_ok(), readable);

    start(down);
    // The same store, the same app: no restart. A connection that saw the
    // failure may refuse once more while the pool replaces it (seen with
    // SQLite under load): the writes must resume within seconds.
    let mut attempts = Vec::new();
    let headers = loop {
        let response = app
            .clone()
            .oneshot(json(r#"{"accept": []}"#, Some(&cookie)))
            .await
            .unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        if status == StatusCode::NO_CONTENT {
            break headers;
        }
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        attempts.push(format!("{status}: {}", String::from_utf8_lossy(&body)));
        assert!(attempts.len() < 20, "writes did not resume: {attempts:#?}");
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    };
    if !attempts.is_empty() {
        eprintln!("refused again after coming back: {attempts:#?}");
    }
    assert_eq!(answered(&headers).1, id);
    let history = store.history(id).await.unwrap();
    assert_eq!(
        history.len(),
        2,
        "nothing of the refused writes: {history:?}"
    );
    let export = store.export(OffsetDateTime::UNIX_EPOCH).await.unwrap();
    assert_eq!(export.lines().count(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    missing_postgres,
    ignore = "needs PostgreSQL's initdb and pg_ctl: apt-get install postgresql, or set PG_BIN"
)]
async fn postgres_stopped_is_a_503_and_writes_resume_when_it_is_back() {
    let cluster = Postgres::start();
    survives_an_outage(
        &cluster.url(),
        || cluster.stop(),
        |()| cluster.start_again(),
        false,
    )
    .await;
}

/// Makes files immutable (`chattr +i`): nobody may write them, root
/// included, even through a descriptor opened before. The `-shm` file is
/// left alone: SQLite maps it into memory, and a write to an immutable
/// mapping is a bus error, not an I/O error.
struct Immutable(Vec<std::path::PathBuf>);

impl Immutable {
    fn set(files: Vec<std::path::PathBuf>) -> Immutable {
        let chattr = CHATTR.path();
        let out = std::process::Command::new(chattr)
            .arg("+i")
            .args(&files)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "chattr +i {files:?} failed (it needs root, or CAP_LINUX_IMMUTABLE, and a file \
             system with the attribute): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Immutable(files)
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new(CHATTR.path())
            .arg("-i")
            .args(&self.0)
            .status();
    }
}

const CHATTR: cookie_policy_tests::tools::Program = cookie_policy_tests::tools::Program {
    found: option_env!("COOKIE_POLICY_TESTS_CHATTR"),
    name: "chattr",
    install: "apt-get install e2fsprogs",
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    missing_chattr,
    ignore = "needs chattr (e2fsprogs) to make the SQLite file unwritable"
)]
async fn sqlite_unwritable_is_a_503_and_writes_resume_when_it_is_writable() {
    let sqlite = Sqlite::new();
    let wal = std::path::PathBuf::from(format!("{}-wal", sqlite.file().display()));
    // Reading still works while the files are immutable.
    survives_an_outage(
        &sqlite.url(),
        || Immutable::set(vec![sqlite.file(), wal]),
        drop,
        true,
    )
    .await;
}
// ---- forged ids, at random -------------------------------------------------

/// Cookie values a visitor (or an attacker) may send: garbage, values of
/// the format with made-up ids, the victim's id altered, the victim's id in
/// another format.
fn forged_value(victim: ConsentId) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let hex = victim.to_string();
    let prefix = site::POLICY.consent_cookie_value(Consent::all());
    let (p1, p2, h1, h2, h3) = (
        prefix.clone(),
        prefix.clone(),
        hex.clone(),
        hex.clone(),
        hex.clone(),
    );
    prop_oneof![
        any::<String>(),
        "[ -~]{0,80}",
        any::<u128>().prop_map(move |id| format!("{p1}.{:032x}", id)),
        (0..32usize, "[0-9a-zA-Z]").prop_map(move |(at, c)| {
            let mut s = h1.clone();
            s.replace_range(at..at + 1, &c);
            format!("{p2}.{s}")
        }),
        (0..32usize).prop_map(move |cut| format!("{prefix}.{}", &h2[..cut])),
        "[ -~]{0,8}".prop_map(move |noise| format!("{{\"id\":\"{h3}\"}}{noise}")),
    ]
}

#[test]
fn forged_cookie_values_never_extend_another_history() {
    use proptest::prelude::*;
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sqlite = Sqlite::new();
    let (store, app, victim, victim_value) = runtime.block_on(async {
        let store = ConsentStore::connect(&sqlite.url()).await.unwrap();
        let app = app(store.clone());
        let (_, headers) = send(&app, json(r#"{"accept": ["statistics"]}"#, None)).await;
        let (_, victim) = answered(&headers);
        let value = site::POLICY.consent_cookie_value_with_id(Consent::all(), victim);
        (store, app, victim, value)
    });
    // The cases that sent the victim's own value (a mutation that changed
    // nothing): only those may add to the victim's history.
    let genuine = std::cell::Cell::new(0);
    let config = ProptestConfig {
        cases: 128,
        ..ProptestConfig::default()
    };
    proptest!(config, |(value in forged_value(victim))| {
        let cookie = format!("consent={value}");
        let Ok(header) = axum::http::HeaderValue::from_str(&cookie) else { return Ok(()) };
        let mut request = json(r#"{"accept": ["marketing"]}"#, None);
        request.headers_mut().insert(COOKIE, header);
        let (status, headers) = runtime.block_on(send(&app, request));
        prop_assert_eq!(status, StatusCode::NO_CONTENT);
        let (_, id) = answered(&headers);
        // Only the victim's exact value may continue the victim's history.
        if cookie.contains(&victim_value) {
            genuine.set(genuine.get() + 1);
        } else {
            prop_assert_ne!(id, victim);
        }
        let history = runtime.block_on(store.history(id)).unwrap();
        prop_assert!(id == victim || history.len() == 1);
    });
    let history = runtime.block_on(store.history(victim)).unwrap();
    assert_eq!(
        history.len(),
        1 + genuine.get(),
        "the victim's history is theirs alone"
    );
}
