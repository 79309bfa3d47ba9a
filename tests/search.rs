//! Search against grep: a real index of real reports in a temp dir, queried through the
//! library and the binary.

mod common;

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use common::*;
use dangjian::clean::fold::Folded;
use dangjian::index::search::{Engine, Filters, matching_paths};
use dangjian::index::{IndexOptions, Store, run_index};
use dangjian::progress::Silent;

/// The bundled corpus, plus documents the index has not seen elsewhere: each seed cut
/// in two, a repost of 001 under another name, and two short reports for ranking.
fn build(dir: &Path) -> Engine {
    let corpus = dir.join("corpus");
    copy_dir(&root().join("corpus"), &corpus);
    for prefix in ["000", "001", "003"] {
        let chars: Vec<char> = seed(prefix).chars().collect();
        let (a, b) = chars.split_at(chars.len() / 2);
        fs::write(corpus.join(format!("half-a-{prefix}.txt")), a.iter().collect::<String>()).unwrap();
        fs::write(corpus.join(format!("half-b-{prefix}.txt")), b.iter().collect::<String>()).unwrap();
    }
    fs::write(corpus.join("repost-001.txt"), seed("001")).unwrap();
    fs::write(
        corpus.join("together.txt"),
        "某医院在门诊大厅设立党员示范岗,由党员医生轮流值守,为患者提供咨询和导诊服务,受到群众好评。",
    )
    .unwrap();
    fs::write(
        corpus.join("apart.txt"),
        "某医院全体党员积极参加志愿服务活动,深入社区开展健康宣教。医院还在各科室设立示范岗,带动职工提升服务水平。",
    )
    .unwrap();
    let index = dir.join("idx");
    let options = IndexOptions { threads: Some(2), ..IndexOptions::new(corpus, &index) };
    let summary = run_index(&options, &Silent).unwrap();
    assert_eq!(summary.exit_code, 0);
    Engine::open(&index).unwrap()
}

fn folded_texts(dir: &Path) -> Vec<(String, String)> {
    let store = Store::open_existing(&dir.join("idx")).unwrap();
    store.documents().unwrap().into_iter().map(|d| (d.path, Folded::new(&d.text).text)).collect()
}

fn grep(texts: &[(String, String)], needle: &str) -> HashSet<String> {
    texts.iter().filter(|(_, text)| text.contains(needle)).map(|(path, _)| path.clone()).collect()
}

/// Characters that are query syntax in tantivy, or split a query into several terms.
fn plain(query: &str) -> bool {
    !query.chars().any(|c| c.is_whitespace() || "+-^`:{}\"'[]()!\\*~<>=/&|".contains(c))
}

#[test]
fn every_string_of_1_to_8_characters_finds_what_grep_finds() {
    let dir = tempfile::tempdir().unwrap();
    let engine = build(dir.path());
    let texts = folded_texts(dir.path());
    let mut queries: Vec<String> = Vec::new();
    // Substrings of every document at many positions: inside words, across words,
    // across punctuation — and strings that occur nowhere.
    for (_, text) in &texts {
        let chars: Vec<char> = text.chars().collect();
        for start in (0..chars.len()).step_by(97) {
            for len in 1..=8 {
                if start + len <= chars.len() {
                    queries.push(chars[start..start + len].iter().collect());
                }
            }
        }
    }
    queries.extend(
        [
            "支部",
            "书记",
            "部书",
            "党委书",
            "院党委",
            "三会一课",
            "医院党建工作",
            "党建工作部根",
            "不存在的词语",
            "课一会三",
        ]
        .map(String::from),
    );
    queries.retain(|q| plain(q));
    assert!(queries.len() > 500, "{} queries", queries.len());
    for query in &queries {
        let found = matching_paths(&engine, query).unwrap();
        assert_eq!(found, grep(&texts, query), "query {query:?}");
    }
}

#[test]
fn either_script_finds_the_same_documents_in_the_same_order() {
    let dir = tempfile::tempdir().unwrap();
    let engine = build(dir.path());
    let paths =
        |q: &str| engine.search(q, &Filters::default(), 20).unwrap().into_iter().map(|h| h.path).collect::<Vec<_>>();
    let simplified = paths("三会一课");
    assert!(simplified.len() >= 4, "{simplified:?}");
    assert_eq!(simplified, paths("三會一課"));
    assert_eq!(paths("党员示范岗"), paths("黨員示范崗"));
}

#[test]
fn words_standing_together_rank_above_words_apart() {
    let dir = tempfile::tempdir().unwrap();
    let engine = build(dir.path());
    let hits = engine.search("党员 示范岗", &Filters::default(), 20).unwrap();
    let rank = |path: &str| hits.iter().position(|h| h.path == path).unwrap_or_else(|| panic!("{path} not found"));
    assert!(rank("together.txt") < rank("apart.txt"), "{:?}", hits.iter().map(|h| &h.path).collect::<Vec<_>>());
    let quoted: Vec<String> =
        engine.search("\"党员示范岗\"", &Filters::default(), 20).unwrap().into_iter().map(|h| h.path).collect();
    assert!(quoted.contains(&"together.txt".to_string()) && !quoted.contains(&"apart.txt".to_string()));
}

#[test]
fn snippets_and_passages_show_the_original_script() {
    let dir = tempfile::tempdir().unwrap();
    let engine = build(dir.path());
    let hits = engine.search("三会一课", &Filters::default(), 20).unwrap();
    let traditional = hits.iter().find(|h| h.path.starts_with("001")).unwrap();
    let chars: Vec<char> = traditional.snippet.chars().collect();
    let (s, e) = traditional.highlights[0];
    assert_eq!(chars[s..e].iter().collect::<String>(), "三會一課");

    // 001 and its repost under another name: the paragraph is shown once.
    let passages = engine.passages("双述双评", &Filters::default(), 10).unwrap();
    let from_001: Vec<_> = passages.iter().filter(|p| p.text.contains("雙述雙評")).collect();
    assert_eq!(from_001.len(), 1, "{passages:#?}");
    assert!(!from_001[0].also_in.is_empty(), "the repost is named: {:?}", from_001[0]);
    let citation = from_001[0].citation.to_string();
    assert!(citation.contains(&from_001[0].path), "{citation}");
}

#[test]
fn every_passage_holds_the_query_within_its_own_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let engine = build(dir.path());
    let folded = |text: &str| Folded::new(text).text;
    // Both literals must be in the same paragraph, not merely in the same document.
    let both = engine.passages("党员 党委", &Filters::default(), 50).unwrap();
    assert!(both.len() >= 3, "{}", both.len());
    for passage in &both {
        let text = folded(&passage.text);
        assert!(text.contains("党员") && text.contains("党委"), "{text}");
    }
    let documents = engine.search("党员 党委", &Filters::default(), 50).unwrap();
    let texts = folded_texts(dir.path());
    let paragraphs_with_both: usize = texts
        .iter()
        .filter(|(path, _)| documents.iter().any(|d| &d.path == path))
        .flat_map(|(_, text)| text.lines())
        .filter(|line| line.contains("党员") && line.contains("党委"))
        .count();
    assert!(paragraphs_with_both >= both.len(), "reposts fold into one passage, never more");
    // An excluded literal is in none of them; one character alone is a literal too.
    for passage in engine.passages("三会一课 -党员", &Filters::default(), 50).unwrap() {
        let text = folded(&passage.text);
        assert!(text.contains("三会一课") && !text.contains("党员"), "{text}");
    }
    // A report that names 示范岗 elsewhere still gives its paragraphs without it.
    let without = engine.passages("党员 -示范岗", &Filters::default(), 50).unwrap();
    assert!(
        without.iter().any(|p| p.path.starts_with("001")),
        "{:?}",
        without.iter().map(|p| &p.path).collect::<Vec<_>>()
    );
    assert!(without.iter().all(|p| !folded(&p.text).contains("示范岗") && folded(&p.text).contains("党员")));
    let single = engine.passages("课", &Filters::default(), 50).unwrap();
    assert!(!single.is_empty() && single.iter().all(|p| folded(&p.text).contains('课')));
    // Best first.
    let ranked = engine.passages("三会一课", &Filters::default(), 50).unwrap();
    assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn no_query_crashes_a_search() {
    let dir = tempfile::tempdir().unwrap();
    let engine = build(dir.path());
    let mut queries: Vec<String> = [
        "",
        " ",
        "(",
        ")",
        "\"",
        "\"\"",
        "AND",
        "OR OR",
        "NOT",
        "title:",
        "走心:谋篇布局",
        "三会一课~2",
        "*",
        "党员^",
        "[",
        "{",
        "\\",
        "a:b:c",
        "year:[2016 TO",
        "-",
        "+",
        "党员 AND (示范岗 OR",
        "\"三会 一课",
        "hospital:邵阳",
        "path:x",
        "id:",
        "(yī)",
        "?!痹邳h",
        "l5位",
        "・88・",
        "ICU",
        "H7N9",
        "党支部书记",
        "支部书",
        "黨支部書記",
    ]
    .map(String::from)
    .to_vec();
    // Slices of the seeds cut at every 53rd character, with whatever syntax they hold.
    for prefix in ["000", "001", "003"] {
        let chars: Vec<char> = seed(prefix).chars().collect();
        queries.extend(
            (0..chars.len()).step_by(53).map(|i| chars[i..(i + 12).min(chars.len())].iter().collect::<String>()),
        );
    }
    for query in &queries {
        for kind in 0..2 {
            let result = if kind == 0 {
                engine.search(query, &Filters::default(), 5).map(|h| h.len())
            } else {
                engine.passages(query, &Filters::default(), 5).map(|p| p.len())
            };
            assert!(result.is_ok(), "{query:?}: {result:?}");
        }
    }
}

#[test]
fn the_commands_on_the_bundled_corpus() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);

    let output = dangjian(dir.path(), &["search", "三會一課", "--index", "idx", "--json", "--limit", "5"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let hits: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let hits = hits.as_array().unwrap();
    assert_eq!(hits.len(), 2, "001 and 003 hold 三会一课");
    for field in ["id", "path", "title", "hospital", "date", "score", "snippet"] {
        assert!(hits[0].get(field).is_some(), "{field} missing");
    }

    let output = dangjian(dir.path(), &["search", "三会一课", "--index", "idx"]);
    let human = stdout(&output);
    assert!(human.starts_with("1. ") && human.contains("\n2. ") && !human.contains('\x1b'), "{human}");

    let output = dangjian(dir.path(), &["passages", "党员示范岗", "--index", "idx"]);
    let human = stdout(&output);
    // The citation line: hospital · title (001 has none) · source · date · path.
    let citation = "— 邵阳市中心医院 · 大众卫生报 · 2017-11-21 · 001_5ef448610bd62831.txt";
    assert!(human.contains("黨員示范崗") && human.contains(citation), "{human}");

    // Filters by metadata: hospital in either script and by part of the name, year.
    let found = |args: &[&str]| {
        let mut all = vec!["search", "党支部", "--index", "idx", "--json"];
        all.extend_from_slice(args);
        let hits: serde_json::Value = serde_json::from_slice(&dangjian(dir.path(), &all).stdout).unwrap();
        let mut paths: Vec<String> =
            hits.as_array().unwrap().iter().map(|h| h["path"].as_str().unwrap()[..3].to_string()).collect();
        paths.sort();
        paths
    };
    assert_eq!(found(&["--hospital", "邵陽市中心醫院"]), ["001"]);
    assert_eq!(found(&["--hospital", "人民医院"]), ["000"]);
    assert_eq!(found(&["--year", "2012"]), ["003"]);
    assert_eq!(found(&["--from", "2017-05", "--to", "2017-06"]), ["000"]);

    let output = dangjian(dir.path(), &["kwic", "黨支部", "--index", "idx", "--width", "6"]);
    let lines: Vec<String> = stdout(&output).lines().map(String::from).collect();
    assert!(lines.len() >= 10, "{lines:?}");
    // Aligned: the keyword starts at the same display column on every line.
    let columns = |line: &str| -> HashSet<usize> {
        let found = line.match_indices("黨支部").chain(line.match_indices("党支部"));
        found.map(|(i, _)| unicode_width::UnicodeWidthStr::width(&line[..i])).collect()
    };
    let common = lines.iter().map(|l| columns(l)).reduce(|a, b| a.intersection(&b).copied().collect()).unwrap();
    assert_eq!(common.len(), 1, "{lines:#?}");
    let output = dangjian(dir.path(), &["kwic", "党支部", "--index", "idx", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let keywords: HashSet<&str> = json.as_array().unwrap().iter().map(|l| l["keyword"].as_str().unwrap()).collect();
    assert_eq!(keywords, HashSet::from(["黨支部", "党支部"]));
}
