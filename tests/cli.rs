//! The command-line contract: help, usage errors and fatal errors map to the exit
//! codes DESIGN.md promises, and error messages name the path and what to do.

mod common;

use common::*;

#[test]
fn help_lists_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let output = dangjian(dir.path(), &["--help"]);
    assert_eq!(code(&output), 0);
    let help = stdout(&output);
    for command in ["index", "export", "stats", "--index"] {
        assert!(help.contains(command), "{command} missing from\n{help}");
    }
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(code(&dangjian(dir.path(), &["no-such-command"])), 2);
    assert_eq!(code(&dangjian(dir.path(), &["index", "--threads", "0"])), 2);
    assert_eq!(code(&dangjian(dir.path(), &["export", "--format", "xml"])), 2);
}

#[test]
fn a_missing_corpus_or_index_is_fatal_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let output = dangjian(dir.path(), &["index", "no-such-folder", "--index", "idx"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("no-such-folder"), "{}", stderr(&output));

    let output = dangjian(dir.path(), &["stats", "--index", "nowhere"]);
    assert_eq!(code(&output), 2);
    let message = stderr(&output);
    assert!(message.contains("nowhere") && message.contains("dangjian index"), "{message}");
    assert_eq!(code(&dangjian(dir.path(), &["export", "--index", "nowhere"])), 2);
}

#[test]
fn stats_and_export_to_a_file_after_indexing() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);

    let output = dangjian(dir.path(), &["stats", "--index", "idx"]);
    assert_eq!(code(&output), 0);
    let stats = stdout(&output);
    assert!(stats.contains("documents    3"), "{stats}");
    assert!(stats.contains("Big5 1") && stats.contains("GBK 1") && stats.contains("UTF-16LE 1"), "{stats}");

    let output = dangjian(dir.path(), &["export", "--index", "idx", "--format", "jsonl", "--out", "all.jsonl"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let written = std::fs::read_to_string(dir.path().join("all.jsonl")).unwrap();
    assert_eq!(written.lines().count(), 3);
    assert!(written.contains("共有黨員877人"));
}

#[test]
fn an_index_of_another_schema_is_named_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);
    // Pretend the index was built by an older release.
    let store = dir.path().join("idx").join(dangjian::index::STORE_FILE);
    let conn = rusqlite::Connection::open(&store).unwrap();
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'", []).unwrap();
    drop(conn);

    let output = dangjian(dir.path(), &["stats", "--index", "idx"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("dangjian index"), "{}", stderr(&output));

    let output = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        summary["rebuilt"],
        format!("schema version changed from 1 to {}", dangjian::index::store::SCHEMA_VERSION)
    );
    assert_eq!(export(dir.path()).len(), 3);
}
