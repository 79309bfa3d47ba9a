//! Reading documents back: whole (for `export` and the query commands), as heads
//! without their text (for the analyses), what earlier runs recorded of each path (for
//! the next run), the quarantine, the last run and the counts of `stats`.

use std::collections::HashMap;

use rusqlite::OptionalExtension;

use super::open::{Store, StoreError};
use crate::clean::fold::Script;
use crate::ingest::{Format, Reason};
use crate::model::{Document, Quarantined};

/// A file's size and modification time when it was read (nanoseconds since the epoch,
/// 0 if unknown): a file whose stamp is unchanged is not read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub size: u64,
    pub mtime: i64,
}

/// What the store knows of a path from earlier runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Known {
    /// An indexed file: its hash, and its size and mtime when they were recorded.
    Document {
        sha256: String,
        stamp: Option<Stamp>,
    },
    Quarantined(Quarantined),
}

/// Counts for `stats`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct StoreStats {
    pub documents: u64,
    pub characters: u64,
    pub replaced_bytes: u64,
    pub documents_with_warnings: u64,
    /// Documents that are reposts of another.
    pub reposts: u64,
    /// Hospitals the documents are about.
    pub hospitals: u64,
    pub metrics: u64,
    pub measures: u64,
    /// Documents per encoding, sorted by encoding name.
    pub encodings: Vec<(String, u64)>,
    /// Documents per file format (txt, html, docx, pdf …), sorted by format.
    pub formats: Vec<(String, u64)>,
}

/// What the analyses need to know of a document besides its facts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Head {
    pub id: String,
    pub path: String,
    pub title: String,
    pub date: String,
    pub source: String,
    pub hospital: String,
    pub region: String,
    pub duplicate_of: Option<String>,
}

/// The columns of a [`Head`], in the order [`head_of_row`] reads them.
const HEAD: &str = "id, path, title, date, source, hospital, region, duplicate_of";

fn head_of_row(row: &rusqlite::Row) -> rusqlite::Result<Head> {
    Ok(Head {
        id: row.get(0)?,
        path: row.get(1)?,
        title: row.get(2)?,
        date: row.get(3)?,
        source: row.get(4)?,
        hospital: row.get(5)?,
        region: row.get(6)?,
        duplicate_of: row.get(7)?,
    })
}

impl Store {
    /// Everything earlier runs recorded, by path.
    pub fn known(&self) -> Result<HashMap<String, Known>, StoreError> {
        let mut known = HashMap::new();
        let mut stmt = self.conn.prepare("SELECT path, sha256, size, mtime FROM documents").map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |row| {
                let stamp = match (row.get::<_, Option<u64>>(2)?, row.get::<_, Option<i64>>(3)?) {
                    (Some(size), Some(mtime)) => Some(Stamp { size, mtime }),
                    _ => None,
                };
                Ok((row.get::<_, String>(0)?, Known::Document { sha256: row.get(1)?, stamp }))
            })
            .map_err(|e| self.err(e))?;
        for row in rows {
            let (path, document) = row.map_err(|e| self.err(e))?;
            known.insert(path, document);
        }
        for entry in self.quarantined()? {
            known.insert(entry.path.clone(), Known::Quarantined(entry));
        }
        Ok(known)
    }

    /// Every document, sorted by path.
    pub fn documents(&self) -> Result<Vec<Document>, StoreError> {
        self.select_documents(None, true)
    }

    /// Every document, sorted by path, handed to `each` one at a time: what is held is
    /// one document, whatever the size of the index (`export` of a million reports).
    /// Returns how many were handed over.
    pub fn for_each_document<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(Document) -> Result<(), E>,
    ) -> Result<u64, E> {
        let mut count = 0;
        self.scan_documents(None, true, &mut |doc| {
            count += 1;
            each(doc)
        })?;
        Ok(count)
    }

    /// Every document, or the one with `id`, sorted by path; without its figures and
    /// practices unless `with_facts`.
    fn select_documents(&self, id: Option<&str>, with_facts: bool) -> Result<Vec<Document>, StoreError> {
        let mut documents = Vec::new();
        self.scan_documents(id, with_facts, &mut |doc| {
            documents.push(doc);
            Ok::<_, StoreError>(())
        })?;
        Ok(documents)
    }

    /// Reads the documents [`Self::select_documents`] selects, handing each to `each`
    /// as soon as it is read.
    fn scan_documents<E: From<StoreError>>(
        &self,
        id: Option<&str>,
        with_facts: bool,
        each: &mut dyn FnMut(Document) -> Result<(), E>,
    ) -> Result<(), E> {
        // One id is looked up by its primary key; no id selects every row. Prepared once
        // per connection: a page of results looks up ten documents, and preparing the
        // statement each time was a tenth of a search's processor time.
        let filter = if id.is_some() { "id = ?1" } else { "?1 IS NULL" };
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT id, path, sha256, encoding, encoding_source, replaced_bytes, format, script, text,
                        paragraphs, warnings, cleaning, notes, title, date, source, authors, hospital,
                        hospitals, region, duplicate_of
                 FROM documents WHERE {filter} ORDER BY path"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([id], |row| {
                let json: [String; 6] =
                    [row.get(9)?, row.get(10)?, row.get(11)?, row.get(12)?, row.get(16)?, row.get(18)?];
                let doc = Document {
                    id: row.get(0)?,
                    path: row.get(1)?,
                    sha256: row.get(2)?,
                    encoding: row.get(3)?,
                    encoding_source: row.get(4)?,
                    replaced_bytes: row.get(5)?,
                    format: Format::parse(&row.get::<_, String>(6)?).unwrap_or_default(),
                    script: Script::parse(&row.get::<_, String>(7)?).unwrap_or_default(),
                    title: row.get(13)?,
                    date: row.get(14)?,
                    source: row.get(15)?,
                    authors: Vec::new(),
                    hospital: row.get(17)?,
                    hospitals: Vec::new(),
                    region: row.get(19)?,
                    duplicate_of: row.get(20)?,
                    text: row.get(8)?,
                    paragraphs: Vec::new(),
                    warnings: Vec::new(),
                    cleaning: Vec::new(),
                    notes: Vec::new(),
                    metrics: Vec::new(),
                    derived: Vec::new(),
                    measures: Vec::new(),
                };
                Ok((doc, json))
            })
            .map_err(|e| self.err(e))?;
        for row in rows {
            let (mut doc, [paragraphs, warnings, cleaning, notes, authors, hospitals]) =
                row.map_err(|e| self.err(e))?;
            doc.authors = self.json("authors", &authors)?;
            doc.hospitals = self.json("hospitals", &hospitals)?;
            doc.paragraphs = self.json("paragraphs", &paragraphs)?;
            doc.warnings = self.json("warnings", &warnings)?;
            doc.cleaning = self.json("cleaning", &cleaning)?;
            doc.notes = self.json("notes", &notes)?;
            if with_facts {
                doc.metrics = self.metrics_of(&doc.id)?;
                doc.derived = self.derived_of(&doc.id)?;
                doc.measures = self.measures_of(&doc.id)?;
            }
            each(doc)?;
        }
        Ok(())
    }

    pub(super) fn json<T: serde::de::DeserializeOwned>(&self, what: &'static str, text: &str) -> Result<T, StoreError> {
        serde_json::from_str(text).map_err(|error| StoreError::Corrupt { path: self.path.clone(), what, error })
    }

    /// The document with `id` without its figures and practices (their lists are
    /// empty): what showing its text, paragraphs and citation needs.
    pub fn document_text(&self, id: &str) -> Result<Option<Document>, StoreError> {
        Ok(self.select_documents(Some(id), false)?.into_iter().next())
    }

    /// The document with `id` whole, with its figures and practices: what `export`
    /// writes of it.
    pub fn document(&self, id: &str) -> Result<Option<Document>, StoreError> {
        Ok(self.select_documents(Some(id), true)?.into_iter().next())
    }

    /// The title and the first copy's id (for a repost) of the document with `id`, if
    /// stored: what folding reposts needs, without reading the text.
    pub fn repost_of(&self, id: &str) -> Result<Option<(String, Option<String>)>, StoreError> {
        let found: Vec<(String, Option<String>)> =
            self.all_with("SELECT title, duplicate_of FROM documents WHERE id = ?1", [id], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?;
        Ok(found.into_iter().next())
    }

    /// Every document's metadata without its text, sorted by path.
    pub fn heads(&self) -> Result<Vec<Head>, StoreError> {
        self.all(&format!("SELECT {HEAD} FROM documents ORDER BY path"), head_of_row)
    }

    /// The hospitals the documents are about (`documents.hospital`), each once, sorted.
    pub fn hospitals(&self) -> Result<Vec<String>, StoreError> {
        self.all("SELECT DISTINCT hospital FROM documents WHERE hospital <> '' ORDER BY hospital", |row| row.get(0))
    }

    /// Every quarantined file, sorted by path.
    pub fn quarantined(&self) -> Result<Vec<Quarantined>, StoreError> {
        self.all("SELECT path, reason, message, sha256 FROM quarantine ORDER BY path", |row| {
            let reason = Reason::parse(&row.get::<_, String>(1)?).unwrap_or(Reason::Unreadable);
            Ok(Quarantined { path: row.get(0)?, reason, message: row.get(2)?, sha256: row.get(3)? })
        })
    }

    /// The summary JSON of the last finished run, if any.
    pub fn last_run(&self) -> Result<Option<serde_json::Value>, StoreError> {
        let summary: Option<String> = self
            .conn
            .query_row("SELECT summary FROM runs ORDER BY id DESC LIMIT 1", [], |row| row.get(0))
            .optional()
            .map_err(|e| self.err(e))?;
        summary.map(|s| serde_json::from_str(&s)).transpose().map_err(|error| StoreError::Corrupt {
            path: self.path.clone(),
            what: "run summary",
            error,
        })
    }

    pub fn stats(&self) -> Result<StoreStats, StoreError> {
        let (documents, characters, replaced_bytes, documents_with_warnings) = self
            .conn
            .query_row(
                "SELECT COUNT(*), COALESCE(SUM(LENGTH(text)), 0), COALESCE(SUM(replaced_bytes), 0),
                        COALESCE(SUM(warnings <> '[]'), 0) FROM documents",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .map_err(|e| self.err(e))?;
        let pair = |row: &rusqlite::Row| Ok((row.get(0)?, row.get(1)?));
        let encodings =
            self.all("SELECT encoding, COUNT(*) FROM documents GROUP BY encoding ORDER BY encoding", pair)?;
        let formats = self.all("SELECT format, COUNT(*) FROM documents GROUP BY format ORDER BY format", pair)?;
        let (reposts, hospitals, metrics, measures) = self
            .conn
            .query_row(
                "SELECT (SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL),
                        (SELECT COUNT(DISTINCT hospital) FROM documents WHERE hospital <> ''),
                        (SELECT COUNT(*) FROM metrics), (SELECT COUNT(*) FROM measures)",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .map_err(|e| self.err(e))?;
        Ok(StoreStats {
            documents,
            characters,
            replaced_bytes,
            documents_with_warnings,
            reposts,
            hospitals,
            metrics,
            measures,
            encodings,
            formats,
        })
    }

    /// Every document's head and clean text, sorted by path: what counting a term in
    /// the texts needs, without their facts.
    pub fn texts(&self) -> Result<Vec<(Head, String)>, StoreError> {
        self.all(&format!("SELECT {HEAD}, text FROM documents ORDER BY path"), |row| {
            Ok((head_of_row(row)?, row.get(8)?))
        })
    }
}
