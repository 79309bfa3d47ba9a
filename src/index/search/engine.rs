//! The engine: an open index (the tantivy reader and the store beside it), the query
//! built for it — the grams track decides what matches, the words track and adjacency
//! add score, filters narrow it — and the documents it answers with.

use std::collections::HashSet;
use std::ops::Bound;
use std::path::Path;

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::query_grammar;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Index, IndexReader, Searcher, TantivyDocument, TantivyError, Term};

use super::cache::DocumentCache;
use super::citation::Citation;
use super::query::{
    QueryError, ReadQuery, as_literals, known_words, lone_characters_as_prefixes, paragraph_matches, parse_grams, read,
    without_excluded_text,
};
use crate::index::hospitals::{HospitalError, HospitalFilter};
use crate::index::schema::{self, Fields};
use crate::index::snippet::{self, Snippet};
use crate::index::store::{Store, StoreError};
use crate::model::Document;
use crate::segment::tokenizer::query_manager;

/// What can go wrong answering a query.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the full-text index in {}: {error}", path.display())]
    Index { path: std::path::PathBuf, error: TantivyError },
    #[error(transparent)]
    Hospital(#[from] HospitalError),
    #[error("--{flag} {value:?} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate { flag: &'static str, value: String },
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error("--from {from} is after --to {to}: no date can be in that range")]
    EmptyRange { from: String, to: String },
}

/// Filters and limits shared by the query commands.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub hospital: Option<String>,
    pub year: Option<u32>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
}

/// A document found by `search`.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub hospital: Option<String>,
    pub date: Option<String>,
    pub score: f32,
    pub snippet: String,
    /// Character ranges of `snippet` that matched.
    pub highlights: Vec<(usize, usize)>,
    /// The id of the first copy when this document is a repost.
    pub duplicate_of: Option<String>,
    /// Where it comes from, with its reference (GB/T 7714).
    pub citation: Citation,
    /// The reposts of the same article that the query matched too, folded into this
    /// hit by [`Engine::search_folded`] (best-ranked first); empty otherwise.
    pub also: Vec<super::page::Also>,
}

/// How many more documents than asked for [`Engine::search_folded`] fetches, so that
/// folding reposts still fills the page.
const REPOST_ROOM: usize = 5;

impl Engine {
    /// Documents matching `query`, best first, an article once: its reposts among the
    /// matches are folded into the best-ranked copy's `also`.
    /// What `search` and `/api/search` answer.
    ///
    /// Only the hits shown are read whole (text, snippet, citation): the copies folded
    /// into them are grouped by the store's repost links alone, so asking for ten
    /// costs ten snippets, not the fifty documents fetched to fill the page.
    pub fn search_folded(&self, query: &str, filters: &Filters, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let wanted = limit.saturating_mul(REPOST_ROOM).min(super::MAX_LIMIT as usize);
        let searcher = self.reader.searcher();
        let read = read(query, &self.index.schema())?;
        let top = self.run(&searcher, query, filters, wanted)?;
        // Groups in rank order: (key, the best-ranked copy, the others).
        let mut groups: Vec<(String, (f32, Entry), Vec<super::page::Also>)> = Vec::new();
        let mut group_of: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (score, entry) in top {
            let Some((title, duplicate_of)) = self.store.repost_of(&entry.id)? else { continue };
            let key = duplicate_of.unwrap_or_else(|| entry.id.clone());
            match group_of.get(&key) {
                Some(&at) => {
                    groups[at].2.push(super::page::Also { id: entry.id, path: entry.path, title: known(&title) })
                }
                None => {
                    group_of.insert(key.clone(), groups.len());
                    groups.push((key, (score, entry), Vec::new()));
                }
            }
        }
        let mut hits = Vec::with_capacity(limit.min(groups.len()));
        for (_, first, also) in groups {
            if hits.len() == limit {
                break;
            }
            // A copy whose stored text no longer holds the query (a run is committing)
            // is left out, with the copies folded into it.
            if let Some(mut hit) = self.hits(&read, vec![first])?.pop() {
                hit.also = also;
                hits.push(hit);
            }
        }
        Ok(hits)
    }
}

/// A metadata field, or None when it is empty.
pub(super) fn known(field: &str) -> Option<String> {
    (!field.is_empty()).then(|| field.to_string())
}

/// An open index, ready for queries.
pub struct Engine {
    pub(super) store: Store,
    pub(super) reader: IndexReader,
    pub(super) index: Index,
    pub(super) fields: Fields,
    pub(super) path: std::path::PathBuf,
    /// The columns a long-lived engine shares with the others over its index (see `columns`).
    pub(super) kept: super::columns::Kept,
}

/// How much the words track and adjacency add to a grams match.
const WORDS_BOOST: f32 = 2.0;
const ADJACENT_BOOST: f32 = 2.0;

impl Engine {
    pub fn open(index_dir: &Path) -> Result<Engine, SearchError> {
        let store = Store::open_read_only(index_dir)?;
        let err = |error| SearchError::Index { path: index_dir.to_path_buf(), error };
        let (index, fields, reader) = schema::open_reader(index_dir).map_err(err)?;
        Ok(Engine { store, reader, index, fields, path: index_dir.to_path_buf(), kept: Default::default() })
    }

    /// The store beside the index, for what the store alone answers (documents,
    /// tables, comparisons).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Sees the full-text index's latest commit (the store sees each commit by itself).
    /// A long-lived engine — the web app's — calls it before each request.
    pub fn reload(&self) -> Result<(), SearchError> {
        self.reader.reload().map_err(|e| self.err(e))
    }

    /// Where the query's literals occur in the whole of `text` (character ranges), as
    /// snippets highlight them: what a document shown for a query marks.
    pub fn highlights(&self, query: &str, text: &str) -> Result<Vec<(usize, usize)>, SearchError> {
        let literals = read(query, &self.index.schema())?.literals;
        let folded = crate::clean::fold::Folded::new(text);
        Ok(snippet::whole(text, &folded, &literals, 0, text.chars().count()).highlights)
    }

    pub(super) fn err(&self, error: TantivyError) -> SearchError {
        SearchError::Index { path: self.path.clone(), error }
    }

    /// Documents matching `query`, best first. Each is held against the query in the
    /// store's text too: the full-text index commits before the store, so for a moment
    /// around a run's commit (or after a crash between the two) the index can find a
    /// document by words its stored text no longer has — that document is left out.
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let searcher = self.reader.searcher();
        let read = read(query, &self.index.schema())?;
        let top = self.run(&searcher, query, filters, limit)?;
        self.hits(&read, top)
    }

    /// The hits of `top` (index entries, best first), each with its snippet; those
    /// whose stored text does not hold the query are left out (see [`Engine::search`]).
    pub(super) fn hits(&self, read: &ReadQuery, top: Vec<(f32, Entry)>) -> Result<Vec<Hit>, SearchError> {
        let mut hits = Vec::with_capacity(top.len());
        let mut documents = DocumentCache::new(&self.store);
        for (score, entry) in top {
            let Some((doc, folded)) = documents.get(&entry.id)? else { continue };
            if !paragraph_matches(&read.ast, &folded.text) {
                tracing::debug!("{}: found by the index, not in the stored text (a run is committing)", entry.path);
                continue;
            }
            let Snippet { text, highlights } = snippet::excerpt(&doc.text, folded, &read.literals, 120);
            hits.push(Hit {
                id: entry.id,
                path: entry.path,
                title: known(&doc.title),
                hospital: known(&doc.hospital),
                date: known(&doc.date),
                score,
                snippet: text,
                highlights,
                duplicate_of: doc.duplicate_of.clone(),
                citation: Citation::of(doc),
                also: Vec::new(),
            });
        }
        Ok(hits)
    }

    /// Every document whose folded text contains `term`, with its clean text, sorted
    /// by path — what a concordance reads.
    pub fn documents_containing(&self, term: &str, filters: &Filters) -> Result<Vec<Document>, SearchError> {
        let searcher = self.reader.searcher();
        let quoted = format!("\"{}\"", term.replace(['"', '\\'], " "));
        let total = searcher.num_docs() as usize;
        let top = self.run(&searcher, &quoted, filters, total.max(1))?;
        let mut ids: Vec<(String, String)> = top.into_iter().map(|(_, e)| (e.path, e.id)).collect();
        ids.sort();
        let mut out = Vec::with_capacity(ids.len());
        for (_, id) in ids {
            if let Some(doc) = self.store.document_text(&id)? {
                out.push(doc);
            }
        }
        Ok(out)
    }

    /// Runs a query over the documents; results sorted by score, then path, so equal
    /// scores come out in the same order every time.
    pub(super) fn run(
        &self,
        searcher: &Searcher,
        query: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<Vec<(f32, Entry)>, SearchError> {
        let top = self.addresses(searcher, &self.parsers(searcher), query, filters, limit, Documents::Matching)?;
        self.entries(searcher, top)
    }

    /// The index entries of `top`, ranked.
    pub(super) fn entries(
        &self,
        searcher: &Searcher,
        top: Vec<(f32, DocAddress)>,
    ) -> Result<Vec<(f32, Entry)>, SearchError> {
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            out.push((score, self.entry(searcher, address)?));
        }
        by_rank(&mut out);
        Ok(out)
    }

    /// The best `limit` documents for a query, as the index's addresses, by score.
    pub(super) fn addresses(
        &self,
        searcher: &Searcher,
        parsers: &(QueryParser, QueryParser),
        query: &str,
        filters: &Filters,
        limit: usize,
        documents: Documents,
    ) -> Result<Vec<(f32, DocAddress)>, SearchError> {
        let query = self.build(parsers, query, filters, documents)?;
        searcher.search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score()).map_err(|e| self.err(e))
    }

    pub(super) fn entry(&self, searcher: &Searcher, address: DocAddress) -> Result<Entry, SearchError> {
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| self.err(e))?;
        let f = &self.fields;
        let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        Ok(Entry { id: text(f.id), path: text(f.path) })
    }

    /// The query parsers of the two tracks: grams (what matches) and words (rank).
    pub(super) fn parsers(&self, searcher: &Searcher) -> (QueryParser, QueryParser) {
        let f = self.fields;
        let manager = query_manager(known_words(searcher, f.body));
        let schema = self.index.schema();
        let mut grams = QueryParser::new(schema.clone(), vec![f.grams], manager.clone());
        grams.set_conjunction_by_default();
        grams.allow_regexes();
        let mut words = QueryParser::new(schema, vec![f.body], manager);
        words.set_conjunction_by_default();
        (grams, words)
    }

    pub(super) fn build(
        &self,
        (grams, words): &(QueryParser, QueryParser),
        query: &str,
        filters: &Filters,
        documents: Documents,
    ) -> Result<BooleanQuery, SearchError> {
        let f = self.fields;
        let read = read(query, &self.index.schema())?;
        let ast = match documents {
            Documents::Matching => read.ast,
            Documents::ForPassages => without_excluded_text(read.ast),
        };
        let recall = grams
            .build_query_from_user_input_ast(lone_characters_as_prefixes(ast))
            // A query tantivy cannot build is searched as its literal strings.
            .or_else(|_| parse_grams(grams, &as_literals(&read.literals)))
            .unwrap_or_else(|_| {
                let (ast, _) = query_grammar::parse_query_lenient(&read.escaped);
                grams.build_query_from_user_input_ast_lenient(lone_characters_as_prefixes(ast)).0
            });
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, recall)];
        if let Ok(rank) = words.parse_query(&read.escaped) {
            clauses.push((Occur::Should, Box::new(BoostQuery::new(rank, WORDS_BOOST))));
        }
        let literals = read.literals;
        if literals.len() > 1
            && !query.contains('"')
            && let Ok(adjacent) = parse_grams(grams, &format!("\"{}\"", literals.concat().replace(['"', '\\'], "")))
        {
            clauses.push((Occur::Should, Box::new(BoostQuery::new(adjacent, ADJACENT_BOOST))));
        }
        if let Some(hospital) = &filters.hospital {
            // Documents about one of the hospitals the name can mean: each a phrase of
            // the hospital field, which holds only a full name that contains it when it
            // is a candidate itself (see `hospitals`).
            let filter = HospitalFilter::new(hospital, &self.store.hospitals()?)?;
            let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for name in &filter.hospitals {
                let folded = snippet::fold(name).replace(['"', '\\'], "");
                if let Ok(q) = parse_grams(grams, &format!("hospital:\"{folded}\"")) {
                    any.push((Occur::Should, q));
                }
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        if let Some(year) = filters.year {
            let term = Term::from_field_u64(f.year, u64::from(year));
            clauses.push((Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic))));
        }
        if filters.from.is_some() || filters.to.is_some() {
            let day = |flag, value: &Option<String>, high| match value {
                Some(v) => schema::day_number(v, high).map(Some).ok_or(SearchError::BadDate { flag, value: v.clone() }),
                None => Ok(None),
            };
            let (low, high) = (day("from", &filters.from, false)?, day("to", &filters.to, true)?);
            if let (Some(low), Some(high)) = (low, high)
                && low > high
            {
                let value = |v: &Option<String>| v.clone().unwrap_or_default();
                return Err(SearchError::EmptyRange { from: value(&filters.from), to: value(&filters.to) });
            }
            let bound =
                |d: Option<u64>| d.map_or(Bound::Unbounded, |d| Bound::Included(Term::from_field_u64(f.day, d)));
            let (from, to) = (bound(low), bound(high));
            let range = RangeQuery::new(from, to);
            clauses.push((Occur::Must, Box::new(range)));
        }
        Ok(BooleanQuery::new(clauses))
    }
}

/// Sorts hits by score, then path: equal scores come out in the same order every time.
pub(super) fn by_rank(hits: &mut [(f32, Entry)]) {
    hits.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.path.cmp(&b.1.path)));
}

/// Which documents a query asks the index for.
#[derive(Debug, Clone, Copy)]
pub(super) enum Documents {
    /// Those the query matches as a whole.
    Matching,
    /// Those that may hold a matching paragraph: excluded text is left to the paragraphs.
    ForPassages,
}

/// What a hit's index entry says.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub(super) id: String,
    pub(super) path: String,
}

/// The set of documents a query matches, for tests that compare with grep.
pub fn matching_paths(engine: &Engine, query: &str) -> Result<HashSet<String>, SearchError> {
    let searcher = engine.reader.searcher();
    let total = searcher.num_docs() as usize;
    Ok(engine.run(&searcher, query, &Filters::default(), total.max(1))?.into_iter().map(|(_, e)| e.path).collect())
}
