//! Comparing hospitals: their figures side by side, the practices they share and the
//! ones only one of them names, how alike their practices are, and the documents each
//! column rests on. Reposts are left out, so an article found twice counts once.
//!
//! A hospital is named as the user likes — in either script, in full, or by a
//! distinctive part (邵阳中心医院, 市第二医院): `index::hospitals` finds the one it
//! means among the hospitals of the index, as for every command, or says which ones it
//! could mean.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::extract::metrics::Metric;
use crate::extract::numbers::Qualifier;
use crate::index::hospitals::{HospitalError, resolve_one};
use crate::index::store::{Head, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Hospital(#[from] HospitalError),
}

/// The hospitals the index's documents are about (reposts left out), sorted.
pub fn known_hospitals(heads: &[Head]) -> Vec<String> {
    let set: BTreeSet<&str> = heads
        .iter()
        .filter(|h| h.duplicate_of.is_none() && !h.hospital.is_empty())
        .map(|h| h.hospital.as_str())
        .collect();
    set.into_iter().map(str::to_string).collect()
}

/// A document a column rests on: title · date · source.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub id: String,
    pub path: String,
    pub title: String,
    pub date: String,
    pub source: String,
}

impl Source {
    /// The document `head` describes, as a column or a list cites it.
    pub fn of(head: &Head) -> Source {
        Source {
            id: head.id.clone(),
            path: head.path.clone(),
            title: head.title.clone(),
            date: head.date.clone(),
            source: head.source.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub hospital: String,
    pub region: String,
    pub documents: Vec<Source>,
}

/// One figure of one hospital.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: String,
    pub qualifier: Qualifier,
    pub year: Option<i32>,
    /// The sentence it was read from, or how it was computed for a derived figure.
    pub evidence: String,
    pub path: String,
}

impl Cell {
    /// 877人, ≈1000人 (2017), 0.3333 — the figure with its unit and year when known.
    pub fn text(&self) -> String {
        let value = figure(self.value, self.upper, self.qualifier);
        let unit = if self.unit == "ratio" { "" } else { self.unit.as_str() };
        match self.year {
            Some(year) => format!("{value}{unit} ({year})"),
            None => format!("{value}{unit}"),
        }
    }
}

/// A number as a table shows it: counts without decimals (877), others as they are.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{}", value as i64) } else { format!("{value}") }
}

/// A figure with its qualifier and range: 877, ≈1000, >50, 150–200, 0.3333.
pub fn figure(value: f64, upper: Option<f64>, qualifier: Qualifier) -> String {
    match upper {
        Some(upper) => format!("{}{}–{}", qualifier.sign(), number(value), number(upper)),
        None => format!("{}{}", qualifier.sign(), number(value)),
    }
}

/// A subject's figures, one cell per hospital (in column order).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub subject: String,
    pub derived: bool,
    pub cells: Vec<Option<Cell>>,
}

/// Practices by category.
pub type ByCategory = BTreeMap<String, Vec<String>>;

#[derive(Debug, Clone, Serialize)]
pub struct Unique {
    pub hospital: String,
    pub measures: ByCategory,
}

/// How alike two hospitals' practices are: Jaccard over their measures' names.
#[derive(Debug, Clone, Serialize)]
pub struct Similarity {
    pub a: String,
    pub b: String,
    pub shared: usize,
    pub union: usize,
    pub jaccard: f64,
}

/// One practice and which of the compared hospitals name it.
#[derive(Debug, Clone, Serialize)]
pub struct Practice {
    pub name: String,
    pub category: String,
    /// One per hospital, in column order.
    pub named: Vec<bool>,
    /// How many of them name it.
    pub hospitals: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub hospitals: Vec<Column>,
    pub metrics: Vec<Row>,
    /// Every practice any of them names, a row each: the most widely named first, then
    /// by category and name — so one named by two of three is there too.
    pub practices: Vec<Practice>,
    /// Practices every hospital names.
    pub shared: ByCategory,
    /// Practices only one hospital names.
    pub unique: Vec<Unique>,
    pub similarity: Vec<Similarity>,
}

/// The category a practice without one is listed under.
pub const UNCATEGORISED: &str = "其他";

/// Compares the hospitals `queries` name.
pub fn compare(store: &Store, queries: &[String]) -> Result<Comparison, CompareError> {
    let heads = store.heads()?;
    let known = known_hospitals(&heads);
    let mut names: Vec<String> = Vec::new();
    for query in queries {
        let name = resolve_one(query, &known)?;
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let column_of = |hospital: &str| names.iter().position(|n| n == hospital);
    let hospitals: Vec<Column> = names
        .iter()
        .map(|name| {
            let docs: Vec<&Head> = heads.iter().filter(|h| h.duplicate_of.is_none() && &h.hospital == name).collect();
            Column {
                hospital: name.clone(),
                region: docs.iter().map(|h| h.region.clone()).find(|r| !r.is_empty()).unwrap_or_default(),
                documents: docs.iter().map(|h| Source::of(h)).collect(),
            }
        })
        .collect();

    // Figures: per subject and hospital, the latest year's (the first given among
    // equals) — the figures the reports give, and apart from them the figures derived
    // from two of a report's (computed once, when it was read).
    let mut given: BTreeMap<String, Vec<Option<(Metric, String)>>> = BTreeMap::new();
    let mut derived: BTreeMap<String, Vec<Option<(Metric, String)>>> = BTreeMap::new();
    let mut rows = Vec::new();
    for name in &names {
        rows.extend(store.metric_rows(Some(name))?);
    }
    for row in rows.into_iter().filter(|r| r.duplicate_of.is_none()) {
        let Some(col) = column_of(&row.hospital) else { continue };
        let chosen = if row.derived.is_some() { &mut derived } else { &mut given };
        let cells = chosen.entry(row.metric.subject.clone()).or_insert_with(|| vec![None; names.len()]);
        let newer = cells[col].as_ref().is_none_or(|(m, _)| row.metric.year > m.year);
        if newer {
            cells[col] = Some((row.metric, row.path));
        }
    }
    let cell = |m: &Metric, path: &str| Cell {
        value: m.value,
        upper: m.upper,
        unit: m.unit.clone(),
        qualifier: m.qualifier,
        year: m.year,
        evidence: m.evidence.clone(),
        path: path.to_string(),
    };
    let row = |subject: &str, cells: &[Option<(Metric, String)>], derived: bool| Row {
        subject: subject.to_string(),
        derived,
        cells: cells.iter().map(|c| c.as_ref().map(|(m, p)| cell(m, p))).collect(),
    };
    let mut metrics: Vec<Row> = given.iter().map(|(subject, cells)| row(subject, cells, false)).collect();
    // Most widely given first, then by name.
    metrics.sort_by(|a, b| {
        let given = |r: &Row| r.cells.iter().filter(|c| c.is_some()).count();
        given(b).cmp(&given(a)).then(a.subject.cmp(&b.subject))
    });
    // The derived figures after them, in the order of `derived.tsv`.
    for (subject, ..) in crate::extract::metrics::derived_rules() {
        if let Some(cells) = derived.get(subject) {
            metrics.push(row(subject, cells, true));
        }
    }

    // Practices: each hospital's names with their categories.
    let mut practices: Vec<HashMap<String, String>> = vec![HashMap::new(); names.len()];
    let mut rows = Vec::new();
    for name in &names {
        rows.extend(store.measure_rows(Some(name))?);
    }
    for row in rows.into_iter().filter(|r| r.duplicate_of.is_none()) {
        let Some(col) = column_of(&row.hospital) else { continue };
        let category = row.measure.category.unwrap_or_else(|| UNCATEGORISED.to_string());
        practices[col].entry(row.measure.name).or_insert(category);
    }
    let by_category = |items: &mut dyn Iterator<Item = (&String, &String)>| -> ByCategory {
        let mut out: ByCategory = BTreeMap::new();
        for (name, category) in items {
            out.entry(category.clone()).or_default().push(name.clone());
        }
        out.values_mut().for_each(|v| v.sort());
        out
    };
    let mut rows: BTreeMap<(&String, &String), Vec<bool>> = BTreeMap::new();
    for (col, named) in practices.iter().enumerate() {
        for (name, category) in named {
            rows.entry((category, name)).or_insert_with(|| vec![false; names.len()])[col] = true;
        }
    }
    let mut by_practice: Vec<Practice> = rows
        .into_iter()
        .map(|((category, name), named)| Practice {
            name: name.clone(),
            category: category.clone(),
            hospitals: named.iter().filter(|n| **n).count(),
            named,
        })
        .collect();
    by_practice
        .sort_by(|a, b| b.hospitals.cmp(&a.hospitals).then(a.category.cmp(&b.category)).then(a.name.cmp(&b.name)));
    let everywhere = |name: &String| practices.iter().all(|p| p.contains_key(name));
    let shared = by_category(&mut practices[0].iter().filter(|(n, _)| names.len() > 1 && everywhere(n)));
    let unique = names
        .iter()
        .enumerate()
        .map(|(i, hospital)| Unique {
            hospital: hospital.clone(),
            measures: by_category(
                &mut practices[i]
                    .iter()
                    .filter(|(n, _)| practices.iter().enumerate().all(|(j, p)| j == i || !p.contains_key(*n))),
            ),
        })
        .collect();
    let mut similarity = Vec::new();
    for i in 0..names.len() {
        for j in i + 1..names.len() {
            let shared = practices[i].keys().filter(|n| practices[j].contains_key(*n)).count();
            let union = practices[i].len() + practices[j].len() - shared;
            similarity.push(Similarity {
                a: names[i].clone(),
                b: names[j].clone(),
                shared,
                union,
                jaccard: if union == 0 { 0.0 } else { shared as f64 / union as f64 },
            });
        }
    }
    Ok(Comparison { hospitals, metrics, practices: by_practice, shared, unique, similarity })
}

/// The practice matrix: hospitals × practices, each cell the first year a hospital's
/// documents name the practice (`Some(None)` when named in undated documents).
#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    pub hospitals: Vec<String>,
    /// (name, category), most widely named first.
    pub measures: Vec<(String, String)>,
    /// `cells[h][m]`.
    pub cells: Vec<Vec<Option<Option<i32>>>>,
    /// `documents[h][m]`: how many of the hospital's documents (reposts left out)
    /// name the practice.
    pub documents: Vec<Vec<usize>>,
}

/// The practice matrix of every hospital of the index (reposts left out).
pub fn matrix(store: &Store) -> Result<Matrix, StoreError> {
    let heads = store.heads()?;
    let hospitals = known_hospitals(&heads);
    let year: HashMap<&str, Option<i32>> =
        heads.iter().map(|h| (h.id.as_str(), crate::extract::metadata::year_of(&h.date))).collect();
    let mut named: BTreeMap<String, (String, HashMap<usize, Option<i32>>)> = BTreeMap::new();
    let mut naming: HashMap<(String, usize), BTreeSet<String>> = HashMap::new();
    for row in store.measure_rows(None)?.into_iter().filter(|r| r.duplicate_of.is_none()) {
        let Some(h) = hospitals.iter().position(|n| *n == row.hospital) else { continue };
        naming.entry((row.measure.name.clone(), h)).or_default().insert(row.document_id.clone());
        let y = year.get(row.document_id.as_str()).copied().flatten();
        let category = row.measure.category.clone().unwrap_or_else(|| UNCATEGORISED.to_string());
        let entry = named.entry(row.measure.name).or_insert_with(|| (category, HashMap::new())).1.entry(h).or_insert(y);
        // The first year seen: the earliest dated document.
        if let Some(y) = y
            && entry.is_none_or(|e| y < e)
        {
            *entry = Some(y);
        }
    }
    let mut measures: Vec<(String, String, HashMap<usize, Option<i32>>)> =
        named.into_iter().map(|(name, (category, by))| (name, category, by)).collect();
    measures.sort_by(|a, b| b.2.len().cmp(&a.2.len()).then(a.1.cmp(&b.1)).then(a.0.cmp(&b.0)));
    let cells = (0..hospitals.len()).map(|h| measures.iter().map(|m| m.2.get(&h).copied()).collect()).collect();
    let documents = (0..hospitals.len())
        .map(|h| measures.iter().map(|m| naming.get(&(m.0.clone(), h)).map_or(0, BTreeSet::len)).collect())
        .collect();
    Ok(Matrix { hospitals, measures: measures.into_iter().map(|(n, c, _)| (n, c)).collect(), cells, documents })
}
