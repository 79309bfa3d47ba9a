//! `dangjian stats`: the index's health at a glance. Exit 0 when the index is whole,
//! 1 when it is damaged (the report says what, and how to rebuild it).

use std::path::Path;

use dangjian::PIPELINE_VERSION;
use dangjian::index::store::SCHEMA_VERSION;
use dangjian::index::{Store, health};
use serde_json::json;

use super::output::outln;
use super::{EXIT_OK, EXIT_QUARANTINED};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the statistics as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let store = Store::open_read_only(index)?;
    let stats = store.stats()?;
    let quarantined = store.quarantined()?;
    let last_run = store.last_run()?;
    let stored = |key| store.meta(key).map(|v| v.unwrap_or_else(|| "none".into()));
    let (schema, pipeline, lexicon) =
        (stored("schema_version")?, stored("pipeline_version")?, stored("lexicon_version")?);
    let binary_lexicon = dangjian::lexicon::version();
    let problems = health::problems(&store, index, stats.documents);
    let code = if problems.is_empty() { EXIT_OK } else { EXIT_QUARANTINED };

    if args.json {
        let report = json!({
            "index": index.display().to_string(),
            "documents": stats.documents,
            "characters": stats.characters,
            "replaced_bytes": stats.replaced_bytes,
            "documents_with_warnings": stats.documents_with_warnings,
            "reposts": stats.reposts,
            "hospitals": stats.hospitals,
            "metrics": stats.metrics,
            "measures": stats.measures,
            "encodings": stats.encodings.iter().map(|(e, n)| json!({"encoding": e, "documents": n})).collect::<Vec<_>>(),
            "formats": stats.formats.iter().map(|(f, n)| json!({"format": f, "documents": n})).collect::<Vec<_>>(),
            "quarantined": quarantined,
            "versions": {
                "index": {"schema": schema, "pipeline": pipeline, "lexicon": lexicon},
                "binary": {"schema": SCHEMA_VERSION, "pipeline": PIPELINE_VERSION, "lexicon": binary_lexicon, "dangjian": env!("CARGO_PKG_VERSION")},
            },
            "last_run": last_run,
            "health": {"ok": problems.is_empty(), "problems": problems, "advice": (!problems.is_empty()).then_some(health::REBUILD)},
        });
        outln!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(code);
    }

    outln!("index        {}", store.path().display());
    outln!(
        "documents    {} ({} characters, {} with warnings, {} bytes replaced)",
        stats.documents,
        stats.characters,
        stats.documents_with_warnings,
        stats.replaced_bytes
    );
    outln!(
        "facts        {} hospitals · {} figures · {} practices · {} reposts",
        stats.hospitals,
        stats.metrics,
        stats.measures,
        stats.reposts
    );
    let encodings: Vec<String> = stats.encodings.iter().map(|(e, n)| format!("{e} {n}")).collect();
    outln!("encodings    {}", if encodings.is_empty() { "-".into() } else { encodings.join(" · ") });
    let formats: Vec<String> = stats.formats.iter().map(|(f, n)| format!("{f} {n}")).collect();
    outln!("formats      {}", if formats.is_empty() { "-".into() } else { formats.join(" · ") });
    outln!(
        "versions     schema {schema} · pipeline {pipeline} · lexicon {lexicon} (this binary: schema {SCHEMA_VERSION} · pipeline {PIPELINE_VERSION} · lexicon {binary_lexicon})"
    );
    match &last_run {
        Some(run) => outln!(
            "last run     {} · {} seen, {} added, {} updated, {} unchanged, {} deleted, {} quarantined · exit {}",
            run["finished_at"].as_str().unwrap_or("?"),
            run["seen"],
            run["added"],
            run["updated"],
            run["unchanged"],
            run["deleted"],
            run["quarantined"].as_array().map_or(0, Vec::len),
            run["exit_code"]
        ),
        None => outln!("last run     none"),
    }
    outln!("quarantined  {}", quarantined.len());
    for q in &quarantined {
        outln!("  {}  {}", q.path, q.message);
    }
    if problems.is_empty() {
        outln!("health       ok");
    } else {
        outln!("health       damaged: {}", problems.join("; "));
        outln!("             {}", health::REBUILD);
    }
    Ok(code)
}
