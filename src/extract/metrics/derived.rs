//! Figures derived from two a document gives — the share of staff who are Party
//! members, members per branch (`src/lexicon/derived.tsv`) — computed once, when the
//! document is read, and stored apart from the figures the text gives.

use serde::{Deserialize, Serialize};

use super::metric::{Metric, round};
use crate::extract::numbers::Qualifier;
use crate::lexicon;

/// A figure computed from two a document gives (the share of staff who are Party
/// members, members per branch), marked as derived wherever it is shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Derived {
    pub subject: String,
    pub value: f64,
    pub unit: String,
    /// `approx` when either part is not exact.
    pub qualifier: Qualifier,
    pub year: Option<i32>,
    /// How it was computed, with the parts' values: `党员 877 / 党支部 34`.
    pub formula: String,
}

/// The derived figures of `src/lexicon/derived.tsv`: (subject, numerator,
/// denominator, unit).
pub fn derived_rules() -> impl Iterator<Item = (&'static str, &'static str, &'static str, &'static str)> {
    lexicon::rows("derived.tsv").iter().map(|row| {
        let [subject, numerator, denominator, unit] = row[..] else {
            panic!("derived.tsv: a row needs four fields: {row:?}")
        };
        (subject, numerator, denominator, unit)
    })
}

/// The figures derived from a document's metrics, for each year both parts are given
/// for (or neither says), from the first figure given for each part.
pub fn derived(metrics: &[Metric]) -> Vec<Derived> {
    let mut out = Vec::new();
    for (subject, numerator, denominator, unit) in derived_rules() {
        let first = |s: &str, year: Option<i32>| metrics.iter().find(|m| m.subject == s && m.year == year);
        let mut years: Vec<Option<i32>> = metrics.iter().filter(|m| m.subject == numerator).map(|m| m.year).collect();
        years.dedup();
        for year in years {
            let (Some(n), Some(d)) = (first(numerator, year), first(denominator, year)) else { continue };
            if d.value == 0.0 || n.upper.is_some() || d.upper.is_some() {
                continue;
            }
            let exact = n.qualifier == Qualifier::Exact && d.qualifier == Qualifier::Exact;
            out.push(Derived {
                subject: subject.to_string(),
                value: round(n.value / d.value),
                unit: unit.to_string(),
                qualifier: if exact { Qualifier::Exact } else { Qualifier::Approx },
                year,
                formula: format!("{numerator} {} / {denominator} {}", n.value, d.value),
            });
        }
    }
    out
}
