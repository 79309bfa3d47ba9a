//! The nightly job: incremental, locked, idempotent and crash-safe — the real binary
//! on real reports in temp dirs.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::Value;

/// `n` reports made from the seeds, each different (numbered), as UTF-8 files.
fn many_reports(dir: &Path, n: usize) {
    fs::create_dir_all(dir).unwrap();
    let seeds = [seed("000"), seed("001"), seed("003")];
    for i in 0..n {
        let text = format!("{}\n本文为第{i}篇报告,共有党员{}人。", seeds[i % 3], 100 + i);
        fs::write(dir.join(format!("report-{i:04}.txt")), text).unwrap();
    }
}

fn counts(s: &Value) -> [u64; 4] {
    ["added", "updated", "deleted", "unchanged"].map(|k| s[k].as_u64().unwrap())
}

fn spawn_index(dir: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_dangjian"))
        .args(["index", "--index", "idx", "--json"])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn wait_for(path: &Path, within: Duration) {
    let start = Instant::now();
    while !path.exists() {
        assert!(start.elapsed() < within, "{} never appeared", path.display());
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn reruns_change_exactly_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    let first = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(counts(&json(&first)), [3, 0, 0, 0]);
    let export_before = dangjian(dir.path(), &["export", "--index", "idx"]).stdout;

    let again = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&again), 0);
    assert_eq!(counts(&json(&again)), [0, 0, 0, 3]);
    assert_eq!(dangjian(dir.path(), &["export", "--index", "idx"]).stdout, export_before, "byte-identical export");

    // Edit one file (appending a UTF-16 paragraph), delete another.
    let edited = dir.path().join("corpus/000_f4fd5e7f994b8d9f.txt");
    let mut bytes = fs::read(&edited).unwrap();
    let paragraph = "\n新增一段:目前黨支部共22個,黨員人數持續增長,醫院黨委高度重視基層黨組織建設,不斷完善各項制度。";
    bytes.extend(paragraph.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(&edited, bytes).unwrap();
    fs::remove_file(dir.path().join("corpus/003_ea44c8e6f3c16627.html")).unwrap();
    let third = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    let s = json(&third);
    assert_eq!(counts(&s), [0, 1, 1, 1]);
    assert_eq!(s["seen"], 2);
    let search = dangjian(dir.path(), &["search", "黨支部共22個", "--index", "idx", "--json"]);
    assert_eq!(json(&search).as_array().unwrap().len(), 1, "the edit is searchable");
    let gone = dangjian(dir.path(), &["search", "创先争优", "--index", "idx", "--json"]);
    assert_eq!(json(&gone).as_array().unwrap().len(), 0, "the deleted report is gone from search");
}

#[test]
fn a_second_run_while_one_is_going_exits_3_naming_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    many_reports(&dir.path().join("corpus"), 300);
    let mut first = spawn_index(dir.path());
    wait_for(&dir.path().join("idx/LOCK"), Duration::from_secs(60));
    let second = dangjian(dir.path(), &["index", "--index", "idx"]);
    let still_running = first.try_wait().unwrap().is_none();
    let output = first.wait_with_output().unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    if still_running {
        assert_eq!(code(&second), 3, "{}", stderr(&second));
        let message = stderr(&second);
        assert!(message.contains("pid") && message.contains("LOCK"), "{message}");
    }
    assert!(still_running, "the first run ended before the second started; make the corpus larger");
    assert!(!dir.path().join("idx/LOCK").exists(), "the lock is released");
}

#[test]
fn a_run_killed_mid_way_leaves_a_usable_index_and_the_next_run_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(&root().join("corpus"), &corpus);
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);
    let committed = dangjian(dir.path(), &["export", "--index", "idx"]).stdout;

    many_reports(&corpus.join("more"), 400);
    let mut run = spawn_index(dir.path());
    wait_for(&dir.path().join("idx/LOCK"), Duration::from_secs(60));
    std::thread::sleep(Duration::from_millis(300));
    assert!(run.try_wait().unwrap().is_none(), "the run ended before it could be killed; make the corpus larger");
    run.kill().unwrap(); // SIGKILL
    run.wait().unwrap();
    assert!(dir.path().join("idx/LOCK").exists(), "a killed run leaves its lock behind");

    // The last committed state is whole and usable.
    let stats = dangjian(dir.path(), &["stats", "--index", "idx", "--json"]);
    assert_eq!(code(&stats), 0, "{}", stderr(&stats));
    assert_eq!(json(&stats)["documents"], 3);
    assert_eq!(dangjian(dir.path(), &["export", "--index", "idx"]).stdout, committed);
    let search = dangjian(dir.path(), &["search", "三会一课", "--index", "idx", "--json"]);
    assert_eq!(json(&search).as_array().unwrap().len(), 2);

    // The next run takes the stale lock over and finishes the job.
    let next = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&next), 0, "{}", stderr(&next));
    let s = json(&next);
    assert_eq!(s["added"], 400);
    assert!(s["stale_lock"].is_object(), "{s}");
    assert!(stderr(&next).contains("stale lock"), "{}", stderr(&next));
    // The 400 are reposts of the seeds with a line added: search folds each into its
    // first copy's hit, and every one of them is found.
    let search = dangjian(dir.path(), &["search", "三会一课", "--index", "idx", "--json", "--limit", "1000"]);
    let hits = json(&search);
    let found: usize = hits.as_array().unwrap().iter().map(|h| 1 + h["also"].as_array().unwrap().len()).sum();
    assert_eq!(found, 2 + 400 * 2 / 3);

    // Exactly what a fresh index of the same corpus holds.
    let fresh = dangjian(dir.path(), &["-q", "index", "--index", "fresh"]);
    assert_eq!(code(&fresh), 0);
    assert_eq!(
        dangjian(dir.path(), &["export", "--index", "idx"]).stdout,
        dangjian(dir.path(), &["export", "--index", "fresh"]).stdout
    );
}
