//! Reading document files against reading the same text as a `.txt`: each fixture of
//! `tests/fixtures/formats/` (Word 2007+, Word 97, WPS, OpenDocument, RTF, a web
//! archive; PDF when its fixtures are there) is decoded, and so is its text once
//! extracted, written as UTF-8. Throughput is in bytes of *text* for both, so the
//! ratio is what the format costs over plain text (the target: at most 3×).
//!
//!     cargo bench --bench formats

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangjian::ingest::{Format, decode};

fn bench(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    let mut group = c.benchmark_group("formats");
    group.sample_size(30);
    for (name, format) in [
        ("report.docx", Format::Docx),
        ("report.doc", Format::Doc),
        ("brief.wps", Format::Wps),
        ("report.odt", Format::Odt),
        ("report.rtf", Format::Rtf),
        ("report.mht", Format::Mhtml),
        ("report.pdf", Format::Pdf),
        ("two-columns.pdf", Format::Pdf),
    ] {
        let Ok(bytes) = std::fs::read(dir.join(name)) else { continue };
        let text = decode(&bytes, format).expect("every fixture here reads").text;
        // A document is small; reading it 20 times makes each iteration measurable.
        let (file, plain) = (vec![bytes; 20], vec![text.clone().into_bytes(); 20]);
        group.throughput(Throughput::Bytes(text.len() as u64 * 20));
        group.bench_function(name, |b| {
            b.iter(|| file.iter().map(|f| decode(black_box(f), format).unwrap().text.len()).sum::<usize>())
        });
        group.bench_function(format!("{name} as .txt"), |b| {
            b.iter(|| plain.iter().map(|t| decode(black_box(t), Format::Text).unwrap().text.len()).sum::<usize>())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
