//! The index stage end to end, and the ceiling it is measured against.
//!
//! Input: 1,000 generated reports (`examples/synth.rs`, seed 7: about 4 MB in seven
//! encodings, with pinyin and spam damage), written to a temporary folder.
//! - `dangjian index`: the whole run — discover, decode, clean, metadata, metrics,
//!   measures, repost hash, both tantivy tracks, SQLite — into a new index each time,
//!   on 2 threads;
//! - `bare indexer`: what a minimal indexer does with the same files — detect and
//!   decode (chardetng, encoding_rs), cut with jieba, index one tantivy field — on 2
//!   threads with the same writer memory.
//!
//! After criterion's runs it times, three times each and in turn, those two and three
//! runs between them that split the gap:
//! - `bare, 2 tracks`: the bare indexer with dangjian's two tracks (its words and
//!   grams tokenizers) in place of its one field, on the same decoded text — the
//!   floor of the index's design, which `index alone` cannot beat;
//! - `index alone`: decode, fold, and dangjian's own tantivy index (both tracks, the
//!   same writer), in the run's batches — what the index's design costs before any
//!   cleaning or extraction;
//! - `index + clean`: the same with every report cleaned first.
//!
//! It prints each one's throughput and CPU time, and its throughput as a ratio of the
//! bare indexer's; and dangjian's as a multiple of a Python jieba + whoosh indexer's
//! (a constant: Python is not run here). Last, the `dangjian` binary over 5,000
//! generated reports, three rounds of `--threads 1` held to one core, `--threads 1`
//! and `--threads 2`: wall time, peaks of anonymous and mapped memory, and the speedup
//! of two cores over one.
//!
//!     cargo bench --bench index

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dangjian::clean::clean;
use dangjian::clean::fold::Folded;
use dangjian::index::fulltext::FullText;
use dangjian::index::run::BATCH;
use dangjian::index::{IndexOptions, run_index};
use dangjian::ingest;
use dangjian::model::Document;
use dangjian::progress::Silent;
use dangjian::segment::tokenizer::{GRAMS, VecTokenStream, WORDS, register_indexing};
use rayon::prelude::*;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{Token, Tokenizer};
use tantivy::{Index, TantivyDocument, doc};

const DOCS: usize = 1000;

fn corpus(dir: &Path) -> u64 {
    let mut bytes = 0;
    for (name, content) in common::synth::generate(DOCS, 7) {
        bytes += content.len() as u64;
        std::fs::write(dir.join(name), content).unwrap();
    }
    bytes
}

/// jieba's cut as tantivy tokens, nothing else.
#[derive(Clone)]
struct Jieba;

impl Tokenizer for Jieba {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let tokens = dangjian::segment::jieba()
            .cut(text, false)
            .iter()
            .enumerate()
            .map(|(position, w)| Token {
                offset_from: w.byte_start,
                offset_to: w.byte_end,
                position,
                text: w.word.to_string(),
                position_length: 1,
            })
            .collect();
        VecTokenStream::new(tokens)
    }
}

/// The bare indexer over the files of `corpus` into `out`: returns documents indexed.
fn bare(corpus: &Path, out: &Path) -> u64 {
    bare_with(corpus, out, false)
}

/// The bare indexer, with `two_tracks` indexing dangjian's two tracks (its words and
/// grams tokenizers, both with positions) in place of the one jieba field: the same
/// reading, no folding — the floor of what the index's design costs.
fn bare_with(corpus: &Path, out: &Path, two_tracks: bool) -> u64 {
    let mut schema = Schema::builder();
    let field = |schema: &mut tantivy::schema::SchemaBuilder, name: &str, tokenizer: &str| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        schema.add_text_field(name, TextOptions::default().set_indexing_options(indexing))
    };
    let (body, grams) = if two_tracks {
        (field(&mut schema, "body", WORDS), Some(field(&mut schema, "grams", GRAMS)))
    } else {
        (field(&mut schema, "body", "jieba"), None)
    };
    let index = Index::create_in_dir(out, schema.build()).unwrap();
    index.tokenizers().register("jieba", tantivy::tokenizer::TextAnalyzer::from(Jieba));
    register_indexing(index.tokenizers());
    let mut writer = index.writer_with_num_threads::<TantivyDocument>(2, 128 * 1024 * 1024).unwrap();
    let mut count = 0;
    for entry in std::fs::read_dir(corpus).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let (encoding, _) = encoding_rs::Encoding::for_bom(&bytes).unwrap_or_else(|| {
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(&bytes, true);
            (detector.guess(None, chardetng::Utf8Detection::Allow), 0)
        });
        let (text, _, _) = encoding.decode(&bytes);
        match grams {
            Some(grams) => writer.add_document(doc!(body => text.as_ref(), grams => text.as_ref())).unwrap(),
            None => writer.add_document(doc!(body => text.as_ref())).unwrap(),
        };
        count += 1;
    }
    writer.commit().unwrap();
    writer.wait_merging_threads().unwrap();
    count
}

fn dangjian_index(corpus: &Path, out: &Path) -> u64 {
    let options = IndexOptions { threads: Some(2), ..IndexOptions::new(corpus, out) };
    let summary = run_index(&options, &Silent).unwrap();
    summary.added
}

/// dangjian's tantivy index over the decoded (and, with `cleaned`, cleaned) reports,
/// folded as the run folds them, in batches of the run's size: 2 threads prepare each
/// batch, then this one hands it to the writer, whose own threads index it while the
/// next is prepared. Returns documents indexed.
fn index_alone(corpus: &Path, out: &Path, cleaned: bool) -> u64 {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    let files = ingest::discover(corpus).unwrap().files;
    let mut fulltext = FullText::open(out, None).unwrap();
    let mut count = 0;
    for batch in files.chunks(BATCH) {
        let prepared: Vec<(Document, Folded)> = pool.install(|| {
            batch
                .par_iter()
                .map(|found| {
                    let decoded = ingest::decode(&std::fs::read(&found.path).unwrap(), found.format).unwrap();
                    let text = if cleaned { clean(&decoded.text).text } else { decoded.text };
                    let doc = Document { id: found.rel.clone(), path: found.rel.clone(), ..Document::default() };
                    (doc, Folded::new(&text))
                })
                .collect()
        });
        for (doc, folded) in &prepared {
            fulltext.put(doc, folded).unwrap();
            count += 1;
        }
    }
    fulltext.commit().unwrap();
    count
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let corpus_dir = dir.path().join("corpus");
    std::fs::create_dir(&corpus_dir).unwrap();
    let bytes = corpus(&corpus_dir);
    let fresh = |name: &str| {
        let out = dir.path().join(name);
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).unwrap();
        out
    };
    // Both read every report.
    assert_eq!(dangjian_index(&corpus_dir, &fresh("dj")), DOCS as u64);
    assert_eq!(bare(&corpus_dir, &fresh("bare")), DOCS as u64);

    let mut group = c.benchmark_group("index");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("dangjian index, 1000 reports", |b| b.iter(|| dangjian_index(&corpus_dir, &fresh("dj"))));
    group.bench_function("bare indexer, 1000 reports", |b| b.iter(|| bare(&corpus_dir, &fresh("bare"))));
    group.finish();

    // Three rounds, each configuration once a round: a slow spell of the machine then
    // falls on all of them, not on one.
    type Run<'a> = Box<dyn Fn(&Path) -> u64 + 'a>;
    let runs: [(&str, Run); 5] = [
        ("bare indexer", Box::new(|out| bare(&corpus_dir, out))),
        ("bare, 2 tracks", Box::new(|out| bare_with(&corpus_dir, out, true))),
        ("index alone", Box::new(|out| index_alone(&corpus_dir, out, false))),
        ("index + clean", Box::new(|out| index_alone(&corpus_dir, out, true))),
        ("dangjian index", Box::new(|out| dangjian_index(&corpus_dir, out))),
    ];
    let (mut times, mut cpu) = (vec![Vec::new(); runs.len()], vec![Vec::new(); runs.len()]);
    for _ in 0..3 {
        for (i, (name, run)) in runs.iter().enumerate() {
            let out = fresh(name);
            let (t, c) = (Instant::now(), cpu_seconds());
            assert_eq!(run(&out), DOCS as u64, "{name} indexes every report");
            times[i].push(t.elapsed().as_secs_f64());
            cpu[i].push(cpu_seconds().zip(c).map(|(after, before)| after - before));
        }
    }
    let median = |times: &mut Vec<f64>| {
        times.sort_by(f64::total_cmp);
        times[1]
    };
    let medians: Vec<f64> = times.iter_mut().map(median).collect();
    let mb = bytes as f64 / 1e6;
    println!("\n{DOCS} reports, {mb:.1} MB, median of 3 runs each (CPU: user + system of this process):");
    for (i, (name, _)) in runs.iter().enumerate() {
        let seconds = medians[i];
        let cpu = cpu[i].iter().copied().collect::<Option<Vec<f64>>>().map(|mut c| median(&mut c));
        let cpu = cpu.map_or("n/a".to_string(), |c| format!("{c:.2} s"));
        println!(
            "  {name:<15} {seconds:5.2} s {:6.2} MB/s  ratio {:.2}  CPU {cpu}",
            mb / seconds,
            medians[0] / seconds
        );
    }
    let ours = medians[runs.len() - 1];
    println!(
        "dangjian index is {:.0}x the {PYTHON_MB_S} MB/s of a Python jieba + whoosh indexer (measured once, not in this run)",
        mb / ours / PYTHON_MB_S
    );
    threads_and_memory(dir.path());
}

/// Reports for the thread and memory runs: enough that jieba's load and the commits
/// are a small part of a run.
const THREAD_DOCS: usize = 5000;

/// The `dangjian` binary on [`THREAD_DOCS`] generated reports, a fresh index each run,
/// three rounds of: `--threads 1` held to one core, `--threads 1`, `--threads 2`.
/// Prints each one's median wall time and its peaks of anonymous and mapped memory
/// (sampled from `/proc/PID/status`), and the speedup of two cores over one.
fn threads_and_memory(dir: &Path) {
    let corpus = dir.join("threads-corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let mut bytes = 0;
    for (name, content) in common::synth::generate(THREAD_DOCS, 7) {
        bytes += content.len();
        std::fs::write(corpus.join(name), content).unwrap();
    }
    let configs: [(&str, &str, bool); 3] =
        [("--threads 1, one core", "1", true), ("--threads 1", "1", false), ("--threads 2", "2", false)];
    let mut runs: Vec<Vec<(f64, u64, u64)>> = vec![Vec::new(); configs.len()];
    for _ in 0..3 {
        for (i, &(_, threads, one_core)) in configs.iter().enumerate() {
            let index = dir.join("threads-index");
            let _ = std::fs::remove_dir_all(&index);
            runs[i].push(run_binary(&corpus, &index, threads, one_core));
        }
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!("\n{THREAD_DOCS} reports, {:.1} MB, the dangjian binary, median of 3 runs each:", bytes as f64 / 1e6);
    let mut walls = Vec::new();
    for (i, (name, _, _)) in configs.iter().enumerate() {
        let wall = median(runs[i].iter().map(|r| r.0).collect());
        let anon = runs[i].iter().map(|r| r.1).max().unwrap_or(0);
        let mapped = runs[i].iter().map(|r| r.2).max().unwrap_or(0);
        println!(
            "  {name:<22} {wall:6.2} s  anonymous peak {:4} MiB  mapped peak {:4} MiB",
            anon / 1024,
            mapped / 1024
        );
        walls.push(wall);
    }
    println!(
        "  two cores against one: {:.2}x (against --threads 1 on every core: {:.2}x)",
        walls[0] / walls[2],
        walls[1] / walls[2]
    );
}

/// Runs `dangjian -q index` once, held to the first core when `one_core`; returns its
/// wall time and its peaks of RssAnon and RssFile in KiB.
fn run_binary(corpus: &Path, index: &Path, threads: &str, one_core: bool) -> (f64, u64, u64) {
    use std::os::unix::process::CommandExt;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_dangjian"));
    command.args(["-q", "index"]).arg(corpus).arg("--index").arg(index).args(["--threads", threads]);
    if one_core {
        // SAFETY: between fork and exec only the affinity of the child itself is set.
        unsafe {
            command.pre_exec(|| {
                let mut set: libc::cpu_set_t = std::mem::zeroed();
                libc::CPU_SET(0, &mut set);
                if libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let start = Instant::now();
    let mut child = command.stdout(std::process::Stdio::null()).spawn().expect("the dangjian binary runs");
    let status = format!("/proc/{}/status", child.id());
    let (mut anon, mut mapped) = (0, 0);
    let field = |text: &str, name: &str| -> u64 {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    loop {
        if let Ok(text) = std::fs::read_to_string(&status) {
            anon = anon.max(field(&text, "RssAnon:"));
            mapped = mapped.max(field(&text, "RssFile:"));
        }
        if let Some(exit) = child.try_wait().unwrap() {
            assert!(exit.success() || exit.code() == Some(1), "dangjian index failed: {exit}");
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    (start.elapsed().as_secs_f64(), anon, mapped)
}

/// CPU time this process has used so far, from `/proc/self/stat` (Linux; `None`
/// elsewhere). utime and stime are in clock ticks, 100 a second on Linux.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split(' ').collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

/// What a researcher's own Python script (jieba cut, whoosh index) managed on this
/// machine, the figure the 50x target is stated against.
const PYTHON_MB_S: f64 = 0.16;

criterion_group!(benches, bench);
criterion_main!(benches);
