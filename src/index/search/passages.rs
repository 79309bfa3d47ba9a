//! Precedents: the paragraphs of the best documents that hold the query by themselves,
//! ranked by BM25 over the query's literals, each with a citation line; a paragraph
//! reposted in several documents is shown once.

use std::collections::HashMap;

use serde::Serialize;
use tantivy::Searcher;
use tantivy::query::QueryParser;

use super::cache::DocumentCache;
use super::citation::Citation;
use super::engine::{Documents, Engine, Filters, SearchError};
use super::query::{paragraph_matches, parse_grams, read};
use crate::index::snippet::{self, Snippet};

/// A paragraph found by `passages`: a precedent, whole, with where it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct Passage {
    pub id: String,
    pub path: String,
    /// The paragraph's index in the document and its character offsets in `text`.
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub score: f32,
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
    pub citation: Citation,
    /// Other documents with the same paragraph (reposts), shown once.
    pub also_in: Vec<String>,
}

/// How many of the best documents `passages` reads paragraphs from (at least).
pub const PASSAGE_DOCUMENTS: usize = 200;

impl Engine {
    /// Paragraphs matching `query`, best first; a paragraph reposted in several
    /// documents is shown once, with the other documents in `also_in`.
    ///
    /// The index finds the documents; their paragraphs come from the store. Each
    /// paragraph of the best [`PASSAGE_DOCUMENTS`] documents (more for a large
    /// `limit`) is held against the query — every literal it requires present in the
    /// paragraph's folded text, none it excludes — and ranked by BM25 over the query's
    /// literals, with their rarity across the index as the weights.
    pub fn passages(&self, query: &str, filters: &Filters, limit: usize) -> Result<Vec<Passage>, SearchError> {
        let searcher = self.reader.searcher();
        let parsers = self.parsers(&searcher);
        let read = read(query, &self.index.schema())?;
        let literals = read.literals;
        let wanted = PASSAGE_DOCUMENTS.max(limit.saturating_mul(20));
        let top = self.addresses(&searcher, &parsers, query, filters, wanted, Documents::ForPassages)?;
        let top = self.entries(&searcher, top)?;
        let ast = read.ast;
        let weights = self.rarity(&searcher, &parsers.0, &literals)?;
        let mut documents = DocumentCache::new(&self.store);
        // (the hit in `top`, the paragraph's index, its folded text, its length in characters)
        let mut matching: Vec<(usize, usize, String, usize)> = Vec::new();
        let (mut read, mut characters) = (0usize, 0usize);
        for (hit, (_, entry)) in top.iter().enumerate() {
            let Some((doc, folded)) = documents.get(&entry.id)? else { continue };
            let bytes: Vec<usize> = folded.text.char_indices().map(|(b, _)| b).chain([folded.text.len()]).collect();
            let at = |char: usize| bytes[char.min(bytes.len() - 1)];
            for (n, paragraph) in doc.paragraphs.iter().enumerate() {
                let (from, to) = (folded.from_original(paragraph.start), folded.from_original(paragraph.end));
                let text = &folded.text[at(from)..at(to)];
                read += 1;
                characters += to.saturating_sub(from);
                if paragraph_matches(&ast, text) {
                    matching.push((hit, n, text.to_string(), to.saturating_sub(from)));
                }
            }
        }
        // BM25's mean length is that of the paragraphs read.
        let mean = (characters as f32 / read.max(1) as f32).max(1.0);
        let mut found: Vec<(f32, usize, usize, String)> = matching
            .into_iter()
            .map(|(hit, n, text, length)| (bm25(&text, length, mean, &literals, &weights), hit, n, text))
            .collect();
        let path = |hit: usize| top[hit].1.path.as_str();
        found.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| path(a.1).cmp(path(b.1))).then(a.2.cmp(&b.2)));

        let mut passages: Vec<Passage> = Vec::new();
        // A paragraph's folded text → its passage: reposts are shown once.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (score, hit, n, key) in found {
            let entry = &top[hit].1;
            if let Some(&at) = seen.get(&key) {
                if passages[at].id != entry.id && !passages[at].also_in.contains(&entry.path) {
                    passages[at].also_in.push(entry.path.clone());
                }
                continue;
            }
            if passages.len() == limit {
                continue;
            }
            let (doc, folded) = documents.get(&entry.id)?.expect("read above");
            let paragraph = &doc.paragraphs[n];
            let (start, end) = (paragraph.start, paragraph.end);
            let Snippet { text, highlights } = snippet::whole(&doc.text, folded, &literals, start, end);
            seen.insert(key, passages.len());
            passages.push(Passage {
                citation: Citation::of(doc),
                id: entry.id.clone(),
                path: entry.path.clone(),
                paragraph: n,
                start,
                end,
                score,
                text,
                highlights,
                also_in: Vec::new(),
            });
        }
        Ok(passages)
    }

    /// The BM25 weight of each literal: how rare it is among the indexed documents.
    fn rarity(&self, searcher: &Searcher, grams: &QueryParser, literals: &[String]) -> Result<Vec<f32>, SearchError> {
        let total = searcher.num_docs() as f32;
        let mut weights = Vec::with_capacity(literals.len());
        for literal in literals {
            let quoted = format!("\"{}\"", literal.replace(['"', '\\'], " "));
            let documents = match parse_grams(grams, &quoted) {
                Ok(query) => query.count(searcher).map_err(|e| self.err(e))? as f32,
                Err(_) => 0.0,
            };
            weights.push((1.0 + (total - documents + 0.5) / (documents + 0.5)).ln());
        }
        Ok(weights)
    }
}

/// BM25 of a paragraph (its folded text and length in characters) for the query's
/// literals, each weighted by its rarity; k1 = 1.2, b = 0.75.
fn bm25(text: &str, length: usize, mean: f32, literals: &[String], weights: &[f32]) -> f32 {
    const K1: f32 = 1.2;
    const B: f32 = 0.75;
    let norm = K1 * (1.0 - B + B * length as f32 / mean);
    literals
        .iter()
        .zip(weights)
        .map(|(literal, weight)| {
            let tf = text.matches(literal.as_str()).count() as f32;
            weight * tf * (K1 + 1.0) / (tf + norm)
        })
        .sum()
}
