//! `/api/`: the content of the command line's `--json` outputs, from the same library
//! calls and with the same parameters as its flags (see README, "For writers").
//! `metrics` and `measures` also give CSV with `format=csv`.

use axum::http::StatusCode;
use serde::Serialize;

use super::pages::{MAX_COMPARED, measure_filter, metric_filter};
use super::params::Params;
use super::problem::Problem;
use crate::analyze::compare::compare as compare_hospitals;
use crate::analyze::tables::{
    MEASURE_COLUMNS, METRIC_COLUMNS, MeasureRecord, MetricRecord, csv_table, measure_rows, metric_rows,
};
use crate::index::search::{Engine, Filters, MAX_LIMIT, Narrowing};

/// What an API route answers with.
pub enum Answer {
    Json(String),
    Csv { name: &'static str, body: String },
}

fn json<T: Serialize>(value: &T) -> Result<Answer, Problem> {
    serde_json::to_string(value)
        .map(Answer::Json)
        .map_err(|e| Problem::new(StatusCode::INTERNAL_SERVER_ERROR, "无法生成 JSON", e.to_string()))
}

/// The query of `search` and `passages`: `q`, required.
fn q(params: &Params) -> Result<String, Problem> {
    params.text("q").ok_or_else(|| Problem::bad_parameter("q", "", "非空的查询"))
}

/// The filters of `search` and `passages`: `hospital`, `year`, `from`, `to`.
fn filters(params: &Params) -> Result<Filters, Problem> {
    Ok(Filters {
        hospital: params.text("hospital"),
        year: params.number::<u32>("year", 1000, 9999)?,
        from: params.text("from"),
        to: params.text("to"),
    })
}

/// The query, filters and limit (1 to 10,000, default 10) of `search` and `passages`.
fn query(params: &Params) -> Result<(String, Filters, usize), Problem> {
    let limit = params.number::<usize>("limit", 1, MAX_LIMIT as usize)?.unwrap_or(10);
    Ok((q(params)?, filters(params)?, limit))
}

/// The most result groups one answer with `facets=1` gives: each is a snippet to cut.
pub const MAX_GROUPS: usize = 100;

/// `search --json`; with `facets=1`, what the search page shows: one page of result
/// groups (a report and its reposts, from group `start`, `limit` of them) with the
/// facets of all of them, narrowed by `category` and `source` as the page's facets are.
pub fn search(engine: &Engine, params: &Params) -> Result<Answer, Problem> {
    if params.flag("facets") {
        let per_page = params.number::<usize>("limit", 1, MAX_GROUPS)?.unwrap_or(10);
        let offset = params.number::<usize>("start", 0, 1_000_000)?.unwrap_or(0);
        let narrowing = Narrowing { source: params.text("source"), category: params.text("category") };
        return json(&engine.search_page(&q(params)?, &filters(params)?, &narrowing, offset, per_page)?);
    }
    let (q, filters, limit) = query(params)?;
    json(&engine.search_folded(&q, &filters, limit)?)
}

pub fn passages(engine: &Engine, params: &Params) -> Result<Answer, Problem> {
    let (q, filters, limit) = query(params)?;
    json(&engine.passages(&q, &filters, limit)?)
}

/// The document as `export` writes it.
pub fn document(engine: &Engine, id: &str) -> Result<Answer, Problem> {
    match engine.store().document(id)? {
        Some(doc) => json(&doc),
        None => Err(Problem::not_found("这篇文献")),
    }
}

fn is_csv(params: &Params) -> Result<bool, Problem> {
    match params.text("format").as_deref() {
        None | Some("json") => Ok(false),
        Some("csv") => Ok(true),
        Some(other) => Err(Problem::bad_parameter("format", other, " json 或 csv")),
    }
}

pub fn metrics(engine: &Engine, params: &Params) -> Result<Answer, Problem> {
    metrics_as(engine, params, is_csv(params)?)
}

/// The figures table's CSV download.
pub fn metrics_csv(engine: &Engine, params: &Params) -> Result<Answer, Problem> {
    metrics_as(engine, params, true)
}

fn metrics_as(engine: &Engine, params: &Params, csv: bool) -> Result<Answer, Problem> {
    let rows = metric_rows(engine.store(), &metric_filter(params)?)?;
    if csv {
        let body = csv_table(METRIC_COLUMNS, rows.iter().map(|r| MetricRecord::of(r).csv()));
        return Ok(Answer::Csv { name: "metrics.csv", body });
    }
    json(&rows.iter().map(MetricRecord::of).collect::<Vec<_>>())
}

pub fn measures(engine: &Engine, params: &Params) -> Result<Answer, Problem> {
    measures_as(engine, params, is_csv(params)?)
}

/// The practices table's CSV download.
pub fn measures_csv(engine: &Engine, params: &Params) -> Result<Answer, Problem> {
    measures_as(engine, params, true)
}

fn measures_as(engine: &Engine, params: &Params, csv: bool) -> Result<Answer, Problem> {
    let rows = measure_rows(engine.store(), &measure_filter(params))?;
    if csv {
        let body = csv_table(MEASURE_COLUMNS, rows.iter().map(|r| MeasureRecord::of(r).csv()));
        return Ok(Answer::Csv { name: "measures.csv", body });
    }
    json(&rows.iter().map(MeasureRecord::of).collect::<Vec<_>>())
}

/// `h` once per hospital, one to four.
pub fn compare(engine: &Engine, params: &Params) -> Result<Answer, Problem> {
    let names = params.all("h");
    if names.is_empty() || names.len() > MAX_COMPARED {
        return Err(Problem::bad_parameter("h", &names.len().to_string(), "1 到 4 家医院"));
    }
    json(&compare_hospitals(engine.store(), &names)?)
}
