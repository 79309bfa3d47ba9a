//! `dangjian measures`: the table of named practices the reports describe (the rows
//! come from `analyze::tables`, which the web app shares).

use std::path::Path;

use dangjian::analyze::compare::Matrix;
use dangjian::analyze::tables::{self, MEASURE_COLUMNS, MeasureFilter, MeasureRecord, csv_table};
use dangjian::index::Store;
use dangjian::index::store::MeasureRow;

use super::EXIT_OK;
use super::output::{EXCEL_BOM, csv_record, outln, pad_right, truncate, width};
use super::table::aligned;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this category (组织建设, 理论学习, 党建业务融合, 信息化, 志愿公益, 先锋模范,
    /// 考核制度, 作风廉政, 品牌文化, 改善就医体验, 帮扶共建, 调查研究), either script.
    #[arg(long, value_name = "C")]
    category: Option<String>,
    /// Only documents about this hospital: its name in either script, in full or by a
    /// distinctive part (邵阳中心医院), as for every command.
    #[arg(long, value_name = "H")]
    hospital: Option<String>,
    /// Only measures whose name contains this (either script).
    #[arg(long, value_name = "TEXT")]
    name: Option<String>,
    /// Include the measures of reposts (the same article found again), otherwise
    /// counted once, with their first copy.
    #[arg(long)]
    reposts: bool,
    /// The practice matrix instead: hospitals × practices, each cell the first year a
    /// hospital's documents name the practice (✓ when undated). With --csv, hospitals
    /// are rows and practices columns, the table a paper needs; on the terminal,
    /// practices are rows.
    #[arg(long)]
    matrix: bool,
    /// With --matrix: one row per hospital and practice it names — hospital, practice,
    /// category, first_year (empty when undated), documents — the long table R and
    /// pandas pivot from.
    #[arg(long, requires = "matrix")]
    long: bool,
    /// Print the rows as a JSON array.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print the rows as CSV with a header (UTF-8).
    #[arg(long)]
    csv: bool,
    /// CSV for Excel: as --csv, with a UTF-8 byte-order mark first.
    #[arg(long, conflicts_with = "json")]
    excel: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    if let Some(category) = &args.category {
        tables::category(category)?;
    }
    let store = Store::open_read_only(index)?;
    if args.matrix {
        print_matrix(&dangjian::analyze::compare::matrix(&store)?, &args);
        return Ok(EXIT_OK);
    }
    let filter = MeasureFilter {
        category: args.category.clone(),
        hospital: args.hospital.clone(),
        name: args.name.clone(),
        reposts: args.reposts,
    };
    let rows = tables::measure_rows(&store, &filter)?;
    if args.json {
        let objects: Vec<MeasureRecord> = rows.iter().map(MeasureRecord::of).collect();
        outln!("{}", serde_json::to_string_pretty(&objects)?);
    } else if args.csv || args.excel {
        let bom = if args.excel { EXCEL_BOM } else { "" };
        outln!("{bom}{}", csv_table(MEASURE_COLUMNS, rows.iter().map(|r| MeasureRecord::of(r).csv())).trim_end());
    } else {
        print_table(&rows);
    }
    Ok(EXIT_OK)
}

fn print_matrix(m: &Matrix, args: &Args) {
    let cell = |c: &Option<Option<i32>>| match c {
        None => String::new(),
        Some(None) => "✓".to_string(),
        Some(Some(year)) => year.to_string(),
    };
    let wanted: Vec<usize> = (0..m.measures.len())
        .filter(|&i| args.category.as_ref().is_none_or(|c| m.measures[i].1 == hanconv::t2s(c.trim())))
        .collect();
    let bom = if args.excel { EXCEL_BOM } else { "" };
    if args.long {
        let mut rows = Vec::new();
        for (h, hospital) in m.hospitals.iter().enumerate() {
            for &i in &wanted {
                let Some(year) = m.cells[h][i] else { continue };
                rows.push((hospital, &m.measures[i].0, &m.measures[i].1, year, m.documents[h][i]));
            }
        }
        if args.json {
            let objects: Vec<serde_json::Value> = rows
                .iter()
                .map(|(hospital, practice, category, year, documents)| {
                    serde_json::json!({
                        "hospital": hospital, "practice": practice, "category": category,
                        "first_year": year, "documents": documents,
                    })
                })
                .collect();
            outln!("{}", serde_json::to_string_pretty(&objects).unwrap_or_default());
        } else {
            outln!("{bom}{}", csv_record(&["hospital", "practice", "category", "first_year", "documents"]));
            for (hospital, practice, category, year, documents) in rows {
                let year = year.map(|y| y.to_string()).unwrap_or_default();
                outln!("{}", csv_record(&[hospital.as_str(), practice, category, &year, &documents.to_string()]));
            }
        }
        return;
    }
    if args.json {
        let rows: Vec<serde_json::Value> = m
            .hospitals
            .iter()
            .enumerate()
            .map(|(h, hospital)| {
                let years: serde_json::Map<String, serde_json::Value> = wanted
                    .iter()
                    .filter_map(|&i| m.cells[h][i].map(|y| (m.measures[i].0.clone(), serde_json::json!(y))))
                    .collect();
                serde_json::json!({ "hospital": hospital, "measures": years })
            })
            .collect();
        outln!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
    } else if args.csv || args.excel {
        let header: Vec<String> =
            std::iter::once(format!("{bom}hospital")).chain(wanted.iter().map(|&i| m.measures[i].0.clone())).collect();
        outln!("{}", csv_record(&header));
        for (h, hospital) in m.hospitals.iter().enumerate() {
            let row: Vec<String> =
                std::iter::once(hospital.clone()).chain(wanted.iter().map(|&i| cell(&m.cells[h][i]))).collect();
            outln!("{}", csv_record(&row));
        }
    } else {
        if m.hospitals.is_empty() {
            outln!("no document names its hospital");
            return;
        }
        let header: Vec<String> =
            ["practice".to_string(), "category".to_string()].into_iter().chain(m.hospitals.iter().cloned()).collect();
        let rows: Vec<Vec<String>> = wanted
            .iter()
            .map(|&i| {
                [m.measures[i].0.clone(), m.measures[i].1.clone()]
                    .into_iter()
                    .chain((0..m.hospitals.len()).map(|h| cell(&m.cells[h][i])))
                    .collect()
            })
            .collect();
        let widths: Vec<usize> = (0..header.len())
            .map(|c| rows.iter().map(|r| width(&r[c])).chain([width(&header[c])]).max().unwrap_or(0))
            .collect();
        for row in std::iter::once(&header).chain(&rows) {
            let cells: Vec<String> = row.iter().enumerate().map(|(c, v)| pad_right(v, widths[c])).collect();
            outln!("{}", cells.join("  ").trim_end());
        }
    }
}

fn print_table(rows: &[MeasureRow]) {
    if rows.is_empty() {
        outln!("no measures match");
        return;
    }
    let header = ["measure", "category", "hospital", "date", "evidence"];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let m = &r.measure;
            // The evidence from a little before the name, so it shows in a cut column.
            let at = m.evidence.find(&m.name_text).map_or(0, |b| m.evidence[..b].chars().count());
            let evidence: String = if at > 10 {
                format!("…{}", m.evidence.chars().skip(at - 8).collect::<String>())
            } else {
                m.evidence.clone()
            };
            vec![
                m.name_text.clone(),
                m.category.clone().unwrap_or_else(|| "-".into()),
                if r.hospital.is_empty() { r.path.clone() } else { r.hospital.clone() },
                if r.date.is_empty() { "-".into() } else { r.date.clone() },
                truncate(&evidence, 50),
            ]
        })
        .collect();
    aligned(&header, &cells, &[false; 5]);
    let mut documents: Vec<&str> = rows.iter().map(|r| r.document_id.as_str()).collect();
    documents.sort();
    documents.dedup();
    outln!("{} measures from {} documents", rows.len(), documents.len());
}
