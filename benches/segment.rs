//! The segment stage: the two tokenizers of the index over folded text — words (jieba,
//! with dictionary sub-words) and grams (pairs, one token a character) — on the
//! cleaned seed 001 repeated to 1 MB. Throughput is in bytes of folded text.
//!
//!     cargo bench --bench segment

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangjian::clean::{clean, fold::Folded};
use dangjian::segment::tokenizer::{GramsTokenizer, WordsTokenizer};
use tantivy::tokenizer::{TokenStream, Tokenizer};

/// How many tokens `tokenizer` makes of `text`, each handed to `each` as the index
/// gets it (one token rewritten in place, no list of them kept).
fn tokens(mut tokenizer: impl Tokenizer, text: &str, mut each: impl FnMut(&str)) -> usize {
    let mut stream = tokenizer.token_stream(text);
    let mut n = 0;
    while stream.advance() {
        each(&stream.token().text);
        n += 1;
    }
    n
}

fn bench(c: &mut Criterion) {
    let seed = Folded::new(&clean(&common::corpus()[1]).text).text;
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&seed);
        text.push('\n');
    }
    let mut words = Vec::new();
    tokens(WordsTokenizer, &seed, |t| words.push(t.to_string()));
    assert!(words.iter().any(|t| t == "三会一课"), "lexicon terms are words");
    let han = seed.chars().filter(|c| !c.is_whitespace()).count();
    assert_eq!(tokens(GramsTokenizer, &seed, |_| {}), han, "one token for each character that is not a space");

    let mut group = c.benchmark_group("segment");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("words track, 1 MB", |b| {
        b.iter(|| {
            tokens(WordsTokenizer, black_box(&text), |t| {
                black_box(t);
            })
        })
    });
    group.bench_function("grams track, 1 MB", |b| {
        b.iter(|| {
            tokens(GramsTokenizer, black_box(&text), |t| {
                black_box(t);
            })
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
