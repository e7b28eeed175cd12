//! Sends one of the requests of `benches/axum.rs` to its app N times, for a
//! profiler: instruction counts per request do not depend on the machine's
//! load, which criterion's times do.
//!
//! ```sh
//! cargo build --release -p cookie-policy-tests --example axum_requests
//! for case in bare identity floor kept dropped around around-dropped; do
//!   valgrind --tool=callgrind --callgrind-out-file=cg.$case \
//!     target/release/examples/axum_requests $case 20000
//! done
//! callgrind_annotate cg.kept | head -30
//! ```
//!
//! The cases: `bare` (the route alone), `identity` (behind a layer that
//! does nothing), `floor` (an extension stored around the router and
//! extracted: what any layer handing the handler its reading costs at
//! least), `kept` (taking `Consent` behind the policy's layer, a visitor
//! who accepted everything: all three cookies kept), `dropped` (the same, a
//! visitor who accepted nothing: two of three dropped), `around` and
//! `around-dropped` (the same two, the layer around the router), `consent`
//! (a form post to the consent endpoint). The cost per request is the
//! difference between runs of two counts (say 20,000 and 10,000) divided
//! by the difference in requests, which leaves out the start-up.

#[path = "../benches/support/axum_app.rs"]
mod axum_app;

use std::hint::black_box;
use std::process::ExitCode;

use axum_app::{call, consent_post, cookie_header, get_request};
use cookie_policy::Consent;
use tower::Service;

const USAGE: &str =
    "usage: axum_requests bare|identity|floor|kept|dropped|around|around-dropped|consent COUNT";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(case), Some(Ok(count))) = (args.next(), args.next().map(|n| n.parse::<u64>())) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let all = cookie_header(Consent::all());
    let nothing = cookie_header(Consent::necessary_only());
    if let Some(cookie) = match case.as_str() {
        "around" => Some(&all),
        "around-dropped" => Some(&nothing),
        _ => None,
    } {
        let mut app = axum_app::policy_around_router();
        for _ in 0..count {
            black_box(call(&mut app, get_request(black_box(cookie))));
        }
        return ExitCode::SUCCESS;
    }
    if case == "floor" {
        let mut app = axum_app::extension_floor();
        for _ in 0..count {
            black_box(call(&mut app, get_request(black_box(&all))));
        }
        return ExitCode::SUCCESS;
    }
    let (mut router, cookie) = match case.as_str() {
        "bare" => (axum_app::bare_route(), &all),
        "identity" => (axum_app::identity_layered_route(), &all),
        "kept" => (axum_app::policy_layered_route(), &all),
        "dropped" => (axum_app::policy_layered_route(), &nothing),
        "consent" => {
            let mut app = axum_app::consent_app();
            let runtime = tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap();
            for _ in 0..count {
                black_box(runtime.block_on(app.call(consent_post())).unwrap());
            }
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    for _ in 0..count {
        black_box(call(&mut router, get_request(black_box(cookie))));
    }
    ExitCode::SUCCESS
}
