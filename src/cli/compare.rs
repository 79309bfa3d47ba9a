//! `dangjian compare HOSPITAL...`: hospitals side by side — figures, practices shared
//! and unique, how alike their practices are, and the documents behind each column.

use std::path::Path;

use dangjian::analyze::compare::{ByCategory, Cell, Comparison, compare};
use dangjian::index::Store;

use super::EXIT_OK;
use super::output::{csv_record, number, outln, pad_left, pad_right, truncate, width};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Hospitals, in either script, in full or by a distinctive part of the name
    /// (邵阳中心医院, 市第二医院).
    #[arg(required = true, value_name = "HOSPITAL")]
    hospitals: Vec<String>,
    /// Show the sentence each figure was read from.
    #[arg(long)]
    evidence: bool,
    /// Print the comparison as JSON.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print the comparison as CSV in long format, one fact per line (section,
    /// hospital, name, category, value, upper, unit, qualifier, year, derived, detail);
    /// section `practice` has a line per practice and hospital that names it.
    #[arg(long)]
    csv: bool,
}

pub fn run(index: &Path, args: Args) -> anyhow::Result<u8> {
    let store = Store::open_read_only(index)?;
    let comparison = compare(&store, &args.hospitals)?;
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&comparison)?);
    } else if args.csv {
        print_csv(&comparison);
    } else {
        print_human(&comparison, args.evidence);
    }
    Ok(EXIT_OK)
}

fn print_human(c: &Comparison, evidence: bool) {
    let names: Vec<&str> = c.hospitals.iter().map(|h| h.hospital.as_str()).collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    rows.push(std::iter::once(String::new()).chain(names.iter().map(|n| n.to_string())).collect());
    rows.push(std::iter::once("地区".to_string()).chain(c.hospitals.iter().map(|h| h.region.clone())).collect());
    for row in &c.metrics {
        let label = if row.derived { format!("{} (derived)", row.subject) } else { row.subject.clone() };
        let cells = row.cells.iter().map(|cell| cell.as_ref().map_or_else(|| "-".to_string(), Cell::text));
        rows.push(std::iter::once(label).chain(cells).collect());
    }
    let widths: Vec<usize> = (0..=names.len()).map(|i| rows.iter().map(|r| width(&r[i])).max().unwrap_or(0)).collect();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| if i == 0 { pad_right(cell, widths[i]) } else { pad_left(cell, widths[i]) })
            .collect();
        outln!("{}", cells.join("  ").trim_end());
    }
    if evidence {
        outln!();
        for row in c.metrics.iter().filter(|r| !r.derived) {
            for (cell, name) in row.cells.iter().zip(&names) {
                if let Some(cell) = cell {
                    outln!("{} · {name}: {} — {}", row.subject, truncate(&cell.evidence, 70), cell.path);
                }
            }
        }
    }
    let practices = |title: String, by: &ByCategory| {
        let count: usize = by.values().map(Vec::len).sum();
        outln!("\n{title} ({count}):");
        for (category, items) in by {
            outln!("  {category}: {}", items.join(", "));
        }
    };
    if names.len() > 2 {
        // With three or more, "all" and "only one" leave out the practices some name:
        // a row per practice, a mark under each hospital that names it.
        let mut rows: Vec<Vec<String>> = c
            .practices
            .iter()
            .map(|p| {
                [p.name.clone(), p.category.clone()]
                    .into_iter()
                    .chain(p.named.iter().map(|&n| if n { "✓".to_string() } else { "-".to_string() }))
                    .chain([format!("{}/{}", p.hospitals, names.len())])
                    .collect()
            })
            .collect();
        let header: Vec<String> = ["practice".to_string(), "category".to_string()]
            .into_iter()
            .chain(names.iter().map(|n| n.to_string()))
            .chain(["named by".to_string()])
            .collect();
        rows.insert(0, header);
        outln!("\nPractices, by who names them ({}):", c.practices.len());
        let widths: Vec<usize> =
            (0..rows[0].len()).map(|i| rows.iter().map(|r| width(&r[i])).max().unwrap_or(0)).collect();
        for row in &rows {
            let cells: Vec<String> = row.iter().enumerate().map(|(i, v)| pad_right(v, widths[i])).collect();
            outln!("  {}", cells.join("  ").trim_end());
        }
    }
    if names.len() > 1 {
        practices("Practices all name".to_string(), &c.shared);
    }
    for unique in &c.unique {
        practices(format!("Only {}", unique.hospital), &unique.measures);
    }
    if !c.similarity.is_empty() {
        outln!("\nSimilarity of practices (Jaccard):");
        for s in &c.similarity {
            outln!("  {} ~ {}: {:.3} ({} shared of {})", s.a, s.b, s.jaccard, s.shared, s.union);
        }
    }
    outln!("\nDocuments:");
    for column in &c.hospitals {
        for d in &column.documents {
            let parts: Vec<&str> = [d.title.as_str(), d.date.as_str(), d.source.as_str(), d.path.as_str()]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect();
            outln!("  {}: {}", column.hospital, parts.join(" · "));
        }
    }
}

fn print_csv(c: &Comparison) {
    outln!(
        "{}",
        csv_record(&[
            "section",
            "hospital",
            "name",
            "category",
            "value",
            "upper",
            "unit",
            "qualifier",
            "year",
            "derived",
            "detail"
        ])
    );
    for row in &c.metrics {
        for (cell, column) in row.cells.iter().zip(&c.hospitals) {
            let Some(cell) = cell else { continue };
            outln!(
                "{}",
                csv_record(&[
                    "metric",
                    &column.hospital,
                    &row.subject,
                    "",
                    &number(cell.value),
                    &cell.upper.map(number).unwrap_or_default(),
                    &cell.unit,
                    cell.qualifier.as_str(),
                    &cell.year.map(|y| y.to_string()).unwrap_or_default(),
                    &row.derived.to_string(),
                    &cell.evidence,
                ])
            );
        }
    }
    let measures = |section: &str, hospital: &str, by: &ByCategory| {
        for (category, items) in by {
            for item in items {
                outln!("{}", csv_record(&[section, hospital, item, category, "", "", "", "", "", "", ""]));
            }
        }
    };
    // Long format: a line per practice and hospital that names it; `value` is how many
    // of the compared hospitals name it.
    for p in &c.practices {
        for (named, column) in p.named.iter().zip(&c.hospitals) {
            if *named {
                let detail = format!("named by {} of {}", p.hospitals, c.hospitals.len());
                outln!(
                    "{}",
                    csv_record(&[
                        "practice",
                        &column.hospital,
                        &p.name,
                        &p.category,
                        &p.hospitals.to_string(),
                        "",
                        "",
                        "",
                        "",
                        "",
                        &detail
                    ])
                );
            }
        }
    }
    measures("shared", "", &c.shared);
    for unique in &c.unique {
        measures("unique", &unique.hospital, &unique.measures);
    }
    for s in &c.similarity {
        let pair = format!("{}|{}", s.a, s.b);
        let detail = format!("{} shared of {}", s.shared, s.union);
        outln!(
            "{}",
            csv_record(&["similarity", &pair, "jaccard", "", &s.jaccard.to_string(), "", "", "", "", "", &detail])
        );
    }
    for column in &c.hospitals {
        for d in &column.documents {
            let detail = [d.date.as_str(), d.source.as_str(), d.path.as_str()].join(" · ");
            outln!("{}", csv_record(&["document", &column.hospital, &d.title, "", "", "", "", "", "", "", &detail]));
        }
    }
}
