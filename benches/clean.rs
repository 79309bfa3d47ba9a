//! The clean stage on the bundled corpus.
//!
//! Inputs: the three reports of `corpus/` decoded (about 11,000 characters, 31 KB of
//! UTF-8, two of them heavily damaged), and seed 001 — an undamaged report, the common
//! case — repeated to 1 MB. Throughput is in bytes of UTF-8 input. Each benchmark
//! checks its output first, so a stage that broke cannot look fast.
//!
//!     cargo bench --bench clean

use std::hint::black_box;

mod common;

use common::corpus;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangjian::clean::{clean, fold::Folded};

fn undamaged_megabyte() -> String {
    let seed = include_str!("../tests/seeds/001_5ef448610bd62831.txt");
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(seed);
        text.push_str("\n\n");
    }
    format!("{}\n", text.trim_end())
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let cleaned: Vec<String> = corpus.iter().map(|t| clean(t).text).collect();
    assert!(cleaned[0].contains("要害。”在黨委會上") && cleaned[2].contains("推动基层党组织建设"));
    let undamaged = undamaged_megabyte();
    assert_eq!(clean(&undamaged).text, undamaged, "undamaged text passes unchanged");

    let mut group = c.benchmark_group("clean");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(corpus.iter().map(String::len).sum::<usize>() as u64));
    group.bench_function("corpus (damaged)", |b| {
        b.iter(|| corpus.iter().map(|t| clean(black_box(t)).text.len()).sum::<usize>())
    });
    group.throughput(Throughput::Bytes(undamaged.len() as u64));
    group.bench_function("undamaged 1 MB", |b| b.iter(|| clean(black_box(&undamaged)).text.len()));
    group.bench_function("fold undamaged 1 MB", |b| b.iter(|| Folded::new(black_box(&undamaged)).text.len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
