//! `dangjian passages QUERY`: whole paragraphs — precedents — with a citation line.

use std::path::Path;

use dangjian::index::search::Engine;

use super::EXIT_OK;
use super::output::{colour, highlight, outln};
use super::query_args::QueryArgs;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    query: QueryArgs,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let engine = Engine::open(index)?;
    let passages = engine.passages(&args.query.query, &args.query.filters(), args.query.limit)?;
    if args.query.json {
        outln!("{}", serde_json::to_string_pretty(&passages)?);
        return Ok(EXIT_OK);
    }
    if passages.is_empty() {
        outln!("no paragraph matches {:?}", args.query.query);
    }
    let colour = colour();
    for (n, passage) in passages.iter().enumerate() {
        outln!("{}. {}", n + 1, highlight(&passage.text, &passage.highlights, colour));
        outln!("   — {} · ¶{}", passage.citation, passage.paragraph + 1);
        if !passage.also_in.is_empty() {
            outln!("   (also in {})", passage.also_in.join(", "));
        }
        outln!();
    }
    Ok(EXIT_OK)
}
