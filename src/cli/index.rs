//! `dangjian index [CORPUS]`: build or update the index.

use std::path::{Path, PathBuf};

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::time::Duration;

use anyhow::Context;
use dangjian::index::{FILE_BUDGET, IndexOptions, RunSummary, run_index};
use signal_hook::consts::{SIGINT, SIGTERM};

use super::output::outln;
use super::progress::Bar;
use super::{EXIT_OK, EXIT_QUARANTINED};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder of reports (text, HTML, Word, WPS, OpenDocument, RTF, web archives,
    /// PDF), walked recursively.
    #[arg(default_value = "corpus")]
    corpus: PathBuf,

    /// Re-read every file, even those whose content has not changed.
    #[arg(long)]
    full: bool,

    /// Worker threads for reading and decoding [default: all cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=MAX_THREADS))]
    threads: Option<u16>,

    /// How long one file may take to read, in seconds, before it is quarantined as
    /// too slow (the run goes on).
    #[arg(long, value_name = "SECONDS", default_value_t = FILE_BUDGET.as_secs(),
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    file_budget: u64,

    /// Delete the documents of vanished files even when that is more than half of the
    /// index. Without it such a run stops (exit 2) and changes nothing: an empty or
    /// unmounted corpus folder must not empty the index.
    #[arg(long)]
    allow_deletions: bool,

    /// Follow symbolic links that lead out of the corpus folder (by default they are
    /// listed as skipped).
    #[arg(long)]
    follow_links: bool,

    /// Also write the run summary as JSON to FILE (on every exit, with `exit_code` and,
    /// when the run failed, `error`).
    #[arg(long, value_name = "FILE")]
    summary_json: Option<PathBuf>,

    /// Print the run summary as JSON on stdout instead of the human summary.
    #[arg(long)]
    json: bool,
}

/// The most worker threads a run starts: more than any machine it runs on has cores.
const MAX_THREADS: i64 = 256;

pub fn run(index: &Path, quiet: bool, args: Args) -> anyhow::Result<u8> {
    // SIGINT and SIGTERM stop the run between files (a second one kills it).
    let stop = Arc::new(AtomicUsize::new(0));
    for signal in [SIGINT, SIGTERM] {
        let flag = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register_conditional_default(signal, Arc::clone(&flag))
            .and_then(|_| signal_hook::flag::register(signal, flag))
            .and_then(|_| signal_hook::flag::register_usize(signal, Arc::clone(&stop), signal as usize))
            .context("cannot install the signal handlers")?;
    }
    let options = IndexOptions {
        full: args.full,
        threads: args.threads.map(usize::from),
        file_budget: Duration::from_secs(args.file_budget),
        allow_deletions: args.allow_deletions,
        follow_links: args.follow_links,
        stop: Some(stop),
        ..IndexOptions::new(args.corpus, index)
    };
    let bar = Bar::new(quiet);
    let summary = match run_index(&options, &bar) {
        Ok(summary) => summary,
        Err(error) => {
            drop(bar);
            let code = error.exit_code();
            eprintln!("error: {error}");
            if let Some(path) = &args.summary_json {
                let failed = RunSummary::failed(&options.corpus, &options.index, i32::from(code), &error.to_string());
                write_summary(path, &failed)?;
            }
            return Ok(code);
        }
    };
    if let Some(path) = &args.summary_json {
        write_summary(path, &summary)?;
    }
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&summary).expect("the summary serialises"));
    } else if !quiet {
        print_summary(&summary);
    }
    Ok(if summary.exit_code == 0 { EXIT_OK } else { EXIT_QUARANTINED })
}

fn write_summary(path: &Path, summary: &RunSummary) -> anyhow::Result<()> {
    let json = serde_json::to_string_pretty(summary).expect("the summary serialises");
    std::fs::write(path, format!("{json}\n"))
        .with_context(|| format!("cannot write the run summary to {}", path.display()))
}

fn print_summary(s: &RunSummary) {
    outln!("indexed {} into {} in {:.2} s", s.corpus, s.index, s.durations_ms.total as f64 / 1000.0);
    if let Some(reason) = &s.rebuilt {
        outln!("  rebuilt everything: {reason}");
    }
    if let Some(holder) = &s.stale_lock {
        outln!("  took over a stale lock of pid {} on {} (started {})", holder.pid, holder.host, holder.started_at);
    }
    outln!(
        "  {} seen · {} added · {} updated · {} unchanged · {} deleted · {} quarantined{}",
        s.seen,
        s.added,
        s.updated,
        s.unchanged,
        s.deleted,
        s.quarantined.len(),
        skipped_count(s)
    );
    if !s.quarantined.is_empty() {
        outln!("quarantined (not indexed; the originals are untouched):");
        for q in s.quarantined.iter().take(LISTED) {
            outln!("  {}  {}", q.path, q.message);
        }
        more(s.quarantined.len());
    }
    if !s.warnings.is_empty() {
        outln!("warnings:");
        for w in s.warnings.iter().take(LISTED) {
            outln!("  {}  {}", w.path, w.warning);
        }
        more(s.warnings.len());
    }
    for skipped in s.skipped.iter().take(LISTED) {
        outln!("skipped {}: {}", skipped.path, skipped.reason);
    }
    more(s.skipped.len());
}

/// ` · 2 skipped (.xlsx, .zip)`: what the walk passed over, by kind; nothing when it
/// passed over nothing.
fn skipped_count(s: &RunSummary) -> String {
    if s.skipped.is_empty() {
        return String::new();
    }
    let kinds: std::collections::BTreeSet<String> = s
        .skipped
        .iter()
        .map(|k| match k.path.rsplit('/').next().and_then(|name| name.rsplit_once('.')) {
            Some((stem, extension)) if !stem.is_empty() && k.reason.starts_with("not a report") => {
                format!(".{}", extension.to_lowercase())
            }
            _ if k.reason.starts_with("symbolic link") => "links".into(),
            _ => "other".into(),
        })
        .collect();
    format!(" · {} skipped ({})", s.skipped.len(), kinds.into_iter().collect::<Vec<_>>().join(", "))
}

/// How many entries of each list the human summary shows; `--json` and
/// `--summary-json` have them all.
const LISTED: usize = 20;

fn more(total: usize) {
    if total > LISTED {
        outln!("  … and {} more (all of them in --json and --summary-json)", total - LISTED);
    }
}
