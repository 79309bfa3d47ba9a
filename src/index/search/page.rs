//! A page of search results for a reader rather than a script: every document the
//! query matches is counted by hospital, year, practice category and source (the
//! facets), a repost is folded into the first copy found ("另见 N 处"), and one page
//! of the groups gets its hits — the same hits, snippets and order as `search`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tantivy::index::SegmentId;
use tantivy::{DocAddress, Searcher};

use super::engine::{Documents, Engine, Entry, Filters, Hit, SearchError, by_rank};
use super::query::read;
use crate::index::store::Head;

/// Every document's head, and the categories of its practices, by id.
struct Heads {
    heads: HashMap<String, Head>,
    categories: HashMap<String, Vec<String>>,
}

/// What a long-lived engine (the web app's) keeps between pages: counting facets over
/// thousands of matches must not read thousands of index entries and every
/// document's head each time. Each segment's entries are read once (segments never
/// change; new commits add new ones), the heads again only after the store changed.
#[derive(Default)]
pub(crate) struct Kept {
    entries: Mutex<HashMap<SegmentId, Arc<Vec<Entry>>>>,
    heads: Mutex<Option<(i64, Arc<Heads>)>>,
}

/// Facets beyond the filters every query command has: a source and a practice category.
#[derive(Debug, Clone, Default)]
pub struct Narrowing {
    /// The source exactly as stored.
    pub source: Option<String>,
    /// A category exactly as stored (simplified).
    pub category: Option<String>,
}

/// One value of a facet and how many result groups have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub value: String,
    pub count: usize,
}

/// The facets of all the results, each most frequent first (years newest first).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    pub hospital: Vec<Count>,
    pub year: Vec<Count>,
    pub category: Vec<Count>,
    pub source: Vec<Count>,
}

/// A document shown once for itself and its reposts.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub hit: Hit,
    /// The other documents of the group that the query matches (reposts, or the first
    /// copy of a repost that ranked higher), by path.
    pub also: Vec<Also>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Also {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    /// Result groups in all (a document and its reposts are one).
    pub total: usize,
    pub offset: usize,
    pub groups: Vec<Group>,
    pub facets: Facets,
}

/// The most documents a page counts facets over: every document of an index this size.
const FACET_DOCUMENTS: usize = 100_000;

impl Engine {
    /// The results of `query` from group `offset` on, `per_page` groups, with the
    /// facets of all of them.
    pub fn search_page(
        &self,
        query: &str,
        filters: &Filters,
        narrowing: &Narrowing,
        offset: usize,
        per_page: usize,
    ) -> Result<SearchPage, SearchError> {
        let searcher = self.reader.searcher();
        let read = read(query, &self.index.schema())?;
        let all = (searcher.num_docs() as usize).clamp(1, FACET_DOCUMENTS);
        let parsers = self.parsers(&searcher);
        let addresses = self.addresses(&searcher, &parsers, query, filters, all, Documents::Matching)?;
        let mut top = Vec::with_capacity(addresses.len());
        for (score, address) in addresses {
            top.push((score, self.kept_entry(&searcher, address)?));
        }
        // As `search` orders them.
        by_rank(&mut top);
        let kept = self.kept_heads()?;
        let (heads, categories) = (&kept.heads, &kept.categories);
        let none = Vec::new();
        let categories_of = |id: &str| categories.get(id).unwrap_or(&none);

        // Groups in rank order: a repost joins its first copy's group.
        let mut group_of: HashMap<&str, usize> = HashMap::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (at, (_, entry)) in top.iter().enumerate() {
            let Some(head) = heads.get(&entry.id) else { continue };
            if narrowing.source.as_ref().is_some_and(|s| *s != head.source)
                || narrowing.category.as_ref().is_some_and(|c| !categories_of(&head.id).contains(c))
            {
                continue;
            }
            let key = head.duplicate_of.as_deref().unwrap_or(&head.id);
            match group_of.get(key) {
                Some(&g) => groups[g].push(at),
                None => {
                    group_of.insert(key, groups.len());
                    groups.push(vec![at]);
                }
            }
        }

        // Facets count each group once, by its best-ranked document.
        let mut counts: [HashMap<&str, usize>; 4] = Default::default();
        for group in &groups {
            let head = &heads[&top[group[0]].1.id];
            let year = head.date.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
            for (facet, value) in [(0, Some(head.hospital.as_str())), (1, year), (3, Some(head.source.as_str()))] {
                if let Some(value) = value.filter(|v| !v.is_empty()) {
                    *counts[facet].entry(value).or_default() += 1;
                }
            }
            for category in categories_of(&head.id) {
                *counts[2].entry(category.as_str()).or_default() += 1;
            }
        }
        let [hospital, year, category, source] = counts.map(|c| {
            let mut list: Vec<Count> =
                c.into_iter().map(|(value, count)| Count { value: value.to_string(), count }).collect();
            list.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            list
        });
        let mut year = year;
        year.sort_by(|a, b| b.value.cmp(&a.value));

        let total = groups.len();
        let mut shown = Vec::new();
        for group in groups.iter().skip(offset).take(per_page) {
            let (score, entry) = &top[group[0]];
            let Some(hit) = self.hits(&read, vec![(*score, entry.clone())])?.pop() else { continue };
            let also = group[1..]
                .iter()
                .map(|&at| {
                    let entry = &top[at].1;
                    let title = heads.get(&entry.id).map(|h| h.title.clone()).filter(|t| !t.is_empty());
                    Also { id: entry.id.clone(), path: entry.path.clone(), title }
                })
                .collect();
            shown.push(Group { hit, also });
        }
        Ok(SearchPage { total, offset, groups: shown, facets: Facets { hospital, year, category, source } })
    }

    /// The index entry at `address`, from the segment's entries read once.
    fn kept_entry(&self, searcher: &Searcher, address: DocAddress) -> Result<Entry, SearchError> {
        let segment = searcher.segment_reader(address.segment_ord);
        let id = segment.segment_id();
        let cached = self.kept.entries.lock().unwrap_or_else(|e| e.into_inner()).get(&id).cloned();
        let entries = match cached {
            Some(entries) => entries,
            None => {
                let mut entries = Vec::with_capacity(segment.max_doc() as usize);
                for doc in 0..segment.max_doc() {
                    entries.push(self.entry(searcher, DocAddress::new(address.segment_ord, doc))?);
                }
                let entries = Arc::new(entries);
                let mut kept = self.kept.entries.lock().unwrap_or_else(|e| e.into_inner());
                // Segments merged away are forgotten.
                let live: Vec<SegmentId> = searcher.segment_readers().iter().map(|s| s.segment_id()).collect();
                kept.retain(|segment, _| live.contains(segment));
                kept.insert(id, entries.clone());
                entries
            }
        };
        Ok(entries[address.doc_id as usize].clone())
    }

    /// Every document's head and categories, read again only after the store changed.
    fn kept_heads(&self) -> Result<Arc<Heads>, SearchError> {
        let version = self.store.data_version()?;
        let mut kept = self.kept.heads.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((at, heads)) = kept.as_ref()
            && *at == version
        {
            return Ok(heads.clone());
        }
        let heads = Arc::new(Heads {
            heads: self.store.heads()?.into_iter().map(|h| (h.id.clone(), h)).collect(),
            categories: self.store.categories()?,
        });
        *kept = Some((version, heads.clone()));
        Ok(heads)
    }
}
