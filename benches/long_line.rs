//! Reports that once stopped the nightly run: text with no sentence mark and no line
//! break, and hard-wrapped lines without 。 that line-joining merges into one
//! paragraph. Each case is indexed by `run_index` into a new index, in a process of its
//! own (this bench runs itself once per case), which prints its wall time and its peak
//! memory (VmHWM) against the target: under 30 s and 1 GB.
//!
//!     cargo bench --bench long_line
//!
//! Cases: one line of 20 MB cut by commas, one line of 20 MB with no break at all, and
//! 512 KB of 38-character lines without 。.

use std::path::Path;
use std::time::Instant;

use dangjian::index::{IndexOptions, run_index};
use dangjian::progress::Silent;

const CASE: &str = "DANGJIAN_LONG_LINE_CASE";
const CLAUSE: &str =
    "医院党委坚持党建引领全院共有党员877人党支部34个开展三会一课和主题党日活动累计培训120人次服务群众500余人";

fn text(case: &str) -> String {
    match case {
        "one line, commas" => format!("{CLAUSE}，").repeat(20 * 1024 * 1024 / (CLAUSE.len() + 3) + 1),
        "one line, no break" => CLAUSE.repeat(20 * 1024 * 1024 / CLAUSE.len() + 1),
        _ => {
            let flat: Vec<char> = format!("{CLAUSE}，").repeat(512 * 1024 / (CLAUSE.len() + 3) + 1).chars().collect();
            flat.chunks(38).map(|line| line.iter().collect::<String>() + "\n").collect()
        }
    }
}

fn peak_memory_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(f64::NAN);
    kb / 1024.0
}

fn run(case: &str, dir: &Path) {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let text = text(case);
    std::fs::write(corpus.join("report.txt"), &text).unwrap();
    let start = Instant::now();
    let summary = run_index(&IndexOptions { threads: Some(2), ..IndexOptions::new(&corpus, dir.join("idx")) }, &Silent)
        .expect("the run finishes");
    let seconds = start.elapsed().as_secs_f64();
    let memory = peak_memory_mb();
    let met = if seconds < 30.0 && memory < 1024.0 { "met" } else { "NOT met" };
    println!(
        "{case:<22} {:>6.1} MB  {seconds:>6.1} s  peak {memory:>6.0} MB  added {} quarantined {}  (target < 30 s, < 1 GB: {met})",
        text.len() as f64 / 1e6,
        summary.added,
        summary.quarantined.len()
    );
}

fn main() {
    if let Ok(case) = std::env::var(CASE) {
        let dir = tempfile::tempdir().unwrap();
        run(&case, dir.path());
        return;
    }
    // `cargo test --benches` runs this with no arguments, as `cargo bench` does
    // with `--bench`: only the latter measures.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    for case in ["one line, commas", "one line, no break", "wrapped, no 。"] {
        let status = std::process::Command::new(std::env::current_exe().unwrap()).env(CASE, case).status().unwrap();
        assert!(status.success(), "{case}: {status}");
    }
}
