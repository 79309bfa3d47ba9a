//! `dangjian export`: the documents as JSON lines (the data model of DESIGN.md).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use dangjian::index::{Store, export_jsonl};

use super::EXIT_OK;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    /// One JSON object per document per line.
    Jsonl,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: ExportFormat,

    /// Where to write: a file, or - for stdout.
    #[arg(long, value_name = "FILE", default_value = "-")]
    out: PathBuf,
}

pub fn run(index: &Path, quiet: bool, args: Args) -> anyhow::Result<u8> {
    let ExportFormat::Jsonl = args.format;
    let store = Store::open_read_only(index)?;
    if args.out.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        export_jsonl(&store, &mut out)?;
        out.flush().context("cannot write to stdout")?;
    } else {
        let file = File::create(&args.out).with_context(|| format!("cannot create {}", args.out.display()))?;
        let mut out = BufWriter::new(file);
        let count = export_jsonl(&store, &mut out).with_context(|| format!("while writing {}", args.out.display()))?;
        if !quiet {
            eprintln!("exported {count} documents to {}", args.out.display());
        }
    }
    Ok(EXIT_OK)
}
