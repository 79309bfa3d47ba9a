//! `dangjian passages QUERY`: whole paragraphs — precedents — with a citation line.

use std::path::Path;

use dangjian::index::search::Engine;

use super::EXIT_OK;
use super::filters::FilterArgs;
use super::output::{colour, highlight};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query, as for `search`.
    query: String,
    /// How many paragraphs to show.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    #[command(flatten)]
    filters: FilterArgs,
    /// Print the passages as JSON (text, highlights, citation, also_in, offsets).
    #[arg(long)]
    json: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let engine = Engine::open(index)?;
    let passages = engine.passages(&args.query, &args.filters.filters(), args.limit)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&passages)?);
        return Ok(EXIT_OK);
    }
    if passages.is_empty() {
        println!("no paragraph matches {:?}", args.query);
    }
    let colour = colour();
    for (n, passage) in passages.iter().enumerate() {
        println!("{}. {}", n + 1, highlight(&passage.text, &passage.highlights, colour));
        println!("   — {} · ¶{}", passage.citation, passage.paragraph + 1);
        if !passage.also_in.is_empty() {
            println!("   (also in {})", passage.also_in.join(", "));
        }
        println!();
    }
    Ok(EXIT_OK)
}
