//! Opening the store: the SQLite connection in WAL mode, the schema version check, and
//! the errors every part of the store reports, each naming the file.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::schema::SCHEMA;

pub const STORE_FILE: &str = "dangjian.sqlite";

/// Bumped whenever the tables below change shape.
/// Version 3 added the tantivy index beside the store, 4 the files' size and mtime,
/// 5 the facts: metadata, reposts, metrics, derived figures and measures; 6 changed
/// the tantivy index beside it (one entry per document, character pairs), 7 added the
/// documents' word counts, 8 the documents' sampled shingles (partial copies are
/// reposts).
pub const SCHEMA_VERSION: u32 = 8;

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
    #[error("{} is damaged ({error}): {}", path.display(), super::super::health::REBUILD)]
    Damaged { path: PathBuf, error: rusqlite::Error },
}

/// SQLite's errors for a file that is not (or no longer) a whole database.
fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase))
}

impl StoreError {
    /// The error for `error` on the store at `path`: damage is said as such.
    pub(super) fn sqlite(path: &Path, error: rusqlite::Error) -> StoreError {
        if is_damage(&error) {
            StoreError::Damaged { path: path.to_path_buf(), error }
        } else {
            StoreError::Sqlite { path: path.to_path_buf(), error }
        }
    }
}

pub struct Store {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
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
    pub(super) fn stored_schema(&self) -> Result<Option<String>, StoreError> {
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

    /// Opens the store of an existing index read-only, for the commands that only
    /// read: they write nothing in the index folder, so they work on an index another
    /// user owns or on a read-only disk, and beside a running `dangjian index`.
    pub fn open_read_only(index_dir: &Path) -> Result<Store, StoreError> {
        let path = index_dir.join(STORE_FILE);
        if !path.is_file() {
            return Err(StoreError::Missing(index_dir.to_path_buf()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags).map_err(|error| StoreError::sqlite(&path, error))?;
        let mut store = Store { conn, path };
        store.conn.execute_batch("PRAGMA busy_timeout = 5000;").map_err(|e| store.err(e))?;
        // A store in WAL mode needs its shared-memory file to be read; where that file
        // cannot be made (a read-only folder), the file is read as it stands.
        if let Err(error) = store.stored_schema() {
            let uri = format!("file:{}?immutable=1", uri_path(&store.path));
            store.conn = Connection::open_with_flags(&uri, flags).map_err(|_| error)?;
        }
        match store.stored_schema()? {
            Some(found) if found != SCHEMA_VERSION.to_string() => {
                Err(StoreError::OtherSchema { path: store.path.clone(), found })
            }
            None => Err(StoreError::Missing(index_dir.to_path_buf())),
            Some(_) => Ok(store),
        }
    }

    pub(super) fn open_file(path: PathBuf) -> Result<Store, StoreError> {
        let conn = Connection::open(&path).map_err(|error| StoreError::sqlite(&path, error))?;
        let store = Store { conn, path };
        // WAL lets readers (search, export) run while a nightly run writes; the busy
        // timeout makes a reader wait for a commit instead of failing.
        store
            .conn
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;")
            .map_err(|e| store.err(e))?;
        Ok(store)
    }

    pub(super) fn err(&self, error: rusqlite::Error) -> StoreError {
        StoreError::sqlite(&self.path, error)
    }

    /// The problems SQLite's quick check finds: none when the file is whole.
    pub fn quick_check(&self) -> Result<Vec<String>, StoreError> {
        let lines: Vec<String> = self.all("PRAGMA quick_check", |row| row.get(0))?;
        Ok(lines.into_iter().filter(|l| l != "ok").collect())
    }

    /// Moves a damaged store of `index_dir` (with its journal files) aside, to
    /// `dangjian.sqlite.damaged`, so that a new one can be made; returns where.
    pub fn move_aside(index_dir: &Path) -> std::io::Result<PathBuf> {
        let aside = index_dir.join(format!("{STORE_FILE}.damaged"));
        for suffix in ["", "-wal", "-shm"] {
            let from = index_dir.join(format!("{STORE_FILE}{suffix}"));
            if from.exists() {
                std::fs::rename(&from, index_dir.join(format!("{STORE_FILE}.damaged{suffix}")))?;
            }
        }
        Ok(aside)
    }

    /// Every row `sql` selects, each made by `row`: the reads that need no more.
    pub(super) fn all<T, C: FromIterator<T>>(
        &self,
        sql: &str,
        row: impl FnMut(&rusqlite::Row) -> rusqlite::Result<T>,
    ) -> Result<C, StoreError> {
        self.all_with(sql, [], row)
    }

    /// [`Store::all`] with parameters; the statement is prepared once per connection.
    pub(super) fn all_with<T, C: FromIterator<T>>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        row: impl FnMut(&rusqlite::Row) -> rusqlite::Result<T>,
    ) -> Result<C, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = stmt.query_map(params, row).map_err(|e| self.err(e))?;
        rows.map(|r| r.map_err(|e| self.err(e))).collect()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A number that changes whenever another connection (an indexing run) commits to
    /// the store: what a reader that keeps things read from it compares.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        self.conn.query_row("PRAGMA data_version", [], |row| row.get(0)).map_err(|e| self.err(e))
    }

    /// A value from the `meta` table (`schema_version`, `pipeline_version`, …).
    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| row.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }
}

/// `path` as the path part of an SQLite `file:` URI: `%`, `?` and `#` escaped.
fn uri_path(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute.to_string_lossy().replace('%', "%25").replace('?', "%3f").replace('#', "%23")
}
