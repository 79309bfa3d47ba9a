//! Writing the tantivy full-text index: one entry per document, replaced by document
//! id. Paragraphs have no entries of their own — `passages` reads them from the store
//! inside the documents the index finds (see `search`), which keeps the index to one
//! token stream per track and document. The run commits this index *before* the
//! SQLite store, so the store is never ahead of it; if the process dies between the
//! two commits, the next run finds the old state in the store, redoes those documents
//! and replaces their entries here (delete by id, then add) — the two agree again.

use std::path::Path;

use tantivy::{IndexWriter, TantivyDocument, TantivyError, Term, doc};

use super::schema::{self, Fields};
use super::snippet;
use crate::clean::fold::Folded;
use crate::model::Document;

/// Memory the tantivy writer may use, shared by its threads.
const WRITER_BUDGET: usize = 128 * 1024 * 1024;

pub struct FullText {
    writer: IndexWriter<TantivyDocument>,
    fields: Fields,
    /// The index held no entry when opened (or was cleared): nothing to replace, so
    /// no delete is queued per document — tantivy keeps queued deletes in memory
    /// until the commit, about 1 KiB a document.
    empty: bool,
}

impl FullText {
    /// Opens the index for writing with `threads` indexing threads (tantivy's own
    /// choice, one a core up to eight, when `None`).
    pub fn open(index_dir: &Path, threads: Option<usize>) -> Result<FullText, TantivyError> {
        let (index, fields) = schema::open(index_dir, true)?;
        // Committed segments only: what this writer adds is not in them until it commits.
        let empty = index.searchable_segment_metas()?.iter().all(|segment| segment.num_docs() == 0);
        let writer = match threads {
            Some(threads) => index.writer_with_num_threads(threads, WRITER_BUDGET)?,
            None => index.writer(WRITER_BUDGET)?,
        };
        Ok(FullText { writer, fields, empty })
    }

    /// Removes every entry (a full rebuild).
    pub fn clear(&mut self) -> Result<(), TantivyError> {
        self.writer.delete_all_documents()?;
        self.empty = true;
        Ok(())
    }

    /// Removes a document's entries.
    pub fn remove(&mut self, id: &str) {
        if !self.empty {
            self.writer.delete_term(Term::from_field_text(self.fields.id, id));
        }
    }

    /// Adds (or replaces) a document, indexed by its folded text. Each document is
    /// put once a run, so in an empty index there is nothing to replace.
    pub fn put(&mut self, document: &Document, folded: &Folded) -> Result<(), TantivyError> {
        self.remove(&document.id);
        let f = self.fields;
        let year = document.year().map_or(0, |y| y as u64);
        let day = schema::day_number(&document.date, false).unwrap_or(0);
        let (title, hospital) = (snippet::fold(&document.title), snippet::fold(&document.hospital));
        self.writer.add_document(doc!(
            f.id => document.id.as_str(),
            f.path => document.path.as_str(),
            f.title => title.as_str(),
            f.hospital => hospital.as_str(),
            f.source => document.source.as_str(),
            f.date => document.date.as_str(),
            f.year => year,
            f.day => day,
            f.body => folded.text.as_str(),
            f.grams => folded.text.as_str(),
        ))?;
        Ok(())
    }

    /// Commits, and waits for merges so the process can exit cleanly.
    pub fn commit(mut self) -> Result<(), TantivyError> {
        self.writer.commit()?;
        self.writer.wait_merging_threads()
    }
}
