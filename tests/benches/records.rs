//! What recording a choice costs (feature `records`): the consent endpoint
//! (`POST /cookies/consent`, a same-origin form, through the policy's
//! layer, in-process) without a store, with a SQLite file, and with a
//! throwaway Postgres cluster on the loopback, in one run:
//!
//! - criterion's time per choice, one at a time (`records/none`,
//!   `records/sqlite`, `records/postgres`);
//! - then, for each, 2,000 choices one at a time, each timed: the p50 and
//!   p99 latency; and 2,000 choices 32 at a time on a 2-worker runtime:
//!   choices per second. That table is the one the README quotes.
//!
//! ```sh
//! cargo bench -p cookie-policy-tests --bench records
//! ```
//!
//! Postgres is started as the records tests start it
//! (`cookie_policy_tests::databases`); without PostgreSQL (and without
//! `CI` set) its rows are skipped, saying so.

#[path = "support/axum_app.rs"]
mod axum_app;

use std::hint::black_box;
use std::time::{Duration, Instant};

use axum::Router;
use cookie_policy::records::{ConsentStore, WithStore};
use cookie_policy_tests::databases::{Postgres, Sqlite, PG_CTL};
use criterion::{Criterion, Throughput};
use tower::ServiceExt;

/// The consent endpoint behind the layer, with `store` if given.
fn app(store: Option<ConsentStore>) -> Router {
    let routes = cookie_policy::axum::routes(&cookie_policy_tests::site::POLICY);
    let routes = match store {
        Some(store) => routes.with_store(store),
        None => routes,
    };
    Router::new()
        .merge(routes)
        .layer(cookie_policy_tests::site::POLICY.layer())
}

async fn choose(app: &Router) {
    let response = app.clone().oneshot(axum_app::consent_post()).await.unwrap();
    assert_eq!(response.status(), 303);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let test_mode = args.iter().any(|a| a == "--test") || !args.iter().any(|a| a == "--bench");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let sqlite = Sqlite::new();
    let in_ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false");
    // Under CI a missing PostgreSQL fails here (`PG_CTL.path()` says so).
    let postgres = if PG_CTL.found.is_some() || in_ci {
        Some(Postgres::start())
    } else {
        println!(
            "records/postgres: skipped, PostgreSQL's pg_ctl was not found ({})",
            PG_CTL.install
        );
        None
    };
    let mut apps = vec![("none", app(None))];
    let store = runtime
        .block_on(ConsentStore::connect(&sqlite.url()))
        .unwrap();
    apps.push(("sqlite", app(Some(store))));
    if let Some(postgres) = &postgres {
        let store = runtime
            .block_on(ConsentStore::connect(&postgres.url()))
            .unwrap();
        apps.push(("postgres", app(Some(store))));
    }
    for (_, app) in &apps {
        runtime.block_on(choose(app));
    }

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("records");
    group.throughput(Throughput::Elements(1));
    for (name, app) in &apps {
        group.bench_function(*name, |b| {
            b.iter(|| runtime.block_on(choose(black_box(app))))
        });
    }
    group.finish();
    criterion.final_summary();

    let n = if test_mode { 20 } else { 2000 };
    if test_mode {
        println!("\n--test: {n} choices each, not a measurement:\n");
    } else {
        println!("\n{n} choices each: latency one at a time, throughput 32 at a time\n");
    }
    println!("| store | p50 | p99 | choices/s (32 in flight) |");
    println!("|---|---:|---:|---:|");
    for (name, app) in &apps {
        let mut latencies: Vec<Duration> = (0..n)
            .map(|_| {
                let start = Instant::now();
                runtime.block_on(choose(app));
                start.elapsed()
            })
            .collect();
        latencies.sort();
        let at =
            |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
        let start = Instant::now();
        runtime.block_on(async {
            let mut pending = tokio::task::JoinSet::new();
            for i in 0..n {
                if i >= 32 {
                    pending.join_next().await.unwrap().unwrap();
                }
                let app = app.clone();
                pending.spawn(async move { choose(&app).await });
            }
            while let Some(done) = pending.join_next().await {
                done.unwrap();
            }
        });
        let per_second = n as f64 / start.elapsed().as_secs_f64();
        println!(
            "| {name} | {:.0} µs | {:.0} µs | {per_second:.0} |",
            at(0.50).as_secs_f64() * 1e6,
            at(0.99).as_secs_f64() * 1e6
        );
    }
}
