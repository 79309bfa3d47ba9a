//! Per-step cost of cleaning, two ways:
//! - on undamaged text (seed 001 repeated to 1 MB), each step alone;
//! - on generated reports (`examples/synth.rs`, 2,000, seed 7 — pinyin, spam, PDF and
//!   OCR damage), each step as `clean` runs it, with how many passes of the step list
//!   the reports took and which step changed their text last.
//!
//!     cargo run --release --example step_times
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use dangjian::clean::{STEPS, clean_with};
use dangjian::ingest::{Format, decode};

#[path = "synth.rs"]
#[allow(dead_code)]
mod synth;

fn main() {
    let seed = include_str!("../tests/seeds/001_5ef448610bd62831.txt");
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(seed);
        text.push_str("\n\n");
    }
    println!("undamaged text, 1 MB, each step alone:");
    let mut notes = Vec::new();
    for step in STEPS {
        let t = Instant::now();
        for _ in 0..10 {
            std::hint::black_box(step.apply(&text, &mut notes));
        }
        let per = t.elapsed().as_secs_f64() / 10.0;
        println!("  {:<12} {:>7.2} ms  {:>8.1} MB/s", step.name(), per * 1e3, text.len() as f64 / per / 1e6);
    }
    let t = Instant::now();
    std::hint::black_box(dangjian::clean::structure::paragraphs(&text));
    println!("  {:<12} {:>7.2} ms", "structure", t.elapsed().as_secs_f64() * 1e3);

    let files = synth::generate(2000, 7);
    let decoded: Vec<String> = files
        .iter()
        .map(|(name, b)| decode(b, if name.ends_with(".html") { Format::Html } else { Format::Text }).unwrap().text)
        .collect();
    let mb = decoded.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    // Each report as `clean` runs it, watched step by step: a step's index in the list
    // is its call's position in the pass.
    let mut spent = vec![Duration::ZERO; STEPS.len()];
    let mut passes: BTreeMap<usize, usize> = BTreeMap::new();
    let mut last: BTreeMap<&str, usize> = BTreeMap::new();
    for text in &decoded {
        let (mut calls, mut changed_last) = (0, None);
        clean_with(text, &mut |step, text, notes| {
            let t = Instant::now();
            let out = step.apply(text, notes);
            spent[calls % STEPS.len()] += t.elapsed();
            if out.as_ref().is_some_and(|(next, _)| next != text) {
                changed_last = Some(step.name());
            }
            calls += 1;
            out
        });
        *passes.entry(calls / STEPS.len()).or_default() += 1;
        if let Some(name) = changed_last {
            *last.entry(name).or_default() += 1;
        }
    }
    println!("\n2,000 generated reports, {mb:.1} MB of decoded text, each step as clean runs it:");
    for (step, t) in STEPS.iter().zip(&spent) {
        println!("  {:<12} {:>7.0} ms  {:>8.1} MB/s", step.name(), t.as_secs_f64() * 1e3, mb / t.as_secs_f64());
    }
    println!("  reports by passes of the step list: {passes:?}");
    println!("  reports by the step that changed their text last: {last:?}");
}
