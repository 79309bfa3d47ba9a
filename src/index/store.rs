//! The facts store: one SQLite file, `dangjian.sqlite`, in the index directory.
//!
//! It owns the durable state of an index: every document (path, hash, encoding, text,
//! warnings), every quarantined file with its reason, the versions the index was built
//! with, and the summary of each run. A run writes everything inside one transaction,
//! so a run that dies half-way leaves the previous state whole. The schema is written
//! down in README.md for researchers who query the file directly.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::extract::measures::Measure;
use crate::extract::metrics::{Derived, Metric};
use crate::extract::numbers::Qualifier;
use crate::model::{Document, Quarantined};

/// The file name of the store inside an index directory.
pub const STORE_FILE: &str = "dangjian.sqlite";

/// Bumped whenever the tables below change shape.
/// Version 3 added the tantivy index beside the store, 4 the files' size and mtime,
/// 5 the facts: metadata, reposts, metrics, derived figures and measures; 6 changed
/// the tantivy index beside it (one entry per document, character pairs).
pub const SCHEMA_VERSION: u32 = 6;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id              TEXT PRIMARY KEY,
    path            TEXT NOT NULL UNIQUE,
    sha256          TEXT NOT NULL,
    encoding        TEXT NOT NULL,
    encoding_source TEXT NOT NULL,
    replaced_bytes  INTEGER NOT NULL,
    format          TEXT NOT NULL,
    script          TEXT NOT NULL,
    title           TEXT NOT NULL,
    date            TEXT NOT NULL,
    source          TEXT NOT NULL,
    authors         TEXT NOT NULL,
    hospital        TEXT NOT NULL,
    hospitals       TEXT NOT NULL,
    region          TEXT NOT NULL,
    duplicate_of    TEXT,
    simhash         INTEGER,
    text            TEXT NOT NULL,
    paragraphs      TEXT NOT NULL,
    warnings        TEXT NOT NULL,
    cleaning        TEXT NOT NULL,
    notes           TEXT NOT NULL,
    size            INTEGER,
    mtime           INTEGER,
    text_sha256     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_hospital ON documents (hospital);
CREATE TABLE IF NOT EXISTS metrics (
    document_id  TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    subject      TEXT NOT NULL,
    subject_text TEXT NOT NULL,
    value        REAL NOT NULL,
    upper        REAL,
    unit         TEXT NOT NULL,
    qualifier    TEXT NOT NULL,
    year         INTEGER,
    evidence     TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS metrics_subject ON metrics (subject);
CREATE TABLE IF NOT EXISTS derived (
    document_id TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    subject     TEXT NOT NULL,
    value       REAL NOT NULL,
    unit        TEXT NOT NULL,
    qualifier   TEXT NOT NULL,
    year        INTEGER,
    formula     TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE TABLE IF NOT EXISTS measures (
    document_id TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    name_text   TEXT NOT NULL,
    category    TEXT,
    evidence    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);
CREATE INDEX IF NOT EXISTS measures_name ON measures (name);
CREATE TABLE IF NOT EXISTS quarantine (
    path    TEXT PRIMARY KEY,
    sha256  TEXT,
    reason  TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    exit_code   INTEGER NOT NULL,
    summary     TEXT NOT NULL
);
";

/// What can go wrong with the store. Each message names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no index at {}: run `dangjian index` first (or pass --index DIR)", .0.display())]
    Missing(PathBuf),
    #[error("cannot create the index directory {}: {error}", path.display())]
    CreateDir { path: PathBuf, error: std::io::Error },
    #[error("{}: {error}", path.display())]
    Sqlite { path: PathBuf, error: rusqlite::Error },
    #[error(
        "{} was built by another version of dangjian (schema {found}, this one reads {SCHEMA_VERSION}): run `dangjian index` to rebuild it",
        path.display()
    )]
    OtherSchema { path: PathBuf, found: String },
    #[error("{}: stored {what} is not valid: {error}", path.display())]
    Corrupt { path: PathBuf, what: &'static str, error: serde_json::Error },
}

/// What the store knows of a path from earlier runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Known {
    /// An indexed file: its hash, and its size and mtime when they were recorded.
    Document {
        sha256: String,
        stamp: Option<crate::index::run::Stamp>,
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
}

/// A metric or derived figure with the document it belongs to, for `dangjian metrics`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MetricRow {
    pub document_id: String,
    pub path: String,
    pub hospital: String,
    /// The first copy, when the document is a repost.
    pub duplicate_of: Option<String>,
    /// For a derived figure, how it was computed (its `metric` has no offsets).
    pub derived: Option<String>,
    pub metric: Metric,
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

/// A measure with the document it belongs to, for `dangjian measures`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MeasureRow {
    pub document_id: String,
    pub path: String,
    pub hospital: String,
    pub date: String,
    pub duplicate_of: Option<String>,
    pub measure: Measure,
}

fn measure_of_row(row: &rusqlite::Row) -> rusqlite::Result<Measure> {
    Ok(Measure {
        name: row.get(0)?,
        name_text: row.get(1)?,
        category: row.get(2)?,
        evidence: row.get(3)?,
        start: row.get(4)?,
        end: row.get(5)?,
    })
}

fn metric_of_row(row: &rusqlite::Row) -> rusqlite::Result<Metric> {
    Ok(Metric {
        subject: row.get(0)?,
        subject_text: row.get(1)?,
        value: row.get(2)?,
        upper: row.get(3)?,
        unit: row.get(4)?,
        qualifier: qualifier_of(row.get::<_, String>(5)?),
        year: row.get(6)?,
        evidence: row.get(7)?,
        start: row.get(8)?,
        end: row.get(9)?,
    })
}

/// A qualifier as stored (`exact`, `approx` …); an unknown word reads as exact.
fn qualifier_of(word: String) -> Qualifier {
    Qualifier::parse(&word).unwrap_or(Qualifier::Exact)
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the store of `index_dir`, creating the directory and the tables if needed.
    pub fn open_or_create(index_dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(index_dir)
            .map_err(|error| StoreError::CreateDir { path: index_dir.to_path_buf(), error })?;
        let store = Store::open_file(index_dir.join(STORE_FILE))?;
        // Tables of another schema version are dropped here and rebuilt by the run;
        // `meta` keeps the old version so that the run can say why it rebuilt.
        if let Some(found) = store.stored_schema()?
            && found != SCHEMA_VERSION.to_string()
        {
            store
                .conn
                .execute_batch(
                    "DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS quarantine; DROP TABLE IF EXISTS metrics;
                     DROP TABLE IF EXISTS derived; DROP TABLE IF EXISTS measures;",
                )
                .map_err(|e| store.err(e))?;
        }
        store.conn.execute_batch(SCHEMA).map_err(|e| store.err(e))?;
        Ok(store)
    }

    /// The schema version recorded in the file, if it has one.
    fn stored_schema(&self) -> Result<Option<String>, StoreError> {
        let has_meta: bool = self
            .conn
            .query_row("SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'meta'", [], |row| {
                row.get(0)
            })
            .map_err(|e| self.err(e))?;
        if has_meta { self.meta("schema_version") } else { Ok(None) }
    }

    /// Opens the store of an existing index, for the read-only commands.
    pub fn open_existing(index_dir: &Path) -> Result<Store, StoreError> {
        let path = index_dir.join(STORE_FILE);
        if !path.is_file() {
            return Err(StoreError::Missing(index_dir.to_path_buf()));
        }
        let store = Store::open_file(path)?;
        match store.stored_schema()? {
            Some(found) if found != SCHEMA_VERSION.to_string() => {
                return Err(StoreError::OtherSchema { path: store.path.clone(), found });
            }
            _ => {}
        }
        store.conn.execute_batch(SCHEMA).map_err(|e| store.err(e))?;
        Ok(store)
    }

    fn open_file(path: PathBuf) -> Result<Store, StoreError> {
        let conn = Connection::open(&path).map_err(|error| StoreError::Sqlite { path: path.clone(), error })?;
        let store = Store { conn, path };
        // WAL lets readers (search, export) run while a nightly run writes; the busy
        // timeout makes a reader wait for a commit instead of failing.
        store
            .conn
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;")
            .map_err(|e| store.err(e))?;
        Ok(store)
    }

    fn err(&self, error: rusqlite::Error) -> StoreError {
        StoreError::Sqlite { path: self.path.clone(), error }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A value from the `meta` table (`schema_version`, `pipeline_version`, …).
    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| row.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Everything earlier runs recorded, by path.
    pub fn known(&self) -> Result<HashMap<String, Known>, StoreError> {
        let mut known = HashMap::new();
        let mut stmt = self.conn.prepare("SELECT path, sha256, size, mtime FROM documents").map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |row| {
                let stamp = match (row.get::<_, Option<u64>>(2)?, row.get::<_, Option<i64>>(3)?) {
                    (Some(size), Some(mtime)) => Some(crate::index::run::Stamp { size, mtime }),
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
        self.select_documents(None)
    }

    /// Every document, or the one with `id`, sorted by path.
    fn select_documents(&self, id: Option<&str>) -> Result<Vec<Document>, StoreError> {
        // One id is looked up by its primary key; no id selects every row.
        let filter = if id.is_some() { "id = ?1" } else { "?1 IS NULL" };
        let mut stmt = self
            .conn
            .prepare(&format!(
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
                    format: row.get(6)?,
                    script: row.get(7)?,
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
        rows.map(|row| {
            let (mut doc, [paragraphs, warnings, cleaning, notes, authors, hospitals]) =
                row.map_err(|e| self.err(e))?;
            doc.authors = self.json("authors", &authors)?;
            doc.hospitals = self.json("hospitals", &hospitals)?;
            doc.paragraphs = self.json("paragraphs", &paragraphs)?;
            doc.warnings = self.json("warnings", &warnings)?;
            doc.cleaning = self.json("cleaning", &cleaning)?;
            doc.notes = self.json("notes", &notes)?;
            doc.metrics = self.metrics_of(&doc.id)?;
            doc.derived = self.derived_of(&doc.id)?;
            doc.measures = self.measures_of(&doc.id)?;
            Ok(doc)
        })
        .collect()
    }

    fn json<T: serde::de::DeserializeOwned>(&self, what: &'static str, text: &str) -> Result<T, StoreError> {
        serde_json::from_str(text).map_err(|error| StoreError::Corrupt { path: self.path.clone(), what, error })
    }

    /// The metrics of one document, in text order.
    fn metrics_of(&self, id: &str) -> Result<Vec<Metric>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT subject, subject_text, value, upper, unit, qualifier, year, evidence, start, end
                 FROM metrics WHERE document_id = ?1 ORDER BY seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([id], metric_of_row).map_err(|e| self.err(e))?;
        rows.map(|row| row.map_err(|e| self.err(e))).collect()
    }

    /// Every document's metadata without its text, sorted by path.
    pub fn heads(&self) -> Result<Vec<Head>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, path, title, date, source, hospital, region, duplicate_of FROM documents ORDER BY path",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |row| {
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
            })
            .map_err(|e| self.err(e))?;
        rows.map(|row| row.map_err(|e| self.err(e))).collect()
    }

    /// The hospitals the documents are about (`documents.hospital`), each once, sorted.
    pub fn hospitals(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT hospital FROM documents WHERE hospital <> '' ORDER BY hospital")
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], |row| row.get(0)).map_err(|e| self.err(e))?;
        rows.map(|row| row.map_err(|e| self.err(e))).collect()
    }

    /// The measures of one document, in text order.
    fn measures_of(&self, id: &str) -> Result<Vec<Measure>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT name, name_text, category, evidence, start, end FROM measures WHERE document_id = ?1 ORDER BY seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([id], measure_of_row).map_err(|e| self.err(e))?;
        rows.map(|row| row.map_err(|e| self.err(e))).collect()
    }

    /// Every measure with the document it comes from (only documents about `hospital`
    /// when given), sorted by path and text order.
    pub fn measure_rows(&self, hospital: Option<&str>) -> Result<Vec<MeasureRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT m.name, m.name_text, m.category, m.evidence, m.start, m.end, d.id, d.path, d.hospital,
                        d.duplicate_of, d.date
                 FROM measures m JOIN documents d ON d.id = m.document_id
                 WHERE ?1 IS NULL OR d.hospital = ?1 ORDER BY d.path, m.seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([hospital], |row| {
                Ok(MeasureRow {
                    measure: measure_of_row(row)?,
                    document_id: row.get(6)?,
                    path: row.get(7)?,
                    hospital: row.get(8)?,
                    duplicate_of: row.get(9)?,
                    date: row.get(10)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.map(|row| row.map_err(|e| self.err(e))).collect()
    }

    /// The derived figures of one document.
    fn derived_of(&self, id: &str) -> Result<Vec<Derived>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT subject, value, unit, qualifier, year, formula FROM derived WHERE document_id = ?1 ORDER BY seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([id], |row| {
                Ok(Derived {
                    subject: row.get(0)?,
                    value: row.get(1)?,
                    unit: row.get(2)?,
                    qualifier: qualifier_of(row.get::<_, String>(3)?),
                    year: row.get(4)?,
                    formula: row.get(5)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.map(|row| row.map_err(|e| self.err(e))).collect()
    }

    /// Every metric with the document it comes from (only documents about `hospital`
    /// when given), sorted by path and text order, derived figures after each
    /// document's metrics.
    pub fn metric_rows(&self, hospital: Option<&str>) -> Result<Vec<MetricRow>, StoreError> {
        let mut out = Vec::new();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT m.subject, m.subject_text, m.value, m.upper, m.unit, m.qualifier, m.year, m.evidence,
                        m.start, m.end, d.id, d.path, d.hospital, d.duplicate_of
                 FROM metrics m JOIN documents d ON d.id = m.document_id
                 WHERE ?1 IS NULL OR d.hospital = ?1 ORDER BY d.path, m.seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([hospital], |row| {
                Ok(MetricRow {
                    document_id: row.get(10)?,
                    path: row.get(11)?,
                    hospital: row.get(12)?,
                    duplicate_of: row.get(13)?,
                    derived: None,
                    metric: metric_of_row(row)?,
                })
            })
            .map_err(|e| self.err(e))?;
        for row in rows {
            out.push(row.map_err(|e| self.err(e))?);
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT x.subject, x.value, x.unit, x.qualifier, x.year, x.formula, d.id, d.path, d.hospital,
                        d.duplicate_of
                 FROM derived x JOIN documents d ON d.id = x.document_id
                 WHERE ?1 IS NULL OR d.hospital = ?1 ORDER BY d.path, x.seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([hospital], |row| {
                let formula: String = row.get(5)?;
                Ok(MetricRow {
                    document_id: row.get(6)?,
                    path: row.get(7)?,
                    hospital: row.get(8)?,
                    duplicate_of: row.get(9)?,
                    derived: Some(formula.clone()),
                    metric: Metric {
                        subject: row.get(0)?,
                        subject_text: String::new(),
                        value: row.get(1)?,
                        upper: None,
                        unit: row.get(2)?,
                        qualifier: qualifier_of(row.get::<_, String>(3)?),
                        year: row.get(4)?,
                        evidence: formula,
                        start: 0,
                        end: 0,
                    },
                })
            })
            .map_err(|e| self.err(e))?;
        for row in rows {
            out.push(row.map_err(|e| self.err(e))?);
        }
        // Stable: each document's derived figures after its metrics.
        out.sort_by(|a, b| a.path.cmp(&b.path).then(a.derived.is_some().cmp(&b.derived.is_some())));
        Ok(out)
    }

    /// One document by id.
    pub fn document(&self, id: &str) -> Result<Option<Document>, StoreError> {
        Ok(self.select_documents(Some(id))?.into_iter().next())
    }

    /// Every quarantined file, sorted by path.
    pub fn quarantined(&self) -> Result<Vec<Quarantined>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT path, reason, message, sha256 FROM quarantine ORDER BY path")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |row| {
                Ok(Quarantined { path: row.get(0)?, reason: row.get(1)?, message: row.get(2)?, sha256: row.get(3)? })
            })
            .map_err(|e| self.err(e))?;
        rows.map(|row| row.map_err(|e| self.err(e))).collect()
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
        let mut stmt = self
            .conn
            .prepare("SELECT encoding, COUNT(*) FROM documents GROUP BY encoding ORDER BY encoding")
            .map_err(|e| self.err(e))?;
        let encodings = stmt
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .map_err(|e| self.err(e))?
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))?;
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
        })
    }

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
                 DELETE FROM derived; DELETE FROM measures;",
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
    pub fn put_document(&self, doc: &Document, simhash: u64, text_sha256: &str) -> Result<(), StoreError> {
        fn json<T: serde::Serialize>(value: &T) -> String {
            serde_json::to_string(value).expect("document fields serialise")
        }
        self.run("DELETE FROM quarantine WHERE path = ?1", [&doc.path])?;
        self.run(
            "INSERT OR REPLACE INTO documents
                 (id, path, sha256, encoding, encoding_source, replaced_bytes, format, script, text,
                  paragraphs, warnings, cleaning, notes, text_sha256, title, date, source, authors, hospital,
                  hospitals, region, duplicate_of, simhash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                         ?20, ?21, ?22, ?23)",
            params![
                doc.id,
                doc.path,
                doc.sha256,
                doc.encoding,
                doc.encoding_source,
                doc.replaced_bytes,
                doc.format,
                doc.script,
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
                simhash as i64
            ],
        )?;
        self.forget_facts(&doc.id)?;
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
                params![entry.path, entry.sha256, entry.reason, entry.message],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Records the size and modification time a document's file had when it was read.
    pub fn stamp(&self, path: &str, size: u64, mtime: i64) -> Result<(), StoreError> {
        self.tx
            .execute("UPDATE documents SET size = ?2, mtime = ?3 WHERE path = ?1", params![path, size, mtime])
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// Links every repost to its first copy (see [`crate::index::reposts`]) and
    /// returns how many documents are reposts.
    pub fn link_reposts(&self) -> Result<u64, StoreError> {
        let documents: Vec<(String, String, u64)> = {
            let mut stmt = self.tx.prepare("SELECT id, path, simhash FROM documents").map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get::<_, Option<i64>>(2)?.unwrap_or(0) as u64)))
                .map_err(|e| self.err(e))?;
            rows.collect::<Result<_, _>>().map_err(|e| self.err(e))?
        };
        let links = crate::index::reposts::link(&documents);
        let mut stmt = self
            .tx
            .prepare("UPDATE documents SET duplicate_of = ?2 WHERE id = ?1 AND duplicate_of IS NOT ?2")
            .map_err(|e| self.err(e))?;
        for (id, _, _) in &documents {
            stmt.execute(params![id, links.get(id)]).map_err(|e| self.err(e))?;
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
