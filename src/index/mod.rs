//! Index: where decoded documents are kept and how a run updates them.
//!
//! `store` is the SQLite facts store (documents, quarantine, versions, runs) and the
//! single source of every document's text; `schema` is the tantivy full-text index
//! beside it; `run` is the incremental indexing run that keeps the two in step,
//! `summary` its report; `reposts` links the same article found twice; `search`
//! answers queries, `snippet` cuts highlighted
//! excerpts from the clean text; `export` is the JSON-lines view of the store.

pub mod export;
pub mod fulltext;
pub mod health;
pub mod hospitals;
pub mod lock;
pub mod read_only;
pub mod run;
pub mod schema;
pub mod search;
pub mod snippet;
pub mod store;
pub mod summary;

pub use export::{ExportError, Layout, SearchDocument, export, export_jsonl};
pub use run::{FILE_BUDGET, IndexError, IndexOptions, run_index};
pub use store::{STORE_FILE, Store, StoreError};
pub use summary::RunSummary;
