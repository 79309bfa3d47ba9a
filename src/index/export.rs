//! `export`: the stored documents as JSON lines, the data model of DESIGN.md.
//!
//! Output is sorted by path and carries no timestamps, so the same index always
//! exports the same bytes — researchers diff exports between runs.

use super::store::{Store, StoreError};

/// Writes every document as one JSON object per line, sorted by path, and returns how
/// many were written. The same index always gives the same bytes.
pub fn export_jsonl(store: &Store, out: &mut dyn std::io::Write) -> Result<u64, ExportError> {
    let documents = store.documents()?;
    for doc in &documents {
        serde_json::to_writer(&mut *out, doc).map_err(ExportError::Json)?;
        out.write_all(b"\n").map_err(ExportError::Write)?;
    }
    out.flush().map_err(ExportError::Write)?;
    Ok(documents.len() as u64)
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the export: {0}")]
    Write(std::io::Error),
    #[error("cannot serialise a document: {0}")]
    Json(serde_json::Error),
}
