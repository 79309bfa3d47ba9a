//! A page of search results for a reader rather than a script: every document the
//! query matches is counted by hospital, year, practice category and source (the
//! facets), a repost is folded into the first copy found ("另见 N 处"), and one page
//! of the groups gets its hits — the same hits, snippets and order as `search`.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::engine::{Engine, Filters, Hit, SearchError};
use super::query::read;
use crate::index::store::Head;

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
        let top = self.run(&searcher, query, filters, all)?;
        let heads: HashMap<String, Head> = self.store.heads()?.into_iter().map(|h| (h.id.clone(), h)).collect();
        let categories = self.store.categories()?;
        let none = Vec::new();
        let categories_of = |id: &str| categories.get(id).unwrap_or(&none);

        // Groups in rank order: a repost joins its first copy's group.
        let mut group_of: HashMap<String, usize> = HashMap::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (at, (_, entry)) in top.iter().enumerate() {
            let Some(head) = heads.get(&entry.id) else { continue };
            if narrowing.source.as_ref().is_some_and(|s| *s != head.source)
                || narrowing.category.as_ref().is_some_and(|c| !categories_of(&head.id).contains(c))
            {
                continue;
            }
            let key = head.duplicate_of.clone().unwrap_or_else(|| head.id.clone());
            match group_of.get(&key) {
                Some(&g) => groups[g].push(at),
                None => {
                    group_of.insert(key, groups.len());
                    groups.push(vec![at]);
                }
            }
        }

        // Facets count each group once, by its best-ranked document.
        let mut counts: [BTreeMap<String, usize>; 4] = Default::default();
        for group in &groups {
            let head = &heads[&top[group[0]].1.id];
            let year = crate::extract::metadata::year_of(&head.date).map(|y| y.to_string());
            for (facet, value) in [(0, Some(&head.hospital)), (1, year.as_ref()), (3, Some(&head.source))] {
                if let Some(value) = value.filter(|v| !v.is_empty()) {
                    *counts[facet].entry(value.clone()).or_default() += 1;
                }
            }
            for category in categories_of(&head.id) {
                *counts[2].entry(category.clone()).or_default() += 1;
            }
        }
        let [hospital, year, category, source] = counts.map(|c| {
            let mut list: Vec<Count> = c.into_iter().map(|(value, count)| Count { value, count }).collect();
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
}
