//! The facts of the documents — figures, derived figures, practices — read back with
//! the document each belongs to, for `metrics`, `measures` and the analyses.

use std::collections::HashMap;

use super::open::{Store, StoreError};
use crate::extract::measures::Measure;
use crate::extract::metrics::{Derived, Metric};
use crate::extract::numbers::Qualifier;

/// A metric or derived figure with the document it belongs to, for `dangjian metrics`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MetricRow {
    pub document_id: String,
    pub path: String,
    pub hospital: String,
    /// The first copy, when the document is a repost.
    pub duplicate_of: Option<String>,
    /// For a derived figure, how it was computed (its `metric` has no offsets).
    pub derived: Option<String>,
    pub metric: Metric,
}

/// A measure with the document it belongs to, for `dangjian measures`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MeasureRow {
    pub document_id: String,
    pub path: String,
    pub hospital: String,
    pub date: String,
    pub duplicate_of: Option<String>,
    pub measure: Measure,
}

fn measure_of_row(row: &rusqlite::Row) -> rusqlite::Result<Measure> {
    Ok(Measure {
        name: row.get(0)?,
        name_text: row.get(1)?,
        category: row.get(2)?,
        evidence: row.get(3)?,
        start: row.get(4)?,
        end: row.get(5)?,
    })
}

fn metric_of_row(row: &rusqlite::Row) -> rusqlite::Result<Metric> {
    Ok(Metric {
        subject: row.get(0)?,
        subject_text: row.get(1)?,
        value: row.get(2)?,
        upper: row.get(3)?,
        unit: row.get(4)?,
        qualifier: qualifier_of(row.get::<_, String>(5)?),
        year: row.get(6)?,
        evidence: row.get(7)?,
        start: row.get(8)?,
        end: row.get(9)?,
    })
}

/// A qualifier as stored (`exact`, `approx` …); an unknown word reads as exact.
fn qualifier_of(word: String) -> Qualifier {
    Qualifier::parse(&word).unwrap_or(Qualifier::Exact)
}

impl Store {
    /// The metrics of one document, in text order.
    pub(super) fn metrics_of(&self, id: &str) -> Result<Vec<Metric>, StoreError> {
        self.all_with(
            "SELECT subject, subject_text, value, upper, unit, qualifier, year, evidence, start, end
             FROM metrics WHERE document_id = ?1 ORDER BY seq",
            [id],
            metric_of_row,
        )
    }

    /// The measures of one document, in text order.
    pub(super) fn measures_of(&self, id: &str) -> Result<Vec<Measure>, StoreError> {
        self.all_with(
            "SELECT name, name_text, category, evidence, start, end FROM measures WHERE document_id = ?1 ORDER BY seq",
            [id],
            measure_of_row,
        )
    }

    /// The derived figures of one document.
    pub(super) fn derived_of(&self, id: &str) -> Result<Vec<Derived>, StoreError> {
        self.all_with(
            "SELECT subject, value, unit, qualifier, year, formula FROM derived WHERE document_id = ?1 ORDER BY seq",
            [id],
            |row| {
                Ok(Derived {
                    subject: row.get(0)?,
                    value: row.get(1)?,
                    unit: row.get(2)?,
                    qualifier: qualifier_of(row.get::<_, String>(3)?),
                    year: row.get(4)?,
                    formula: row.get(5)?,
                })
            },
        )
    }

    /// Every measure with the document it comes from (only documents about `hospital`
    /// when given), sorted by path and text order.
    pub fn measure_rows(&self, hospital: Option<&str>) -> Result<Vec<MeasureRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT m.name, m.name_text, m.category, m.evidence, m.start, m.end, d.id, d.path, d.hospital,
                        d.duplicate_of, d.date
                 FROM measures m JOIN documents d ON d.id = m.document_id
                 WHERE ?1 IS NULL OR d.hospital = ?1 ORDER BY d.path, m.seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([hospital], |row| {
                Ok(MeasureRow {
                    measure: measure_of_row(row)?,
                    document_id: row.get(6)?,
                    path: row.get(7)?,
                    hospital: row.get(8)?,
                    duplicate_of: row.get(9)?,
                    date: row.get(10)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.map(|row| row.map_err(|e| self.err(e))).collect()
    }

    /// Every metric with the document it comes from (only documents about `hospital`
    /// when given), sorted by path and text order, derived figures after each
    /// document's metrics.
    pub fn metric_rows(&self, hospital: Option<&str>) -> Result<Vec<MetricRow>, StoreError> {
        let mut out = Vec::new();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT m.subject, m.subject_text, m.value, m.upper, m.unit, m.qualifier, m.year, m.evidence,
                        m.start, m.end, d.id, d.path, d.hospital, d.duplicate_of
                 FROM metrics m JOIN documents d ON d.id = m.document_id
                 WHERE ?1 IS NULL OR d.hospital = ?1 ORDER BY d.path, m.seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([hospital], |row| {
                Ok(MetricRow {
                    document_id: row.get(10)?,
                    path: row.get(11)?,
                    hospital: row.get(12)?,
                    duplicate_of: row.get(13)?,
                    derived: None,
                    metric: metric_of_row(row)?,
                })
            })
            .map_err(|e| self.err(e))?;
        for row in rows {
            out.push(row.map_err(|e| self.err(e))?);
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT x.subject, x.value, x.unit, x.qualifier, x.year, x.formula, d.id, d.path, d.hospital,
                        d.duplicate_of
                 FROM derived x JOIN documents d ON d.id = x.document_id
                 WHERE ?1 IS NULL OR d.hospital = ?1 ORDER BY d.path, x.seq",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([hospital], |row| {
                let formula: String = row.get(5)?;
                Ok(MetricRow {
                    document_id: row.get(6)?,
                    path: row.get(7)?,
                    hospital: row.get(8)?,
                    duplicate_of: row.get(9)?,
                    derived: Some(formula.clone()),
                    metric: Metric {
                        subject: row.get(0)?,
                        subject_text: String::new(),
                        value: row.get(1)?,
                        upper: None,
                        unit: row.get(2)?,
                        qualifier: qualifier_of(row.get::<_, String>(3)?),
                        year: row.get(4)?,
                        evidence: formula,
                        start: 0,
                        end: 0,
                    },
                })
            })
            .map_err(|e| self.err(e))?;
        for row in rows {
            out.push(row.map_err(|e| self.err(e))?);
        }
        // Stable: each document's derived figures after its metrics.
        out.sort_by(|a, b| a.path.cmp(&b.path).then(a.derived.is_some().cmp(&b.derived.is_some())));
        Ok(out)
    }

    /// The categories of the practices each document names, by document id, each
    /// category once, sorted.
    pub fn categories(&self) -> Result<HashMap<String, Vec<String>>, StoreError> {
        // Sorted and made distinct here: SQLite would sort every practice of the index.
        let pairs: Vec<(String, String)> = self
            .all("SELECT document_id, category FROM measures WHERE category IS NOT NULL", |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?;
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        for (id, category) in pairs {
            let list = out.entry(id).or_default();
            if !list.contains(&category) {
                list.push(category);
            }
        }
        out.values_mut().for_each(|list| list.sort());
        Ok(out)
    }

    /// Every document's word counts (see `extract::words`), by document id.
    pub fn word_counts(&self) -> Result<HashMap<String, String>, StoreError> {
        self.all("SELECT document_id, counts FROM word_counts", |row| Ok((row.get(0)?, row.get(1)?)))
    }
}
