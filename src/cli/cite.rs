//! `dangjian cite ID|PATH`: a document's reference for a bibliography — GB/T 7714-2015,
//! BibTeX or RIS — made by the same `Citation` that `search`, `passages` and the web
//! app show.

use std::path::Path;

use dangjian::index::Store;
use dangjian::index::search::Citation;

use super::EXIT_OK;
use super::output::outln;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Style {
    /// GB/T 7714-2015, the Chinese standard for references.
    Gbt7714,
    /// A BibTeX entry (@article or @misc).
    Bibtex,
    /// An RIS record, for EndNote, Zotero and NoteExpress.
    Ris,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document: its id (as `search --json` and `export` give it) or its path in
    /// the corpus (the whole path, or its end when only one document's path ends so).
    #[arg(value_name = "ID|PATH")]
    document: String,
    /// The reference style.
    #[arg(long, value_enum, default_value = "gbt7714")]
    style: Style,
    /// Print the citation's fields as JSON (with the reference in every style).
    #[arg(long)]
    json: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let store = Store::open_read_only(index)?;
    let wanted = args.document.trim().trim_start_matches("./");
    if wanted.is_empty() {
        anyhow::bail!("name a document: its id or its path");
    }
    let heads = store.heads()?;
    let exact = heads.iter().find(|h| h.id == wanted || h.path == wanted);
    let head = match exact {
        Some(head) => head,
        None => {
            let ending: Vec<_> = heads.iter().filter(|h| h.path.ends_with(&format!("/{wanted}"))).collect();
            match ending.as_slice() {
                [one] => *one,
                [] => anyhow::bail!("no document has the id or path {wanted:?} (`dangjian search --json` gives ids)"),
                many => anyhow::bail!(
                    "{wanted:?} could be {}: give the whole path",
                    many.iter().map(|h| h.path.as_str()).collect::<Vec<_>>().join(", ")
                ),
            }
        }
    };
    let Some(doc) = store.document_text(&head.id)? else {
        anyhow::bail!("{} left the index while it was read: run the command again", head.path);
    };
    let citation = Citation::of(&doc);
    if args.json {
        let mut value = serde_json::to_value(&citation)?;
        value["bibtex"] = citation.bibtex().into();
        value["ris"] = citation.ris().into();
        outln!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(EXIT_OK);
    }
    match args.style {
        Style::Gbt7714 => outln!("{}", citation.reference),
        Style::Bibtex => outln!("{}", citation.bibtex()),
        Style::Ris => outln!("{}", citation.ris()),
    }
    Ok(EXIT_OK)
}
