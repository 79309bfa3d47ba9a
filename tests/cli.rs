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

/// The field names a Quickwit index config declares (`- name: X` under `field_mappings`).
fn quickwit_fields(config: &str) -> Vec<String> {
    config.lines().filter_map(|l| l.trim_start().strip_prefix("- name: ")).map(|name| name.trim().to_string()).collect()
}

#[test]
fn bulk_exports_carry_the_same_ids_and_only_fields_their_mappings_declare() {
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer, TokenStream};

    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);
    let documents = export(dir.path());
    let ids: Vec<&str> = documents.iter().map(|d| d["id"].as_str().unwrap()).collect();

    let output =
        dangjian(dir.path(), &["export", "--index", "idx", "--format", "elasticsearch", "--es-index", "reports"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let bulk = stdout(&output);
    let lines: Vec<serde_json::Value> = bulk.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2 * documents.len());

    let mapping: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("docs/bulk/elasticsearch.json")).unwrap()).unwrap();
    let properties = mapping["mappings"]["properties"].as_object().unwrap();
    let config = std::fs::read_to_string(root().join("docs/bulk/quickwit.yaml")).unwrap();
    let quickwit = quickwit_fields(&config);
    assert!(config.contains("mode: dynamic"), "metrics rely on Quickwit's dynamic field");

    let mut simple = TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).build();
    for (pair, (id, document)) in lines.chunks(2).zip(ids.iter().zip(&documents)) {
        assert_eq!(pair[0]["index"]["_index"], "reports");
        assert_eq!(pair[0]["index"]["_id"], *id);
        let doc = pair[1].as_object().unwrap();
        assert_eq!(doc["id"], *id);
        assert_eq!(doc["text"], document["text"]);
        for (key, value) in doc {
            assert!(properties.contains_key(key), "{key} is not in the Elasticsearch mapping");
            assert!(key == "metrics" || quickwit.contains(key), "{key} is not in the Quickwit config");
            assert!(value != "", "{key} is written empty: an engine's keyword or date field rejects it");
        }
        for metric in doc.get("metrics").and_then(|m| m.as_array()).into_iter().flatten() {
            let nested = properties["metrics"]["properties"].as_object().unwrap();
            assert!(metric.as_object().unwrap().keys().all(|k| nested.contains_key(k)), "{metric}");
        }
        // The words come out of an engine's plain tokenizer as they went in.
        let words = doc["words"].as_str().unwrap();
        let mut stream = simple.token_stream(words);
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push(stream.token().text.clone());
        }
        assert_eq!(tokens, words.split(' ').collect::<Vec<_>>());
        // Every practice the data model lists is a field value, and the lexicon's
        // names are single words of the segmented text.
        for measure in document["measures"].as_array().unwrap() {
            let name = measure["name"].as_str().unwrap();
            assert!(doc["practices"].as_array().unwrap().iter().any(|p| p == name), "{name}");
        }
    }
    assert!(
        lines.iter().any(|l| l["words"].as_str().is_some_and(|w| w.split(' ').any(|t| t == "三会一课"))),
        "三会一课 is a word of some report's segmented text"
    );

    // Quickwit's file is the same documents without the actions.
    let output = dangjian(dir.path(), &["export", "--index", "idx", "--format", "quickwit"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let expected: Vec<&str> = bulk.lines().skip(1).step_by(2).collect();
    assert_eq!(stdout(&output).lines().collect::<Vec<_>>(), expected);
}

#[test]
fn an_export_whose_reader_goes_away_ends_quietly() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    // Enough reports that the export outgrows a pipe's buffer.
    for entry in std::fs::read_dir(root().join("corpus")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            for copy in 0..20 {
                let name = format!("{copy}-{}", path.file_name().unwrap().to_string_lossy());
                std::fs::copy(&path, corpus.join(name)).unwrap();
            }
        }
    }
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);
    for format in ["jsonl", "elasticsearch"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dangjian"))
            .args(["export", "--index", "idx", "--format", format])
            .current_dir(dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        assert!(first.starts_with('{'), "{first}");
        // The reader is gone (stdout dropped) before the export is written.
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
    }
}
