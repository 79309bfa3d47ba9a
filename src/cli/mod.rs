//! The command-line layer: clap definitions, and turning flags into library calls.
//!
//! Each subcommand lives in its own file and returns the process exit code. Nothing
//! below `src/cli` is visible to the library, which knows neither clap nor indicatif.

mod cite;
mod collocates;
mod compare;
mod export;
mod freq;
mod index;
mod kwic;
mod measures;
mod metrics;
mod output;
mod passages;
mod progress;
mod query_args;
mod report;
mod search;
mod serve;
mod stats;
mod table;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub const EXIT_OK: u8 = 0;
pub const EXIT_QUARANTINED: u8 = 1;
/// A query command that found nothing, as grep exits when no line matches.
pub const EXIT_NO_MATCH: u8 = 1;
pub const EXIT_FATAL: u8 = 2;
// 3 (another run holds the lock) and 130/143 (interrupted) come from
// `IndexError::exit_code`.

/// Search, cite and compare Chinese Party-building (党建) reports.
///
/// dangjian reads a folder of reports in any encoding (UTF-8, GBK/GB18030, Big5,
/// UTF-16, HTML pages), quarantines what it cannot read, and keeps the decoded
/// documents in an index directory that later runs update incrementally.
#[derive(Debug, Parser)]
#[command(name = "dangjian", version, propagate_version = true)]
pub struct Cli {
    /// The index directory every command reads or writes.
    #[arg(long, global = true, value_name = "DIR", default_value = "indexes/default")]
    pub index: PathBuf,

    /// Print only errors (no progress bar, no summary on stderr).
    #[arg(long, short, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build or update the index from a corpus folder.
    ///
    /// Unchanged files (same SHA-256) are skipped, changed ones re-read, removed ones
    /// deleted. Exit status: 0 all indexed, 1 finished but some files were quarantined
    /// (the rest is committed), 2 usage or fatal error (nothing committed), 3 another
    /// run holds the lock, 130/143 stopped by SIGINT/SIGTERM (nothing committed).
    Index(index::Args),
    /// Find documents: ranked, with a highlighted snippet from the original text.
    ///
    /// A query in either script matches both. Every document whose text contains a
    /// query string is found (what grep finds); documents where it is a word, or where
    /// several query words stand together, rank first.
    Search(search::Args),
    /// Find precedents: whole paragraphs with a citation line; reposts shown once.
    Passages(passages::Args),
    /// Concordance: every occurrence of a term with its context, aligned.
    Kwic(kwic::Args),
    /// The words found near a term more often than chance (logDice, MI or t-score).
    Collocates(collocates::Args),
    /// The figures the reports give: subject, value, unit, qualifier, year, evidence.
    ///
    /// Read from every indexed document (党员 877人, 黨支部共21個, 黨員大概占了三分之一),
    /// with the figures derived from two of them (党员 / 党支部) marked as derived.
    Metrics(metrics::Args),
    /// The named practices the reports describe (三会一课, 党员示范岗 …), by category.
    Measures(measures::Args),
    /// Hospitals side by side: figures, practices shared and unique, similarity.
    ///
    /// Name hospitals in either script, in full or by a distinctive part of the name
    /// (邵阳中心医院, 市第二医院); a name that could mean several is an error listing them.
    Compare(compare::Args),
    /// How often terms occur, by hospital, year or practice category, per 10,000 characters.
    Freq(freq::FreqArgs),
    /// The words most over-represented in a group of documents against the rest
    /// (log-likelihood G²): --group hospital=NAME, year=2017 or year=2012..2017.
    Keyness(freq::KeynessArgs),
    /// Write one self-contained HTML report: comparison, practice matrix, SVG charts.
    Report(report::Args),
    /// Write every document as JSON, one object per line, sorted by path.
    Export(export::Args),
    /// A document's reference: GB/T 7714-2015, BibTeX or RIS.
    Cite(cite::Args),
    /// Show the index's health: documents, encodings, quarantined files, last run.
    Stats(stats::Args),
    /// Serve the web app for writers: search, precedents with citations, documents,
    /// hospitals compared, the figures and practices tables, and a JSON API (/api/).
    ///
    /// Reads the index only, and sees each new nightly run without a restart. Listens
    /// on loopback (this machine only) unless --addr says otherwise.
    Serve(serve::Args),
}

/// The most rows a `--limit` asks for (the web app's `limit` too).
pub use dangjian::index::search::MAX_LIMIT;

/// A count flag's parser: a whole number from `min` to `max`, else a usage error
/// (exit 2) saying the range — never a number that overflows or allocates gigabytes.
pub fn bounded(min: u64, max: u64) -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(min..=max)
}

pub fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Index(args) => index::run(&cli.index, cli.quiet, args),
        Command::Search(args) => search::run(&cli.index, args),
        Command::Passages(args) => passages::run(&cli.index, args),
        Command::Kwic(args) => kwic::run(&cli.index, args),
        Command::Collocates(args) => collocates::run(&cli.index, args),
        Command::Metrics(args) => metrics::run(&cli.index, args),
        Command::Measures(args) => measures::run(&cli.index, args),
        Command::Compare(args) => compare::run(&cli.index, args),
        Command::Freq(args) => freq::run_freq(&cli.index, args),
        Command::Keyness(args) => freq::run_keyness(&cli.index, args),
        Command::Report(args) => report::run(&cli.index, cli.quiet, args),
        Command::Export(args) => export::run(&cli.index, cli.quiet, args),
        Command::Cite(args) => cite::run(&cli.index, args),
        Command::Stats(args) => stats::run(&cli.index, args),
        Command::Serve(args) => serve::run(&cli.index, cli.quiet, args),
    }
}

/// Logs go to stderr through tracing; `RUST_LOG` overrides the level.
pub fn init_logging(quiet: bool) {
    // The PDF parser logs what it repairs in a damaged file; the file's fate is said
    // in the run summary, so its own lines stay out unless asked for.
    let default = if quiet { "error,lopdf=off" } else { "warn,lopdf=off" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    // Colour only on a terminal: a log file or a cron mail gets plain lines.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(ansi)
        .init();
}
