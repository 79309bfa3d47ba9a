//! `dangjian passages QUERY`: whole paragraphs — precedents — with a citation line and
//! the reference of the document they come from.

use std::path::Path;

use dangjian::index::search::Engine;

use super::output::{colour, highlight, outln};
use super::query_args::QueryArgs;
use super::{EXIT_NO_MATCH, EXIT_OK};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    query: QueryArgs,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let engine = Engine::open(index)?;
    let passages = engine.passages(args.query.query()?, &args.query.filters(), args.query.limit)?;
    if args.query.json {
        outln!("{}", serde_json::to_string_pretty(&passages)?);
        return Ok(if passages.is_empty() { EXIT_NO_MATCH } else { EXIT_OK });
    }
    if passages.is_empty() {
        eprintln!("no paragraph matches {:?}", args.query.query);
        return Ok(EXIT_NO_MATCH);
    }
    let colour = colour();
    for (n, passage) in passages.iter().enumerate() {
        outln!("{}. {}", n + 1, highlight(&passage.text, &passage.highlights, colour));
        outln!("   — {} · ¶{}", passage.citation, passage.paragraph + 1);
        outln!("   — {}", passage.citation.reference);
        if !passage.also_in.is_empty() {
            if args.query.all {
                for path in &passage.also_in {
                    outln!("   另见 {path}");
                }
            } else {
                let n = passage.also_in.len();
                outln!("   另见 {n} 处 (also in {n} others; --all lists them)");
            }
        }
        outln!();
    }
    Ok(EXIT_OK)
}
