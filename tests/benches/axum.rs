//! What the policy costs a real axum app per request, in-process (the
//! router called directly, no network), side by side in one run:
//!
//! - `route/bare`: an axum route that sets three cookies (a session, a
//!   statistics and a marketing cookie), no layer, no extractor;
//! - `route/bare, identity layer`: the same route behind a layer that does
//!   nothing (`tower::util::MapRequestLayer` of the identity): what
//!   `Router::layer` itself costs, which any layer pays;
//! - `route/layered, all 3 kept`: the same route taking the visitor's
//!   `Consent` as an extractor, behind the policy's layer, for a visitor
//!   who accepted everything;
//! - `route/layered, 2 of 3 dropped`: the same for a visitor who accepted
//!   nothing (the layer drops the statistics and marketing cookies);
//! - `route/around the router, ...`: the same two, the layer applied around
//!   the whole router (`Layer::layer(router)`) instead of through
//!   `Router::layer`: no per-route boxing;
//! - `route/floor: ...`: what any layer that hands the handler what it read
//!   of the request costs at least: around the router, a value of
//!   `RequestConsent`'s size stored in the request's extensions, the
//!   response passed through the layer's future, the value extracted
//!   (axum's `Extension`); nothing read, nothing judged;
//! - `consent/form`: a same-origin form post to `POST /cookies/consent`
//!   through the layer (the endpoint's throughput: one choice each).
//!
//! After criterion's runs it measures the routes again in interleaved
//! rounds and prints their medians and ratios to the bare route (the table
//! the README quotes); `-- interleaved-only` prints only that.
//!
//! ```sh
//! cargo bench -p cookie-policy-tests --bench axum
//! cargo bench -p cookie-policy-tests --bench axum -- interleaved-only
//! ```
//!
//! The target: the layered route at most 1.15 times the bare one (the
//! floor alone, an extension stored and extracted, is 1.13 times it in
//! instructions and 1.15 times in time: see the README). The app
//! is `support/axum_app.rs`; `examples/axum_requests.rs` sends it the same
//! requests under a profiler, for instruction counts that do not depend
//! on the machine's load.

#[path = "support/axum_app.rs"]
mod axum_app;
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use tower::Service;

use axum_app::{call, cookie_header, get_request, set_cookies as set};
use cookie_policy::Consent;

/// The routes measured, each with the request it gets: the names of the
/// table, in its order.
const ROUTES: [&str; 7] = [
    "bare",
    "bare, identity layer",
    "floor: an extension stored and extracted, around the router",
    "layered, all 3 kept",
    "layered, 2 of 3 dropped",
    "around the router, all 3 kept",
    "around the router, 2 of 3 dropped",
];

/// One closure per entry of [`ROUTES`], each sending its route one request.
fn contenders<'a>(all: &'a str, nothing: &'a str) -> Vec<Box<dyn FnMut() + 'a>> {
    let mut bare = axum_app::bare_route();
    let mut identity = axum_app::identity_layered_route();
    let mut floor = axum_app::extension_floor();
    let (mut kept, mut dropped) = (
        axum_app::policy_layered_route(),
        axum_app::policy_layered_route(),
    );
    let (mut around_kept, mut around_dropped) = (
        axum_app::policy_around_router(),
        axum_app::policy_around_router(),
    );
    // What each answers (checked once, also in `--test` mode).
    assert_eq!(set(&call(&mut bare, get_request(all))), 3);
    assert_eq!(set(&call(&mut identity, get_request(all))), 3);
    assert_eq!(set(&call(&mut floor, get_request(all))), 3);
    assert_eq!(set(&call(&mut kept, get_request(all))), 3);
    assert_eq!(set(&call(&mut dropped, get_request(nothing))), 1);
    assert_eq!(set(&call(&mut around_kept, get_request(all))), 3);
    assert_eq!(set(&call(&mut around_dropped, get_request(nothing))), 1);
    vec![
        Box::new(move || {
            black_box(call(&mut bare, get_request(black_box(all))));
        }),
        Box::new(move || {
            black_box(call(&mut identity, get_request(black_box(all))));
        }),
        Box::new(move || {
            black_box(call(&mut floor, get_request(black_box(all))));
        }),
        Box::new(move || {
            black_box(call(&mut kept, get_request(black_box(all))));
        }),
        Box::new(move || {
            black_box(call(&mut dropped, get_request(black_box(nothing))));
        }),
        Box::new(move || {
            black_box(call(&mut around_kept, get_request(black_box(all))));
        }),
        Box::new(move || {
            black_box(call(&mut around_dropped, get_request(black_box(nothing))));
        }),
    ]
}

fn routes(c: &mut Criterion) {
    let all = cookie_header(Consent::all());
    let nothing = cookie_header(Consent::necessary_only());
    let mut group = c.benchmark_group("route");
    for (name, mut run) in ROUTES.iter().zip(contenders(&all, &nothing)) {
        group.bench_function(*name, |b| b.iter(&mut run));
    }
    group.finish();

    let mut app = axum_app::consent_app();
    let post = axum_app::consent_post;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let response = runtime.block_on(app.call(post())).unwrap();
    assert_eq!(response.status(), 303);
    let mut group = c.benchmark_group("consent");
    group.throughput(Throughput::Elements(1));
    group.bench_function("form", |b| {
        b.iter(|| black_box(runtime.block_on(app.call(post())).unwrap()))
    });
    group.finish();
}

/// The routes again, in interleaved rounds: the ratios the README quotes,
/// robust to a change of load during the run.
fn interleaved_ratios(test_mode: bool) {
    let all = cookie_header(Consent::all());
    let nothing = cookie_header(Consent::necessary_only());
    let mut runs = contenders(&all, &nothing);
    let (rounds, sample) = if test_mode {
        println!("\n--test: one short round of each route, not a measurement:\n");
        (1, Duration::from_micros(100))
    } else {
        println!("\nInterleaved medians of 31 rounds, ns per request:\n");
        (31, Duration::from_millis(20))
    };
    let ns = support::interleaved_medians(&mut runs, rounds, sample);
    println!("| route | ns | / bare |");
    println!("|---|---:|---:|");
    for (name, time) in ROUTES.iter().zip(&ns) {
        println!("| {name} | {time:.0} | {:.2}x |", time / ns[0]);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let test_mode = args.iter().any(|a| a == "--test") || !args.iter().any(|a| a == "--bench");
    let interleaved_only = args.iter().any(|a| a == "interleaved-only");
    if !interleaved_only {
        let mut criterion = Criterion::default().configure_from_args();
        routes(&mut criterion);
        criterion.final_summary();
    }
    interleaved_ratios(test_mode);
}
