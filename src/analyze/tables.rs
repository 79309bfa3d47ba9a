//! The figures and practices tables as `metrics` and `measures` give them, and as the
//! web app's tables and `/api/` serve them: the rows the filters keep, each as the
//! record JSON and CSV write. Kept here, in one place, so that the command line and
//! the web app give the same answer to the same filters.

use serde::Serialize;

use crate::index::Store;
use crate::index::hospitals::{HospitalError, HospitalFilter};
use crate::index::store::{MeasureRow, MetricRow, StoreError};
use crate::lexicon::CATEGORIES;

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Hospital(#[from] HospitalError),
    #[error("{query:?} is not a measure category; the categories are: {}", CATEGORIES.join(", "))]
    Category { query: String },
}

/// Which figures to keep (`dangjian metrics`' flags).
#[derive(Debug, Clone, Default)]
pub struct MetricFilter {
    /// The canonical subject in either script, or (when none is exactly it) a part of one.
    pub subject: Option<String>,
    /// A hospital named as for every command (see `index::hospitals`).
    pub hospital: Option<String>,
    pub year: Option<i32>,
    pub no_derived: bool,
    /// Keep the figures of reposts too.
    pub reposts: bool,
}

/// Which practices to keep (`dangjian measures`' flags).
#[derive(Debug, Clone, Default)]
pub struct MeasureFilter {
    /// One of the categories, in either script.
    pub category: Option<String>,
    pub hospital: Option<String>,
    /// A part of the canonical name, in either script.
    pub name: Option<String>,
    pub reposts: bool,
}

/// A category as stored (simplified), or the error listing the twelve.
pub fn category(query: &str) -> Result<String, TableError> {
    let wanted = hanconv::t2s(query.trim());
    if CATEGORIES.contains(&wanted.as_str()) {
        Ok(wanted)
    } else {
        Err(TableError::Category { query: query.to_string() })
    }
}

/// The figures `filter` keeps, by document path and text order.
pub fn metric_rows(store: &Store, filter: &MetricFilter) -> Result<Vec<MetricRow>, TableError> {
    let mut rows = store.metric_rows(None)?;
    if filter.no_derived {
        rows.retain(|r| r.derived.is_none());
    }
    if !filter.reposts {
        rows.retain(|r| r.duplicate_of.is_none());
    }
    if let Some(hospital) = &filter.hospital {
        let keep = HospitalFilter::new(hospital, &store.hospitals()?)?;
        rows.retain(|r| keep.keeps(&r.hospital));
    }
    if let Some(year) = filter.year {
        rows.retain(|r| r.metric.year == Some(year));
    }
    if let Some(subject) = &filter.subject {
        let wanted = hanconv::t2s(subject.trim());
        let exact = rows.iter().any(|r| r.metric.subject == wanted);
        rows.retain(|r| if exact { r.metric.subject == wanted } else { r.metric.subject.contains(&wanted) });
    }
    Ok(rows)
}

/// The practices `filter` keeps, by document path and text order.
pub fn measure_rows(store: &Store, filter: &MeasureFilter) -> Result<Vec<MeasureRow>, TableError> {
    let wanted_category = filter.category.as_deref().map(category).transpose()?;
    let mut rows = store.measure_rows(None)?;
    if !filter.reposts {
        rows.retain(|r| r.duplicate_of.is_none());
    }
    if let Some(wanted) = &wanted_category {
        rows.retain(|r| r.measure.category.as_deref() == Some(wanted.as_str()));
    }
    if let Some(hospital) = &filter.hospital {
        let keep = HospitalFilter::new(hospital, &store.hospitals()?)?;
        rows.retain(|r| keep.keeps(&r.hospital));
    }
    if let Some(name) = &filter.name {
        let wanted = hanconv::t2s(name.trim()).to_lowercase();
        rows.retain(|r| r.measure.name.contains(&wanted));
    }
    Ok(rows)
}

/// The columns of a figure's record, in JSON and CSV order.
pub const METRIC_COLUMNS: &[&str] = &[
    "document_id",
    "path",
    "hospital",
    "subject",
    "subject_text",
    "value",
    "upper",
    "unit",
    "qualifier",
    "year",
    "derived",
    "evidence",
    "start",
    "end",
];

/// The columns of a practice's record, in JSON and CSV order.
pub const MEASURE_COLUMNS: &[&str] =
    &["document_id", "path", "hospital", "date", "name", "name_text", "category", "evidence", "start", "end"];

/// A count as an integer (877, not 877.0); a ratio as it is.
fn number(value: f64) -> serde_json::Value {
    if value.fract() == 0.0 && value.abs() < 9e15 { serde_json::json!(value as i64) } else { serde_json::json!(value) }
}

/// A number for CSV as a real: 877.0, 0.3333333333333333.
fn real(value: &serde_json::Value) -> String {
    value.as_f64().map(|v| format!("{v:?}")).unwrap_or_default()
}

/// One figure as JSON and CSV write it, fields in [`METRIC_COLUMNS`] order.
#[derive(Debug, Serialize)]
pub struct MetricRecord<'a> {
    pub document_id: &'a str,
    pub path: &'a str,
    pub hospital: &'a str,
    pub subject: &'a str,
    pub subject_text: &'a str,
    pub value: serde_json::Value,
    pub upper: Option<serde_json::Value>,
    pub unit: &'a str,
    pub qualifier: &'static str,
    pub year: Option<i32>,
    pub derived: bool,
    pub evidence: &'a str,
    /// Character offsets of the figure in the document's text (none for a derived one).
    pub start: Option<usize>,
    pub end: Option<usize>,
}

impl<'a> MetricRecord<'a> {
    pub fn of(row: &'a MetricRow) -> MetricRecord<'a> {
        let m = &row.metric;
        let derived = row.derived.is_some();
        MetricRecord {
            document_id: &row.document_id,
            path: &row.path,
            hospital: &row.hospital,
            subject: &m.subject,
            subject_text: &m.subject_text,
            value: number(m.value),
            upper: m.upper.map(number),
            unit: &m.unit,
            qualifier: m.qualifier.as_str(),
            year: m.year,
            derived,
            evidence: &m.evidence,
            start: (!derived).then_some(m.start),
            end: (!derived).then_some(m.end),
        }
    }

    pub fn csv(&self) -> String {
        let text = |v: Option<String>| v.unwrap_or_default();
        csv_record(&[
            self.document_id.to_string(),
            self.path.to_string(),
            self.hospital.to_string(),
            self.subject.to_string(),
            self.subject_text.to_string(),
            // `{:?}` keeps a point on whole numbers (877.0), so a reader of the CSV
            // sees a column of reals, and every digit of the shortest exact form.
            real(&self.value),
            text(self.upper.as_ref().map(real)),
            self.unit.to_string(),
            self.qualifier.to_string(),
            text(self.year.map(|y| y.to_string())),
            self.derived.to_string(),
            self.evidence.to_string(),
            text(self.start.map(|v| v.to_string())),
            text(self.end.map(|v| v.to_string())),
        ])
    }
}

/// One practice as JSON and CSV write it, fields in [`MEASURE_COLUMNS`] order.
#[derive(Debug, Serialize)]
pub struct MeasureRecord<'a> {
    pub document_id: &'a str,
    pub path: &'a str,
    pub hospital: &'a str,
    pub date: &'a str,
    pub name: &'a str,
    pub name_text: &'a str,
    pub category: Option<&'a str>,
    pub evidence: &'a str,
    pub start: usize,
    pub end: usize,
}

impl<'a> MeasureRecord<'a> {
    pub fn of(row: &'a MeasureRow) -> MeasureRecord<'a> {
        let m = &row.measure;
        MeasureRecord {
            document_id: &row.document_id,
            path: &row.path,
            hospital: &row.hospital,
            date: &row.date,
            name: &m.name,
            name_text: &m.name_text,
            category: m.category.as_deref(),
            evidence: &m.evidence,
            start: m.start,
            end: m.end,
        }
    }

    pub fn csv(&self) -> String {
        csv_record(&[
            self.document_id,
            self.path,
            self.hospital,
            self.date,
            self.name,
            self.name_text,
            self.category.unwrap_or(""),
            self.evidence,
            &self.start.to_string(),
            &self.end.to_string(),
        ])
    }
}

/// The whole table as CSV: a header line, then one line per record.
pub fn csv_table(columns: &[&str], lines: impl IntoIterator<Item = String>) -> String {
    let mut out = csv_record(columns);
    out.push('\n');
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// One CSV record (RFC 4180): fields with a comma, quote or line break are quoted.
pub fn csv_record<S: AsRef<str>>(fields: &[S]) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| {
            let f = f.as_ref();
            if f.contains([',', '"', '\n', '\r']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f.to_string() }
        })
        .collect();
    quoted.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_they_must_be() {
        assert_eq!(csv_record(&["党员", "877"]), "党员,877");
        assert_eq!(csv_record(&["有員工近3000人,其中", "say \"hi\""]), "\"有員工近3000人,其中\",\"say \"\"hi\"\"\"");
        assert_eq!(csv_table(&["a", "b"], ["1,2".to_string()]), "a,b\n1,2\n");
    }

    #[test]
    fn a_category_is_read_in_either_script_and_an_unknown_one_lists_them_all() {
        assert_eq!(category(" 帮扶共建 ").unwrap(), "帮扶共建");
        assert_eq!(category("幫扶共建").unwrap(), "帮扶共建");
        let error = category("打球").unwrap_err().to_string();
        assert!(error.contains("组织建设") && error.contains("调查研究"), "{error}");
    }
}
