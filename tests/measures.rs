//! The measures stage end to end: the bundled corpus and the held-out reports are
//! indexed by the real binary, `dangjian measures --json` is read back and scored
//! against `tests/gold/measures.tsv` and `tests/fixtures/held-out/measures.tsv`: a
//! listed practice is found when a measure's folded name contains it or the other way
//! round, and its category is right when it is the listed one.
//!
//! `cargo test --test measures -- --nocapture` prints the scores and the misses.

mod common;

use std::path::Path;

use common::{code, dangjian, root, stderr, stdout};
use serde_json::Value;

fn fold(text: &str) -> String {
    hanconv::t2s(text).to_lowercase().chars().filter(|c| !c.is_whitespace()).collect()
}

/// (document key, name, category) rows of a hand-made list.
fn listed(path: &str) -> Vec<(String, String, String)> {
    let tsv = std::fs::read_to_string(root().join(path)).unwrap();
    tsv.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), fold(f[1]), f[2].to_string())
        })
        .collect()
}

fn measures(dir: &Path, corpus: &Path) -> Vec<Value> {
    let output = dangjian(dir, &["index", corpus.to_str().unwrap(), "--index", "idx", "-q"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let output = dangjian(dir, &["measures", "--index", "idx", "--json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).unwrap()
}

/// (found, right category, listed) with the misses printed.
fn score(
    name: &str,
    list: &[(String, String, String)],
    found: &[Value],
    key: impl Fn(&str) -> String,
) -> (usize, usize) {
    let (mut hits, mut right) = (0, 0);
    for (document, listed_name, category) in list {
        let hit = found.iter().filter(|m| &key(m["path"].as_str().unwrap()) == document).find(|m| {
            let name = fold(m["name"].as_str().unwrap());
            name.contains(listed_name.as_str()) || listed_name.contains(name.as_str())
        });
        match hit {
            Some(m) => {
                hits += 1;
                if m["category"] == category.as_str() {
                    right += 1;
                } else {
                    println!("  {document} {listed_name}: category {}, listed {category}", m["category"]);
                }
            }
            None => println!("  missed {document} {listed_name} ({category})"),
        }
    }
    println!(
        "{name}: found {hits}/{} = {:.1}% · category right {right}/{hits} = {:.1}% · {} measures extracted",
        list.len(),
        100.0 * hits as f64 / list.len() as f64,
        100.0 * right as f64 / hits.max(1) as f64,
        found.len()
    );
    (hits, right)
}

/// No measure is speech, a 《》 title, or longer than a name. A title may stand whole in
/// a name after what was done with it (观看《某某》, 学习《某某》), never open it.
fn assert_names_are_names(found: &[Value]) {
    for m in found {
        let name = m["name"].as_str().unwrap();
        assert!(!name.contains(['。', '，', '！', '？', ':', '：']), "{m}");
        let titled = name.find('《').is_some_and(|at| at > 0 && name[at..].contains('》'));
        assert!(titled || !name.contains(['《', '》']), "{m}");
        assert!((2..=16).contains(&name.chars().count()), "{m}");
        let evidence = m["evidence"].as_str().unwrap();
        // A 《…》 title around the name is not a practice (a quoted name inside it may be).
        if let Some(open) = evidence.find('《') {
            let close = evidence[open..].find('》').map_or(evidence.len(), |c| open + c);
            let title = &evidence[open + '《'.len_utf8()..close];
            assert_ne!(fold(title), fold(name), "{m}");
        }
    }
}

#[test]
fn the_seeds_practices_match_the_gold() {
    let dir = tempfile::tempdir().unwrap();
    let found = measures(dir.path(), &root().join("corpus"));
    let list = listed("tests/gold/measures.tsv");
    let (hits, right) = score("seeds", &list, &found, |p| p[..3].to_string());
    assert!(hits * 100 >= list.len() * 80, "found {hits} of {}", list.len());
    assert!(right * 100 >= hits * 70, "category right for {right} of {hits}");
    assert_names_are_names(&found);
}

#[test]
fn held_out_reports_practices_are_found_as_well() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for name in ["a_gbk.txt", "b_big5.txt", "c_utf16le.txt", "d_gb18030.html"] {
        std::fs::copy(root().join("tests/fixtures/held-out").join(name), corpus.join(name)).unwrap();
    }
    let found = measures(dir.path(), &corpus);
    let list = listed("tests/fixtures/held-out/measures.tsv");
    let (hits, right) = score("held out", &list, &found, str::to_string);
    assert!(hits * 100 >= list.len() * 70, "found {hits} of {}", list.len());
    assert!(right * 100 >= hits * 70, "category right for {right} of {hits}");
    assert_names_are_names(&found);
}

#[test]
fn filters_and_formats() {
    let dir = tempfile::tempdir().unwrap();
    measures(dir.path(), &root().join("corpus"));
    let json = |args: &[&str]| -> Vec<Value> {
        let mut all = vec!["measures", "--index", "idx", "--json"];
        all.extend_from_slice(args);
        serde_json::from_str(&stdout(&dangjian(dir.path(), &all))).unwrap()
    };
    let helping = json(&["--category", "幫扶共建"]);
    assert!(!helping.is_empty() && helping.iter().all(|m| m["category"] == "帮扶共建"));
    let nanjing = json(&["--hospital", "南京"]);
    assert!(!nanjing.is_empty() && nanjing.iter().all(|m| m["hospital"] == "南京市第二医院"));
    let named = json(&["--name", "三會一課"]);
    assert_eq!(named.len(), 2, "001 and 003 name 三会一课");

    let csv = stdout(&dangjian(dir.path(), &["measures", "--index", "idx", "--csv"]));
    assert_eq!(csv.lines().count(), json(&[]).len() + 1);
    let output = dangjian(dir.path(), &["measures", "--index", "idx", "--category", "不存在"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("组织建设"), "the error lists the categories");

    // The export carries them too.
    let export = common::export(dir.path());
    let total: usize = export.iter().map(|d| d["measures"].as_array().unwrap().len()).sum();
    assert_eq!(total, json(&[]).len());
}
