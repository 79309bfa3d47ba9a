//! `dangjian report`: one self-contained HTML file with the comparison of hospitals,
//! the practice matrix and charts.

use std::path::{Path, PathBuf};

use dangjian::analyze::compare::{Source, compare, known_hospitals, matrix};
use dangjian::analyze::report::report;
use dangjian::index::Store;

use super::EXIT_OK;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Hospitals to compare (either script, part of the name); every hospital of the
    /// index when none is named.
    #[arg(value_name = "HOSPITAL")]
    hospitals: Vec<String>,
    /// Where to write the HTML file.
    #[arg(long, default_value = "report.html", value_name = "FILE")]
    out: PathBuf,
}

pub fn run(index: &Path, quiet: bool, args: Args) -> anyhow::Result<u8> {
    let store = Store::open_read_only(index)?;
    let heads = store.heads()?;
    let hospitals = if args.hospitals.is_empty() { known_hospitals(&heads) } else { args.hospitals.clone() };
    let comparison = compare(&store, &hospitals)?;
    let matrix = matrix(&store)?;
    let documents = heads.iter().filter(|h| h.duplicate_of.is_none()).count();
    let generated = dangjian::index::summary::timestamp(std::time::SystemTime::now());
    let unattributed: Vec<Source> =
        heads.iter().filter(|h| h.duplicate_of.is_none() && h.hospital.is_empty()).map(Source::of).collect();
    let html = report(&comparison, &matrix, &unattributed, documents, &generated);
    std::fs::write(&args.out, html)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e} (is the folder there and writable?)", args.out.display()))?;
    if !quiet {
        eprintln!("wrote {} ({} hospitals, {} documents)", args.out.display(), comparison.hospitals.len(), documents);
    }
    Ok(EXIT_OK)
}
