//! `dangjian search QUERY`: documents, ranked, with a highlighted snippet.

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
    let hits = engine.search(&args.query.query, &args.query.filters(), args.query.limit)?;
    if args.query.json {
        outln!("{}", serde_json::to_string_pretty(&hits)?);
        return Ok(EXIT_OK);
    }
    if hits.is_empty() {
        outln!("no document matches {:?}", args.query.query);
    }
    let colour = colour();
    for (n, hit) in hits.iter().enumerate() {
        let title = hit.title.as_deref().unwrap_or(&hit.path);
        outln!("{}. {title}  (score {:.2})", n + 1, hit.score);
        if hit.title.is_some() {
            outln!("   {}", hit.path);
        }
        outln!("   {}", highlight(&hit.snippet, &hit.highlights, colour));
    }
    Ok(EXIT_OK)
}
