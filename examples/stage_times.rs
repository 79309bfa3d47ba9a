//! Per-stage cost of indexing on generated reports, one core, stage by stage: what
//! each stage of `dangjian index` costs on the input the scale benches use, so the
//! slowest one is known before anyone optimises.
//!
//!     cargo run --release --example stage_times [-- DOCS]
//!
//! Input: DOCS (default 2,000) reports of `examples/synth.rs`, seed 7. Each line is one
//! stage over all of them, timed alone, in MB/s of input bytes.
use std::hint::black_box;
use std::time::Instant;

use dangjian::clean::{clean, fold::Folded};
use dangjian::extract::{measures::measures, metadata::metadata, metrics::metrics};
use dangjian::ingest::{Format, decode};
use tantivy::tokenizer::{TokenStream, Tokenizer};

#[path = "synth.rs"]
#[allow(dead_code)]
mod synth;

fn main() {
    let docs = std::env::args().nth(1).map_or(2000, |n| n.parse().expect("DOCS is a number"));
    let files = synth::generate(docs, 7);
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let mb = bytes as f64 / 1e6;
    let report = |name: &str, t: Instant, check: usize| {
        let s = t.elapsed().as_secs_f64();
        println!("{name:<22} {:>8.0} ms {:>8.1} MB/s   ({check})", s * 1e3, mb / s);
    };
    println!("{docs} reports, {mb:.1} MB");
    dangjian::segment::jieba(); // loaded once, not timed

    let t = Instant::now();
    let decoded: Vec<String> = files
        .iter()
        .map(|(name, b)| {
            let format = if name.ends_with(".html") { Format::Html } else { Format::Text };
            decode(b, format).unwrap().text
        })
        .collect();
    report("decode", t, decoded.len());

    let t = Instant::now();
    let cleaned: Vec<_> = decoded.iter().map(|d| clean(d)).collect();
    report("clean", t, cleaned.iter().map(|c| c.paragraphs.len()).sum());

    let t = Instant::now();
    let folded: Vec<Folded> = cleaned.iter().map(|c| Folded::new(&c.text)).collect();
    report("fold", t, folded.len());

    let t = Instant::now();
    let n: usize = cleaned.iter().zip(&folded).map(|(c, f)| f.script(&c.text).as_str().len()).sum();
    report("script", t, n);

    let t = Instant::now();
    let n: usize = cleaned.iter().zip(&folded).map(|(c, f)| metadata(&c.text, f, &c.notes).title.len()).sum();
    report("metadata", t, n);

    let t = Instant::now();
    let n: usize = cleaned.iter().zip(&folded).map(|(c, f)| metrics(&c.text, f, None).len()).sum();
    report("metrics", t, n);

    let t = Instant::now();
    let n: usize = cleaned.iter().zip(&folded).map(|(c, f)| measures(&c.text, f).len()).sum();
    report("measures", t, n);

    let t = Instant::now();
    let n = folded.iter().map(|f| dangjian::extract::reposts::simhash(&f.text)).fold(0, |a, h| a ^ h);
    report("simhash", t, n.count_ones() as usize);

    // Both tracks as the index reads them: the tokenizer's stream, drained.
    fn drain(mut tokenizer: impl Tokenizer, folded: &[Folded]) -> usize {
        let mut n = 0;
        for f in folded {
            let mut stream = tokenizer.token_stream(&f.text);
            while stream.advance() {
                n += black_box(stream.token()).text.len();
            }
        }
        n
    }
    let t = Instant::now();
    let n = drain(dangjian::segment::tokenizer::WordsTokenizer, &folded);
    report("words tokens", t, n);

    let t = Instant::now();
    let n = drain(dangjian::segment::tokenizer::GramsTokenizer, &folded);
    report("grams tokens", t, n);
    // The whole of what a worker does per file, composed as the run composes it.
    let t = Instant::now();
    let n: usize = files
        .iter()
        .map(|(name, b)| {
            let format = if name.ends_with(".html") { Format::Html } else { Format::Text };
            dangjian::pipeline::read(name, b, format, String::new()).map_or(0, |r| r.doc.metrics.len())
        })
        .sum();
    report("pipeline::read (all)", t, n);

    let chars: usize = folded.iter().map(|f| f.text.chars().count()).sum();
    println!("{chars} characters of folded text");
}
