//! What the benches share: the bundled corpus, decoded, and the scale corpus of
//! `examples/synth.rs`.

#![allow(dead_code)]

#[path = "../../examples/synth.rs"]
pub mod synth;

use dangjian::ingest::{Format, decode};

/// The reports of `corpus/`, sorted by name, as (file name, bytes, format).
pub fn files() -> Vec<(String, Vec<u8>, Format)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
        .map(|p| {
            let format = if p.extension().unwrap() == "html" { Format::Html } else { Format::Text };
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(p).unwrap(), format)
        })
        .collect()
}

/// The reports of `corpus/`, decoded (not cleaned).
pub fn corpus() -> Vec<String> {
    files().into_iter().map(|(_, bytes, format)| decode(&bytes, format).unwrap().text).collect()
}
