//! Answering queries: documents, precedent paragraphs, and the documents a
//! concordance reads.
//!
//! A query is tantivy's syntax (AND, OR, NOT, "phrases", field:value) in either script.
//! It is folded to simplified and parsed twice: once against the grams track, which
//! decides *what* matches — a literal matches exactly where the folded text contains
//! it, as grep would — and once against the words track, which only adds score, so
//! documents where the literal is a word (or a phrase of words) rank first. A query of
//! several literals also scores their adjacency. Text to show comes from the SQLite
//! store, highlighted by `snippet`; no tantivy snippet generator is involved.
//! Precedent paragraphs have no index entries: `passages` reads the paragraphs of the
//! best documents from the store and holds each against the query itself.

use std::collections::{HashMap, HashSet};
use std::ops::Bound;
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, QueryParser, QueryParserError, RangeQuery, TermQuery};
use tantivy::query_grammar::{self, UserInputAst, UserInputLeaf, UserInputLiteral};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, TantivyError, Term};

use super::hospitals::{HospitalError, HospitalFilter};
use super::schema::{self, Fields};
use super::snippet::{self, Snippet};
use super::store::{Store, StoreError};
use crate::clean::fold::Folded;
use crate::model::Document;
use crate::segment::tokenizer::{KnownWords, query_manager};

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
}

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

/// A metadata field, or None when it is empty.
fn known(field: &str) -> Option<String> {
    (!field.is_empty()).then(|| field.to_string())
}

/// Where a passage comes from: hospital · title · source · date (what is known).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Citation {
    pub hospital: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub path: String,
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<&str> = [&self.hospital, &self.title, &self.source, &self.date]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .chain([self.path.as_str()])
            .collect();
        f.write_str(&parts.join(" · "))
    }
}

/// An open index, ready for queries.
pub struct Engine {
    store: Store,
    reader: IndexReader,
    index: Index,
    fields: Fields,
    path: std::path::PathBuf,
}

/// How much the words track and adjacency add to a grams match.
const WORDS_BOOST: f32 = 2.0;
const ADJACENT_BOOST: f32 = 2.0;

impl Engine {
    pub fn open(index_dir: &Path) -> Result<Engine, SearchError> {
        let store = Store::open_existing(index_dir)?;
        let err = |error| SearchError::Index { path: index_dir.to_path_buf(), error };
        let (index, fields) = schema::open(index_dir, false).map_err(err)?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(err)?;
        Ok(Engine { store, reader, index, fields, path: index_dir.to_path_buf() })
    }

    fn err(&self, error: TantivyError) -> SearchError {
        SearchError::Index { path: self.path.clone(), error }
    }

    /// Documents matching `query`, best first.
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> Result<Vec<Hit>, SearchError> {
        let searcher = self.reader.searcher();
        let literals = snippet::literals(query);
        let top = self.run(&searcher, query, filters, limit)?;
        let mut hits = Vec::with_capacity(top.len());
        let mut documents = DocumentCache::new(&self.store);
        for (score, entry) in top {
            let Some((doc, folded)) = documents.get(&entry.id)? else { continue };
            let Snippet { text, highlights } = snippet::excerpt(&doc.text, folded, &literals, 120);
            hits.push(Hit {
                id: entry.id,
                path: entry.path,
                title: known(&doc.title),
                hospital: known(&doc.hospital),
                date: known(&doc.date),
                score,
                snippet: text,
                highlights,
            });
        }
        Ok(hits)
    }

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
        let literals = snippet::literals(query);
        let wanted = PASSAGE_DOCUMENTS.max(limit.saturating_mul(20));
        let top = self.run_for(&searcher, &parsers, query, filters, wanted, Documents::ForPassages)?;
        let ast = user_input(&hanconv::t2s(query), &self.index);
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
                citation: Citation {
                    path: entry.path.clone(),
                    hospital: known(&doc.hospital),
                    title: known(&doc.title),
                    source: known(&doc.source),
                    date: known(&doc.date),
                },
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

    /// Every document whose folded text contains `term`, with its clean text, sorted
    /// by path — what a concordance reads.
    pub fn documents_containing(&self, term: &str) -> Result<Vec<Document>, SearchError> {
        let searcher = self.reader.searcher();
        let quoted = format!("\"{}\"", term.replace(['"', '\\'], " "));
        let total = searcher.num_docs() as usize;
        let top = self.run(&searcher, &quoted, &Filters::default(), total.max(1))?;
        let mut ids: Vec<(String, String)> = top.into_iter().map(|(_, e)| (e.path, e.id)).collect();
        ids.sort();
        let mut out = Vec::with_capacity(ids.len());
        for (_, id) in ids {
            if let Some(doc) = self.store.document(&id)? {
                out.push(doc);
            }
        }
        Ok(out)
    }

    /// Runs a query over the documents; results sorted by score, then path, so equal
    /// scores come out in the same order every time.
    fn run(
        &self,
        searcher: &Searcher,
        query: &str,
        filters: &Filters,
        limit: usize,
    ) -> Result<Vec<(f32, Entry)>, SearchError> {
        self.run_for(searcher, &self.parsers(searcher), query, filters, limit, Documents::Matching)
    }

    fn run_for(
        &self,
        searcher: &Searcher,
        parsers: &(QueryParser, QueryParser),
        query: &str,
        filters: &Filters,
        limit: usize,
        documents: Documents,
    ) -> Result<Vec<(f32, Entry)>, SearchError> {
        let query = self.build(parsers, query, filters, documents)?;
        let top =
            searcher.search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score()).map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            out.push((score, self.entry(searcher, address)?));
        }
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.path.cmp(&b.1.path)));
        Ok(out)
    }

    fn entry(&self, searcher: &Searcher, address: DocAddress) -> Result<Entry, SearchError> {
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| self.err(e))?;
        let f = &self.fields;
        let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        Ok(Entry { id: text(f.id), path: text(f.path) })
    }

    /// The query parsers of the two tracks: grams (what matches) and words (rank).
    fn parsers(&self, searcher: &Searcher) -> (QueryParser, QueryParser) {
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

    fn build(
        &self,
        (grams, words): &(QueryParser, QueryParser),
        query: &str,
        filters: &Filters,
        documents: Documents,
    ) -> Result<BooleanQuery, SearchError> {
        let f = self.fields;
        let text = hanconv::t2s(query);
        let escaped = escape_colons(&text, &self.index);
        let ast = match documents {
            Documents::Matching => user_input(&text, &self.index),
            Documents::ForPassages => without_excluded_text(user_input(&text, &self.index)),
        };
        let recall = grams
            .build_query_from_user_input_ast(lone_characters_as_prefixes(ast))
            // A query tantivy cannot read is searched as its literal strings.
            .or_else(|_| parse_grams(grams, &as_literals(&text)))
            .unwrap_or_else(|_| {
                let (ast, _) = query_grammar::parse_query_lenient(&escaped);
                grams.build_query_from_user_input_ast_lenient(lone_characters_as_prefixes(ast)).0
            });
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, recall)];
        if let Ok(rank) = words.parse_query(&escaped) {
            clauses.push((Occur::Should, Box::new(BoostQuery::new(rank, WORDS_BOOST))));
        }
        let literals = snippet::literals(query);
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
            let bound = |flag, value: &Option<String>, high| match value {
                Some(v) => schema::day_number(v, high)
                    .map(|d| Bound::Included(Term::from_field_u64(f.day, d)))
                    .ok_or(SearchError::BadDate { flag, value: v.clone() }),
                None => Ok(Bound::Unbounded),
            };
            let range = RangeQuery::new(bound("from", &filters.from, false)?, bound("to", &filters.to, true)?);
            clauses.push((Occur::Must, Box::new(range)));
        }
        Ok(BooleanQuery::new(clauses))
    }
}

/// Which documents a query asks the index for.
#[derive(Debug, Clone, Copy)]
enum Documents {
    /// Those the query matches as a whole.
    Matching,
    /// Those that may hold a matching paragraph: excluded text is left to the paragraphs.
    ForPassages,
}

/// What a hit's index entry says.
struct Entry {
    id: String,
    path: String,
}

/// How many of the best documents `passages` reads paragraphs from (at least).
pub const PASSAGE_DOCUMENTS: usize = 200;

/// The query (folded) as tantivy's grammar reads it, colons in text escaped; a query
/// the grammar cannot read is its literal strings.
fn user_input(query: &str, index: &Index) -> UserInputAst {
    let escaped = escape_colons(query, index);
    query_grammar::parse_query(&escaped)
        .or_else(|_| query_grammar::parse_query(&as_literals(query)))
        .unwrap_or_else(|_| query_grammar::parse_query_lenient(&escaped).0)
}

/// Whether a paragraph's folded text satisfies the query: the literals it requires are
/// in it and those it excludes are not, with AND as the default between terms. Field
/// queries, ranges and regexes are about the document as a whole, which the index has
/// matched already, so they hold for each of its paragraphs.
fn paragraph_matches(ast: &UserInputAst, text: &str) -> bool {
    paragraph_holds(ast, text).unwrap_or(true)
}

/// Whether a literal searches the text (not a field of the document).
fn is_text(literal: &UserInputLiteral) -> bool {
    matches!(literal.field_name.as_deref(), None | Some("grams" | "body"))
}

/// `Some(holds)` for a part of the query about the text, `None` for one about the
/// document as a whole.
fn paragraph_holds(ast: &UserInputAst, text: &str) -> Option<bool> {
    match ast {
        UserInputAst::Clause(clauses) => {
            use query_grammar::Occur::{MustNot, Should};
            let mut about_text = false;
            let mut required = false;
            let mut optional = Vec::new();
            for (occur, clause) in clauses {
                let holds = paragraph_holds(clause, text);
                about_text |= holds.is_some();
                match occur {
                    Some(MustNot) if holds == Some(true) => return Some(false),
                    Some(MustNot) => {}
                    Some(Should) => optional.push(holds),
                    _ if holds == Some(false) => return Some(false),
                    _ => required = true,
                }
            }
            // Without required terms, one of the optional ones must be there.
            if !required && !optional.is_empty() && optional.iter().all(|h| *h == Some(false)) {
                return Some(false);
            }
            about_text.then_some(true)
        }
        UserInputAst::Boost(ast, _) => paragraph_holds(ast, text),
        UserInputAst::Leaf(leaf) => match leaf.as_ref() {
            UserInputLeaf::Literal(literal) if is_text(literal) => {
                let phrase = snippet::fold(&literal.phrase);
                Some(phrase.trim().is_empty() || text.contains(phrase.trim()))
            }
            _ => None,
        },
    }
}

/// The query without its excluded text: `passages` asks the index for documents with
/// `党员 -示范岗` as for `党员`, since a paragraph without 示范岗 may stand in a report
/// that names it elsewhere; the paragraphs are then held against the whole query.
/// Exclusions of a field (`-hospital:…`) are about the document and stay.
fn without_excluded_text(ast: UserInputAst) -> UserInputAst {
    fn has_text(ast: &UserInputAst) -> bool {
        match ast {
            UserInputAst::Clause(clauses) => clauses.iter().any(|(_, c)| has_text(c)),
            UserInputAst::Boost(ast, _) => has_text(ast),
            UserInputAst::Leaf(leaf) => matches!(leaf.as_ref(), UserInputLeaf::Literal(l) if is_text(l)),
        }
    }
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses
                .into_iter()
                .filter(|(occur, clause)| !(*occur == Some(query_grammar::Occur::MustNot) && has_text(clause)))
                .map(|(occur, clause)| (occur, without_excluded_text(clause)))
                .collect(),
        ),
        UserInputAst::Boost(ast, boost) => UserInputAst::Boost(Box::new(without_excluded_text(*ast)), boost),
        leaf => leaf,
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

/// Documents fetched from the store, and folded, once per query.
struct DocumentCache<'a> {
    store: &'a Store,
    documents: HashMap<String, Option<(Document, Folded)>>,
}

impl<'a> DocumentCache<'a> {
    fn new(store: &'a Store) -> Self {
        DocumentCache { store, documents: HashMap::new() }
    }

    fn get(&mut self, id: &str) -> Result<Option<&(Document, Folded)>, StoreError> {
        if !self.documents.contains_key(id) {
            let doc = self.store.document(id)?.map(|doc| {
                let folded = Folded::new(&doc.text);
                (doc, folded)
            });
            self.documents.insert(id.to_string(), doc);
        }
        Ok(self.documents[id].as_ref())
    }
}

/// Parses a query for the grams fields (`grams`, `title`, `hospital`, `source`).
fn parse_grams(parser: &QueryParser, query: &str) -> Result<Box<dyn Query>, QueryParserError> {
    let ast = query_grammar::parse_query(query).map_err(|_| QueryParserError::SyntaxError(query.to_string()))?;
    parser.build_query_from_user_input_ast(lone_characters_as_prefixes(ast))
}

/// The grams track indexes a character alone only where no pair starts with it, so a
/// literal that is one character — or ends in one after a space — matches the terms
/// that begin with that character (a regex over the term dictionary) instead of the
/// character's own term. Everything else in the query is left as it is.
fn lone_characters_as_prefixes(ast: UserInputAst) -> UserInputAst {
    match ast {
        UserInputAst::Clause(clauses) => UserInputAst::Clause(
            clauses.into_iter().map(|(occur, ast)| (occur, lone_characters_as_prefixes(ast))).collect(),
        ),
        UserInputAst::Boost(ast, boost) => UserInputAst::Boost(Box::new(lone_characters_as_prefixes(*ast)), boost),
        UserInputAst::Leaf(leaf) => match *leaf {
            UserInputLeaf::Literal(literal) if !literal.prefix => lone_character(literal),
            leaf => UserInputAst::Leaf(Box::new(leaf)),
        },
    }
}

fn lone_character(literal: UserInputLiteral) -> UserInputAst {
    let phrase = literal.phrase.to_lowercase();
    let runs: Vec<&str> = phrase.split_whitespace().collect();
    let mut last = runs.last().map_or("".chars(), |run| run.chars());
    let (Some(last), None) = (last.next(), last.next()) else {
        return UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(literal)));
    };
    let field = Some(literal.field_name.clone().unwrap_or_else(|| "grams".into()));
    let prefix = UserInputAst::Leaf(Box::new(UserInputLeaf::Regex {
        field,
        pattern: format!("{}.*", regex::escape(&last.to_string())),
    }));
    if runs.len() == 1 {
        return prefix;
    }
    // "党建 工作 党": the runs before the last stay a phrase; the last must occur too.
    let before = runs[..runs.len() - 1].join(" ");
    let rest = UserInputAst::Leaf(Box::new(UserInputLeaf::Literal(UserInputLiteral { phrase: before, ..literal })));
    UserInputAst::Clause(vec![(Some(query_grammar::Occur::Must), rest), (Some(query_grammar::Occur::Must), prefix)])
}

/// A word lookup in the words track of every segment: the query side cuts queries
/// into words the index knows, without loading jieba.
fn known_words(searcher: &Searcher, body: tantivy::schema::Field) -> KnownWords {
    let inverted: Vec<_> = searcher.segment_readers().iter().filter_map(|s| s.inverted_index(body).ok()).collect();
    Arc::new(move |word: &str| {
        let term = Term::from_field_text(body, word);
        inverted.iter().any(|ii| ii.get_term_info(&term).ok().flatten().is_some())
    })
}

/// `走心:谋篇` is text, not a field query: a colon after anything but a field name is
/// escaped.
fn escape_colons(query: &str, index: &Index) -> String {
    let schema = index.schema();
    let mut out = String::with_capacity(query.len() + 8);
    let mut word_start = 0;
    for (i, c) in query.char_indices() {
        if c.is_whitespace() || c == '(' || c == '"' {
            word_start = i + c.len_utf8();
        }
        if c == ':' {
            let name = query[word_start..i].trim_start_matches(['+', '-']);
            if schema.get_field(name).is_err() {
                out.push('\\');
            }
        }
        out.push(c);
    }
    out
}

/// The query's literals, each quoted: what is searched when the syntax cannot be read.
fn as_literals(query: &str) -> String {
    let literals: Vec<String> =
        snippet::literals(query).into_iter().map(|l| format!("\"{}\"", l.replace(['"', '\\'], " "))).collect();
    if literals.is_empty() { "\"\"".into() } else { literals.join(" ") }
}

/// The set of documents a query matches, for tests that compare with grep.
pub fn matching_paths(engine: &Engine, query: &str) -> Result<HashSet<String>, SearchError> {
    let searcher = engine.reader.searcher();
    let total = searcher.num_docs() as usize;
    Ok(engine.run(&searcher, query, &Filters::default(), total.max(1))?.into_iter().map(|(_, e)| e.path).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ast(query: &str) -> UserInputAst {
        query_grammar::parse_query(query).unwrap()
    }

    #[test]
    fn a_paragraph_holds_a_query_by_its_literals() {
        let text = "医院在门诊大厅设立党员示范岗,由党员医生轮流值守";
        for (query, expected) in [
            ("党员示范岗", true),
            ("党员 值守", true),
            ("党员 志愿", false),
            ("党员 OR 志愿", true),
            ("志愿 OR 社区", false),
            ("党员 -值守", false),
            ("党员 NOT 社区", true),
            ("\"党员示范岗\"", true),
            ("\"示范岗党员\"", false),
            ("year:[2010 TO 2020] 门诊", true),
            ("(党员 AND 社区) OR 大厅", true),
            // About the document, not the paragraph: left to the index.
            ("-hospital:邵阳 党员", true),
            ("hospital:邵阳", true),
            ("-path:x", true),
        ] {
            assert_eq!(paragraph_matches(&ast(query), text), expected, "{query}");
        }
    }

    #[test]
    fn documents_for_passages_keep_only_the_exclusions_of_fields() {
        let kept = format!("{:?}", without_excluded_text(ast("党员 -示范岗 -hospital:邵阳")));
        assert!(kept.contains("党员") && !kept.contains("示范岗") && kept.contains("邵阳"), "{kept}");
    }

    #[test]
    fn a_lone_character_becomes_a_prefix_of_the_pairs() {
        let leaf = |ast: &UserInputAst| match ast {
            UserInputAst::Leaf(leaf) => format!("{leaf:?}"),
            other => format!("{other:?}"),
        };
        assert!(leaf(&lone_characters_as_prefixes(ast("党"))).contains("党.*"));
        assert!(leaf(&lone_characters_as_prefixes(ast("党员"))).contains("党员"));
        assert!(!leaf(&lone_characters_as_prefixes(ast("党员"))).contains(".*"));
        // Regex characters are escaped; a field named in the query is kept.
        assert!(leaf(&lone_characters_as_prefixes(ast("title:+"))).contains("\\+.*"));
        let mixed = format!("{:?}", lone_characters_as_prefixes(ast("\"党建 党\"")));
        assert!(mixed.contains("党建") && mixed.contains("党.*"), "{mixed}");
    }

    #[test]
    fn dates_become_day_numbers() {
        assert_eq!(schema::day_number("2017", false), Some(20_170_000));
        assert_eq!(schema::day_number("2017", true), Some(20_171_231));
        assert_eq!(schema::day_number("2017-05", true), Some(20_170_531));
        assert_eq!(schema::day_number("2017-05-18", false), Some(20_170_518));
        assert_eq!(schema::day_number("May 2017", false), None);
        assert_eq!(schema::day_number("17", false), None);
    }
}
