//! Queries on the bundled corpus, in process: `Engine::search` with snippets, and
//! `passages`, for queries of one to eight characters in both scripts. Prints p50 and
//! p99 over all queries as well as criterion's estimates.
//!
//!     cargo bench --bench search
//!
//! Input: the three reports of `corpus/` indexed into a temporary directory.

use std::time::Instant;

use criterion::{Criterion, criterion_group, criterion_main};
use dangjian::index::search::{Engine, Filters};
use dangjian::index::{IndexOptions, run_index};
use dangjian::progress::Silent;

const QUERIES: &[&str] = &[
    "党",
    "党员",
    "三会一课",
    "三會一課",
    "党支部书记",
    "黨員示范崗",
    "改善患者就医体验",
    "党员 示范岗",
    "\"两学一做\"",
    "医院 AND 党委",
];

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let options = IndexOptions {
        threads: Some(2),
        ..IndexOptions::new(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus"), dir.path().join("idx"))
    };
    run_index(&options, &Silent).unwrap();
    let engine = Engine::open(&dir.path().join("idx")).unwrap();
    let filters = Filters::default();
    assert_eq!(engine.search("三會一課", &filters, 10).unwrap().len(), 2, "001 and 003 hold 三会一课");

    let mut times: Vec<f64> = Vec::new();
    for _ in 0..50 {
        for query in QUERIES {
            let t = Instant::now();
            std::hint::black_box(engine.search(query, &filters, 10).unwrap());
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!("search with snippets over {} runs: p50 {:.2} ms, p99 {:.2} ms", times.len(), at(0.5), at(0.99));

    let mut group = c.benchmark_group("query");
    group.bench_function("search 三会一课 (snippets)", |b| {
        b.iter(|| engine.search("三会一课", &filters, 10).unwrap().len())
    });
    group.bench_function("search 党 (one character)", |b| b.iter(|| engine.search("党", &filters, 10).unwrap().len()));
    group.bench_function("passages 党员示范岗", |b| {
        b.iter(|| engine.passages("党员示范岗", &filters, 10).unwrap().len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
