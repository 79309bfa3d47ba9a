//! `dangjian index [CORPUS]`: build or update the index.

use std::path::{Path, PathBuf};

use anyhow::Context;
use dangjian::index::{IndexError, IndexOptions, RunSummary, run_index};

use super::output::outln;
use super::progress::Bar;
use super::{EXIT_LOCKED, EXIT_OK, EXIT_QUARANTINED};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder of reports (.txt, .htm, .html), walked recursively.
    #[arg(default_value = "corpus")]
    corpus: PathBuf,

    /// Re-read every file, even those whose content has not changed.
    #[arg(long)]
    full: bool,

    /// Worker threads for reading and decoding [default: all cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,

    /// Also write the run summary as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    summary_json: Option<PathBuf>,

    /// Print the run summary as JSON on stdout instead of the human summary.
    #[arg(long)]
    json: bool,
}

pub fn run(index: &Path, quiet: bool, args: Args) -> anyhow::Result<u8> {
    let options = IndexOptions {
        corpus: args.corpus,
        index: index.to_path_buf(),
        full: args.full,
        threads: args.threads.map(usize::from),
    };
    let bar = Bar::new(quiet);
    let summary = match run_index(&options, &bar) {
        Ok(summary) => summary,
        Err(error @ IndexError::Locked(_)) => {
            drop(bar);
            eprintln!("error: {error}");
            return Ok(EXIT_LOCKED);
        }
        Err(error) => return Err(error.into()),
    };
    let json = serde_json::to_string_pretty(&summary).expect("the summary serialises");
    if let Some(path) = &args.summary_json {
        std::fs::write(path, format!("{json}\n"))
            .with_context(|| format!("cannot write the run summary to {}", path.display()))?;
    }
    if args.json {
        outln!("{json}");
    } else if !quiet {
        print_summary(&summary);
    }
    Ok(if summary.exit_code == 0 { EXIT_OK } else { EXIT_QUARANTINED })
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
        "  {} seen · {} added · {} updated · {} unchanged · {} deleted · {} quarantined",
        s.seen,
        s.added,
        s.updated,
        s.unchanged,
        s.deleted,
        s.quarantined.len()
    );
    if !s.quarantined.is_empty() {
        outln!("quarantined (not indexed; the originals are untouched):");
        for q in &s.quarantined {
            outln!("  {}  {}", q.path, q.message);
        }
    }
    if !s.warnings.is_empty() {
        outln!("warnings:");
        for w in &s.warnings {
            outln!("  {}  {}", w.path, w.warning);
        }
    }
    for skipped in &s.skipped {
        outln!("skipped {}: {}", skipped.path, skipped.reason);
    }
}
