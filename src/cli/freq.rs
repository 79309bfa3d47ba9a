//! `dangjian freq` and `dangjian keyness`: how often terms occur by hospital, year or
//! practice category, and which words set a group of documents apart.

use std::path::Path;

use dangjian::analyze::compare::known_hospitals;
use dangjian::analyze::freq::{By, Group, freq, keyness};
use dangjian::index::Store;
use dangjian::index::hospitals::resolve_one;

use super::EXIT_OK;
use super::output::{csv_record, outln, pad_left, pad_right, width};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ByArg {
    Hospital,
    Year,
    Category,
}

#[derive(Debug, clap::Args)]
pub struct FreqArgs {
    /// Terms, in either script.
    #[arg(required = true, value_name = "TERM")]
    terms: Vec<String>,
    /// Group by the documents' hospital, their year, or the category of the practices
    /// in whose sentences the term occurs.
    #[arg(long, value_enum, default_value = "hospital")]
    by: ByArg,
    /// Print JSON.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print CSV (group, term, count, characters, per_10k).
    #[arg(long)]
    csv: bool,
}

#[derive(Debug, clap::Args)]
pub struct KeynessArgs {
    /// The group: hospital=NAME (either script, part of the name), year=2017, or
    /// year=2012..2017.
    #[arg(long, value_name = "KEY=VALUE")]
    group: String,
    /// How many words to show (at most 10,000).
    #[arg(long, default_value_t = 20, value_parser = super::bounded(1, super::MAX_LIMIT))]
    limit: usize,
    /// Print JSON.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print CSV (term, group, rest, group_per_10k, rest_per_10k, g2).
    #[arg(long)]
    csv: bool,
}

fn table(header: &[&str], rows: &[Vec<String>], numeric_from: usize) {
    let widths: Vec<usize> = (0..header.len())
        .map(|c| rows.iter().map(|r| width(&r[c])).chain([width(header[c])]).max().unwrap_or(0))
        .collect();
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, v)| if c >= numeric_from { pad_left(v, widths[c]) } else { pad_right(v, widths[c]) })
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    outln!("{}", line(header.to_vec()));
    for row in rows {
        outln!("{}", line(row.iter().map(String::as_str).collect()));
    }
}

pub fn run_freq(index: &Path, args: FreqArgs) -> anyhow::Result<u8> {
    let store = Store::open_read_only(index)?;
    let by = match args.by {
        ByArg::Hospital => By::Hospital,
        ByArg::Year => By::Year,
        ByArg::Category => By::Category,
    };
    let counts = freq(&store, &args.terms, by)?;
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&counts)?);
    } else if args.csv {
        outln!("{}", csv_record(&["group", "term", "count", "characters", "per_10k"]));
        for c in &counts {
            outln!(
                "{}",
                csv_record(&[
                    &c.group,
                    &c.term,
                    &c.count.to_string(),
                    &c.characters.to_string(),
                    &c.per_10k.to_string()
                ])
            );
        }
    } else {
        let rows: Vec<Vec<String>> = counts
            .iter()
            .map(|c| {
                vec![
                    c.group.clone(),
                    c.term.clone(),
                    c.count.to_string(),
                    c.characters.to_string(),
                    format!("{:.2}", c.per_10k),
                ]
            })
            .collect();
        table(&["group", "term", "count", "characters", "per 10k"], &rows, 2);
    }
    Ok(EXIT_OK)
}

fn group(store: &Store, spec: &str) -> anyhow::Result<Group> {
    let Some((key, value)) = spec.split_once('=') else {
        anyhow::bail!("--group {spec:?}: write hospital=NAME, year=YYYY or year=YYYY..YYYY");
    };
    match key.trim() {
        "hospital" => Ok(Group::Hospital(resolve_one(value, &known_hospitals(&store.heads()?))?)),
        "year" => {
            let (from, to) = value.split_once("..").unwrap_or((value, value));
            let year =
                |v: &str| v.trim().parse::<i32>().map_err(|_| anyhow::anyhow!("--group {spec:?}: {v:?} is not a year"));
            Ok(Group::Years(year(from)?, year(to)?))
        }
        other => anyhow::bail!("--group {spec:?}: {other:?} is not a grouping; use hospital=NAME or year=YYYY[..YYYY]"),
    }
}

pub fn run_keyness(index: &Path, args: KeynessArgs) -> anyhow::Result<u8> {
    let store = Store::open_read_only(index)?;
    let group = group(&store, &args.group)?;
    let (keys, inside, outside) = keyness(&store, &group, args.limit)?;
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&keys)?);
    } else if args.csv {
        outln!("{}", csv_record(&["term", "group", "rest", "group_per_10k", "rest_per_10k", "g2"]));
        for k in &keys {
            outln!(
                "{}",
                csv_record(&[
                    &k.term,
                    &k.group.to_string(),
                    &k.rest.to_string(),
                    &k.group_per_10k.to_string(),
                    &k.rest_per_10k.to_string(),
                    &k.g2.to_string()
                ])
            );
        }
    } else {
        outln!("{inside} documents in the group, {outside} in the rest");
        if inside == 0 || outside == 0 {
            outln!("keyness needs documents both in the group and outside it");
            return Ok(EXIT_OK);
        }
        let rows: Vec<Vec<String>> = keys
            .iter()
            .map(|k| {
                vec![
                    k.term.clone(),
                    k.group.to_string(),
                    k.rest.to_string(),
                    format!("{:.2}", k.group_per_10k),
                    format!("{:.2}", k.rest_per_10k),
                    format!("{:.2}", k.g2),
                ]
            })
            .collect();
        table(&["term", "group", "rest", "group/10k", "rest/10k", "G²"], &rows, 1);
    }
    Ok(EXIT_OK)
}
