//! The run summary: what one `dangjian index` run did, for people and for scripts.
//!
//! The same structure is printed, written with `--summary-json`, and stored in the
//! `runs` table for `dangjian stats`. Its field names are part of the command-line
//! contract: scripts read them.

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::model::Quarantined;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    pub corpus: String,
    pub index: String,
    pub started_at: String,
    pub finished_at: String,
    /// Report files found by the walk.
    pub seen: u64,
    pub added: u64,
    pub updated: u64,
    /// Documents removed because their file is gone.
    pub deleted: u64,
    pub unchanged: u64,
    /// Every file of the corpus that is not indexed, with the reason.
    pub quarantined: Vec<Quarantined>,
    /// Documents indexed in this run with something to know about them.
    pub warnings: Vec<Warning>,
    /// What the walk passed over without losing anything (symbolic-link loops).
    pub skipped: Vec<SkippedEntry>,
    /// Documents that are reposts of another (the same article, exactly or nearly:
    /// see `duplicate_of` in the export).
    pub duplicates: u64,
    /// Why everything was rebuilt (`--full`, a new pipeline, lexicon or schema
    /// version), if it was.
    pub rebuilt: Option<String>,
    /// The holder of a stale lock this run took over (its process was gone).
    pub stale_lock: Option<super::lock::Holder>,
    pub durations_ms: Durations,
    pub versions: Versions,
    /// 0 all indexed, 1 some files quarantined (the rest committed); for a run that
    /// failed (written by `--summary-json` only): 2 a fatal error, 3 another run holds
    /// the lock, 130/143 interrupted by SIGINT/SIGTERM — and `error` says what.
    pub exit_code: i32,
    /// Why the run failed, when it did; nothing of it was committed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl RunSummary {
    /// The summary of a run that stopped on `error` with exit status `exit_code`.
    pub fn failed(corpus: &std::path::Path, index: &std::path::Path, exit_code: i32, error: &str) -> RunSummary {
        let now = timestamp(SystemTime::now());
        RunSummary {
            corpus: corpus.display().to_string(),
            index: index.display().to_string(),
            started_at: now.clone(),
            finished_at: now,
            exit_code,
            error: Some(error.to_string()),
            versions: Versions {
                dangjian: env!("CARGO_PKG_VERSION").to_string(),
                pipeline: crate::PIPELINE_VERSION,
                schema: super::store::SCHEMA_VERSION,
            },
            ..RunSummary::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub path: String,
    pub warning: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedEntry {
    pub path: String,
    pub reason: String,
}

/// Wall-clock time per stage, in milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Durations {
    pub discover: u64,
    /// Reading, hashing and decoding (in parallel).
    pub decode: u64,
    /// Writing the store and the full-text index (overlaps `decode`).
    pub store: u64,
    /// Committing the full-text index (with its merges) and the store.
    #[serde(default)]
    pub commit: u64,
    /// From the start to the store's commit, commits included.
    pub total: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Versions {
    pub dangjian: String,
    pub pipeline: u32,
    pub schema: u32,
}

/// `t` as an RFC 3339 UTC timestamp with second precision.
pub fn timestamp(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Proleptic Gregorian date of a day count since 1970-01-01 (Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamps_are_utc_dates() {
        assert_eq!(timestamp(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        // 2017-05-18 07:33:26 UTC, the date line of seed 000 read as UTC.
        assert_eq!(timestamp(UNIX_EPOCH + Duration::from_secs(1_495_092_806)), "2017-05-18T07:33:26Z");
        // A leap day.
        assert_eq!(timestamp(UNIX_EPOCH + Duration::from_secs(1_709_164_800)), "2024-02-29T00:00:00Z");
    }
}
