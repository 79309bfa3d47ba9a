//! `dangjian kwic TERM`: concordance lines, aligned on the term.

use std::path::Path;

use dangjian::analyze::kwic::{Sort, kwic, sort_lines};
use dangjian::index::search::{Engine, Filters, MAX_LIMIT};

use super::output::{colour, highlight, outln, pad_left, pad_right, terminal_columns, truncate, width};
use super::{EXIT_NO_MATCH, EXIT_OK};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SortArg {
    /// Document path and position.
    Path,
    /// The context left of the term, nearest character first.
    Left,
    /// The context right of the term.
    Right,
    /// The term as written (traditional apart from simplified).
    Hit,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The term, in either script.
    term: String,
    /// Characters of context on each side (at most 500).
    #[arg(long, default_value_t = 20, value_parser = super::bounded(1, 500))]
    width: usize,
    /// How to order the lines.
    #[arg(long, value_enum, default_value = "path")]
    sort: SortArg,
    /// At most this many lines (after sorting; at most 10,000).
    #[arg(long, value_parser = super::bounded(1, MAX_LIMIT))]
    limit: Option<usize>,
    /// Only documents about this hospital (its name in either script, in full or by a
    /// distinctive part), as for every command.
    #[arg(long, value_name = "H")]
    hospital: Option<String>,
    /// Only documents dated in this year.
    #[arg(long, value_name = "Y")]
    year: Option<u32>,
    /// Print the lines as JSON (id, path, left, keyword, right, start, end).
    #[arg(long)]
    json: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    if args.term.trim().is_empty() {
        anyhow::bail!("the term is empty: give a word or phrase to look for");
    }
    let engine = Engine::open(index)?;
    let filters = Filters { hospital: args.hospital.clone(), year: args.year, ..Filters::default() };
    let mut lines = kwic(&engine, &args.term, args.width, &filters)?;
    let sort = match args.sort {
        SortArg::Path => Sort::Path,
        SortArg::Left => Sort::Left,
        SortArg::Right => Sort::Right,
        SortArg::Hit => Sort::Hit,
    };
    sort_lines(&mut lines, sort);
    if let Some(limit) = args.limit {
        lines.truncate(limit);
    }
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&lines)?);
        return Ok(if lines.is_empty() { EXIT_NO_MATCH } else { EXIT_OK });
    }
    if lines.is_empty() {
        eprintln!("{:?} does not occur in the index", args.term);
        return Ok(EXIT_NO_MATCH);
    }
    let colour = colour();
    let mut left = lines.iter().map(|l| width(&l.left)).max().unwrap_or(0);
    let keyword = lines.iter().map(|l| width(&l.keyword)).max().unwrap_or(0);
    let mut right = lines.iter().map(|l| width(&l.right)).max().unwrap_or(0);
    // On a terminal, the context is cut so a line fits; the path comes last and may wrap.
    if let Some(columns) = terminal_columns() {
        let room = columns.saturating_sub(keyword + 4 + if colour { 0 } else { 4 }) / 2;
        left = left.min(room.max(4));
        right = right.min(room.max(4));
    }
    let cut_left = |text: &str| -> String {
        if width(text) <= left {
            return text.to_string();
        }
        let reversed: String = text.chars().rev().collect();
        truncate(&reversed, left).chars().rev().collect()
    };
    for line in &lines {
        let key = pad_right(&line.keyword, keyword);
        let key_chars = line.keyword.chars().count();
        outln!(
            "{}  {}  {}  {}",
            pad_left(&cut_left(&line.left), left),
            highlight(&key, &[(0, key_chars)], colour),
            pad_right(&truncate(&line.right, right), right),
            line.path
        );
    }
    Ok(EXIT_OK)
}
