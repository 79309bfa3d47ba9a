//! What a page of search results counts and folds, for every document of the index,
//! as columns of small numbers: a page counts facets over thousands of matches with
//! array lookups rather than strings, hash maps and index entries read one by one.
//!
//! A *row* is a document of the store, in path order (the order of `Store::heads`, so
//! comparing rows compares paths). For each row the columns hold its group (a repost
//! and the first copy it repeats share one), its hospital, year and source, and the
//! categories of its practices, each a number into that facet's table of values. For
//! each segment of the full-text index, the row of each of its entries is found once
//! (from the entries' stored ids; segments never change, new commits add new ones);
//! an entry the store does not hold has no row ([`NONE`]) and is never a result.
//!
//! The columns are made from the store once per state of its files (the size and
//! modification time of the database and of its write-ahead log, which every commit
//! changes) and shared through an `Arc` by every engine of the process over the same
//! index — the web app's worker threads each keep one.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::schema::Value;
use tantivy::{DocId, Score, SegmentReader, TantivyDocument};

use super::engine::{Engine, SearchError};
use crate::index::STORE_FILE;
use crate::index::schema::Fields;

/// No row, no group, no value.
pub(super) const NONE: u32 = u32::MAX;

/// The facets, in the order of [`Columns::values`].
pub(super) const HOSPITAL: usize = 0;
pub(super) const YEAR: usize = 1;
pub(super) const CATEGORY: usize = 2;
pub(super) const SOURCE: usize = 3;

/// The columns of one state of the store.
pub(super) struct Columns {
    pub(super) ids: Vec<String>,
    pub(super) paths: Vec<String>,
    pub(super) titles: Vec<String>,
    /// The group of each row: the number of the first copy's id (its own id, or the
    /// `duplicate_of` of a repost).
    pub(super) group: Vec<u32>,
    /// How many groups there are.
    pub(super) groups: usize,
    /// Each row's hospital, year and source as numbers into `values` ([`NONE`] when
    /// unknown).
    pub(super) hospital: Vec<u32>,
    pub(super) year: Vec<u32>,
    pub(super) source: Vec<u32>,
    /// Each row's categories, sorted, each once: `category_list[category_at[row]..category_at[row + 1]]`.
    category_at: Vec<u32>,
    category_list: Vec<u32>,
    /// Each facet's values: hospital, year, category, source.
    pub(super) values: [Vec<String>; 4],
    /// Each facet's value numbers by value.
    numbers: [HashMap<String, u32>; 4],
    row_of: HashMap<String, u32>,
    /// The rows of each segment's entries, found as segments are met.
    segments: Mutex<HashMap<SegmentId, Arc<Vec<u32>>>>,
}

impl Columns {
    /// The columns of what the store holds now.
    fn read(engine: &Engine) -> Result<Columns, SearchError> {
        let heads = engine.store.heads()?;
        let mut categories = engine.store.categories()?;
        let mut numbers: [HashMap<String, u32>; 4] = Default::default();
        let mut values: [Vec<String>; 4] = Default::default();
        let mut number = |facet: usize, value: &str| -> u32 {
            if value.is_empty() {
                return NONE;
            }
            if let Some(&n) = numbers[facet].get(value) {
                return n;
            }
            let n = values[facet].len() as u32;
            values[facet].push(value.to_string());
            numbers[facet].insert(value.to_string(), n);
            n
        };
        let mut group_numbers: HashMap<String, u32> = HashMap::new();
        let mut columns = Columns {
            ids: Vec::with_capacity(heads.len()),
            paths: Vec::with_capacity(heads.len()),
            titles: Vec::with_capacity(heads.len()),
            group: Vec::with_capacity(heads.len()),
            groups: 0,
            hospital: Vec::with_capacity(heads.len()),
            year: Vec::with_capacity(heads.len()),
            source: Vec::with_capacity(heads.len()),
            category_at: Vec::with_capacity(heads.len() + 1),
            category_list: Vec::new(),
            values: Default::default(),
            numbers: Default::default(),
            row_of: HashMap::with_capacity(heads.len()),
            segments: Mutex::default(),
        };
        columns.category_at.push(0);
        for (row, head) in heads.into_iter().enumerate() {
            let key = head.duplicate_of.clone().unwrap_or_else(|| head.id.clone());
            let next = group_numbers.len() as u32;
            columns.group.push(*group_numbers.entry(key).or_insert(next));
            columns.hospital.push(number(HOSPITAL, &head.hospital));
            let year = head.date.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())).unwrap_or("");
            columns.year.push(number(YEAR, year));
            columns.source.push(number(SOURCE, &head.source));
            for category in categories.remove(&head.id).unwrap_or_default() {
                columns.category_list.push(number(CATEGORY, &category));
            }
            columns.category_at.push(columns.category_list.len() as u32);
            columns.row_of.insert(head.id.clone(), row as u32);
            columns.ids.push(head.id);
            columns.paths.push(head.path);
            columns.titles.push(head.title);
        }
        columns.groups = group_numbers.len();
        columns.values = values;
        columns.numbers = numbers;
        Ok(columns)
    }

    /// The number of `value` among the values of `facet`, [`NONE`] if no row has it.
    pub(super) fn number(&self, facet: usize, value: &str) -> u32 {
        self.numbers[facet].get(value).copied().unwrap_or(NONE)
    }

    /// The categories of `row`, as numbers.
    pub(super) fn categories(&self, row: u32) -> &[u32] {
        let row = row as usize;
        &self.category_list[self.category_at[row] as usize..self.category_at[row + 1] as usize]
    }

    /// The rows of the entries of `segment` (by document number).
    fn rows(&self, segment: &SegmentReader, shared: &Shared, fields: &Fields) -> tantivy::Result<Arc<Vec<u32>>> {
        let id = segment.segment_id();
        if let Some(rows) = self.segments.lock().unwrap_or_else(|e| e.into_inner()).get(&id) {
            return Ok(rows.clone());
        }
        let ids = shared.ids(segment, fields)?;
        let rows: Arc<Vec<u32>> = Arc::new(ids.iter().map(|id| self.row_of.get(id).copied().unwrap_or(NONE)).collect());
        self.segments.lock().unwrap_or_else(|e| e.into_inner()).insert(id, rows.clone());
        Ok(rows)
    }
}

/// What identifies one state of the store: the size and modification time of the
/// database and of its write-ahead log (none when missing).
type Stamp = [Option<(u64, SystemTime)>; 2];

fn stamp(dir: &Path) -> Stamp {
    let of = |name: String| std::fs::metadata(dir.join(name)).ok().and_then(|m| Some((m.len(), m.modified().ok()?)));
    [of(STORE_FILE.to_string()), of(format!("{STORE_FILE}-wal"))]
}

/// What the engines of the process over one index share.
#[derive(Default)]
struct Shared {
    columns: Mutex<Option<(Stamp, Arc<Columns>)>>,
    /// The stored ids of each segment's entries, by document number.
    ids: Mutex<HashMap<SegmentId, Arc<Vec<String>>>>,
}

impl Shared {
    /// Every index directory's shared columns, made on first use.
    fn of(dir: &Path) -> Arc<Shared> {
        static ALL: OnceLock<Mutex<HashMap<PathBuf, Arc<Shared>>>> = OnceLock::new();
        let mut all = ALL.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
        all.entry(dir.to_path_buf()).or_default().clone()
    }

    fn ids(&self, segment: &SegmentReader, fields: &Fields) -> tantivy::Result<Arc<Vec<String>>> {
        let key = segment.segment_id();
        if let Some(ids) = self.ids.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(ids.clone());
        }
        let store = segment.get_store_reader(64)?;
        let mut ids = Vec::with_capacity(segment.max_doc() as usize);
        for doc in 0..segment.max_doc() {
            let stored: TantivyDocument = store.get(doc)?;
            ids.push(stored.get_first(fields.id).and_then(|v| v.as_str()).unwrap_or_default().to_string());
        }
        let ids = Arc::new(ids);
        self.ids.lock().unwrap_or_else(|e| e.into_inner()).insert(key, ids.clone());
        Ok(ids)
    }
}

/// An engine's handle on the columns its process shares for its index.
#[derive(Default)]
pub(crate) struct Kept {
    shared: OnceLock<Arc<Shared>>,
}

impl Engine {
    fn shared(&self) -> &Arc<Shared> {
        self.kept.shared.get_or_init(|| Shared::of(&self.path))
    }

    /// The columns of the store as it is now: those kept, unless a commit changed the
    /// store's files since they were made.
    pub(super) fn columns(&self) -> Result<Arc<Columns>, SearchError> {
        let shared = self.shared();
        // The stamp is read before the store: columns are never older than their stamp.
        let now = stamp(&self.path);
        if let Some((at, columns)) = shared.columns.lock().unwrap_or_else(|e| e.into_inner()).as_ref()
            && *at == now
        {
            return Ok(columns.clone());
        }
        let columns = Arc::new(Columns::read(self)?);
        *shared.columns.lock().unwrap_or_else(|e| e.into_inner()) = Some((now, columns.clone()));
        // Segments merged away are forgotten.
        let live: Vec<SegmentId> = self.reader.searcher().segment_readers().iter().map(|s| s.segment_id()).collect();
        shared.ids.lock().unwrap_or_else(|e| e.into_inner()).retain(|segment, _| live.contains(segment));
        Ok(columns)
    }

    /// A collector of every match's score and row.
    pub(super) fn rows_collector<'a>(&'a self, columns: &'a Columns) -> Rows<'a> {
        Rows { columns, shared: self.shared(), fields: &self.fields }
    }
}

/// Collects every document a query matches as its score and row, leaving out those
/// without a row.
pub(super) struct Rows<'a> {
    columns: &'a Columns,
    shared: &'a Shared,
    fields: &'a Fields,
}

pub(super) struct SegmentRows {
    rows: Arc<Vec<u32>>,
    found: Vec<(Score, u32)>,
}

impl Collector for Rows<'_> {
    type Fruit = Vec<(Score, u32)>;
    type Child = SegmentRows;

    fn for_segment(&self, _: u32, segment: &SegmentReader) -> tantivy::Result<SegmentRows> {
        Ok(SegmentRows { rows: self.columns.rows(segment, self.shared, self.fields)?, found: Vec::new() })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(Score, u32)>>) -> tantivy::Result<Vec<(Score, u32)>> {
        Ok(fruits.concat())
    }
}

impl SegmentCollector for SegmentRows {
    type Fruit = Vec<(Score, u32)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(&row) = self.rows.get(doc as usize)
            && row != NONE
        {
            self.found.push((score, row));
        }
    }

    fn harvest(self) -> Vec<(Score, u32)> {
        self.found
    }
}
