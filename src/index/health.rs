//! Whether an index can be trusted: the store passes SQLite's own check, and the
//! full-text index opens, reads every segment and holds one entry per stored document.
//! `stats` reports it; an indexing run rebuilds a full-text index that does not open
//! or read (a deleted or garbled segment, a garbled `meta.json`), and `index --full`
//! also moves a store that SQLite cannot read aside and starts a new one.

use std::path::Path;

use tantivy::collector::Count;
use tantivy::query::AllQuery;

use super::schema;
use super::store::Store;

/// The advice every damage report ends with.
pub const REBUILD: &str = "run `dangjian index --full` to rebuild it from the corpus";

/// The number of documents the full-text index of `index_dir` holds, or what keeps it
/// from being read. Every segment is opened and every document counted; `thorough`
/// also reads every segment's stored fields end to end (what `stats` does; an
/// indexing run does not spend that time each night).
pub fn fulltext_documents(index_dir: &Path, thorough: bool) -> Result<u64, String> {
    let (_, _, reader) = schema::open_reader(index_dir).map_err(|e| e.to_string())?;
    let searcher = reader.searcher();
    let count = searcher.search(&AllQuery, &Count).map_err(|e| e.to_string())?;
    for segment in searcher.segment_readers().iter().filter(|_| thorough) {
        let store = segment.get_store_reader(1).map_err(|e| e.to_string())?;
        for doc in store.iter::<tantivy::TantivyDocument>(segment.alive_bitset()) {
            doc.map_err(|e| e.to_string())?;
        }
    }
    Ok(count as u64)
}

/// What is wrong with the index of `index_dir` whose store is `store`: nothing when
/// the list is empty. `documents` is the store's document count.
pub fn problems(store: &Store, index_dir: &Path, documents: u64) -> Vec<String> {
    let mut out = Vec::new();
    match store.quick_check() {
        Ok(lines) if lines.is_empty() => {}
        Ok(lines) => out.push(format!("the store fails SQLite's check: {}", lines.join("; "))),
        Err(error) => out.push(format!("the store cannot be checked: {error}")),
    }
    match fulltext_documents(index_dir, true) {
        Ok(n) if n == documents => {}
        Ok(n) => out.push(format!(
            "the full-text index holds {n} documents and the store {documents} (a run that was stopped between \
             its two commits leaves them so until the next run)"
        )),
        Err(error) => out.push(format!("the full-text index cannot be read: {error}")),
    }
    out
}
