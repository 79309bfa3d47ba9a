//! `dangjian search QUERY`: documents, ranked, with a highlighted snippet.

use std::path::Path;

use dangjian::index::search::Engine;

use super::EXIT_OK;
use super::filters::FilterArgs;
use super::output::{colour, highlight};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query, in either script: words, "exact phrases", AND / OR / NOT, field:value
    /// (fields: title, hospital, source, path, id, year).
    query: String,
    /// How many documents to show.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    #[command(flatten)]
    filters: FilterArgs,
    /// Print the hits as JSON (id, path, title, hospital, date, score, snippet, highlights).
    #[arg(long)]
    json: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let engine = Engine::open(index)?;
    let hits = engine.search(&args.query, &args.filters.filters(), args.limit)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&hits)?);
        return Ok(EXIT_OK);
    }
    if hits.is_empty() {
        println!("no document matches {:?}", args.query);
    }
    let colour = colour();
    for (n, hit) in hits.iter().enumerate() {
        let title = hit.title.as_deref().unwrap_or(&hit.path);
        println!("{}. {title}  (score {:.2})", n + 1, hit.score);
        if hit.title.is_some() {
            println!("   {}", hit.path);
        }
        println!("   {}", highlight(&hit.snippet, &hit.highlights, colour));
    }
    Ok(EXIT_OK)
}
