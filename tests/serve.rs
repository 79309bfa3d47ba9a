//! `dangjian serve` through real HTTP on loopback: the real binary over a real index of
//! the bundled corpus (plus one repost of it) in a temp dir. Every page and API route
//! with real content (the API compared with the command line's `--json`), hostile
//! requests (never a 5xx, everything echoed escaped), an index that a run updates,
//! damages or removes under the running server, and the whole journey of a writer in
//! headless Chromium driven over WebDriver.

mod common;
#[path = "common/http.rs"]
mod http;
#[path = "common/webdriver.rs"]
mod webdriver;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use common::{code, copy_dir, dangjian, json, root, stderr};
use http::{Answer, Client, encode};
use serde_json::{Value, json};

/// The bundled corpus plus a repost of its web page, indexed into `idx`.
fn indexed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(&root().join("corpus"), &corpus);
    std::fs::copy(corpus.join("003_ea44c8e6f3c16627.html"), corpus.join("repost_of_003.html")).unwrap();
    let output = dangjian(dir.path(), &["-q", "index", "--index", "idx"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    dir
}

/// A running `dangjian serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    fn start(dir: &Path, index: &str) -> Server {
        Server::run(dir, &["-q", "serve", "--index", index, "--addr", "127.0.0.1:0"], Stdio::null())
    }

    /// A server that writes its log (warnings and errors) to `log`.
    fn start_logging(dir: &Path, index: &str, log: &Path) -> Server {
        let log = std::fs::File::create(log).unwrap();
        Server::run(dir, &["serve", "--index", index, "--addr", "127.0.0.1:0"], log.into())
    }

    fn run(dir: &Path, args: &[&str], stderr: Stdio) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dangjian"))
            .args(args)
            .current_dir(dir)
            .env_remove("RUST_LOG")
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("dangjian serve starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let url = line.trim().rsplit(' ').next().unwrap().to_string();
        let addr = url.trim_start_matches("http://").trim_end_matches('/').parse().unwrap_or_else(|_| panic!("{line}"));
        Server { child, addr }
    }

    fn get(&self, target: &str) -> Answer {
        Client::new(self.addr).get(target).unwrap_or_else(|e| panic!("GET {target}: {e}"))
    }

    fn url(&self, target: &str) -> String {
        format!("http://{}{target}", self.addr)
    }

    /// The server is still running (no panic took it down).
    fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A command's JSON output, from the index in `dir/idx`.
fn cli_json(dir: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--index", "idx", "--json"]);
    let output = dangjian(dir, &all);
    assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
    json(&output)
}

fn ok_page(server: &Server, target: &str) -> String {
    let answer = server.get(target);
    assert_eq!(answer.status, 200, "{target}: {}", answer.text());
    assert_eq!(answer.header("content-type"), Some("text/html; charset=utf-8"), "{target}");
    let csp = answer.header("content-security-policy").unwrap_or_default();
    assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{target}: {csp}");
    answer.text()
}

#[test]
fn every_page_answers_with_the_index_content() {
    let dir = indexed();
    let server = Server::start(dir.path(), "idx");
    let q = encode("三會一課");

    // Search: results with the match marked in its original script, facets with counts,
    // and the repost folded into its first copy.
    let page = ok_page(&server, "/");
    assert!(page.contains("name=\"q\"") && page.contains("简体、繁体均可"), "{page}");
    let page = ok_page(&server, &format!("/?q={q}"));
    assert!(page.contains("<mark>三會一課</mark>") || page.contains("<mark>三会一课</mark>"), "{page}");
    for facet in ["医院", "年份", "做法类别", "邵阳市中心医院", "南京市第二医院"] {
        assert!(page.contains(facet), "{facet} missing from the facets");
    }
    let page = ok_page(&server, &format!("/?q={}", encode("创先争优")));
    assert!(page.contains("另见 1 处"), "the repost is folded: {page}");
    assert!(page.contains("共 <strong>1</strong> 篇"), "{page}");
    // A facet narrows the results and its link shows it chosen.
    let page = ok_page(&server, &format!("/?q={q}&hospital={}", encode("南京市第二医院")));
    assert!(page.contains("共 <strong>1</strong> 篇") && page.contains("class=\"chosen\""), "{page}");
    let page = ok_page(&server, &format!("/?q={q}&year=2017"));
    assert!(page.contains("共 <strong>1</strong> 篇"), "{page}");

    // Precedents: paragraphs with their reference to copy.
    let page = ok_page(&server, &format!("/passages?q={q}"));
    assert!(page.contains("class=\"reference\"") && page.contains("复制引用"), "{page}");
    assert!(page.contains("[EB/OL]") || page.contains("[J]"), "{page}");

    // A document: its text with the matches, its figures linking to their spots.
    let hits = server.get(&format!("/api/search?q={q}")).json();
    let id = hits[0]["id"].as_str().unwrap();
    let page = ok_page(&server, &format!("/document/{id}?q={q}"));
    assert!(page.matches("<mark>").count() >= 1, "{page}");
    let spots: Vec<&str> = page.split("href=\"#at-").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    assert!(!spots.is_empty(), "figures and practices link to their spots");
    for spot in &spots {
        assert!(page.contains(&format!("id=\"at-{spot}\"")), "no anchor for #{spot}");
    }

    // Compare: figures side by side with their years and ≈ marks, practices by category.
    let page = ok_page(&server, &format!("/compare?h={}&h={}", encode("邵陽中心醫院"), encode("市人民医院")));
    assert!(page.contains("877") && page.contains("≈1000"), "{page}");
    assert!(page.contains("邵阳市中心医院") && page.contains("重庆市人民医院") && page.contains("<h3>"), "{page}");
    let page = ok_page(&server, "/compare");
    assert!(page.contains("<datalist id=\"hospitals\"><option value=\"南京市第二医院\">"), "{page}");

    // The tables, filtered, and their CSV.
    let page = ok_page(&server, &format!("/figures?subject={}", encode("党员")));
    assert!(page.contains("877") && page.contains("下载 CSV"), "{page}");
    let page = ok_page(&server, &format!("/practices?category={}", encode("组织建设")));
    assert!(page.contains("三會一課") || page.contains("三会一课"), "{page}");
    let csv = server.get(&format!("/figures.csv?subject={}", encode("党员")));
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    let cli = dangjian(dir.path(), &["metrics", "--subject", "党员", "--csv", "--index", "idx"]);
    assert_eq!(csv.text(), String::from_utf8(cli.stdout).unwrap(), "the CSV download is the command's CSV");
    let csv = server.get("/practices.csv").text();
    let cli = dangjian(dir.path(), &["measures", "--csv", "--index", "idx"]);
    assert_eq!(csv, String::from_utf8(cli.stdout).unwrap());

    // The style sheet and the script come from the app itself.
    assert_eq!(server.get("/static/app.css").status, 200);
    assert!(server.get("/static/app.js").text().contains("clipboard"));
}

#[test]
fn the_api_gives_what_the_command_line_gives() {
    let dir = indexed();
    let server = Server::start(dir.path(), "idx");
    let d = dir.path();
    let pairs: Vec<(String, Value)> = vec![
        (format!("/api/search?q={}", encode("三會一課")), cli_json(d, &["search", "三會一課"])),
        (
            format!("/api/search?q={}&limit=2&hospital={}", encode("党"), encode("邵阳")),
            cli_json(d, &["search", "党", "--limit", "2", "--hospital", "邵阳"]),
        ),
        (format!("/api/passages?q={}", encode("党员 -示范岗")), cli_json(d, &["passages", "党员 -示范岗"])),
        (format!("/api/metrics?subject={}", encode("黨員")), cli_json(d, &["metrics", "--subject", "黨員"])),
        ("/api/metrics?no_derived=1&reposts=1".into(), cli_json(d, &["metrics", "--no-derived", "--reposts"])),
        (
            format!("/api/measures?category={}", encode("组织建设")),
            cli_json(d, &["measures", "--category", "组织建设"]),
        ),
        (
            format!("/api/compare?h={}&h={}", encode("邵陽中心醫院"), encode("市人民医院")),
            cli_json(d, &["compare", "邵陽中心醫院", "市人民医院"]),
        ),
    ];
    for (target, expected) in pairs {
        let answer = server.get(&target);
        assert_eq!(answer.status, 200, "{target}: {}", answer.text());
        assert_eq!(answer.header("content-type"), Some("application/json; charset=utf-8"));
        let got = answer.json();
        assert!(got.as_array().is_none_or(|a| !a.is_empty()), "{target} gave nothing to compare");
        assert_eq!(got, expected, "{target}");
    }
    // A document is what `export` writes of it.
    let export = common::export(d);
    for document in &export {
        let id = document["id"].as_str().unwrap();
        assert_eq!(&server.get(&format!("/api/document/{id}")).json(), document);
    }
    // An impossible date or range is the client's mistake, as it is a usage error on
    // the command line.
    for range in ["from=2022&to=2020", "from=2020-13"] {
        let answer = server.get(&format!("/api/search?q={}&{range}", encode("党员")));
        assert_eq!(answer.status, 400, "{range}: {}", answer.text());
    }
    let csv = server.get(&format!("/api/measures?format=csv&hospital={}", encode("南京")));
    assert!(csv.text().starts_with("document_id,path,hospital,date,name"), "{}", csv.text());
}

/// The bundled corpus, a repost, and a dozen reports made from its paragraphs under
/// other hospitals and years, indexed into `idx`: enough groups, hospitals, years and
/// categories for facets to count.
fn indexed_more() -> tempfile::TempDir {
    let dir = indexed();
    let corpus = dir.path().join("corpus");
    // The clean text of two reports (the files themselves are in other encodings).
    let texts: Vec<String> = common::export(dir.path())
        .iter()
        .filter(|d| d["path"].as_str().unwrap().starts_with("00") && d["path"].as_str().unwrap().ends_with(".txt"))
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts.len(), 2);
    let hospitals = ["长沙市第一人民医院", "杭州市肿瘤医院", "成都市中医院", "武汉市妇幼保健院"];
    for n in 0..12 {
        let paragraphs: Vec<&str> = texts[n % 2].lines().filter(|l| !l.trim().is_empty()).collect();
        let chosen: Vec<&str> = paragraphs.iter().skip(n % 3).step_by(2 + n % 3).copied().collect();
        let text = format!(
            "{}党委：以党建引领医院高质量发展\n{}年{}月{}日\n{}\n",
            hospitals[n % 4],
            2014 + n % 5,
            1 + n % 12,
            10 + n,
            chosen.join("\n")
        );
        std::fs::write(corpus.join(format!("made_{n:02}.txt")), text).unwrap();
    }
    let output = dangjian(dir.path(), &["-q", "index", "--index", "idx"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    dir
}

/// Each facet's values and counts, as the page orders them.
type Facets = BTreeMap<&'static str, Vec<(String, u64)>>;

/// Name–value pairs of a query string.
type Pairs<'a> = &'a [(&'a str, &'a str)];

/// Facets counted directly from what the command line says: the documents `search`
/// finds, in its order, and each one's hospital, date, source, practices and first
/// copy from `export`. A repost joins the group of its first copy; each group counts
/// once, by its best-ranked document; a category or source chosen narrows first.
/// Returns the groups (ids in rank order) and the facets as the page orders them.
fn facets_by_hand(hits: &Value, export: &[Value], narrowing: &[(&str, &str)]) -> (Vec<Vec<String>>, Facets) {
    let doc = |id: &str| export.iter().find(|d| d["id"] == id).unwrap_or_else(|| panic!("{id} not exported")).clone();
    let categories = |d: &Value| -> Vec<String> {
        let mut all: Vec<String> = d["measures"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|m| m["category"].as_str().map(str::to_string))
            .collect();
        all.sort();
        all.dedup();
        all
    };
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for hit in hits.as_array().unwrap() {
        let d = doc(hit["id"].as_str().unwrap());
        let keep = narrowing.iter().all(|(name, value)| match *name {
            "category" => categories(&d).iter().any(|c| c == value),
            _ => d["source"] == *value,
        });
        if !keep {
            continue;
        }
        let key = d["duplicate_of"].as_str().unwrap_or(d["id"].as_str().unwrap()).to_string();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, ids)) => ids.push(d["id"].as_str().unwrap().to_string()),
            None => groups.push((key, vec![d["id"].as_str().unwrap().to_string()])),
        }
    }
    let mut counts: BTreeMap<&'static str, BTreeMap<String, u64>> = BTreeMap::new();
    for (_, ids) in &groups {
        let d = doc(&ids[0]);
        let date = d["date"].as_str().unwrap_or("");
        let year = date.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())).unwrap_or("");
        let mut values = vec![
            ("hospital", d["hospital"].as_str().unwrap_or("").to_string()),
            ("year", year.to_string()),
            ("source", d["source"].as_str().unwrap_or("").to_string()),
        ];
        values.extend(categories(&d).into_iter().map(|c| ("category", c)));
        for (facet, value) in values.into_iter().filter(|(_, v)| !v.is_empty()) {
            *counts.entry(facet).or_default().entry(value).or_default() += 1;
        }
    }
    let facets = ["hospital", "year", "category", "source"]
        .into_iter()
        .map(|facet| {
            let mut list: Vec<(String, u64)> = counts.remove(facet).unwrap_or_default().into_iter().collect();
            if facet == "year" {
                list.sort_by(|a, b| b.0.cmp(&a.0));
            } else {
                list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            }
            (facet, list)
        })
        .collect();
    (groups.into_iter().map(|(_, ids)| ids).collect(), facets)
}

#[test]
fn the_search_api_with_facets_pages_and_counts_what_the_command_line_finds() {
    let dir = indexed_more();
    let server = Server::start(dir.path(), "idx");
    let d = dir.path();
    let export = common::export(d);
    let cases: &[(&str, Pairs, Pairs)] = &[
        ("党", &[], &[]),
        ("医院", &[], &[]),
        ("三會一課", &[], &[]),
        ("创先争优", &[], &[]),
        ("党员 OR 支部", &[], &[]),
        ("党员 -书记", &[], &[]),
        ("党", &[], &[("category", "组织建设")]),
        ("党", &[], &[("category", "没有这个类别")]),
        ("党", &[("year", "2016")], &[]),
        ("党", &[("hospital", "杭州")], &[("category", "理论学习")]),
    ];
    let mut counted = 0;
    for &(query, filters, narrowing) in cases {
        let mut args: Vec<String> = ["search", query, "--limit", "10000"].map(String::from).to_vec();
        let mut params = String::new();
        for &(name, value) in filters.iter().chain(narrowing) {
            params.push_str(&format!("&{name}={}", encode(value)));
        }
        for &(name, value) in filters {
            args.extend([format!("--{name}"), value.to_string()]);
        }
        let hits = cli_json(d, &args.iter().map(String::as_str).collect::<Vec<_>>());
        // The command folds reposts into a hit's `also`; unfolded (each copy after the
        // hit it was folded into), the groups are made again by hand from the export's
        // repost links.
        let unfolded: Value = hits
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|h| std::iter::once(h.clone()).chain(h["also"].as_array().unwrap().iter().cloned()))
            .collect();
        let (groups, facets) = facets_by_hand(&unfolded, &export, narrowing);
        let target = |start: usize| format!("/api/search?q={}&facets=1&limit=3&start={start}{params}", encode(query));
        let first = server.get(&target(0)).json();
        assert_eq!(first["total"], groups.len(), "{query} {params}");
        for (facet, expected) in &facets {
            let got: Vec<(String, u64)> = first["facets"][facet]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| (c["value"].as_str().unwrap().to_string(), c["count"].as_u64().unwrap()))
                .collect();
            assert_eq!(&got, expected, "{query} {params}: facet {facet}");
            counted += got.len();
        }
        // Page by page, the groups come in the command's order, each with its reposts
        // and the command's own hit.
        let mut seen = Vec::new();
        for start in (0..groups.len().max(1)).step_by(3) {
            let page = server.get(&target(start)).json();
            assert_eq!(page["offset"], start);
            for group in page["groups"].as_array().unwrap() {
                let id = group["hit"]["id"].as_str().unwrap();
                let mut hit = hits.as_array().unwrap().iter().find(|h| h["id"] == id).unwrap().clone();
                // Its reposts are compared as the group's, below (a narrowed page folds
                // only the copies that pass the narrowing).
                let mut shown = group["hit"].clone();
                assert_eq!(shown["also"], group["also"], "{query}: the hit carries its group's reposts");
                shown.as_object_mut().unwrap().remove("also");
                hit.as_object_mut().unwrap().remove("also");
                assert_eq!(shown, hit, "{query}: the page's hit is the command's");
                let mut ids = vec![id.to_string()];
                ids.extend(group["also"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap().to_string()));
                seen.push(ids);
            }
        }
        assert_eq!(seen, groups, "{query} {params}");
    }
    assert!(counted > 20, "the cases count something: {counted} facet values");
    // The search page shows the same: its total and its hospital facet's counts.
    let api = server.get(&format!("/api/search?q={}&facets=1", encode("党"))).json();
    let page = ok_page(&server, &format!("/?q={}", encode("党")));
    assert!(page.contains(&format!("共 <strong>{}</strong> 篇", api["total"])), "{page}");
    for count in api["facets"]["hospital"].as_array().unwrap().iter().take(12) {
        let shown = format!("{} <span class=\"count\">{}</span>", count["value"].as_str().unwrap(), count["count"]);
        assert!(page.contains(&shown), "{shown} not in the page");
    }
}

#[test]
fn hostile_requests_get_a_page_or_a_4xx_and_everything_is_escaped() {
    let dir = indexed();
    let mut server = Server::start(dir.path(), "idx");
    let script = encode("<script>alert(1)</script>\"'&");
    let long = "党".repeat(2001);
    let cases: Vec<(String, u16)> = vec![
        // Queries: empty, unbalanced, operators alone, a field without a value, injected markup.
        ("/?q=".into(), 200),
        (format!("/?q={}", encode("((((三会一课")), 200),
        (format!("/?q={}", encode("\"三会一课")), 200),
        (format!("/?q={}", encode("AND OR NOT")), 200),
        (format!("/?q={}", encode("title: -")), 200),
        (format!("/?q={}", encode("*")), 200),
        (format!("/?q={}", encode(&"(".repeat(40))), 400),
        (format!("/?q={}", encode(&long)), 400),
        (format!("/?q={script}"), 200),
        (format!("/passages?q={script}"), 200),
        (format!("/document/0000000000000000?q={script}"), 404),
        (format!("/compare?h={script}&h={script}"), 400),
        (format!("/figures?subject={script}&hospital="), 200),
        (format!("/practices?name={script}"), 200),
        (format!("/practices?category={script}"), 400),
        (format!("/?q=%E4%B8%89&hospital={script}"), 400),
        // Bad numbers and repeated names.
        ("/?q=a&year=abc".into(), 400),
        ("/?q=a&year=99999999999999999999999".into(), 400),
        ("/?q=a&start=-1".into(), 400),
        ("/?q=a&start=999999".into(), 200),
        ("/passages?q=a&limit=0".into(), 400),
        ("/api/search?q=a&limit=10001".into(), 400),
        ("/api/search?q=".into(), 400),
        ("/api/search?q=a&from=yesterday".into(), 400),
        ("/api/search?q=a&facets=1&limit=101".into(), 400),
        ("/api/search?q=a&facets=1&start=-1".into(), 400),
        ("/api/search?facets=1".into(), 400),
        (format!("/api/search?q={script}&facets=1&category={script}&source={script}"), 200),
        ("/api/compare".into(), 400),
        ("/api/compare?h=a&h=b&h=c&h=d&h=e".into(), 400),
        ("/compare?h=1&h=2&h=3&h=4&h=5".into(), 400),
        ("/api/metrics?format=xml".into(), 400),
        ("/api/metrics?year=20x7".into(), 400),
        ("/?q=%ZZ%E4%FF&year=%00".into(), 400),
        // Unknown ids and addresses, and paths that try to leave the app.
        ("/document/nope".into(), 404),
        ("/api/document/nope".into(), 404),
        ("/document/..%2F..%2F..%2Fetc%2Fpasswd".into(), 404),
        ("/api/document/..%2F..%2Fidx%2Fdangjian.sqlite".into(), 404),
        ("/static/../Cargo.toml".into(), 404),
        ("/static/%2e%2e/%2e%2e/etc/passwd".into(), 404),
        ("/../../../etc/passwd".into(), 404),
        ("/idx/dangjian.sqlite".into(), 404),
        ("/api/".into(), 404),
        ("/document/".into(), 404),
    ];
    for (target, status) in &cases {
        let answer = server.get(target);
        assert_eq!(answer.status, *status, "{target}: {}", &answer.text()[..answer.text().len().min(600)]);
        let body = answer.text();
        assert!(!body.contains("<script>alert"), "{target} echoes markup unescaped");
        assert!(!body.contains("root:x:0"), "{target} leaks a file");
        if target.starts_with("/api/") && *status != 200 {
            assert!(answer.json()["error"].is_string(), "{target}: {body}");
        }
    }
    // What was typed is shown back, escaped.
    let page = server.get(&format!("/?q={script}")).text();
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"), "{page}");
    // A request line far too long for any query is refused by the HTTP layer, not served.
    let huge = format!("/?q={}", "%E5%85%9A".repeat(200_000));
    let status = Client::new(server.addr).get(&huge).map(|a| a.status).unwrap_or(400);
    assert!((400..500).contains(&status), "{status}");
    assert!(server.alive(), "the server survived it all");
    assert_eq!(server.get(&format!("/?q={}", encode("三會一課"))).status, 200);
}

#[test]
fn the_server_follows_the_index_as_runs_build_damage_and_rebuild_it() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("serve.log");
    let folder = dir.path().join("idx").to_str().unwrap().to_string();
    let mut server = Server::start_logging(dir.path(), &folder, &log);
    let q = format!("q={}", encode("三會一課"));

    // No index yet: a clear page and a JSON error, both 503. Where the index is (its
    // path) is the server's log's to say, not the answer's: anyone on a network could
    // read it.
    let page = server.get(&format!("/?{q}"));
    assert_eq!(page.status, 503);
    assert!(page.text().contains("索引暂时无法读取") && page.text().contains("dangjian index"), "{}", page.text());
    let api = server.get(&format!("/api/search?{q}"));
    assert_eq!(api.status, 503);
    assert!(api.json()["error"].as_str().unwrap().contains("server's log"), "{}", api.text());
    let document = server.get("/document/0000000000000000");
    assert_eq!(document.status, 503);
    for answer in [&page, &api, &document] {
        assert!(!answer.text().contains(&folder), "{}", answer.text());
    }
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(
        logged.contains("503") && logged.contains(&format!("no index at {folder}")),
        "the log says where: {logged}"
    );

    // A nightly run builds it: served without a restart.
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::copy(root().join("corpus/001_5ef448610bd62831.txt"), corpus.join("001.txt")).unwrap();
    let index = || {
        let output = dangjian(dir.path(), &["-q", "index", "--index", "idx"]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
    };
    index();
    assert_eq!(server.get(&format!("/api/search?{q}")).json().as_array().unwrap().len(), 1);

    // The next run adds a report: the open server sees the new commit.
    std::fs::copy(root().join("corpus/003_ea44c8e6f3c16627.html"), corpus.join("003.html")).unwrap();
    index();
    assert_eq!(server.get(&format!("/api/search?{q}")).json().as_array().unwrap().len(), 2);
    assert!(server.get("/figures").text().contains("南京市第二医院"));

    // A damaged full-text index is a 503, not a crash; a run rebuilds it and it is served.
    let meta = dir.path().join("idx/tantivy/meta.json");
    std::fs::write(&meta, b"{ garbled").unwrap();
    let answer = server.get(&format!("/?{q}"));
    assert_eq!(answer.status, 503, "{}", answer.text());
    assert!(server.alive());
    index();
    assert_eq!(server.get(&format!("/api/search?{q}")).json().as_array().unwrap().len(), 2);

    // The index folder removed: 503 again, and back when it is rebuilt.
    std::fs::remove_dir_all(dir.path().join("idx")).unwrap();
    assert_eq!(server.get(&format!("/?{q}")).status, 503);
    index();
    assert_eq!(server.get(&format!("/?{q}")).status, 200);
    assert!(server.alive());
}

/// Where the screenshot of the search page goes: `DANGJIAN_SCREENSHOT` (to refresh
/// `docs/serve.png`), else the test's temp dir.
fn screenshot_path(dir: &Path) -> PathBuf {
    std::env::var_os("DANGJIAN_SCREENSHOT").map(PathBuf::from).unwrap_or_else(|| dir.join("serve.png"))
}

#[test]
fn a_writer_searches_narrows_reads_and_copies_a_citation_in_chromium() {
    let dir = indexed();
    let server = Server::start(dir.path(), "idx");
    let browser = webdriver::Browser::start(&dir.path().join("profile"));

    // Type a query into the one box and send it.
    browser.go(&server.url("/"));
    let box_ = browser.find("#q");
    browser.type_into(&box_, "三會一課\u{E007}");
    browser.wait_for("article.hit");
    let results = browser.all("article.hit").len();
    assert!(results >= 2, "{results} results");

    // Choose a hospital among the facets: fewer results, the facet shown chosen.
    let facet = browser.find("a[data-facet=hospital]");
    let facet_text = browser.text(&facet);
    browser.click(&facet);
    browser.wait_for("a.chosen");
    assert!(browser.all("article.hit").len() < results);
    assert!(browser.text(&browser.find("a.chosen")).contains(facet_text.split_whitespace().next().unwrap()));
    let shot = browser.screenshot();
    assert_eq!(&shot[1..4], b"PNG");
    std::fs::write(screenshot_path(dir.path()), &shot).unwrap();

    // Open the document: the match is highlighted in its text.
    let link = browser.find("article.hit h2 a");
    browser.click(&link);
    browser.wait_for(".doc-text");
    let marks = browser.all(".doc-text mark");
    assert!(!marks.is_empty(), "the document shows the match");
    let marked = browser.text(&marks[0]);
    assert!(marked == "三會一課" || marked == "三会一课", "{marked}");

    // Copy its citation: the page says what it put on the clipboard.
    browser.grant("clipboard-write");
    browser.grant("clipboard-read");
    let reference = browser.text(&browser.find("#ref-doc"));
    assert!(reference.contains("[EB/OL]") || reference.contains("[J]"), "{reference}");
    browser.click(&browser.find("button[data-copy=ref-doc]"));
    browser.wait_for(".copied[data-state]");
    let status = browser.text(&browser.find(".copied"));
    assert_eq!(status, format!("已复制：{reference}"));
    let clipboard = browser.clipboard();
    assert_eq!(clipboard, reference, "what the clipboard holds");

    // At a phone's width the page does not scroll sideways, and the facets sit above
    // the results instead of beside them.
    browser.resize(390, 844);
    browser.go(&server.url("/?q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE"));
    browser.wait_for("article.hit");
    let layout = browser.script(
        "const f = document.querySelector('aside.facets').getBoundingClientRect();
         const h = document.querySelector('article.hit').getBoundingClientRect();
         return [document.documentElement.scrollWidth, window.innerWidth, f.bottom, h.top];",
        json!([]),
    );
    let [scroll, width, facets_bottom, hit_top] = [0, 1, 2, 3].map(|i| layout[i].as_f64().unwrap());
    assert!(width <= 400.0, "the window is a phone's: {width}");
    assert!(scroll <= width, "the page scrolls sideways at a phone's width: {scroll} > {width}");
    assert!(facets_bottom <= hit_top, "the facets stand above the results: {facets_bottom} > {hit_top}");
}

#[test]
fn a_writer_does_it_all_with_the_keyboard_in_chromium() {
    use webdriver::ENTER;
    let dir = indexed();
    let server = Server::start(dir.path(), "idx");
    let browser = webdriver::Browser::start(&dir.path().join("profile"));
    // Where the keyboard is is seen: the focused element has the app's outline.
    let shows_focus = |element: &webdriver::Element, what: &str| {
        let (style, width) = (browser.style(element, "outline-style"), browser.style(element, "outline-width"));
        assert!(style == "solid" && width == "3px", "{what} has the focus but no visible outline: {style} {width}");
    };

    // The first Tab reaches the skip link, shown on the screen; Enter follows it, and the
    // next Tab is the search box.
    browser.go(&server.url("/"));
    let (skip, _) = browser.tab_to("a.skip", 1);
    shows_focus(&skip, "the skip link");
    assert!(browser.on_screen(&skip), "the focused skip link is on the screen");
    browser.press(&[ENTER]);
    let (search_box, _) = browser.tab_to("#q", 1);
    shows_focus(&search_box, "the search box");

    // Type the query on the keyboard and send it with Enter.
    browser.press(&["三", "會", "一", "課", ENTER]);
    browser.wait_for("article.hit");
    let results = browser.all("article.hit").len();

    // Tab to a hospital among the facets and choose it with Enter.
    let (facet, _) = browser.tab_to("a[data-facet=hospital]", 40);
    shows_focus(&facet, "a facet");
    let hospital = browser.text(&facet).split_whitespace().next().unwrap().to_string();
    browser.press(&[ENTER]);
    browser.wait_for("a.chosen");
    assert!(browser.all("article.hit").len() < results);
    assert!(browser.text(&browser.find("a.chosen")).contains(&hospital));

    // Tab to the first result and open it with Enter: the match is marked in the text.
    let (link, _) = browser.tab_to("article.hit h2 a", 60);
    shows_focus(&link, "a result's title");
    browser.press(&[ENTER]);
    browser.wait_for(".doc-text");
    assert!(!browser.all(".doc-text mark").is_empty(), "the document shows the match");

    // Tab to the copy-citation button, a real button, and press it with Enter.
    browser.grant("clipboard-write");
    browser.grant("clipboard-read");
    let (button, _) = browser.tab_to("button[data-copy=ref-doc]", 40);
    shows_focus(&button, "the copy-citation button");
    browser.press(&[ENTER]);
    browser.wait_for(".copied[data-state]");
    let reference = browser.text(&browser.find("#ref-doc"));
    assert_eq!(browser.text(&browser.find(".copied")), format!("已复制：{reference}"));
    assert_eq!(browser.clipboard(), reference, "what the clipboard holds");
}
