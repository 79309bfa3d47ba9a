//! Writing: every change a run makes, inside one transaction that readers see only
//! once it commits — documents with their facts, quarantined files, stamps, removals,
//! repost links, versions and the run's summary.

use std::path::PathBuf;

use rusqlite::{OptionalExtension, Transaction, params};

use super::open::{Store, StoreError};
use crate::extract::reposts::{Fingerprint, shingles_from_bytes};
use crate::model::{Document, Quarantined};

impl Store {
    /// Starts the one transaction a run writes in.
    pub fn writer(&mut self) -> Result<Writer<'_>, StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|error| StoreError::Sqlite { path: path.clone(), error })?;
        Ok(Writer { tx, path })
    }
}

/// Changes made by one run; nothing is visible to readers until [`Writer::commit`].
pub struct Writer<'a> {
    tx: Transaction<'a>,
    path: PathBuf,
}

impl Writer<'_> {
    fn err(&self, error: rusqlite::Error) -> StoreError {
        StoreError::Sqlite { path: self.path.clone(), error }
    }

    /// Runs a statement written for every document, prepared once per run.
    fn run(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize, StoreError> {
        self.tx.prepare_cached(sql).and_then(|mut stmt| stmt.execute(params)).map_err(|e| self.err(e))
    }

    /// Empties every table but `runs` (a full rebuild, or a schema change).
    pub fn clear(&self) -> Result<(), StoreError> {
        self.tx
            .execute_batch(
                "DELETE FROM documents; DELETE FROM quarantine; DELETE FROM meta; DELETE FROM metrics;
                 DELETE FROM derived; DELETE FROM measures; DELETE FROM word_counts;",
            )
            .map_err(|e| self.err(e))
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.tx
            .execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", params![key, value])
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Stores a document, replacing any earlier version or quarantine entry of its path.
    pub fn put_document(
        &self,
        doc: &Document,
        simhash: u64,
        shingles: &[u32],
        text_sha256: &str,
        words: &[(String, u32)],
    ) -> Result<(), StoreError> {
        fn json<T: serde::Serialize>(value: &T) -> String {
            serde_json::to_string(value).expect("document fields serialise")
        }
        self.run("DELETE FROM quarantine WHERE path = ?1", [&doc.path])?;
        self.run(
            "INSERT OR REPLACE INTO documents
                 (id, path, sha256, encoding, encoding_source, replaced_bytes, format, script, text,
                  paragraphs, warnings, cleaning, notes, text_sha256, title, date, source, authors, hospital,
                  hospitals, region, duplicate_of, simhash, shingles)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                         ?20, ?21, ?22, ?23, ?24)",
            params![
                doc.id,
                doc.path,
                doc.sha256,
                doc.encoding,
                doc.encoding_source,
                doc.replaced_bytes,
                doc.format.as_str(),
                doc.script.as_str(),
                doc.text,
                json(&doc.paragraphs),
                json(&doc.warnings),
                json(&doc.cleaning),
                json(&doc.notes),
                text_sha256,
                doc.title,
                doc.date,
                doc.source,
                json(&doc.authors),
                doc.hospital,
                json(&doc.hospitals),
                doc.region,
                doc.duplicate_of,
                simhash as i64,
                crate::extract::reposts::shingles_to_bytes(shingles)
            ],
        )?;
        self.forget_facts(&doc.id)?;
        self.run(
            "INSERT INTO word_counts (document_id, counts) VALUES (?1, ?2)",
            params![doc.id, crate::extract::words::to_text(words)],
        )?;
        for (seq, m) in doc.metrics.iter().enumerate() {
            self.run(
                "INSERT INTO metrics (document_id, seq, subject, subject_text, value, upper, unit, qualifier, year,
                                          evidence, start, end)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    doc.id,
                    seq,
                    m.subject,
                    m.subject_text,
                    m.value,
                    m.upper,
                    m.unit,
                    m.qualifier.as_str(),
                    m.year,
                    m.evidence,
                    m.start,
                    m.end
                ],
            )?;
        }
        for (seq, m) in doc.measures.iter().enumerate() {
            self.run(
                "INSERT INTO measures (document_id, seq, name, name_text, category, evidence, start, end)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![doc.id, seq, m.name, m.name_text, m.category, m.evidence, m.start, m.end],
            )?;
        }
        for (seq, d) in doc.derived.iter().enumerate() {
            self.run(
                "INSERT INTO derived (document_id, seq, subject, value, unit, qualifier, year, formula)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![doc.id, seq, d.subject, d.value, d.unit, d.qualifier.as_str(), d.year, d.formula],
            )?;
        }
        Ok(())
    }

    /// Deletes the facts of a document id (before it is written again or removed).
    fn forget_facts(&self, id: &str) -> Result<(), StoreError> {
        for sql in [
            "DELETE FROM metrics WHERE document_id = ?1",
            "DELETE FROM derived WHERE document_id = ?1",
            "DELETE FROM measures WHERE document_id = ?1",
            "DELETE FROM word_counts WHERE document_id = ?1",
        ] {
            self.run(sql, [id])?;
        }
        Ok(())
    }

    /// Deletes the facts of the document stored under `path`, if any.
    fn forget_facts_of_path(&self, path: &str) -> Result<(), StoreError> {
        let id: Option<String> = self
            .tx
            .query_row("SELECT id FROM documents WHERE path = ?1", [path], |row| row.get(0))
            .optional()
            .map_err(|e| self.err(e))?;
        match id {
            Some(id) => self.forget_facts(&id),
            None => Ok(()),
        }
    }

    /// Records a quarantined file, removing any indexed version of its path.
    pub fn put_quarantined(&self, entry: &Quarantined) -> Result<(), StoreError> {
        self.forget_facts_of_path(&entry.path)?;
        self.tx.execute("DELETE FROM documents WHERE path = ?1", [&entry.path]).map_err(|e| self.err(e))?;
        self.tx
            .execute(
                "INSERT OR REPLACE INTO quarantine (path, sha256, reason, message) VALUES (?1, ?2, ?3, ?4)",
                params![entry.path, entry.sha256, entry.reason.as_str(), entry.message],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Records the size and modification time a document's file had when it was read.
    pub fn stamp(&self, path: &str, size: u64, mtime: i64) -> Result<(), StoreError> {
        self.run("UPDATE documents SET size = ?2, mtime = ?3 WHERE path = ?1", params![path, size, mtime]).map(drop)
    }

    /// Links every repost to its first copy (see [`crate::extract::reposts`]) and
    /// returns how many documents are reposts.
    pub fn link_reposts(&self) -> Result<u64, StoreError> {
        let documents: Vec<Fingerprint> = {
            let mut stmt =
                self.tx.prepare("SELECT id, path, simhash, shingles FROM documents").map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([], |row| {
                    Ok(Fingerprint {
                        id: row.get(0)?,
                        path: row.get(1)?,
                        simhash: row.get::<_, Option<i64>>(2)?.unwrap_or(0) as u64,
                        shingles: shingles_from_bytes(&row.get::<_, Option<Vec<u8>>>(3)?.unwrap_or_default()),
                    })
                })
                .map_err(|e| self.err(e))?;
            rows.collect::<Result<_, _>>().map_err(|e| self.err(e))?
        };
        let links = crate::extract::reposts::link(&documents);
        let mut stmt = self
            .tx
            .prepare("UPDATE documents SET duplicate_of = ?2 WHERE id = ?1 AND duplicate_of IS NOT ?2")
            .map_err(|e| self.err(e))?;
        for doc in &documents {
            stmt.execute(params![doc.id, links.get(&doc.id)]).map_err(|e| self.err(e))?;
        }
        Ok(links.len() as u64)
    }

    /// How many documents are reposts of another, as last linked.
    pub fn reposts(&self) -> Result<u64, StoreError> {
        self.tx
            .query_row("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL", [], |row| row.get(0))
            .map_err(|e| self.err(e))
    }

    /// Forgets a path that is no longer in the corpus.
    pub fn remove(&self, path: &str) -> Result<(), StoreError> {
        self.forget_facts_of_path(path)?;
        self.tx.execute("DELETE FROM documents WHERE path = ?1", [path]).map_err(|e| self.err(e))?;
        self.tx.execute("DELETE FROM quarantine WHERE path = ?1", [path]).map_err(|e| self.err(e))?;
        Ok(())
    }

    pub fn record_run(
        &self,
        started_at: &str,
        finished_at: &str,
        exit_code: i32,
        summary: &str,
    ) -> Result<(), StoreError> {
        self.tx
            .execute(
                "INSERT INTO runs (started_at, finished_at, exit_code, summary) VALUES (?1, ?2, ?3, ?4)",
                params![started_at, finished_at, exit_code, summary],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    pub fn commit(self) -> Result<(), StoreError> {
        let path = self.path;
        self.tx.commit().map_err(|error| StoreError::Sqlite { path, error })
    }
}
