//! A page of search results for a reader rather than a script: every document the
//! query matches is counted by hospital, year, practice category and source (the
//! facets), a repost is folded into the first copy found ("另见 N 处"), and one page
//! of the groups gets its hits — the same hits, snippets and order as `search`. The
//! counting and folding work on the columns of [`super::columns`], so that a query
//! matching every report costs little more than its snippets.

use serde::Serialize;

use super::columns::{CATEGORY, HOSPITAL, NONE, SOURCE, YEAR};
use super::engine::{Documents, Engine, Entry, Filters, Hit, SearchError, known};
use super::query::read;

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
        let built = self.build(&self.parsers(&searcher), query, filters, Documents::Matching)?;
        let columns = self.columns()?;
        let c = &*columns;
        let mut matches = searcher.search(&built, &self.rows_collector(c)).map_err(|e| self.err(e))?;
        let source = narrowing.source.as_deref().map(|s| c.number(SOURCE, s));
        let category = narrowing.category.as_deref().map(|s| c.number(CATEGORY, s));
        matches.retain(|&(_, row)| {
            source.is_none_or(|s| s != NONE && c.source[row as usize] == s)
                && category.is_none_or(|n| n != NONE && c.categories(row).contains(&n))
        });
        // As `search` orders them: by score, then path (rows are in path order).
        matches.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

        // Groups in rank order: a repost joins its first copy's group. `firsts` holds
        // each group's best-ranked match, `group_of` each match's group.
        let mut number_of = vec![NONE; c.groups];
        let mut firsts: Vec<usize> = Vec::new();
        let mut group_of: Vec<u32> = Vec::with_capacity(matches.len());
        for (at, &(_, row)) in matches.iter().enumerate() {
            let number = &mut number_of[c.group[row as usize] as usize];
            if *number == NONE {
                *number = firsts.len() as u32;
                firsts.push(at);
            }
            group_of.push(*number);
        }

        // Facets count each group once, by its best-ranked document.
        let mut counts: [Vec<usize>; 4] = std::array::from_fn(|facet| vec![0; c.values[facet].len()]);
        for &at in &firsts {
            let row = matches[at].1;
            for (facet, column) in [(HOSPITAL, &c.hospital), (YEAR, &c.year), (SOURCE, &c.source)] {
                if let Some(n) = counts[facet].get_mut(column[row as usize] as usize) {
                    *n += 1;
                }
            }
            for &category in c.categories(row) {
                counts[CATEGORY][category as usize] += 1;
            }
        }
        let [hospital, mut year, category, source] = std::array::from_fn(|facet| {
            let mut list: Vec<Count> = counts[facet]
                .iter()
                .enumerate()
                .filter(|&(_, &count)| count > 0)
                .map(|(n, &count)| Count { value: c.values[facet][n].clone(), count })
                .collect();
            list.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            list
        });
        year.sort_by(|a, b| b.value.cmp(&a.value));

        // Snippets only for the groups shown.
        let total = firsts.len();
        let mut shown = Vec::new();
        for (number, &at) in firsts.iter().enumerate().skip(offset).take(per_page) {
            let (score, row) = matches[at];
            let entry = Entry { id: c.ids[row as usize].clone(), path: c.paths[row as usize].clone() };
            let Some(mut hit) = self.hits(&read, vec![(score, entry)])?.pop() else { continue };
            let also: Vec<Also> = matches
                .iter()
                .zip(&group_of)
                .skip(at + 1)
                .filter(|&(_, &g)| g as usize == number)
                .map(|(&(_, row), _)| {
                    let row = row as usize;
                    Also { id: c.ids[row].clone(), path: c.paths[row].clone(), title: known(&c.titles[row]) }
                })
                .collect();
            // The hit as `search --json` gives it, reposts folded into it too.
            hit.also = also.clone();
            shown.push(Group { hit, also });
        }
        Ok(SearchPage { total, offset, groups: shown, facets: Facets { hospital, year, category, source } })
    }
}
