//! Index: where decoded documents are kept and how a run updates them.
//!
//! `store` is the SQLite facts store (documents, quarantine, versions, runs), `run`
//! is the incremental indexing run, `summary` its report and `export` the JSON-lines
//! view of the store. The tantivy full-text index joins this module with search.

pub mod export;
pub mod run;
pub mod store;
pub mod summary;

pub use export::{ExportError, export_jsonl};
pub use run::{IndexError, IndexOptions, run_index};
pub use store::{STORE_FILE, Store, StoreError};
pub use summary::RunSummary;
