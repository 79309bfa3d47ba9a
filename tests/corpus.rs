//! The bundled corpus: every file decodes to exactly the text of its source seed, and
//! indexing it is repeatable.

mod common;

use common::*;

#[test]
fn index_and_export_the_bundled_corpus_exactly() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    let output = dangjian(dir.path(), &["index", "--index", "idx"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("3 seen · 3 added"), "{}", stdout(&output));

    let docs = export(dir.path());
    let got: Vec<(&str, &str, &str)> = docs
        .iter()
        .map(|d| (d["path"].as_str().unwrap(), d["encoding"].as_str().unwrap(), d["encoding_source"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("000_f4fd5e7f994b8d9f.txt", "UTF-16LE", "bom"),
            ("001_5ef448610bd62831.txt", "Big5", "detected"),
            ("003_ea44c8e6f3c16627.html", "GBK", "declared"),
        ]
    );
    // Each file decodes to its seed exactly (the page: its paragraphs, © and ・ from
    // character references; Big5-HKSCS keeps 腭), and is then cleaned.
    let clean = |text: &str| dangjian::clean::clean(text).text;
    let text = |i: usize| docs[i]["text"].as_str().unwrap().to_string();
    assert!(text(0) == clean(&seed("000")), "000 differs from its cleaned seed");
    assert!(text(1) == seed("001"), "001 is undamaged: it must come out as it went in");
    assert!(text(2) == clean(&paragraphs(&seed("003"))), "003 differs from its cleaned paragraphs");
    let scripts: Vec<&str> = docs.iter().map(|d| d["script"].as_str().unwrap()).collect();
    assert_eq!(scripts, ["traditional", "traditional", "simplified"], "as tests/gold/metadata.tsv says");
    for doc in &docs {
        assert_eq!(doc["replaced_bytes"], 0);
        assert!(doc["paragraphs"].as_array().unwrap().len() >= 10);
        assert!(doc["cleaning"].as_array().unwrap().iter().any(|c| c["step"] == "mojibake"));
        assert_eq!(doc["warnings"], serde_json::json!([]));
        assert_eq!(doc["id"].as_str().unwrap().len(), 16);
        assert_eq!(doc["sha256"].as_str().unwrap().len(), 64);
    }
}

#[test]
fn two_runs_and_two_indexes_export_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    let run = |index: &str| {
        let output = dangjian(dir.path(), &["index", "corpus", "--index", index, "--threads", "2"]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        dangjian(dir.path(), &["export", "--index", index, "--out", "-"]).stdout
    };
    let first = run("a");
    let again = run("a");
    let fresh = run("b");
    assert!(!first.is_empty());
    assert_eq!(first, again, "re-running over an unchanged corpus changes nothing");
    assert_eq!(first, fresh, "a fresh index of the same corpus exports the same bytes");

    let output = dangjian(dir.path(), &["index", "corpus", "--index", "a", "--json"]);
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!((summary["unchanged"].as_u64(), summary["added"].as_u64()), (Some(3), Some(0)));
}

#[test]
fn the_exported_text_passes_every_gold_normalize_check() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);
    let docs = export(dir.path());
    let gold = std::fs::read_to_string(root().join("tests/gold/normalize.tsv")).unwrap();
    let mut checked = 0;
    for row in gold.lines().skip(1) {
        let [prefix, check, tier, string] = row.split('\t').collect::<Vec<_>>()[..] else {
            continue;
        };
        let doc = docs.iter().find(|d| d["path"].as_str().unwrap().starts_with(prefix)).unwrap();
        let text = doc["text"].as_str().unwrap();
        assert_eq!(text.contains(string), check == "present", "{prefix}: {string:?} should be {check} ({tier})");
        checked += 1;
    }
    assert!(checked >= 20);
    // Paragraph offsets are characters of `text`; the first heading of 001 is a real one.
    let doc = &docs[1];
    let chars: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    let headings: Vec<String> = doc["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| !p["heading"].is_null())
        .map(|p| chars[p["start"].as_u64().unwrap() as usize..p["end"].as_u64().unwrap() as usize].iter().collect())
        .collect();
    assert_eq!(headings[0], "新體系 組織架構科學化");
}
