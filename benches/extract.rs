//! The extract stage: reading the metadata, metrics and measures of a report.
//!
//! Inputs: the three reports of `corpus/`, cleaned (about 11,000 characters, 31 KB of
//! UTF-8, figures in both scripts), and the cleaned seed 001 repeated to 1 MB (a long
//! report: every sentence with a number is cut and tagged by jieba). Throughput is in
//! bytes of clean text. The benchmark checks the figures first.
//!
//!     cargo bench --bench extract

use std::hint::black_box;

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangjian::clean::{clean, fold::Folded};
use dangjian::extract::measures::measures;
use dangjian::extract::metadata::metadata;
use dangjian::extract::metrics::metrics;

fn corpus() -> Vec<(String, Folded)> {
    common::corpus()
        .iter()
        .map(|text| {
            let text = clean(text).text;
            let folded = Folded::new(&text);
            (text, folded)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let found: Vec<usize> = corpus.iter().map(|(t, f)| metrics(t, f, None).len()).collect();
    assert!(found.iter().all(|&n| n >= 5), "figures in every report: {found:?}");
    let party = metrics(&corpus[1].0, &corpus[1].1, None);
    assert!(party.iter().any(|m| m.subject == "党员" && m.value == 877.0));

    let mut long = String::new();
    while long.len() < 1 << 20 {
        long.push_str(&corpus[1].0);
        long.push_str("\n\n");
    }
    let long_folded = Folded::new(&long);

    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(corpus.iter().map(|(t, _)| t.len()).sum::<usize>() as u64));
    group.bench_function("metrics, corpus", |b| {
        b.iter(|| corpus.iter().map(|(t, f)| metrics(black_box(t), f, None).len()).sum::<usize>())
    });
    assert!(measures(&corpus[1].0, &corpus[1].1).iter().any(|m| m.name == "三会一课"));
    assert_eq!(metadata(&corpus[1].0, &corpus[1].1, &[]).hospital, "邵阳市中心医院");
    group.bench_function("measures, corpus", |b| {
        b.iter(|| corpus.iter().map(|(t, f)| measures(black_box(t), f).len()).sum::<usize>())
    });
    group.bench_function("metadata, corpus", |b| {
        b.iter(|| corpus.iter().map(|(t, f)| metadata(black_box(t), f, &[]).hospital.len()).sum::<usize>())
    });
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("metrics, 1 MB report", |b| b.iter(|| metrics(black_box(&long), &long_folded, None).len()));
    group.bench_function("measures, 1 MB report", |b| b.iter(|| measures(black_box(&long), &long_folded).len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
