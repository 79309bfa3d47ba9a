//! The pipeline, composed once: the bytes of one report in, the [`Document`] the index
//! stores out — decoded ([`ingest`]), cleaned ([`clean`]), folded, read for facts
//! ([`extract`]), hashed for repost detection, its words counted. Every caller that
//! turns a file into a document goes through [`read`]: the indexing run (which adds
//! only the incremental bookkeeping: what is unchanged, what to quarantine, what to
//! delete) and the examples.
//!
//! The full-text index cuts the folded text again as it indexes it
//! (`segment::tokenizer`): the word counts here and the index's words track are two
//! jieba cuts of the same text (see the README's Performance section).

use std::cell::Cell;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

use crate::clean::fold::Folded;
use crate::clean::{Cleaned, clean};
use crate::clean::{Note, NoteKind};
use crate::extract::measures::{Measure, measures};
use crate::extract::metadata::{Aliases, Metadata, metadata_with};
use crate::extract::metrics::{Derived, Metric, derived, metrics, without_visitors};
use crate::extract::reposts::{shingles, simhash};
use crate::extract::words::word_counts;
use crate::ingest::{self, Format, Hints, Rejection};
use crate::model::{Document, document_id, sha256_hex};

/// A report read through the pipeline, with what the store keeps beside it.
#[derive(Debug, Clone)]
pub struct Read {
    pub doc: Document,
    /// The folded view of `doc.text` (simplified, lowercase, offsets mapped back).
    pub folded: Folded,
    /// The repost hash of the folded text.
    pub simhash: u64,
    /// Its sampled shingles, for partial copies (see `extract::reposts`).
    pub shingles: Vec<u32>,
    /// SHA-256 of the clean text.
    pub text_sha256: String,
    /// Its words and how often each occurs (for `keyness`), sorted by word.
    pub words: Vec<(String, u32)>,
}

/// The facts the extract stage reads off a cleaned text.
#[derive(Debug, Clone)]
pub struct Facts {
    pub metadata: Metadata,
    pub metrics: Vec<Metric>,
    pub derived: Vec<Derived>,
    pub measures: Vec<Measure>,
}

/// The extract stage: metadata first (its date gives figures their year), then the
/// figures, the figures derived from them, and the practices; `aliases` are the user's
/// names for hospitals, `hints` what a document file says of itself (used where the
/// text says nothing).
pub fn extract(cleaned: &Cleaned, folded: &Folded, aliases: &Aliases, hints: &Hints) -> Facts {
    let mut metadata = metadata_with(&cleaned.text, folded, &cleaned.notes, aliases);
    with_hints(&mut metadata, hints);
    let metrics = without_visitors(metrics(&cleaned.text, folded, metadata.year()), &cleaned.text, &metadata.hospital);
    let derived = derived(&metrics);
    let measures = measures(&cleaned.text, folded);
    Facts { metadata, metrics, derived, measures }
}

/// Reads the report at corpus-relative `path`, whose bytes are `bytes` (SHA-256
/// `sha256`), as `format`. A file that cannot be decoded, or has no text once cleaned,
/// is rejected with the reason.
pub fn read(path: &str, bytes: &[u8], format: Format, sha256: String) -> Result<Read, Rejection> {
    read_with(path, bytes, format, sha256, &Aliases::default())
}

/// [`read`], with the user's hospital aliases (see `extract::metadata::Aliases`).
pub fn read_with(
    path: &str,
    bytes: &[u8],
    format: Format,
    sha256: String,
    aliases: &Aliases,
) -> Result<Read, Rejection> {
    read_within(path, bytes, format, sha256, aliases, None)
}

/// The stages of [`read`], in order, as a [`Rejection`] names them.
pub const STAGES: [&str; 5] = ["decode", "clean", "extract", "words", "document"];

/// Where one file's reading is, and how long it may take.
struct Stages {
    started: Instant,
    budget: Option<Duration>,
    current: Cell<&'static str>,
}

impl Stages {
    /// Enters `stage`, unless the budget ran out in the stage before.
    fn enter(&self, stage: &'static str) -> Result<(), Rejection> {
        if let Some(budget) = self.budget
            && self.started.elapsed() > budget
        {
            return Err(Rejection::TooSlow { stage: self.current.get(), seconds: budget.as_secs() });
        }
        self.current.set(stage);
        Ok(())
    }
}

/// [`read_with`], within a time budget: between stages, a file that has taken longer
/// than `budget` is rejected as too slow, naming the stage that used it up. (A stage
/// is not interrupted: each one's work is bounded by the length of its units —
/// sentences, stretches handed to jieba — so none runs long on any file under the
/// size limit.) A panic inside the pipeline rejects the file as failed, naming the
/// stage, instead of stopping the run.
pub fn read_within(
    path: &str,
    bytes: &[u8],
    format: Format,
    sha256: String,
    aliases: &Aliases,
    budget: Option<Duration>,
) -> Result<Read, Rejection> {
    let stages = Stages { started: Instant::now(), budget, current: Cell::new(STAGES[0]) };
    let read =
        std::panic::catch_unwind(AssertUnwindSafe(|| read_in_stages(path, bytes, format, sha256, aliases, &stages)));
    read.unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".into());
        Err(Rejection::Failed { stage: stages.current.get(), message })
    })
}

fn read_in_stages(
    path: &str,
    bytes: &[u8],
    format: Format,
    sha256: String,
    aliases: &Aliases,
    stages: &Stages,
) -> Result<Read, Rejection> {
    stages.enter("decode")?;
    let decoded = ingest::decode(bytes, format)?;
    stages.enter("clean")?;
    let mut cleaned = clean(&decoded.text);
    if cleaned.text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    // A document file's headers, footers and footnotes are notes, not body text.
    cleaned.notes.extend(decoded.notes.iter().map(|text| Note { kind: NoteKind::Margin, text: text.clone() }));
    let folded = Folded::new(&cleaned.text);
    stages.enter("extract")?;
    let Facts { metadata, metrics, derived, measures } = extract(&cleaned, &folded, aliases, &decoded.hints);
    stages.enter("words")?;
    let simhash = simhash(&folded.text);
    let shingles = shingles(&folded.text);
    let text_sha256 = sha256_hex(cleaned.text.as_bytes());
    let words = word_counts(&folded.text);
    stages.enter("document")?;
    let doc = Document {
        id: document_id(path),
        path: path.to_string(),
        sha256,
        encoding: decoded.encoding.into(),
        encoding_source: decoded.source.as_str().into(),
        replaced_bytes: decoded.replaced_bytes as u64,
        format: decoded.format,
        script: folded.script(&cleaned.text),
        title: metadata.title,
        date: metadata.date,
        source: metadata.source,
        authors: metadata.authors,
        hospital: metadata.hospital,
        hospitals: metadata.hospitals,
        region: metadata.region,
        duplicate_of: None,
        text: cleaned.text,
        paragraphs: cleaned.paragraphs,
        warnings: decoded.warnings,
        cleaning: cleaned.counts,
        notes: cleaned.notes,
        metrics,
        derived,
        measures,
    };
    Ok(Read { doc, folded, simhash, shingles, text_sha256, words })
}

/// A document file's own title, author and date, where the text gave none. A title
/// that is a file name or a template's placeholder says nothing and is not used.
fn with_hints(metadata: &mut Metadata, hints: &Hints) {
    let title = hints.title.trim();
    let says_something = title.chars().filter(|&c| crate::clean::is_han(c)).count() >= 4
        && !title.contains(['\\', '/'])
        && !title.to_ascii_lowercase().ends_with(".doc")
        && !title.to_ascii_lowercase().ends_with(".docx");
    if metadata.title.is_empty() && says_something {
        metadata.title = title.to_string();
    }
    if metadata.date.is_empty() && !hints.created.is_empty() {
        metadata.date = hints.created.clone();
    }
    if metadata.authors.is_empty() && !hints.author.trim().is_empty() {
        metadata.authors.push(hints.author.trim().to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_big5_report_is_read_into_a_document_with_its_facts() {
        let text = "重慶市人民醫院黨支部共21個,開展“三會一課”。\n";
        let (bytes, _, _) = encoding_rs::BIG5.encode(text);
        let read = read("a/b.txt", &bytes, Format::Text, "x".into()).unwrap();
        assert_eq!(read.doc.id, document_id("a/b.txt"));
        assert_eq!(read.doc.encoding, "Big5");
        assert_eq!(read.doc.hospital, "重庆市人民医院");
        assert_eq!(read.doc.metrics[0].subject, "党支部");
        assert!(read.doc.measures.iter().any(|m| m.name == "三会一课"));
        assert!(read.folded.text.contains("党支部共21个"), "{}", read.folded.text);
    }

    /// Over its budget, a file is rejected as too slow, naming the stage that used it
    /// up; with time to spare the same file is read.
    #[test]
    fn a_file_over_its_time_budget_is_rejected_naming_the_stage() {
        let bytes = "医院共有党员877人。".as_bytes();
        let read = |budget| read_within("a.txt", bytes, Format::Text, "x".into(), &Aliases::default(), budget);
        let rejected = read(Some(Duration::ZERO)).unwrap_err();
        assert_eq!(rejected.code(), "too_slow");
        assert!(
            STAGES.iter().any(|stage| rejected.to_string().contains(&format!("in the {stage} stage"))),
            "{rejected}"
        );
        assert!(read(Some(Duration::from_secs(600))).is_ok());
    }

    #[test]
    fn a_report_with_nothing_left_after_cleaning_is_rejected_as_empty() {
        let rejected = read("a.txt", b" \n\t\n", Format::Text, "x".into()).unwrap_err();
        assert_eq!(rejected.code(), "empty");
    }
}
