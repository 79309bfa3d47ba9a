//! `dangjian collocates TERM`: the words found near a term more often than chance.

use std::path::Path;

use dangjian::analyze::collocates::{Measure, collocates};
use dangjian::index::search::{Engine, MAX_LIMIT};

use super::output::{csv_record, outln};
use super::table::table;
use super::{EXIT_NO_MATCH, EXIT_OK};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum MeasureArg {
    /// 14 + log2(2·f(n,c) / (f(n) + f(c))).
    Logdice,
    /// Mutual information: log2(f(n,c)·N / (f(n)·f(c))).
    Mi,
    /// t-score: (f(n,c) − f(n)·f(c)/N) / √f(n,c).
    T,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The term, in either script.
    term: String,
    /// Words on each side of the term (1–20).
    #[arg(long, default_value_t = 5, value_parser = super::bounded(1, 20))]
    window: usize,
    /// What to rank by.
    #[arg(long, value_enum, default_value = "logdice")]
    measure: MeasureArg,
    /// Leave out words seen fewer times than this near the term.
    #[arg(long, default_value_t = 2, value_parser = super::bounded(1, 1_000_000))]
    min_freq: usize,
    /// How many collocates to show (at most 10,000).
    #[arg(long, default_value_t = 20, value_parser = super::bounded(1, MAX_LIMIT))]
    limit: usize,
    /// Print JSON (term, occurrences, corpus_words, window, collocates[]).
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print CSV (word, together, frequency, logdice, mi, t), full precision.
    #[arg(long)]
    csv: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    if args.term.trim().is_empty() {
        anyhow::bail!("the term is empty: give a word or phrase to look for");
    }
    let engine = Engine::open(index)?;
    let measure = match args.measure {
        MeasureArg::Logdice => Measure::LogDice,
        MeasureArg::Mi => Measure::Mi,
        MeasureArg::T => Measure::T,
    };
    let found = collocates(&engine, &args.term, args.window, measure, args.min_freq as u64, args.limit)?;
    let code = if found.occurrences == 0 { EXIT_NO_MATCH } else { EXIT_OK };
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&found)?);
    } else if args.csv {
        outln!("{}", csv_record(&["word", "together", "frequency", "logdice", "mi", "t"]));
        for c in &found.collocates {
            outln!(
                "{}",
                csv_record(&[
                    &c.word,
                    &c.together.to_string(),
                    &c.frequency.to_string(),
                    &c.logdice.to_string(),
                    &c.mi.to_string(),
                    &c.t.to_string()
                ])
            );
        }
    } else if found.occurrences == 0 {
        eprintln!("{:?} does not occur in the index", args.term);
    } else {
        outln!(
            "{} occurrences of {} · {} words on each side · {} words in the corpus (reposts left out)",
            found.occurrences,
            found.term,
            found.window,
            found.corpus_words
        );
        let rows: Vec<Vec<String>> = found
            .collocates
            .iter()
            .map(|c| {
                vec![
                    c.word.clone(),
                    c.together.to_string(),
                    c.frequency.to_string(),
                    format!("{:.2}", c.logdice),
                    format!("{:.2}", c.mi),
                    format!("{:.2}", c.t),
                ]
            })
            .collect();
        table(&["collocate", "together", "corpus", "logDice", "MI", "t"], &rows, 1);
    }
    Ok(code)
}
