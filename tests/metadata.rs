//! Metadata and reposts end to end: the bundled corpus indexed by the real binary,
//! its export compared with `tests/gold/metadata.tsv`, and a seed reposted as a GBK
//! web page with site chrome linked to its first copy.

mod common;

use common::{code, copy_dir, dangjian, root, stderr, stdout};
use serde_json::Value;

fn fold(text: &str) -> String {
    hanconv::t2s(text).chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_seeds_metadata_matches_the_gold() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);
    let export = common::export(dir.path());
    let gold = std::fs::read_to_string(root().join("tests/gold/metadata.tsv")).unwrap();
    for line in gold.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let [seed, hospital, date, title, source, authors, script] = f[..] else { panic!("{line}") };
        let doc = export.iter().find(|d| d["path"].as_str().unwrap().starts_with(seed)).unwrap();
        assert_eq!(doc["hospital"], hospital, "{seed}");
        assert_eq!(doc["date"], date, "{seed}");
        assert_eq!(fold(doc["title"].as_str().unwrap()), fold(title), "{seed}");
        assert_eq!(doc["source"], source, "{seed}");
        assert_eq!(doc["script"], script, "{seed}");
        let found: Vec<&str> = doc["authors"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
        for author in authors.split(';') {
            assert!(found.contains(&author), "{seed}: {author} not in {found:?}");
        }
        assert!(doc["hospitals"].as_array().unwrap().iter().any(|h| h == hospital), "{seed}");
        assert!(!doc["region"].as_str().unwrap().is_empty(), "{seed}");
        assert_eq!(doc["duplicate_of"], Value::Null, "{seed}");
    }
}

/// Seed 001 as another site would serve it: simplified, GBK, in a page with the
/// site's banner, menu and footer, one sentence dropped and a figure rewritten.
fn repost_of_001() -> Vec<u8> {
    let seed = hanconv::t2s(common::seed("001"));
    let mut lines: Vec<&str> = seed.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.remove(3);
    let body: String = lines.iter().map(|l| format!("<p>{}</p>\n", l.replace("877人", "八百七十七人"))).collect();
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>邵阳市中心医院党建工作 - 健康新闻网</title></head>\n\
         <body><div class=\"top\">您好,欢迎来到健康新闻网!</div>\n\
         <div class=\"nav\">首页 | 新闻 | 党建 | 健康 | 视频 | 专题</div>\n{body}\
         <div class=\"foot\">Copyright © 2017 健康新闻网 版权所有 湘ICP备12345678号</div></body></html>\n"
    );
    // Characters GBK lacks become numeric character references, as on a real page.
    encoding_rs::GBK.encode(&page).0.into_owned()
}

#[test]
fn a_repost_in_another_encoding_with_site_chrome_is_linked_to_the_original() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(&root().join("corpus"), &corpus);
    std::fs::write(corpus.join("zz_repost.html"), repost_of_001()).unwrap();
    let output = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let summary: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(summary["duplicates"], 1);

    let export = common::export(dir.path());
    let original = export.iter().find(|d| d["path"].as_str().unwrap().starts_with("001")).unwrap();
    let repost = export.iter().find(|d| d["path"] == "zz_repost.html").unwrap();
    assert_eq!(repost["duplicate_of"], original["id"]);
    assert_eq!(repost["encoding"], "GBK");
    assert_eq!(repost["hospital"], "邵阳市中心医院");
    for doc in export.iter().filter(|d| d["path"] != "zz_repost.html") {
        assert_eq!(doc["duplicate_of"], Value::Null, "{}", doc["path"]);
    }

    // Metrics count the article once; --reposts shows the copy's figures too.
    let party = |extra: &[&str]| {
        let mut args = vec!["metrics", "--index", "idx", "--json", "--subject", "党员", "--hospital", "邵陽"];
        args.extend_from_slice(extra);
        let rows: Vec<Value> = serde_json::from_str(&stdout(&dangjian(dir.path(), &args))).unwrap();
        rows.iter().map(|r| r["value"].as_f64().unwrap()).collect::<Vec<f64>>()
    };
    assert_eq!(party(&[]), [877.0]);
    assert_eq!(party(&["--reposts"]), [877.0, 877.0]);

    // Still searchable.
    let hits: Value =
        serde_json::from_slice(&dangjian(dir.path(), &["search", "八百七十七人", "--index", "idx", "--json"]).stdout)
            .unwrap();
    assert_eq!(hits[0]["path"], "zz_repost.html");

    // Removing the original leaves the repost on its own.
    let original_path = original["path"].as_str().unwrap();
    std::fs::remove_file(corpus.join(original_path)).unwrap();
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "idx"])), 0);
    let export = common::export(dir.path());
    let repost = export.iter().find(|d| d["path"] == "zz_repost.html").unwrap();
    assert_eq!(repost["duplicate_of"], Value::Null);
}
