//! Per-step cost of cleaning on undamaged text (seed 001 repeated to 1 MB).
//!
//!     cargo run --release --example step_times
use std::time::Instant;

fn main() {
    let seed = include_str!("../tests/seeds/001_5ef448610bd62831.txt");
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(seed);
        text.push_str("\n\n");
    }
    let mut notes = Vec::new();
    for step in dangjian::clean::STEPS {
        let t = Instant::now();
        for _ in 0..10 {
            std::hint::black_box(step.apply(&text, &mut notes));
        }
        let per = t.elapsed().as_secs_f64() / 10.0;
        println!("{:<12} {:>7.2} ms  {:>8.1} MB/s", step.name(), per * 1e3, text.len() as f64 / per / 1e6);
    }
    let t = Instant::now();
    std::hint::black_box(dangjian::clean::structure::paragraphs(&text));
    println!("{:<12} {:>7.2} ms", "structure", t.elapsed().as_secs_f64() * 1e3);
}
