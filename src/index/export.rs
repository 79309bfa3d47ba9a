//! `export`: the stored documents as JSON lines — the data model of DESIGN.md, or a
//! search document that bulk-loads into Elasticsearch/OpenSearch or Quickwit unchanged.
//!
//! Output is sorted by path and carries no timestamps, so the same index always
//! exports the same bytes — researchers diff exports between runs. Documents are read
//! and written one at a time: what is held is one document, whatever the index's size.

use serde::Serialize;

use super::store::{Store, StoreError};
use crate::clean::fold::Folded;
use crate::model::Document;
use crate::segment;

/// What one line (or pair of lines) of the export holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layout {
    /// The data model of DESIGN.md, one document a line.
    Jsonl,
    /// An Elasticsearch/OpenSearch `_bulk` body: an `index` action naming `index` and
    /// the document's id, then its [`SearchDocument`]. Mapping: `docs/bulk/elasticsearch.json`.
    Elasticsearch { index: String },
    /// A [`SearchDocument`] a line, for `quickwit index ingest`. Index config:
    /// `docs/bulk/quickwit.yaml`.
    Quickwit,
}

/// Writes every document in `layout`, sorted by path, and returns how many were
/// written. The same index always gives the same bytes.
pub fn export(store: &Store, layout: &Layout, out: &mut dyn std::io::Write) -> Result<u64, ExportError> {
    let count = store.for_each_document(|doc| {
        match layout {
            Layout::Jsonl => line(out, &doc)?,
            Layout::Elasticsearch { index } => {
                line(out, &serde_json::json!({ "index": { "_index": index, "_id": doc.id } }))?;
                line(out, &SearchDocument::of(&doc))?;
            }
            Layout::Quickwit => line(out, &SearchDocument::of(&doc))?,
        }
        Ok::<_, ExportError>(())
    })?;
    out.flush().map_err(ExportError::Write)?;
    Ok(count)
}

/// Writes every document as one JSON object per line (the data model).
pub fn export_jsonl(store: &Store, out: &mut dyn std::io::Write) -> Result<u64, ExportError> {
    export(store, &Layout::Jsonl, out)
}

fn line(out: &mut dyn std::io::Write, value: &impl Serialize) -> Result<(), ExportError> {
    // A write that fails inside serde_json is a write error (a reader that went away
    // is told apart by the caller), not a document that cannot be serialised.
    serde_json::to_writer(&mut *out, value).map_err(|e| match e.io_error_kind() {
        Some(kind) => ExportError::Write(std::io::Error::from(kind)),
        None => ExportError::Json(e),
    })?;
    out.write_all(b"\n").map_err(ExportError::Write)
}

/// A document as another search engine indexes it: flat fields, the text as written
/// and the same text cut into words, its practices and figures. Empty fields are left
/// out (an engine's date or keyword field would reject an empty string).
#[derive(Debug, Clone, Serialize)]
pub struct SearchDocument<'a> {
    pub id: &'a str,
    pub path: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub title: &'a str,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as in the data model.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub date: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub hospital: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub hospitals: &'a [String],
    #[serde(skip_serializing_if = "str::is_empty")]
    pub region: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub source: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub authors: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<&'a str>,
    pub format: &'static str,
    pub script: &'static str,
    /// The clean text in its original script.
    pub text: &'a str,
    /// The text folded (simplified, lowercase) and cut into words as the words track
    /// cuts it, one space between words: see [`words`].
    pub words: String,
    /// The practices' canonical names, each once, in order of first mention.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub practices: Vec<&'a str>,
    /// Their categories, each once.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<SearchMetric<'a>>,
}

/// A figure of a [`SearchDocument`].
#[derive(Debug, Clone, Serialize)]
pub struct SearchMetric<'a> {
    pub subject: &'a str,
    pub value: f64,
    pub unit: &'a str,
    pub qualifier: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

impl<'a> SearchDocument<'a> {
    pub fn of(doc: &'a Document) -> SearchDocument<'a> {
        let mut practices: Vec<&str> = Vec::new();
        let mut categories: Vec<&str> = Vec::new();
        for measure in &doc.measures {
            if !practices.contains(&measure.name.as_str()) {
                practices.push(&measure.name);
            }
            if let Some(category) = measure.category.as_deref()
                && !categories.contains(&category)
            {
                categories.push(category);
            }
        }
        SearchDocument {
            id: &doc.id,
            path: &doc.path,
            title: &doc.title,
            date: &doc.date,
            year: doc.year(),
            hospital: &doc.hospital,
            hospitals: &doc.hospitals,
            region: &doc.region,
            source: &doc.source,
            authors: &doc.authors,
            duplicate_of: doc.duplicate_of.as_deref(),
            format: doc.format.as_str(),
            script: doc.script.as_str(),
            text: &doc.text,
            words: words(&doc.text),
            practices,
            categories,
            metrics: doc
                .metrics
                .iter()
                .map(|m| SearchMetric {
                    subject: &m.subject,
                    value: m.value,
                    unit: &m.unit,
                    qualifier: m.qualifier.as_str(),
                    year: m.year,
                })
                .collect(),
        }
    }
}

/// `text` folded and cut into the words track's words (jieba, no HMM, a stretch at a
/// time), one space between them. Each word is further cut at every character that is
/// not a letter or digit (3.5% → 3 5), so splitting on spaces, Elasticsearch's
/// `whitespace` tokenizer and Quickwit's `default` one all give these words unchanged.
/// The words inside a longer word that the words track also indexes (支部 in 党支部
/// 书记) are not written: they would take positions of their own in the other engine.
pub fn words(text: &str) -> String {
    let folded = Folded::new(text).text;
    let jieba = segment::jieba();
    let mut out = String::with_capacity(folded.len() + folded.len() / 3);
    for (start, end) in segment::stretches(&folded) {
        for word in jieba.cut(&folded[start..end], false) {
            for piece in word.word.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.extend(piece.chars().flat_map(char::to_lowercase));
            }
        }
    }
    out
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

impl ExportError {
    /// Whether the reader of the export went away (`dangjian export | head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, ExportError::Write(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_the_cut_words_of_the_folded_text_split_at_marks() {
        let words = words("醫院黨委堅持“三會一課”制度，2023年黨員達到3.5%。COVID-19");
        let list: Vec<&str> = words.split(' ').collect();
        assert!(list.contains(&"党委"), "{words}");
        assert!(list.contains(&"三会一课"), "{words}");
        assert!(list.contains(&"covid") && list.contains(&"19"), "{words}");
        assert!(list.iter().all(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric)), "{words}");
        // Nothing of the text's letters and digits is lost or added.
        let kept: String = Folded::new("醫院黨委堅持“三會一課”制度，2023年黨員達到3.5%。COVID-19")
            .text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        assert_eq!(list.concat(), kept);
    }
}
