//! `dangjian kwic TERM`: concordance lines, aligned on the term.

use std::path::Path;

use dangjian::analyze::kwic::kwic;
use dangjian::index::search::Engine;

use super::EXIT_OK;
use super::output::{colour, highlight, outln, pad_left, pad_right, width};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The term, in either script.
    term: String,
    /// Characters of context on each side (at most 500).
    #[arg(long, default_value_t = 20, value_parser = super::bounded(1, 500))]
    width: usize,
    /// Print the lines as JSON (id, path, left, keyword, right, start, end).
    #[arg(long)]
    json: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let engine = Engine::open(index)?;
    let lines = kwic(&engine, &args.term, args.width)?;
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&lines)?);
        return Ok(EXIT_OK);
    }
    if lines.is_empty() {
        outln!("{:?} does not occur in the index", args.term);
    }
    let colour = colour();
    let left = lines.iter().map(|l| width(&l.left)).max().unwrap_or(0);
    let keyword = lines.iter().map(|l| width(&l.keyword)).max().unwrap_or(0);
    let right = lines.iter().map(|l| width(&l.right)).max().unwrap_or(0);
    for line in &lines {
        let key = pad_right(&line.keyword, keyword);
        let key_chars = line.keyword.chars().count();
        outln!(
            "{}  {}  {}  {}",
            pad_left(&line.left, left),
            highlight(&key, &[(0, key_chars)], colour),
            pad_right(&line.right, right),
            line.path
        );
    }
    Ok(EXIT_OK)
}
