//! The decode stage: the bundled reports as they arrive (UTF-16LE with BOM, Big5-HKSCS
//! without a declaration, a GBK web page with a meta charset: 31 KB), and 1,000
//! generated reports in seven encodings (`examples/synth.rs`, about 4 MB), each read
//! from bytes to text with its encoding found. Throughput is in bytes of input.
//!
//!     cargo bench --bench decode

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangjian::ingest::{Format, decode};

fn bench(c: &mut Criterion) {
    let files = common::files();
    let encodings: Vec<String> = files.iter().map(|(_, b, f)| decode(b, *f).unwrap().encoding.to_string()).collect();
    assert_eq!(encodings, ["UTF-16LE", "Big5", "GBK"], "each seed in its own encoding");
    let synth: Vec<(Vec<u8>, Format)> = common::synth::generate(1000, 7)
        .into_iter()
        .map(|(name, bytes)| (bytes, if name.ends_with(".html") { Format::Html } else { Format::Text }))
        .collect();
    assert!(synth.iter().all(|(b, f)| decode(b, *f).is_ok()), "every generated report decodes");

    let mut group = c.benchmark_group("decode");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(files.iter().map(|(_, b, _)| b.len() as u64).sum()));
    group.bench_function("bundled corpus", |b| {
        b.iter(|| files.iter().map(|(_, bytes, f)| decode(black_box(bytes), *f).unwrap().text.len()).sum::<usize>())
    });
    group.throughput(Throughput::Bytes(synth.iter().map(|(b, _)| b.len() as u64).sum()));
    group.bench_function("1000 generated reports", |b| {
        b.iter(|| synth.iter().map(|(bytes, f)| decode(black_box(bytes), *f).unwrap().text.len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
