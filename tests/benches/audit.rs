//! The audit on a big recording: reading and auditing a HAR of about
//! 100 MB, bodies included, against the time `serde_json` needs just to
//! skip the same bytes (`serde::de::IgnoredAny`), side by side in one run;
//! and the peak memory of reading and auditing it, against the file's size,
//! counted by an allocator that tracks the most bytes live at once.
//!
//! ```sh
//! cargo bench -p cookie-policy-tests --bench audit            # measure (100 MB)
//! cargo bench -p cookie-policy-tests --bench audit -- --test  # check once, on 2 MB (CI)
//! ```
//!
//! The recording is generated at start from `tests/data/har/playwright.har`:
//! its ten entries again and again (each a request of its own, with its
//! cookies) until the file reaches the size, every response carrying a body
//! of 256 KiB (HTML-like text, as `content.text` holds it). The audit must
//! skip the bodies unread (never hold them), so its time should stay close
//! to the skip's and its memory close to the file's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use cookie_policy::audit::{FindingKind, Har};
use cookie_policy_tests::har_site::shop;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::Value;

/// The system allocator, counting the bytes live and the most live at once.
struct Peak;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is the system allocator's; the counters only watch.
unsafe impl GlobalAlloc for Peak {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised for `layout`.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            grew(layout.size());
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: `pointer` came from `alloc` with `layout`.
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        // SAFETY: as the caller promised.
        let new = unsafe { System.realloc(pointer, layout, size) };
        if !new.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(size);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Peak = Peak;

const BODY: usize = 256 * 1024;

fn test_mode() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.iter().any(|a| a == "--test") || !args.iter().any(|a| a == "--bench")
}

/// A HAR of at least `size` bytes: the entries of the Playwright recording
/// over and over, each response with a body of [`BODY`] bytes.
fn big_recording(size: usize) -> (Vec<u8>, usize) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/har/playwright.har");
    let recording: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let body: String = "<p>Lorem ipsum dolor sit amet, \"consectetur\" adipiscing elit.</p>\\n"
        .chars()
        .cycle()
        .take(BODY)
        .collect();
    let entries: Vec<Vec<u8>> = recording["log"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            let mut entry = entry.clone();
            entry["response"]["content"]["text"] = Value::String(body.clone());
            entry["response"]["content"]["size"] = BODY.into();
            serde_json::to_vec(&entry).unwrap()
        })
        .collect();
    let mut out =
        br#"{"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"}, "entries": ["#
            .to_vec();
    let mut count = 0;
    'fill: loop {
        for entry in &entries {
            if out.len() >= size {
                break 'fill;
            }
            if count > 0 {
                out.push(b',');
            }
            count += 1;
            out.extend_from_slice(entry);
        }
    }
    out.extend_from_slice(b"]}}");
    (out, count)
}

fn skip(bytes: &[u8]) {
    let _: serde::de::IgnoredAny = serde_json::from_slice(black_box(bytes)).unwrap();
}

fn audit(bytes: &[u8]) -> usize {
    let har = Har::from_slice(black_box(bytes)).unwrap();
    shop::POLICY.audit(&har).findings().len()
}

/// The most bytes live while `work` runs, beyond those live before it.
fn peak_during(work: impl FnOnce()) -> usize {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    work();
    PEAK.load(Ordering::Relaxed) - before
}

fn bench(c: &mut Criterion) {
    let size = if test_mode() { 2 << 20 } else { 100 << 20 };
    let (bytes, entries) = big_recording(size);
    let len = bytes.len();

    // What the audit finds in the big file is what it finds in the
    // recording it repeats (its cookies, its problems).
    let har = Har::from_slice(&bytes).unwrap();
    let report = shop::POLICY.audit(&har);
    assert!(report.of_kind(FindingKind::Undeclared).count() >= 3);
    assert_eq!(har.entries().len(), entries);
    drop(har);

    // Memory: reading and auditing holds the file (already in memory, it
    // is borrowed) plus what the audit needs; the bodies are never copied.
    let extra = peak_during(|| {
        black_box(audit(&bytes));
    });
    let ratio = (len + extra) as f64 / len as f64;
    println!(
        "audit/memory: file {:.1} MB, peak {:.1} MB beyond it: {ratio:.3}x the file",
        len as f64 / 1e6,
        extra as f64 / 1e6
    );
    assert!(ratio <= 1.2, "peak memory {ratio:.3}x the file's size");

    // Time, side by side (and a quick ratio of one pass each, printed).
    let timed = |work: &dyn Fn()| {
        let start = Instant::now();
        work();
        start.elapsed()
    };
    let (skip_time, audit_time) = (
        timed(&|| skip(&bytes)),
        timed(&|| {
            black_box(audit(&bytes));
        }),
    );
    println!(
        "audit/one pass: skip {skip_time:?}, audit {audit_time:?} ({:.2}x)",
        audit_time.as_secs_f64() / skip_time.as_secs_f64()
    );
    let mut group = c.benchmark_group("big-recording");
    group.throughput(Throughput::Bytes(len as u64));
    group.sample_size(10);
    group.bench_function("serde_json IgnoredAny (skip only)", |b| {
        b.iter(|| skip(&bytes))
    });
    group.bench_function("Har::from_slice + Policy::audit", |b| {
        b.iter(|| audit(&bytes))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
