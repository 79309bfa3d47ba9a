//! What a researcher publishes with, through the real binary on the bundled corpus:
//! references (`cite`, and in `search`/`passages`), reposts folded everywhere — a
//! partial copy under new chrome included —, `compare` of three hospitals, keyness with
//! its effect size, kwic sorted and filtered, collocates, tables for R and Excel read
//! back with their types, the exit-code conventions, and the HTML report.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{code, copy_dir, dangjian, root, seed, stderr, stdout};
use serde_json::Value;

fn indexed_with(extra: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    for (name, text) in extra {
        fs::write(dir.path().join("corpus").join(name), text).unwrap();
    }
    let output = dangjian(dir.path(), &["-q", "index", "--index", "idx"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    dir
}

fn indexed() -> tempfile::TempDir {
    indexed_with(&[])
}

/// Runs a command on the index of `dir`; its exit code and stdout.
fn run_code(dir: &Path, args: &[&str]) -> (i32, String) {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--index", "idx"]);
    let output = dangjian(dir, &all);
    (code(&output), stdout(&output))
}

fn run(dir: &Path, args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--index", "idx"]);
    let output = dangjian(dir, &all);
    assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
    stdout(&output)
}

fn json(dir: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&run(dir, args)).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

/// The first `share` of seed 001's characters under another site's header and footer:
/// a partial repost, as a news site clips a report.
fn excerpt_of_001(share: f64) -> String {
    let text = seed("001");
    let n = (text.chars().count() as f64 * share) as usize;
    let cut: String = text.chars().take(n).collect();
    format!(
        "您好,欢迎访问基层卫生资讯网!\n首页 | 要闻 | 党建园地 | 联系我们\n{cut}\n(本文有删节 责任编辑:李青)\nCopyright © 2019 基层卫生资讯网 版权所有\n"
    )
}

#[test]
fn cite_gives_the_reference_in_three_styles_and_search_carries_it() {
    let dir = indexed();
    // The journal article: its running header gives volume and issue (the page number
    // went with the page furniture the cleaning removed).
    let journal = run(dir.path(), &["cite", "003_ea44c8e6f3c16627.html"]);
    assert_eq!(
        journal.trim_end(),
        "张国有, 胡频. 深入开展创先争优活动 促进党建工作全面落实[J]. 江苏卫生事业管理, 2012, 23(4)."
    );
    // The newspaper: [N] with the date.
    let paper = run(dir.path(), &["cite", "001_5ef448610bd62831.txt"]);
    assert!(paper.trim_end().ends_with("[N]. 大众卫生报, 2017-11-21."), "{paper}");

    let hits = json(dir.path(), &["search", "创先争优", "--json"]);
    let hit = &hits[0];
    assert_eq!(hit["citation"]["reference"].as_str().unwrap(), journal.trim_end());
    assert_eq!(hit["citation"]["kind"], "J");
    let id = hit["id"].as_str().unwrap();
    let bibtex = run(dir.path(), &["cite", id, "--style", "bibtex"]);
    assert!(bibtex.starts_with(&format!("@article{{dangjian{id},")), "{bibtex}");
    assert!(bibtex.contains("journal = {江苏卫生事业管理}") && bibtex.contains("number = {4}"), "{bibtex}");
    let ris = run(dir.path(), &["cite", id, "--style", "ris"]);
    assert!(
        ris.starts_with("TY  - JOUR\n") && ris.contains("T2  - 江苏卫生事业管理") && ris.trim_end().ends_with("ER  -")
    );

    // The human output of search and passages prints it.
    assert!(run(dir.path(), &["search", "创先争优"]).contains("[J]. 江苏卫生事业管理"));
    let passages = json(dir.path(), &["passages", "党员示范岗", "--json"]);
    assert!(passages[0]["citation"]["reference"].as_str().unwrap().contains("[N]. 大众卫生报"), "{passages}");

    // A document the index does not have is a usage error.
    let output = dangjian(dir.path(), &["cite", "nothing.txt", "--index", "idx"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("nothing.txt"), "{}", stderr(&output));
}

#[test]
fn a_partial_copy_under_new_chrome_is_a_repost_counted_once() {
    let plain = indexed();
    let figures = |dir: &Path| json(dir, &["metrics", "--json"]).as_array().unwrap().len();
    let practices = |dir: &Path| json(dir, &["measures", "--json"]).as_array().unwrap().len();
    let (alone_figures, alone_practices) = (figures(plain.path()), practices(plain.path()));

    for share in [0.3, 0.5, 0.8] {
        let dir = indexed_with(&[("excerpt.txt", excerpt_of_001(share))]);
        let export = common::export(dir.path());
        let id_of = |prefix: &str| {
            export.iter().find(|d| d["path"].as_str().unwrap().starts_with(prefix)).unwrap()["id"].clone()
        };
        let excerpt = export.iter().find(|d| d["path"] == "excerpt.txt").unwrap();
        assert_eq!(excerpt["duplicate_of"], id_of("001"), "{share}: the excerpt points at the whole report");
        assert!(export.iter().filter(|d| !d["duplicate_of"].is_null()).count() == 1, "{share}");
        // Its figures and practices count once.
        assert_eq!(figures(dir.path()), alone_figures, "{share}");
        assert_eq!(practices(dir.path()), alone_practices, "{share}");
        let matrix = run(dir.path(), &["measures", "--matrix", "--long", "--csv"]);
        assert!(matrix.lines().filter(|l| l.contains("三会一课")).all(|l| l.ends_with(",1")), "{matrix}");

        // search shows one hit for the two copies, the other counted, or listed by --all.
        let hits = json(dir.path(), &["search", "三会一课", "--json"]);
        let hits = hits.as_array().unwrap();
        let paths: Vec<&str> = hits.iter().map(|h| h["path"].as_str().unwrap()).collect();
        assert_eq!(hits.len(), 2, "{share}: {paths:?}");
        let folded = hits.iter().find(|h| !h["also"].as_array().unwrap().is_empty()).expect("a hit with its repost");
        assert_eq!(folded["also"].as_array().unwrap().len(), 1);
        if share == 0.5 {
            let human = run(dir.path(), &["search", "三会一课"]);
            assert!(human.contains("另见 1 处") && !human.contains("另见 excerpt.txt"), "{human}");
            let all = run(dir.path(), &["search", "三会一课", "--all"]);
            assert!(all.contains("另见 excerpt.txt") || all.contains("另见 001_"), "{all}");
        }
    }
}

#[test]
fn three_hospitals_compared_show_a_practice_named_by_two() {
    // A fourth report, in this test's own words, for the Chongqing hospital: it names
    // two practices the Shaoyang report names too.
    let extra = "重庆市人民医院党委召开党建工作推进会\n\
        重庆市人民医院党委近日召开党建工作推进会。会议要求各党支部严格落实“三会一课”制度，\
        继续开展党员示范岗创建活动，把党建工作与医疗服务结合起来，让患者感受到党员带头的作用。\
        会上，各支部书记交流了开展主题党日的做法，医院党委对下一步工作作了部署，要求每个支部每季度至少组织一次志愿服务。\n"
        .to_string();
    let dir = indexed_with(&[("chongqing-2018.txt", extra)]);
    let json = json(dir.path(), &["compare", "邵阳", "重庆", "南京", "--json"]);
    let practices = json["practices"].as_array().unwrap();
    let two: Vec<&Value> = practices.iter().filter(|p| p["hospitals"] == 2).collect();
    assert!(!two.is_empty(), "no practice named by two of three: {practices:?}");
    for p in &two {
        assert_eq!(p["named"].as_array().unwrap().iter().filter(|n| **n == true).count(), 2);
    }
    let name = two[0]["name"].as_str().unwrap();
    // Neither "all name" nor "only one names": before, it was nowhere.
    let shared = json["shared"].to_string();
    let unique = json["unique"].to_string();
    assert!(!shared.contains(&format!("\"{name}\"")) && !unique.contains(&format!("\"{name}\"")), "{name}");

    let human = run(dir.path(), &["compare", "邵阳", "重庆", "南京"]);
    let row = human.lines().find(|l| l.trim_start().starts_with(name)).unwrap_or_else(|| panic!("{name}: {human}"));
    assert!(row.contains("2/3") && row.matches('✓').count() == 2, "{row}");

    // Long CSV: a line per practice and hospital naming it.
    let csv = run(dir.path(), &["compare", "邵阳", "重庆", "南京", "--csv"]);
    let lines: Vec<&str> =
        csv.lines().filter(|l| l.starts_with("practice,") && l.contains(&format!(",{name},"))).collect();
    assert_eq!(lines.len(), 2, "{csv}");
}

#[test]
fn keyness_gives_effect_size_and_p_value_against_a_chosen_reference() {
    let dir = indexed();
    let found = json(dir.path(), &["keyness", "--group", "year=2012", "--json"]);
    let keys = found["keys"].as_array().unwrap();
    assert_eq!(keys[0]["term"], "创先争优", "{keys:?}");
    for k in keys {
        let (g2, p, ratio) = (k["g2"].as_f64().unwrap(), k["p"].as_f64().unwrap(), k["log_ratio"].as_f64().unwrap());
        assert!(p > 0.0 && p < 1.0 && ratio > 0.0 && g2 > 0.0, "{k}");
    }
    // p falls as G² grows.
    assert!(keys.windows(2).all(|w| w[0]["p"].as_f64() <= w[1]["p"].as_f64()));
    // One document in the group: a warning, on stderr and in the JSON.
    assert!(found["warnings"][0].as_str().unwrap().contains("one document"), "{found}");
    let output = dangjian(dir.path(), &["keyness", "--group", "year=2012", "--index", "idx"]);
    assert!(stderr(&output).contains("warning: the group is one document"), "{}", stderr(&output));
    assert!(stdout(&output).contains("per 10,000 words"));

    // --min-freq drops the rare words; --reference narrows the other side.
    let rare = json(dir.path(), &["keyness", "--group", "year=2012", "--min-freq", "5", "--limit", "10000", "--json"]);
    assert!(rare["keys"].as_array().unwrap().iter().all(|k| k["group"].as_u64().unwrap() >= 5));
    let against = json(dir.path(), &["keyness", "--group", "year=2012", "--reference", "hospital=邵阳", "--json"]);
    assert_eq!((against["group_documents"].as_u64(), against["reference_documents"].as_u64()), (Some(1), Some(1)));
    assert!(against["reference_words"].as_u64() < found["reference_words"].as_u64());
    // freq names its unit too.
    assert!(run(dir.path(), &["freq", "党员"]).contains("per 10k chars"));
}

#[test]
fn kwic_sorts_limits_and_filters_and_collocates_rank_the_company_a_term_keeps() {
    let dir = indexed();
    let lines = |args: &[&str]| -> Vec<Value> {
        let mut all = vec!["kwic", "党支部", "--json"];
        all.extend_from_slice(args);
        json(dir.path(), &all).as_array().unwrap().clone()
    };
    let every = lines(&[]);
    let right = lines(&["--sort", "right"]);
    let keys: Vec<String> = right.iter().map(|l| hanconv::t2s(l["right"].as_str().unwrap())).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    let left = lines(&["--sort", "left"]);
    let keys: Vec<String> =
        left.iter().map(|l| hanconv::t2s(l["left"].as_str().unwrap()).chars().rev().collect()).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    assert_eq!(lines(&["--sort", "hit"])[0]["keyword"], "党支部", "simplified sorts before traditional");
    assert_eq!(lines(&["--limit", "3"]).len(), 3);
    let shaoyang = lines(&["--hospital", "邵陽"]);
    assert!(!shaoyang.is_empty() && shaoyang.len() < every.len());
    assert!(shaoyang.iter().all(|l| l["path"].as_str().unwrap().starts_with("001")));
    let year = lines(&["--year", "2012"]);
    assert!(!year.is_empty() && year.iter().all(|l| l["path"].as_str().unwrap().starts_with("003")));

    let found = json(dir.path(), &["collocates", "党员", "--window", "4", "--min-freq", "1", "--json"]);
    assert!(found["occurrences"].as_u64().unwrap() > 5, "{found}");
    let list = found["collocates"].as_array().unwrap();
    assert!(!list.is_empty());
    assert!(list.windows(2).all(|w| w[0]["logdice"].as_f64() >= w[1]["logdice"].as_f64()));
    assert!(list.iter().all(|c| c["logdice"].as_f64().unwrap() <= 14.0 && c["word"] != "党员"));
    let by_t = json(dir.path(), &["collocates", "党员", "--measure", "t", "--min-freq", "1", "--json"]);
    let t = by_t["collocates"].as_array().unwrap();
    assert!(t.windows(2).all(|w| w[0]["t"].as_f64() >= w[1]["t"].as_f64()));
    let (status, _) = run_code(dir.path(), &["collocates", "不存在的词语"]);
    assert_eq!(status, 1);
}

#[test]
fn no_match_exits_1_and_impossible_questions_exit_2() {
    let dir = indexed();
    for args in [&["search", "量子计算机"][..], &["passages", "量子计算机"], &["kwic", "量子计算机"]] {
        let (status, out) = run_code(dir.path(), args);
        assert_eq!(status, 1, "{args:?}");
        assert!(out.is_empty(), "nothing on stdout: {out}");
    }
    let (status, out) = run_code(dir.path(), &["search", "量子计算机", "--json"]);
    assert_eq!((status, out.trim()), (1, "[]"));
    for args in [
        &["search", " "][..],
        &["passages", ""],
        &["kwic", ""],
        &["search", "党员", "--from", "2022", "--to", "2020"],
        &["search", "党员", "--from", "2020-13"],
        &["passages", "党员", "--to", "2020-02-32"],
    ] {
        let output = dangjian(dir.path(), &[args, &["--index", "idx"]].concat());
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        assert!(!stderr(&output).is_empty());
    }
    // Piped, the match is marked so that it survives a file.
    let piped = run(dir.path(), &["search", "三会一课"]);
    assert!(piped.contains("【三會一課】") || piped.contains("【三会一课】"), "{piped}");
    assert!(run(dir.path(), &["kwic", "党支部"]).contains("【党支部】"));
}

#[test]
fn tables_for_r_and_excel_keep_their_types() {
    let dir = indexed();
    let tables = dir.path().join("tables");
    fs::create_dir_all(&tables).unwrap();
    let outputs: &[(&str, &[&str])] = &[
        ("csv", &["metrics", "--csv"]),
        ("json", &["metrics", "--json"]),
        ("csv", &["measures", "--csv"]),
        ("json", &["measures", "--json"]),
        ("csv", &["measures", "--matrix", "--long", "--csv"]),
        ("json", &["measures", "--matrix", "--long", "--json"]),
        ("csv", &["measures", "--matrix", "--long", "--excel"]),
        ("csv", &["metrics", "--excel"]),
        ("csv", &["compare", "邵阳", "重庆", "南京", "--csv"]),
        ("json", &["compare", "邵阳", "重庆", "南京", "--json"]),
        ("csv", &["freq", "党员", "三会一课", "--by", "year", "--csv"]),
        ("json", &["freq", "党员", "--json"]),
        ("csv", &["keyness", "--group", "year=2017", "--csv"]),
        ("json", &["keyness", "--group", "year=2017", "--json"]),
        ("csv", &["collocates", "党员", "--csv"]),
        ("json", &["collocates", "党员", "--json"]),
        ("json", &["kwic", "党支部", "--json"]),
        ("json", &["search", "党员", "--json"]),
    ];
    let mut files = Vec::new();
    for (n, (kind, args)) in outputs.iter().enumerate() {
        let file = tables.join(format!("{n}.{kind}"));
        fs::write(&file, run(dir.path(), args)).unwrap();
        files.push(format!("{kind}={}", file.display()));
    }
    // Excel's CSV starts with a byte-order mark; the plain CSV does not.
    assert!(fs::read(tables.join("6.csv")).unwrap().starts_with("\u{feff}hospital,".as_bytes()));
    assert!(fs::read(tables.join("4.csv")).unwrap().starts_with(b"hospital,practice,category,first_year,documents\n"));
    // Values at full precision: a ratio keeps its digits (1/3, not 0.33).
    let metrics = fs::read_to_string(tables.join("0.csv")).unwrap();
    assert!(metrics.contains(",877.0,"), "{metrics}");
    assert!(!metrics.lines().any(|l| l.contains(",0.33,")), "rounded: {metrics}");

    let python = ["python3", "python"].into_iter().find(|p| Command::new(p).arg("--version").output().is_ok());
    let python = python.expect("python3 reads the tables back (.ci/run installs it when missing)");
    let output = Command::new(python).arg(root().join("tests/read_tables.py")).args(&files).output().unwrap();
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{report}");
    for column in ["year=int", "value=float", "derived=bool", "first_year=int", "p=float", "log_ratio=float"] {
        assert!(report.contains(column), "{column} not checked: {report}");
    }
}

#[test]
fn the_report_speaks_chinese_and_marks_what_is_approximate_or_unattributed() {
    // A short notice of this test's own words that names no hospital.
    let notice = "关于开展“七一”主题党日活动的通知\n\
        各党支部：为庆祝建党节，经研究决定，七月上旬在全院开展主题党日活动。\
        各支部要结合本科室实际，认真组织党员重温入党誓词，开展一次志愿服务，并于七月十日前将活动总结报送办公室。\
        请各支部高度重视，精心组织，确保活动取得实效，不走过场。\n"
        .to_string();
    let dir = indexed_with(&[("notice.txt", notice)]);
    let page = dir.path().join("report.html");
    let output = dangjian(dir.path(), &["report", "--index", "idx", "--out", page.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = fs::read_to_string(&page).unwrap();
    for heading in [
        "<h1>医院党建工作报告分析</h1>",
        "<h2>主要数字</h2>",
        "<h2>医院比较</h2>",
        "<h2>党建举措矩阵</h2>",
        "<h2>文献</h2>",
    ] {
        assert!(html.contains(heading), "{heading}");
    }
    assert!(html.contains("<thead><tr><th>举措</th>") && html.contains("position: sticky"), "sticky matrix header");
    // 重庆's 党员 are 近1000: the bar says so.
    assert!(html.contains("class=\"approx\"") && html.contains("≈1000 (约)"), "approximate bar");
    assert!(html.contains("<td class=\"num approx\""), "approximate cell");
    let unattributed = html.lines().find(|l| l.contains("notice.txt")).expect("the notice is listed");
    assert!(unattributed.contains("未注明医院"), "{unattributed}");
}

#[test]
fn tables_on_a_narrow_terminal_give_way_in_their_text_columns() {
    let dir = indexed();
    // A terminal of 60 columns, through `script` (util-linux), which gives the command
    // a pseudo-terminal: piped, the tables are never narrowed.
    for command in ["metrics", "measures"] {
        let line = format!("COLUMNS=60 {} {command} --index idx", env!("CARGO_BIN_EXE_dangjian"));
        let output = std::process::Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .current_dir(dir.path())
            .output()
            .expect("script (util-linux) runs");
        assert!(output.status.success(), "{command}: {}", String::from_utf8_lossy(&output.stderr));
        let text = String::from_utf8_lossy(&output.stdout).replace('\r', "");
        let table: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert!(table.len() > 3, "{command}: {text}");
        let wide: Vec<&&str> = table.iter().filter(|l| unicode_width::UnicodeWidthStr::width_cjk(**l) > 60).collect();
        assert!(wide.is_empty(), "{command}: lines wider than the terminal: {wide:#?}");
        assert!(table.iter().any(|l| l.contains('…')), "{command}: nothing had to give way: {text}");
    }
}

#[test]
fn compare_tables_fit_cjk_widths() {
    let dir = indexed();
    let human = run(dir.path(), &["compare", "邵阳", "重庆"]);
    // Every figure row of the side-by-side table ends at the same CJK column.
    let rows: Vec<&str> = human.lines().take_while(|l| !l.is_empty()).collect();
    let widths: std::collections::HashSet<usize> =
        rows.iter().map(|l| unicode_width::UnicodeWidthStr::width_cjk(*l)).collect();
    assert!(rows.iter().any(|l| l.contains('≈')), "{human}");
    assert_eq!(widths.len(), 1, "{rows:#?}");
}
