//! The record of a figure, as the store keeps it and `export` writes it.

use serde::{Deserialize, Serialize};

use crate::extract::numbers::Qualifier;

/// A figure read from a document (the data model of DESIGN.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    /// Canonical subject, simplified (党员, 党支部, 党员占比 …).
    pub subject: String,
    /// The subject as written.
    pub subject_text: String,
    /// The value in `unit` (万 and 亿 multiplied out; 三分之一 → 0.3333).
    pub value: f64,
    /// The upper end of a range (150-200人).
    pub upper: Option<f64>,
    /// The measure word as written, simplified (人, 名, 个, 场次, 元, 分钟 …), or
    /// `ratio` / `%`.
    pub unit: String,
    pub qualifier: Qualifier,
    /// The year the figure holds for, when the text says.
    pub year: Option<i32>,
    /// The sentence it was read from, in the document's script.
    pub evidence: String,
    /// Character offsets into the document's text: the subject and the figure.
    pub start: usize,
    pub end: usize,
}

/// Four decimals are plenty for a ratio (0.3333) and exact for any count.
pub(super) fn round(value: f64) -> f64 {
    (value * 1e4).round() / 1e4
}
