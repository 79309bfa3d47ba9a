//! `dangjian freq` and `dangjian keyness`: how often terms occur by hospital, year or
//! practice category, and which words set a group of documents apart.

use std::path::Path;

use dangjian::analyze::compare::known_hospitals;
use dangjian::analyze::freq::{By, Group, KeynessQuery, freq, keyness};
use dangjian::index::Store;
use dangjian::index::hospitals::resolve_one;

use super::EXIT_OK;
use super::output::{csv_record, outln};
use super::table::table;

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
    /// Print CSV (group, term, count, characters, per_10k), full precision.
    #[arg(long)]
    csv: bool,
}

#[derive(Debug, clap::Args)]
pub struct KeynessArgs {
    /// The group: hospital=NAME (either script, part of the name), year=2017, or
    /// year=2012..2017.
    #[arg(long, value_name = "KEY=VALUE")]
    group: String,
    /// The reference group, written as --group is; every document outside the group
    /// when not given.
    #[arg(long, value_name = "KEY=VALUE")]
    reference: Option<String>,
    /// Leave out words seen fewer times than this in the group.
    #[arg(long, default_value_t = 2, value_parser = super::bounded(1, 1_000_000))]
    min_freq: usize,
    /// How many words to show (at most 10,000).
    #[arg(long, default_value_t = 20, value_parser = super::bounded(1, super::MAX_LIMIT))]
    limit: usize,
    /// Print JSON (keys with p and log_ratio, documents and words of both sides, warnings).
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print CSV (term, group, rest, group_per_10k, rest_per_10k, g2, p, log_ratio), full precision.
    #[arg(long)]
    csv: bool,
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
        table(&["group", "term", "count", "characters", "per 10k chars"], &rows, 2);
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
    let query = KeynessQuery {
        group: group(&store, &args.group)?,
        reference: args.reference.as_deref().map(|r| group(&store, r)).transpose()?,
        min_freq: args.min_freq as u64,
        limit: args.limit,
    };
    let found = keyness(&store, &query)?;
    for warning in &found.warnings {
        eprintln!("warning: {warning}");
    }
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&found)?);
    } else if args.csv {
        outln!("{}", csv_record(&["term", "group", "rest", "group_per_10k", "rest_per_10k", "g2", "p", "log_ratio"]));
        for k in &found.keys {
            outln!(
                "{}",
                csv_record(&[
                    &k.term,
                    &k.group.to_string(),
                    &k.rest.to_string(),
                    &k.group_per_10k.to_string(),
                    &k.rest_per_10k.to_string(),
                    &k.g2.to_string(),
                    &k.p.to_string(),
                    &k.log_ratio.to_string()
                ])
            );
        }
    } else {
        let reference = if query.reference.is_some() { "the reference" } else { "the rest" };
        outln!(
            "{} documents ({} words) in the group, {} ({} words) in {reference}; rates per 10,000 words",
            found.group_documents,
            found.group_words,
            found.reference_documents,
            found.reference_words
        );
        if found.group_words == 0 || found.reference_words == 0 {
            outln!("keyness needs words both in the group and in {reference}");
            return Ok(EXIT_OK);
        }
        let rows: Vec<Vec<String>> = found
            .keys
            .iter()
            .map(|k| {
                vec![
                    k.term.clone(),
                    k.group.to_string(),
                    k.rest.to_string(),
                    format!("{:.2}", k.group_per_10k),
                    format!("{:.2}", k.rest_per_10k),
                    format!("{:.2}", k.g2),
                    if k.p < 0.0001 { "<0.0001".to_string() } else { format!("{:.4}", k.p) },
                    format!("{:.2}", k.log_ratio),
                ]
            })
            .collect();
        table(&["term", "group", "ref", "group/10k words", "ref/10k words", "G²", "p", "log-ratio"], &rows, 1);
    }
    Ok(EXIT_OK)
}
