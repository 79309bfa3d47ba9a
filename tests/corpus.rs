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
    assert!(
        stdout(&output).contains("3 seen · 3 added"),
        "{}",
        stdout(&output)
    );

    let docs = export(dir.path());
    let got: Vec<(&str, &str, &str)> = docs
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap(),
                d["encoding"].as_str().unwrap(),
                d["encoding_source"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("000_f4fd5e7f994b8d9f.txt", "UTF-16LE", "bom"),
            ("001_5ef448610bd62831.txt", "Big5", "detected"),
            ("003_ea44c8e6f3c16627.html", "GBK", "declared"),
        ]
    );
    assert_eq!(docs[0]["text"], seed("000"));
    assert_eq!(
        docs[1]["text"],
        seed("001"),
        "Big5-HKSCS keeps 腭 and every other character"
    );
    assert_eq!(
        docs[2]["text"],
        paragraphs(&seed("003")),
        "the page's paragraphs, © and ・ from references"
    );
    for doc in &docs {
        assert_eq!(doc["replaced_bytes"], 0);
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
        let output = dangjian(
            dir.path(),
            &["index", "corpus", "--index", index, "--threads", "2"],
        );
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        dangjian(dir.path(), &["export", "--index", index, "--out", "-"]).stdout
    };
    let first = run("a");
    let again = run("a");
    let fresh = run("b");
    assert!(!first.is_empty());
    assert_eq!(
        first, again,
        "re-running over an unchanged corpus changes nothing"
    );
    assert_eq!(
        first, fresh,
        "a fresh index of the same corpus exports the same bytes"
    );

    let output = dangjian(dir.path(), &["index", "corpus", "--index", "a", "--json"]);
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        (summary["unchanged"].as_u64(), summary["added"].as_u64()),
        (Some(3), Some(0))
    );
}
