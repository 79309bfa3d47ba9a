//! The tantivy full-text index: its schema, and opening it in `<index>/tantivy/`.
//!
//! One entry per document, carrying the folded text twice, once per track (`body`:
//! jieba words, `grams`: character pairs; see `segment::tokenizer`). Text is not
//! stored here: hits are looked up in the SQLite store by `id`, which is the single
//! source of every document's clean text and of its paragraphs. An index written with
//! another schema is replaced when an indexing run opens it (the store's schema
//! version changes with it, so that run rebuilds everything) and refused by queries.

use std::path::Path;

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, NumericOptions, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyError};

use crate::segment::tokenizer::{GRAMS, WORDS, register_indexing};

/// The folder of the tantivy index inside an index directory.
pub const TANTIVY_DIR: &str = "tantivy";

/// The fields, resolved once.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub path: Field,
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
        id: builder.add_text_field("id", STRING | STORED),
        path: builder.add_text_field("path", STRING | STORED),
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

/// Opens the tantivy index of an index directory. With `create` (an indexing run) a
/// missing index is created and one of another schema is replaced by an empty one;
/// without it both are errors that say to run `dangjian index`.
/// Opens the full-text index of `index_dir` for reading, with a reader that reloads
/// only when asked. The reader takes a lock file while it opens the segments; where
/// that file cannot be made (a read-only disk, another user's folder), the index is
/// opened through `read_only` instead, without one.
pub fn open_reader(index_dir: &Path) -> Result<(Index, Fields, IndexReader), TantivyError> {
    let (index, fields) = open(index_dir, false)?;
    match index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into() {
        Ok(reader) => Ok((index, fields, reader)),
        Err(error) => {
            let (index, fields) = open_read_only(index_dir).map_err(|_| error.clone())?;
            let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(|_| error)?;
            Ok((index, fields, reader))
        }
    }
}

/// Opens the full-text index of `index_dir` for reading where no lock file can be
/// made (see `read_only`).
fn open_read_only(index_dir: &Path) -> Result<(Index, Fields), TantivyError> {
    let (schema, fields) = schema();
    let index = Index::open(super::read_only::ReadOnly::open(&index_dir.join(TANTIVY_DIR))?)?;
    if index.schema() != schema {
        return Err(TantivyError::InvalidArgument(format!(
            "no full-text index of this version of dangjian in {}: run `dangjian index` to build it",
            index_dir.join(TANTIVY_DIR).display()
        )));
    }
    register_indexing(index.tokenizers());
    Ok((index, fields))
}

pub fn open(index_dir: &Path, create: bool) -> Result<(Index, Fields), TantivyError> {
    let dir = index_dir.join(TANTIVY_DIR);
    let (schema, fields) = schema();
    let rebuild = || {
        TantivyError::InvalidArgument(format!(
            "no full-text index of this version of dangjian in {}: run `dangjian index` to build it",
            dir.display()
        ))
    };
    let existing = if dir.join("meta.json").is_file() { Some(Index::open_in_dir(&dir)?) } else { None };
    let index = match existing {
        Some(index) if index.schema() == schema => index,
        Some(_) | None if !create => return Err(rebuild()),
        Some(_) => {
            std::fs::remove_dir_all(&dir)?;
            std::fs::create_dir_all(&dir)?;
            Index::create_in_dir(&dir, schema)?
        }
        None => {
            std::fs::create_dir_all(&dir)?;
            Index::create_in_dir(&dir, schema)?
        }
    };
    register_indexing(index.tokenizers());
    Ok((index, fields))
}

/// YYYY, YYYY-MM or YYYY-MM-DD as YYYYMMDD; missing parts are the lowest or highest.
pub(crate) fn day_number(value: &str, high: bool) -> Option<u64> {
    let parts: Vec<&str> = value.trim().split(['-', '/', '.']).collect();
    let number = |s: &str, digits: usize| (s.len() <= digits && !s.is_empty()).then(|| s.parse::<u64>().ok()).flatten();
    let year = number(parts.first()?, 4)?;
    // A month or day written must be one the calendar has (month 13 is no date).
    let month =
        parts.get(1).map_or(Some(if high { 12 } else { 0 }), |m| number(m, 2).filter(|m| (1..=12).contains(m)))?;
    let day =
        parts.get(2).map_or(Some(if high { 31 } else { 0 }), |d| number(d, 2).filter(|d| (1..=31).contains(d)))?;
    (parts.len() <= 3 && (1000..=9999).contains(&year)).then_some(year * 10_000 + month * 100 + day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_of_another_schema_is_replaced_by_a_run_and_refused_by_a_query() {
        let dir = tempfile::tempdir().unwrap();
        let tantivy_dir = dir.path().join(TANTIVY_DIR);
        std::fs::create_dir_all(&tantivy_dir).unwrap();
        let mut older = Schema::builder();
        older.add_text_field("kind", STRING);
        Index::create_in_dir(&tantivy_dir, older.build()).unwrap();

        let refused = open(dir.path(), false).expect_err("a query refuses it");
        assert!(refused.to_string().contains("run `dangjian index`"), "{refused}");
        let (index, _) = open(dir.path(), true).unwrap();
        assert_eq!(index.schema(), schema().0);
        assert!(open(dir.path(), false).is_ok());
    }
}
