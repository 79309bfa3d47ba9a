//! Ingest: from a corpus folder to decoded documents.
//!
//! `discover` finds the report files, `decode` turns each file's bytes into text (or a
//! reason to quarantine it), and `html` reduces web pages to their body text. Nothing
//! here writes anywhere; storing is `index`'s business.

pub mod decode;
pub mod discover;
pub mod formats;
pub mod html;
pub mod pdf;

use std::path::{Path, PathBuf};

pub use decode::{Decoded, EncodingSource, Hints, Reason, Rejection, decode};
pub use discover::{Format, Found, Skipped, Walk, discover, discover_with};

/// What can go wrong while finding and reading files. Each message names the path.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("cannot read {}: {error}", path.display())]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{} is not a directory: give the folder that holds the reports", .0.display())]
    NotADirectory(PathBuf),
}

impl IngestError {
    pub(crate) fn io(path: &Path, error: std::io::Error) -> Self {
        IngestError::Io { path: path.to_path_buf(), error }
    }
}
