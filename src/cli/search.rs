//! `dangjian search QUERY`: documents, ranked, with a highlighted snippet and their
//! reference; the reposts of an article folded into its best-ranked copy.

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
    let hits = engine.search_folded(args.query.query()?, &args.query.filters(), args.query.limit)?;
    if args.query.json {
        outln!("{}", serde_json::to_string_pretty(&hits)?);
        return Ok(if hits.is_empty() { EXIT_NO_MATCH } else { EXIT_OK });
    }
    if hits.is_empty() {
        eprintln!("no document matches {:?}", args.query.query);
        return Ok(EXIT_NO_MATCH);
    }
    let colour = colour();
    for (n, hit) in hits.iter().enumerate() {
        let title = hit.title.as_deref().unwrap_or(&hit.path);
        outln!("{}. {title}  (score {:.2})", n + 1, hit.score);
        if hit.title.is_some() {
            outln!("   {}", hit.path);
        }
        outln!("   {}", highlight(&hit.snippet, &hit.highlights, colour));
        outln!("   — {}", hit.citation.reference);
        if !hit.also.is_empty() {
            if args.query.all {
                for also in &hit.also {
                    outln!("   另见 {}", also.path);
                }
            } else {
                outln!("   另见 {} 处 (also in {} others; --all lists them)", hit.also.len(), hit.also.len());
            }
        }
    }
    Ok(EXIT_OK)
}
