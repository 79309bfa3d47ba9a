//! `dangjian metrics`: the table of figures the reports give, for reading or export.

use std::path::Path;

use dangjian::index::Store;
use dangjian::index::hospitals::HospitalFilter;
use dangjian::index::store::MetricRow;
use serde_json::json;

use super::EXIT_OK;
use super::output::{csv_record, figure, outln, pad_left, pad_right, truncate, width};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this subject, in either script (党员, 黨支部, 党员占比 …): the canonical
    /// subject, or any subject containing it when none is exactly it.
    #[arg(long, value_name = "S")]
    subject: Option<String>,
    /// Only documents about this hospital: its name in either script, in full or by a
    /// distinctive part (邵阳中心医院), as for every command.
    #[arg(long, value_name = "H")]
    hospital: Option<String>,
    /// Only figures that hold for this year.
    #[arg(long, value_name = "Y")]
    year: Option<i32>,
    /// Leave out the derived figures (党员占员工比例, 平均每支部党员数).
    #[arg(long)]
    no_derived: bool,
    /// Include the figures of reposts (the same article found again), which are
    /// otherwise counted once, with their first copy.
    #[arg(long)]
    reposts: bool,
    /// Print the rows as a JSON array.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print the rows as CSV with a header (UTF-8), for R, Stata or a spreadsheet.
    #[arg(long)]
    csv: bool,
}

const COLUMNS: &[&str] = &[
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

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let store = Store::open_read_only(index)?;
    let mut rows = store.metric_rows(None)?;
    if args.no_derived {
        rows.retain(|r| r.derived.is_none());
    }
    if !args.reposts {
        rows.retain(|r| r.duplicate_of.is_none());
    }
    if let Some(hospital) = &args.hospital {
        let filter = HospitalFilter::new(hospital, &store.hospitals()?)?;
        rows.retain(|r| filter.keeps(&r.hospital));
    }
    if let Some(year) = args.year {
        rows.retain(|r| r.metric.year == Some(year));
    }
    if let Some(subject) = &args.subject {
        let wanted = hanconv::t2s(subject.trim());
        let exact = rows.iter().any(|r| r.metric.subject == wanted);
        rows.retain(|r| if exact { r.metric.subject == wanted } else { r.metric.subject.contains(&wanted) });
    }
    if args.json {
        let objects: Vec<Row> = rows.iter().map(Row::of).collect();
        outln!("{}", serde_json::to_string_pretty(&objects)?);
    } else if args.csv {
        outln!("{}", csv_record(COLUMNS));
        for row in &rows {
            outln!("{}", Row::of(row).csv());
        }
    } else {
        print_table(&rows, &args);
    }
    Ok(EXIT_OK)
}

/// A count as an integer (877, not 877.0); a ratio as it is.
fn number(value: f64) -> serde_json::Value {
    if value.fract() == 0.0 && value.abs() < 9e15 { json!(value as i64) } else { json!(value) }
}

/// One row of the table as JSON and CSV write it, fields in [`COLUMNS`] order.
#[derive(serde::Serialize)]
struct Row<'a> {
    document_id: &'a str,
    path: &'a str,
    hospital: &'a str,
    subject: &'a str,
    subject_text: &'a str,
    value: serde_json::Value,
    upper: Option<serde_json::Value>,
    unit: &'a str,
    qualifier: &'static str,
    year: Option<i32>,
    derived: bool,
    evidence: &'a str,
    start: Option<usize>,
    end: Option<usize>,
}

impl<'a> Row<'a> {
    fn of(row: &'a MetricRow) -> Row<'a> {
        let m = &row.metric;
        let derived = row.derived.is_some();
        Row {
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

    fn csv(&self) -> String {
        let text = |v: Option<String>| v.unwrap_or_default();
        csv_record(&[
            self.document_id.to_string(),
            self.path.to_string(),
            self.hospital.to_string(),
            self.subject.to_string(),
            self.subject_text.to_string(),
            self.value.to_string(),
            text(self.upper.as_ref().map(|v| v.to_string())),
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

/// The evidence from a little before where the subject is written, so that the figure
/// shows in a cut column.
fn around(evidence: &str, subject_text: &str) -> String {
    let Some(at) = (!subject_text.is_empty()).then(|| evidence.find(subject_text)).flatten() else {
        return evidence.to_string();
    };
    let before = evidence[..at].chars().count();
    if before <= 10 {
        return evidence.to_string();
    }
    format!("…{}", evidence.chars().skip(before - 8).collect::<String>())
}

fn print_table(rows: &[MetricRow], args: &Args) {
    if rows.is_empty() {
        match &args.subject {
            Some(s) => outln!("no figures for {s:?} (subjects are canonical and simplified: 党员, 党支部 …)"),
            None => outln!("no figures in the index"),
        }
        return;
    }
    let header = ["subject", "value", "unit", "year", "hospital (or file)", "evidence"];
    let cells: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            let subject =
                if r.derived.is_some() { format!("{} (derived)", r.metric.subject) } else { r.metric.subject.clone() };
            [
                subject,
                figure(r.metric.value, r.metric.upper, r.metric.qualifier),
                r.metric.unit.clone(),
                r.metric.year.map_or_else(|| "-".into(), |y| y.to_string()),
                if r.hospital.is_empty() { r.path.clone() } else { r.hospital.clone() },
                truncate(&around(&r.metric.evidence, &r.metric.subject_text), 50),
            ]
        })
        .collect();
    let widths: Vec<usize> =
        (0..6).map(|i| cells.iter().map(|c| width(&c[i])).chain([width(header[i])]).max().unwrap_or(0)).collect();
    let line = |cells: [&str; 6]| {
        let mut out = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            out.push(if i == 1 { pad_left(cell, widths[i]) } else { pad_right(cell, widths[i]) });
        }
        out.join("  ").trim_end().to_string()
    };
    outln!("{}", line(header));
    for c in &cells {
        outln!("{}", line([&c[0], &c[1], &c[2], &c[3], &c[4], &c[5]]));
    }
    let derived = rows.iter().filter(|r| r.derived.is_some()).count();
    outln!("{} figures from {} documents ({derived} derived)", rows.len(), {
        let mut ids: Vec<&str> = rows.iter().map(|r| r.document_id.as_str()).collect();
        ids.sort();
        ids.dedup();
        ids.len()
    });
}
