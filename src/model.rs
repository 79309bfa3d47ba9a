//! The document record: what the index stores and what `export` writes, one JSON
//! object per document (see DESIGN.md, "Data model"). Fields arrive here as the stages
//! that fill them are built; the field order is the export's column order.

use serde::{Deserialize, Serialize};

use crate::clean::fold::Script;
use crate::clean::{Note, Paragraph, StepCount};
use crate::extract::measures::Measure;
use crate::extract::metrics::{Derived, Metric};
use crate::ingest::{Format, Reason};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier: the first 16 hex digits of the SHA-256 of `path`, so that a
    /// document keeps its id when its content changes.
    pub id: String,
    /// Path relative to the corpus root, `/`-separated.
    pub path: String,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub sha256: String,
    /// WHATWG name of the encoding the file was read in.
    pub encoding: String,
    /// How the encoding was decided: `bom`, `declared` or `detected`.
    pub encoding_source: String,
    /// Bytes that did not decode and were replaced by U+FFFD.
    pub replaced_bytes: u64,
    /// The markup the text was taken from (`txt`, `html`).
    pub format: Format,
    /// `traditional`, `simplified` or `mixed`.
    pub script: Script,
    /// The article's title as written; empty when the report has none.
    pub title: String,
    /// Publication date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when unknown.
    pub date: String,
    /// The journal, paper or site it was published in (simplified).
    pub source: String,
    pub authors: Vec<String>,
    /// The hospital the report is about (full name, simplified); empty when unknown.
    pub hospital: String,
    /// Every hospital named, in order of first mention.
    pub hospitals: Vec<String>,
    /// Province and city of the hospital.
    pub region: String,
    /// The id of the first copy when this document is a repost of another.
    pub duplicate_of: Option<String>,
    /// The clean text in its original script (see `clean`); every offset points here.
    pub text: String,
    /// Paragraphs of `text` by character offsets, with headings marked.
    pub paragraphs: Vec<Paragraph>,
    /// What a reader of this document should know about how it was read.
    pub warnings: Vec<String>,
    /// How many changes each cleaning step made.
    pub cleaning: Vec<StepCount>,
    /// Facts cleaning took out of the body: received date, editor, affiliations.
    pub notes: Vec<Note>,
    /// The figures the report gives (党员 877人, 党支部 34个 …), in text order.
    pub metrics: Vec<Metric>,
    /// Figures computed from two of them (党员 / 党支部), marked as derived.
    pub derived: Vec<Derived>,
    /// The named practices the report describes, in text order.
    pub measures: Vec<Measure>,
}

impl Document {
    /// The year of `date`, when known.
    pub fn year(&self) -> Option<i32> {
        crate::extract::metadata::year_of(&self.date)
    }
}

/// A file that was not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quarantined {
    pub path: String,
    pub reason: Reason,
    /// What was found and what to do about it.
    pub message: String,
    /// SHA-256 of the bytes, when they could be read (lets an unchanged bad file be
    /// recognised without decoding it again).
    #[serde(skip)]
    pub sha256: Option<String>,
}

/// Lowercase hex of a byte string.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(bytes))
}

/// The document id for a corpus-relative path.
pub fn document_id(path: &str) -> String {
    sha256_hex(path.as_bytes())[..16].to_string()
}
