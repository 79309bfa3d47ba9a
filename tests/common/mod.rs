//! Helpers shared by the end-to-end tests: run the real `dangjian` binary in a
//! temporary directory and read what it wrote.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (where `corpus/` and `tests/` are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `dangjian ARGS…` in `dir` and returns its output.
pub fn dangjian(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dangjian"))
        .args(args)
        .current_dir(dir)
        .env_remove("RUST_LOG")
        .output()
        .expect("the dangjian binary runs")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("dangjian exited normally")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Copies every file of `from` (not recursive) into `to`, creating it.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// The UTF-8 original of a seed, by its three-digit prefix.
pub fn seed(prefix: &str) -> String {
    let dir = root().join("tests/seeds");
    let path = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix} in {}", dir.display()));
    fs::read_to_string(path).unwrap()
}

/// The text an HTML page made from a seed shows: its non-empty lines, trimmed.
pub fn paragraphs(text: &str) -> String {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// The export of the index in `dir/idx`, parsed.
pub fn export(dir: &Path) -> Vec<serde_json::Value> {
    let output = dangjian(dir, &["export", "--index", "idx"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    stdout(&output).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// A command's JSON output, parsed (its stderr in the message when it is not JSON).
pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(output)))
}

/// The quarantined files of a run summary, as (path, reason code).
pub fn quarantine_reasons(summary: &serde_json::Value) -> Vec<(&str, &str)> {
    summary["quarantined"]
        .as_array()
        .expect("a run summary lists its quarantined files")
        .iter()
        .map(|q| (q["path"].as_str().unwrap(), q["reason"].as_str().unwrap()))
        .collect()
}
