//! The metrics stage end to end: the bundled corpus (real reports in their real
//! encodings) and the held-out reports of `tests/fixtures/held-out` are indexed by the
//! real binary, `dangjian metrics --json` is read back, and what it says is scored
//! against the hand-made answers — recall, precision, unit and qualifier.
//!
//! `cargo test --test metrics -- --nocapture` prints the scores.

mod common;

use std::collections::HashMap;
use std::path::Path;

use common::{code, dangjian, root, stderr, stdout};
use serde_json::Value;

/// One hand-made answer.
#[derive(Debug, Clone)]
struct Answer {
    /// The document it belongs to: the seed prefix (000) or the fixture file name.
    document: String,
    tier: String,
    subject: String,
    value: f64,
    unit: String,
    qualifier: String,
    /// The sentence it is in, normalised; empty when the list gives none.
    evidence: String,
}

/// Text as the gold compares it: pinyin annotations and whitespace removed, folded
/// to simplified script.
fn normalise(text: &str) -> String {
    let clean = dangjian::clean::clean(text).text;
    hanconv::t2s(&clean).chars().filter(|c| !c.is_whitespace()).collect()
}

/// The answers of a hand-made list: the gold (with an evidence column) or the
/// held-out reports' (without).
fn answers(path: &str) -> Vec<Answer> {
    let tsv = std::fs::read_to_string(root().join(path)).unwrap();
    tsv.lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            Answer {
                document: f[0].into(),
                tier: f[1].into(),
                subject: f[2].into(),
                value: f[3].parse().unwrap(),
                unit: f[4].into(),
                qualifier: f[5].into(),
                evidence: f.get(6).map(|e| normalise(e)).unwrap_or_default(),
            }
        })
        .collect()
}

fn gold() -> Vec<Answer> {
    answers("tests/gold/metrics.tsv")
}

fn held_out() -> Vec<Answer> {
    answers("tests/fixtures/held-out/metrics.tsv")
}

/// Indexes `corpus` into `dir/idx` and returns what `dangjian metrics --json
/// --no-derived` reports, by document key (`key` of its path).
fn extracted(dir: &Path, corpus: &Path, key: impl Fn(&str) -> String) -> HashMap<String, Vec<Value>> {
    let corpus = corpus.to_str().unwrap();
    let output = dangjian(dir, &["index", corpus, "--index", "idx", "-q"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let output = dangjian(dir, &["metrics", "--index", "idx", "--json", "--no-derived"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let rows: Vec<Value> = serde_json::from_str(&stdout(&output)).unwrap();
    let mut by_document: HashMap<String, Vec<Value>> = HashMap::new();
    for row in rows {
        by_document.entry(key(row["path"].as_str().unwrap())).or_default().push(row);
    }
    by_document
}

fn same_value(row: &Value, value: f64) -> bool {
    let found = row["value"].as_f64().unwrap();
    (found - value).abs() <= 1e-3 * value.abs().max(1.0)
}

/// Whether an extracted row is the figure an answer lists: same value, and the
/// answer's evidence within the row's sentence (or, without evidence, the same unit).
fn is(row: &Value, answer: &Answer) -> bool {
    same_value(row, answer.value)
        && if answer.evidence.is_empty() {
            row["unit"] == answer.unit.as_str()
        } else {
            normalise(row["evidence"].as_str().unwrap()).contains(&answer.evidence)
        }
}

#[derive(Debug, Default)]
struct Score {
    core: usize,
    core_found: usize,
    listed: usize,
    found: usize,
    extracted: usize,
    correct: usize,
    unit_and_qualifier: usize,
    subject: usize,
    missed: Vec<String>,
    wrong: Vec<String>,
}

impl Score {
    fn recall(&self) -> f64 {
        self.found as f64 / self.listed as f64
    }
    fn precision(&self) -> f64 {
        self.correct as f64 / self.extracted.max(1) as f64
    }
    fn unit_and_qualifier_rate(&self) -> f64 {
        self.unit_and_qualifier as f64 / self.found.max(1) as f64
    }
}

fn score(answers: &[Answer], extracted: &HashMap<String, Vec<Value>>) -> Score {
    let mut s = Score::default();
    let none = Vec::new();
    for answer in answers.iter().filter(|a| a.tier != "allowed") {
        s.listed += 1;
        s.core += usize::from(answer.tier == "core");
        let rows = extracted.get(&answer.document).unwrap_or(&none);
        match rows.iter().find(|row| is(row, answer)) {
            Some(row) => {
                s.found += 1;
                s.core_found += usize::from(answer.tier == "core");
                let unit_ok = row["unit"] == answer.unit.as_str();
                let qualifier_ok = row["qualifier"] == answer.qualifier.as_str();
                s.unit_and_qualifier += usize::from(unit_ok && qualifier_ok);
                let subject = row["subject"].as_str().unwrap();
                if subject.contains(&answer.subject) || answer.subject.contains(subject) {
                    s.subject += 1;
                } else {
                    s.wrong.push(format!(
                        "{} {}: subject {subject}, listed {}",
                        answer.document, answer.value, answer.subject
                    ));
                }
                if !(unit_ok && qualifier_ok) {
                    s.wrong.push(format!(
                        "{} {}: {} {}, listed {} {}",
                        answer.document, answer.value, row["unit"], row["qualifier"], answer.unit, answer.qualifier
                    ));
                }
            }
            None => s.missed.push(format!(
                "{} {} {} {} {}",
                answer.tier, answer.document, answer.subject, answer.value, answer.unit
            )),
        }
    }
    for (document, rows) in extracted {
        for row in rows {
            let listed: Vec<&Answer> = answers.iter().filter(|a| &a.document == document && is(row, a)).collect();
            if listed.iter().any(|a| a.tier == "allowed") && !listed.iter().any(|a| a.tier != "allowed") {
                continue; // neither for nor against
            }
            s.extracted += 1;
            if listed.is_empty() {
                s.wrong.push(format!("not listed: {document} {} {} {}", row["subject"], row["value"], row["unit"]));
            } else {
                s.correct += 1;
            }
        }
    }
    s
}

fn report(name: &str, s: &Score) {
    println!(
        "{name}: core {}/{} · recall {}/{} = {:.1}% · precision {}/{} = {:.1}% · unit+qualifier {:.1}% · subject {}/{}",
        s.core_found,
        s.core,
        s.found,
        s.listed,
        100.0 * s.recall(),
        s.correct,
        s.extracted,
        100.0 * s.precision(),
        100.0 * s.unit_and_qualifier_rate(),
        s.subject,
        s.found
    );
    for line in s.missed.iter().chain(&s.wrong) {
        println!("  {line}");
    }
}

#[test]
fn the_seeds_figures_match_the_gold() {
    let dir = tempfile::tempdir().unwrap();
    let extracted = extracted(dir.path(), &root().join("corpus"), |path| path[..3].to_string());
    let s = score(&gold(), &extracted);
    report("seeds", &s);
    assert_eq!(s.core_found, s.core, "every core figure: {:?}", s.missed);
    assert!(s.recall() >= 0.9, "recall {:.3}: {:?}", s.recall(), s.missed);
    assert!(s.precision() >= 0.9, "precision {:.3}: {:?}", s.precision(), s.wrong);
    assert!(s.unit_and_qualifier_rate() >= 0.95, "{:?}", s.wrong);
    // A figure whose sentence names no year holds for the document's (its date).
    for (seed, year) in [("000", 2017), ("001", 2017), ("003", 2012)] {
        assert!(extracted[seed].iter().all(|r| r["year"] == year), "{seed}: {:?}", extracted[seed]);
    }
    // The comparison rests on the core subjects being named canonically.
    for answer in gold().iter().filter(|a| a.tier == "core") {
        let rows = &extracted[&answer.document];
        let row = rows.iter().find(|r| is(r, answer)).unwrap();
        assert_eq!(row["subject"], answer.subject.as_str(), "{answer:?}");
    }
}

#[test]
fn held_out_reports_in_other_encodings_are_read_as_well() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for name in ["a_gbk.txt", "b_big5.txt", "c_utf16le.txt", "d_gb18030.html"] {
        std::fs::copy(root().join("tests/fixtures/held-out").join(name), corpus.join(name)).unwrap();
    }
    let extracted = extracted(dir.path(), &corpus, str::to_string);
    let s = score(&held_out(), &extracted);
    report("held out", &s);
    assert_eq!(s.core_found, s.core, "every core figure: {:?}", s.missed);
    assert!(s.recall() >= 0.85, "recall {:.3}: {:?}", s.recall(), s.missed);
    assert!(s.precision() >= 0.9, "precision {:.3}: {:?}", s.precision(), s.wrong);
    assert!(s.unit_and_qualifier_rate() >= 0.95, "{:?}", s.wrong);
}

#[test]
fn csv_json_and_filters_carry_the_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let output = dangjian(dir.path(), &["index", root().join("corpus").to_str().unwrap(), "--index", "idx", "-q"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let json: Vec<Value> =
        serde_json::from_str(&stdout(&dangjian(dir.path(), &["metrics", "--index", "idx", "--json"]))).unwrap();
    let csv = stdout(&dangjian(dir.path(), &["metrics", "--index", "idx", "--csv"]));
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[..6], ["document_id", "path", "hospital", "subject", "subject_text", "value"]);
    assert_eq!(lines.count(), json.len());
    assert!(json.iter().any(|r| r["derived"] == true && r["subject"] == "平均每支部党员数"));

    // A subject in traditional script selects the canonical subject.
    let party: Vec<Value> = serde_json::from_str(&stdout(&dangjian(
        dir.path(),
        &["metrics", "--index", "idx", "--json", "--subject", "黨員"],
    )))
    .unwrap();
    let values: Vec<f64> = party.iter().map(|r| r["value"].as_f64().unwrap()).collect();
    assert_eq!(values, [1000.0, 877.0]);
    assert!(party.iter().all(|r| r["subject"] == "党员"));

    // The human table shows the qualifier with the value.
    let table = stdout(&dangjian(dir.path(), &["metrics", "--index", "idx", "--subject", "员工"]));
    assert!(table.contains("≈3000"), "{table}");

    // stats counts them.
    let stats: Value =
        serde_json::from_str(&stdout(&dangjian(dir.path(), &["stats", "--index", "idx", "--json"]))).unwrap();
    assert_eq!(stats["metrics"].as_u64(), Some(json.iter().filter(|r| r["derived"] == false).count() as u64));
    assert_eq!(stats["hospitals"], 3);

    // The export carries each document's metrics.
    let export = common::export(dir.path());
    let total: usize = export.iter().map(|d| d["metrics"].as_array().unwrap().len()).sum();
    assert_eq!(total, json.iter().filter(|r| r["derived"] == false).count());
}

#[test]
fn metrics_follow_the_documents_they_come_from() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    common::copy_dir(&root().join("corpus"), &corpus);
    let index = |dir: &Path| {
        let output = dangjian(dir, &["index", "corpus", "--index", "idx", "-q"]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        serde_json::from_str::<Vec<Value>>(&stdout(&dangjian(dir, &["metrics", "--index", "idx", "--json"]))).unwrap()
    };
    let before = index(dir.path());
    assert!(before.iter().any(|r| r["path"].as_str().unwrap().starts_with("001")));
    let seed = std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path());
    let seed_001 = seed.into_iter().find(|p| p.file_name().unwrap().to_string_lossy().starts_with("001")).unwrap();
    std::fs::remove_file(seed_001).unwrap();
    let after = index(dir.path());
    assert!(!after.iter().any(|r| r["path"].as_str().unwrap().starts_with("001")));
    let kept: Vec<&Value> = before.iter().filter(|r| !r["path"].as_str().unwrap().starts_with("001")).collect();
    assert_eq!(kept.len(), after.len());
}
