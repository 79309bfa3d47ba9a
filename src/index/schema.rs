//! The tantivy full-text index: its schema, and opening it in `<index>/tantivy/`.
//!
//! One index holds two kinds of entries: one per document (`kind` = `doc`) and one per
//! paragraph (`kind` = `para`, for precedents). Both carry the folded text twice, once
//! per track (`body`: jieba words, `grams`: characters and pairs; see
//! `segment::tokenizer`). Text is not stored here: hits are looked up in the SQLite
//! store by `id`, which is the single source of every document's clean text.

use std::path::Path;

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, NumericOptions, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, TantivyError};

use crate::segment::tokenizer::{GRAMS, WORDS, register_indexing};

/// The folder of the tantivy index inside an index directory.
pub const TANTIVY_DIR: &str = "tantivy";

/// The fields, resolved once.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `doc` or `para`.
    pub kind: Field,
    pub id: Field,
    pub path: Field,
    /// The paragraph's index in the document (paragraph entries).
    pub para: Field,
    /// Character offsets of the paragraph in the clean text (paragraph entries).
    pub start: Field,
    pub end: Field,
    pub title: Field,
    pub hospital: Field,
    pub source: Field,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as known; empty if unknown.
    pub date: Field,
    /// The year, 0 if unknown.
    pub year: Field,
    /// The date as a number YYYYMMDD (missing parts as 00), 0 if unknown, for ranges.
    pub day: Field,
    pub body: Field,
    pub grams: Field,
}

fn text_field(tokenizer: &str, stored: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default().set_indexing_options(indexing);
    if stored { options.set_stored() } else { options }
}

/// The schema and its fields.
pub fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let number = || NumericOptions::default() | STORED | INDEXED | FAST;
    let fields = Fields {
        kind: builder.add_text_field("kind", STRING),
        id: builder.add_text_field("id", STRING | STORED),
        path: builder.add_text_field("path", STRING | STORED),
        para: builder.add_u64_field("para", number()),
        start: builder.add_u64_field("start", STORED),
        end: builder.add_u64_field("end", STORED),
        title: builder.add_text_field("title", text_field(GRAMS, true)),
        hospital: builder.add_text_field("hospital", text_field(GRAMS, true)),
        source: builder.add_text_field("source", text_field(GRAMS, true)),
        date: builder.add_text_field("date", STRING | STORED),
        year: builder.add_u64_field("year", number()),
        day: builder.add_u64_field("day", number()),
        body: builder.add_text_field("body", text_field(WORDS, false)),
        grams: builder.add_text_field("grams", text_field(GRAMS, false)),
    };
    (builder.build(), fields)
}

/// Opens the tantivy index of an index directory, creating it if `create` is set.
pub fn open(index_dir: &Path, create: bool) -> Result<(Index, Fields), TantivyError> {
    let dir = index_dir.join(TANTIVY_DIR);
    let (schema, fields) = schema();
    let index = if dir.join("meta.json").is_file() {
        Index::open_in_dir(&dir)?
    } else if create {
        std::fs::create_dir_all(&dir)?;
        Index::create_in_dir(&dir, schema)?
    } else {
        return Err(TantivyError::InvalidArgument(format!(
            "no full-text index in {}: run `dangjian index` to build it",
            dir.display()
        )));
    };
    register_indexing(index.tokenizers());
    Ok((index, fields))
}
