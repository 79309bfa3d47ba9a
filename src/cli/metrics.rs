//! `dangjian metrics`: the table of figures the reports give, for reading or export.

use std::path::Path;

use dangjian::analyze::tables::{METRIC_COLUMNS, MetricFilter, MetricRecord, csv_table, metric_rows};
use dangjian::index::Store;
use dangjian::index::store::MetricRow;

use super::EXIT_OK;
use super::output::{EXCEL_BOM, figure, outln, truncate};
use super::table::aligned;

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
    /// CSV for Excel: as --csv, with a UTF-8 byte-order mark first.
    #[arg(long, conflicts_with = "json")]
    excel: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let store = Store::open_read_only(index)?;
    let filter = MetricFilter {
        subject: args.subject.clone(),
        hospital: args.hospital.clone(),
        year: args.year,
        no_derived: args.no_derived,
        reposts: args.reposts,
    };
    let rows = metric_rows(&store, &filter)?;
    if args.json {
        let objects: Vec<MetricRecord> = rows.iter().map(MetricRecord::of).collect();
        outln!("{}", serde_json::to_string_pretty(&objects)?);
    } else if args.csv || args.excel {
        let bom = if args.excel { EXCEL_BOM } else { "" };
        outln!("{bom}{}", csv_table(METRIC_COLUMNS, rows.iter().map(|r| MetricRecord::of(r).csv())).trim_end());
    } else {
        print_table(&rows, &args);
    }
    Ok(EXIT_OK)
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
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let subject =
                if r.derived.is_some() { format!("{} (derived)", r.metric.subject) } else { r.metric.subject.clone() };
            vec![
                subject,
                figure(r.metric.value, r.metric.upper, r.metric.qualifier),
                r.metric.unit.clone(),
                r.metric.year.map_or_else(|| "-".into(), |y| y.to_string()),
                if r.hospital.is_empty() { r.path.clone() } else { r.hospital.clone() },
                truncate(&around(&r.metric.evidence, &r.metric.subject_text), 50),
            ]
        })
        .collect();
    aligned(&header, &cells, &[false, true, false, false, false, false]);
    let derived = rows.iter().filter(|r| r.derived.is_some()).count();
    outln!("{} figures from {} documents ({derived} derived)", rows.len(), {
        let mut ids: Vec<&str> = rows.iter().map(|r| r.document_id.as_str()).collect();
        ids.sort();
        ids.dedup();
        ids.len()
    });
}
