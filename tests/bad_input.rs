//! Bad input gets a clear message and loses nothing: the run goes on, every bad file
//! is reported with its reason, the exit code is 1, and the originals are untouched.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use serde_json::Value;

fn sha_of_tree(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| fs::symlink_metadata(p).unwrap().is_file())
        .map(|p| (p.display().to_string(), dangjian::model::sha256_hex(&fs::read(&p).unwrap_or_default())))
        .collect();
    files.sort();
    files
}

#[test]
fn a_folder_of_bad_files_is_reported_and_the_good_ones_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(&root().join("tests/fixtures/bad-input"), &corpus);
    fs::copy(root().join("corpus/001_5ef448610bd62831.txt"), corpus.join("good-big5.txt")).unwrap();
    // A 20 MB report on one line (a web page flattened by a scraper).
    let line = seed("001").replace('\n', "");
    let huge = line.repeat(20 * 1024 * 1024 / line.len() + 1);
    fs::write(corpus.join("one-line-20mb.txt"), &huge).unwrap();
    // A symbolic-link loop and a link to a file that is gone.
    #[cfg(unix)]
    {
        fs::create_dir_all(corpus.join("nested")).unwrap();
        std::os::unix::fs::symlink(&corpus, corpus.join("nested/loop")).unwrap();
        std::os::unix::fs::symlink(corpus.join("deleted.txt"), corpus.join("unreadable.txt")).unwrap();
    }
    let before = sha_of_tree(&corpus);

    let output = dangjian(dir.path(), &["index", "--index", "idx", "--summary-json", "summary.json"]);
    assert_eq!(code(&output), 1, "some files quarantined → exit 1\n{}", stderr(&output));
    assert_eq!(sha_of_tree(&corpus), before, "originals are never modified");

    let summary: Value = serde_json::from_str(&fs::read_to_string(dir.path().join("summary.json")).unwrap()).unwrap();
    let reasons = quarantine_reasons(&summary);
    // paper.htm is a PDF (with no pages) under a web page's name: read as a PDF.
    let mut expected = vec![("archive.txt", "binary"), ("empty.txt", "empty"), ("paper.htm", "damaged")];
    if cfg!(unix) {
        expected.push(("unreadable.txt", "unreadable"));
    }
    assert_eq!(reasons, expected);
    for q in summary["quarantined"].as_array().unwrap() {
        assert!(q["message"].as_str().unwrap().len() > 20, "a message says what to do: {q}");
    }
    assert_eq!(summary["exit_code"], 1);
    assert_eq!(summary["added"], 5);
    if cfg!(unix) {
        assert_eq!(summary["skipped"][0]["path"], "nested/loop");
    }
    let warned: Vec<&str> =
        summary["warnings"].as_array().unwrap().iter().map(|w| w["path"].as_str().unwrap()).collect();
    assert_eq!(warned, ["invalid-utf8-middle.txt", "truncated-gbk.txt"]);

    // The human summary names every bad file too.
    let human = stdout(&output);
    for (path, _) in &expected {
        assert!(human.contains(path), "{path} missing from\n{human}");
    }

    let docs = export(dir.path());
    let clean = |text: &str| dangjian::clean::clean(text).text;
    let by_path = |path: &str| docs.iter().find(|d| d["path"] == path).unwrap_or_else(|| panic!("{path} not indexed"));
    assert_eq!(by_path("good-big5.txt")["text"], seed("001"));
    assert_eq!(by_path("utf16be-no-bom.txt")["text"], clean(&seed("003")));
    assert_eq!(by_path("utf16be-no-bom.txt")["encoding"], "UTF-16BE");
    let truncated = by_path("truncated-gbk.txt");
    assert_eq!((truncated["encoding"].as_str(), truncated["replaced_bytes"].as_u64()), (Some("GBK"), Some(1)));
    let original = seed("001");
    let kept = &original[..original.rfind('報').unwrap()];
    assert_eq!(truncated["text"].as_str().unwrap(), clean(&format!("{kept}\u{FFFD}")));
    let stray = by_path("invalid-utf8-middle.txt");
    assert_eq!(stray["replaced_bytes"], 1);
    assert_eq!(stray["text"].as_str().unwrap().replace('\u{FFFD}', ""), clean(&seed("000")));
    assert!(by_path("one-line-20mb.txt")["text"].as_str().unwrap() == clean(&huge), "the 20 MB line");

    // `stats` lists the quarantined files; a re-run reports them again and exits 1.
    let stats = dangjian(dir.path(), &["stats", "--index", "idx", "--json"]);
    let stats: Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(stats["documents"], 5);
    assert_eq!(stats["quarantined"].as_array().unwrap().len(), expected.len());
    let again = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&again), 1);
    let again: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!((again["unchanged"].as_u64(), again["added"].as_u64()), (Some(5), Some(0)));
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_quarantined_when_the_user_cannot_read_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    fs::write(corpus.join("secret.txt"), "党员877人").unwrap();
    fs::set_permissions(corpus.join("secret.txt"), fs::Permissions::from_mode(0o000)).unwrap();
    let readable = fs::read(corpus.join("secret.txt")).is_ok(); // root reads anything
    let output = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    let summary: Value = serde_json::from_slice(&output.stdout).unwrap();
    if readable {
        assert_eq!((code(&output), summary["added"].as_u64()), (0, Some(1)));
    } else {
        assert_eq!(code(&output), 1);
        assert_eq!(summary["quarantined"][0]["reason"], "unreadable");
    }
}
