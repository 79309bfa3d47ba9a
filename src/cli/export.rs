//! `dangjian export`: the documents as JSON lines — the data model of DESIGN.md, or
//! bulk files for Elasticsearch/OpenSearch and Quickwit.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use dangjian::index::{Layout, Store, export};

use super::EXIT_OK;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    /// One JSON object per document per line: the data model (DESIGN.md).
    Jsonl,
    /// An Elasticsearch/OpenSearch `_bulk` body: an index action with the document's
    /// id, then a search document (the text also cut into words); mapping in
    /// docs/bulk/elasticsearch.json.
    Elasticsearch,
    /// Search documents, one a line, for `quickwit index ingest`; index config in
    /// docs/bulk/quickwit.yaml.
    Quickwit,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  dangjian export --out reports.jsonl\n  dangjian export --format elasticsearch --out bulk.ndjson && split -l 2000 bulk.ndjson part-\n  dangjian export --format quickwit | quickwit index ingest --index dangjian"
)]
pub struct Args {
    /// The output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: ExportFormat,

    /// The index named in each bulk action (`--format elasticsearch`).
    #[arg(long, value_name = "NAME", default_value = "dangjian")]
    es_index: String,

    /// Where to write: a file, or - for stdout.
    #[arg(long, value_name = "FILE", default_value = "-")]
    out: PathBuf,
}

pub fn run(index: &Path, quiet: bool, args: Args) -> anyhow::Result<u8> {
    let layout = match args.format {
        ExportFormat::Jsonl => Layout::Jsonl,
        ExportFormat::Elasticsearch => Layout::Elasticsearch { index: args.es_index },
        ExportFormat::Quickwit => Layout::Quickwit,
    };
    let store = Store::open_read_only(index)?;
    if args.out.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        // A reader that goes away (`dangjian export | head`) ends the export quietly.
        match export(&store, &layout, &mut out) {
            Err(error) if error.is_broken_pipe() => return Ok(EXIT_OK),
            other => other?,
        };
        if let Err(error) = out.flush()
            && error.kind() != std::io::ErrorKind::BrokenPipe
        {
            return Err(error).context("cannot write to stdout");
        }
    } else {
        let file = File::create(&args.out).with_context(|| format!("cannot create {}", args.out.display()))?;
        let mut out = BufWriter::new(file);
        let count =
            export(&store, &layout, &mut out).with_context(|| format!("while writing {}", args.out.display()))?;
        if !quiet {
            eprintln!("exported {count} documents to {}", args.out.display());
        }
    }
    Ok(EXIT_OK)
}
