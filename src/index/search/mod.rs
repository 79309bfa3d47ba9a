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
//!
//! Where each part lives: [`engine`] (the open index, the query built for it, `search`),
//! [`passages`] (precedent paragraphs), [`citation`] (a document's reference), [`page`]
//! (a page of results with facets and reposts folded, for the web app), [`columns`]
//! (what that page counts, per document, as arrays), [`query`] (reading a query,
//! holding a paragraph against it) and [`cache`] (documents fetched once per query).

mod cache;
mod citation;
mod columns;
mod engine;
mod page;
mod passages;
mod query;

pub use self::citation::{Citation, Kind};
pub use self::engine::{Engine, Filters, Hit, SearchError, matching_paths};
pub use self::page::{Also, Count, Facets, Group, Narrowing, SearchPage};
pub use self::passages::{PASSAGE_DOCUMENTS, Passage};

/// The most results a query asks for: more than anyone reads, few enough that the
/// result lists it sizes stay small.
pub const MAX_LIMIT: u64 = 10_000;
