//! The analyses on the bundled corpus through the real binary: `compare` (with
//! traditional and partial names, CSV and JSON carrying the same content), `freq`,
//! `keyness`, `measures --matrix`, and `report` — the HTML file checked as text and
//! rendered in headless Chromium, with a proxy that would see any request the page
//! makes.

mod common;

use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{code, copy_dir, dangjian, root, stderr, stdout};
use serde_json::Value;

fn indexed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    let output = dangjian(dir.path(), &["-q", "index", "--index", "idx"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    dir
}

fn run(dir: &Path, args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--index", "idx"]);
    let output = dangjian(dir, &all);
    assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
    stdout(&output)
}

#[test]
fn compare_two_hospitals_by_traditional_and_partial_names() {
    let dir = indexed();
    let json: Value =
        serde_json::from_str(&run(dir.path(), &["compare", "邵陽中心醫院", "市人民医院", "--json"])).unwrap();
    let names: Vec<&str> =
        json["hospitals"].as_array().unwrap().iter().map(|h| h["hospital"].as_str().unwrap()).collect();
    assert_eq!(names, ["邵阳市中心医院", "重庆市人民医院"]);
    let row =
        |subject: &str| json["metrics"].as_array().unwrap().iter().find(|r| r["subject"] == subject).unwrap().clone();
    let party = row("党员");
    assert_eq!((party["cells"][0]["value"].as_f64(), party["cells"][1]["value"].as_f64()), (Some(877.0), Some(1000.0)));
    assert_eq!(party["cells"][1]["qualifier"], "approx");
    let branches = row("党支部");
    assert_eq!(
        (branches["cells"][0]["value"].as_f64(), branches["cells"][1]["value"].as_f64()),
        (Some(34.0), Some(21.0))
    );
    assert_eq!(row("平均每支部党员数")["derived"], true);
    assert!(!json["unique"][0]["measures"].as_object().unwrap().is_empty());
    assert_eq!(json["similarity"][0]["a"], "邵阳市中心医院");

    // The human table: both columns, the approximate figure marked.
    let human = run(dir.path(), &["compare", "邵陽中心醫院", "市人民医院"]);
    assert!(human.contains("邵阳市中心医院") && human.contains("≈1000") && human.contains("877"), "{human}");

    // CSV carries the same figures and practices as JSON.
    let csv = run(dir.path(), &["compare", "邵陽中心醫院", "市人民医院", "--csv"]);
    let metric_lines = csv.lines().filter(|l| l.starts_with("metric,")).count();
    let cells: usize = json["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["cells"].as_array().unwrap().iter().filter(|c| !c.is_null()).count())
        .sum();
    assert_eq!(metric_lines, cells);
    let unique_lines = csv.lines().filter(|l| l.starts_with("unique,")).count();
    let unique: usize = json["unique"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["measures"].as_object().unwrap().values().map(|v| v.as_array().unwrap().len()).sum::<usize>())
        .sum();
    assert_eq!(unique_lines, unique);

    // A name that could be several, or none, is an error that lists what there is.
    let output = dangjian(dir.path(), &["compare", "市", "--index", "idx"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("邵阳市中心医院"), "{}", stderr(&output));
    let output = dangjian(dir.path(), &["compare", "北京协和医院", "--index", "idx"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("南京市第二医院"), "{}", stderr(&output));
}

#[test]
fn freq_keyness_and_the_matrix() {
    let dir = indexed();
    let counts: Vec<Value> =
        serde_json::from_str(&run(dir.path(), &["freq", "党支部", "--by", "hospital", "--json"])).unwrap();
    let nanjing = counts.iter().find(|c| c["group"] == "南京市第二医院").unwrap();
    assert_eq!(nanjing["count"], 5, "党支部 five times in seed 003");
    let per_10k = nanjing["per_10k"].as_f64().unwrap();
    let expected = 5.0 * 1e4 / nanjing["characters"].as_f64().unwrap();
    assert!((per_10k - expected).abs() < 0.01);
    let by_year: Vec<Value> =
        serde_json::from_str(&run(dir.path(), &["freq", "三會一課", "--by", "year", "--json"])).unwrap();
    let groups: Vec<&str> = by_year.iter().map(|c| c["group"].as_str().unwrap()).collect();
    assert_eq!(groups, ["2012", "2017"]);
    let by_category = run(dir.path(), &["freq", "党员", "--by", "category", "--csv"]);
    assert!(by_category.lines().any(|l| l.starts_with("先锋模范,党员,")), "{by_category}");

    let found: Value = serde_json::from_str(&run(dir.path(), &["keyness", "--group", "year=2012", "--json"])).unwrap();
    let keys = found["keys"].as_array().unwrap();
    assert_eq!(keys[0]["term"], "创先争优", "{keys:?}");
    assert!(keys.windows(2).all(|w| w[0]["g2"].as_f64() >= w[1]["g2"].as_f64()));
    let found: Value =
        serde_json::from_str(&run(dir.path(), &["keyness", "--group", "hospital=邵陽", "--json"])).unwrap();
    let keys = found["keys"].as_array().unwrap();
    assert!(keys.iter().any(|k| k["term"] == "党总支"), "{keys:?}");
    assert!(keys.iter().all(|k| k["term"] != "我们" && k["term"].as_str().unwrap().chars().count() >= 2));

    let matrix = run(dir.path(), &["measures", "--matrix", "--csv"]);
    let mut lines = matrix.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[0], "hospital");
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 3);
    let column = header.iter().position(|h| *h == "三会一课").unwrap();
    let years: Vec<(&str, &str)> = rows.iter().map(|r| (r[0], r[column])).collect();
    assert_eq!(years, [("南京市第二医院", "2012"), ("邵阳市中心医院", "2017"), ("重庆市人民医院", "")]);
}

fn chromium() -> PathBuf {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].iter().map(PathBuf::from).find(|p| p.exists());
    found.expect("the report test renders in headless Chromium: install it (Debian package chromium; .ci/run does)")
}

/// Renders `page` headless with every request sent to a local proxy; returns the DOM
/// and the requests' first lines, leaving out the browser's own housekeeping (Google's
/// update, time and account services, which it calls whatever page it shows).
fn render(page: &Path, profile: &Path) -> (String, Vec<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let done = Arc::new(Mutex::new(false));
    let (seen_in, done_in) = (seen.clone(), done.clone());
    let proxy = std::thread::spawn(move || {
        while !*done_in.lock().unwrap() {
            match listener.accept() {
                Ok((mut stream, _)) => {
                    stream.set_read_timeout(Some(Duration::from_secs(2))).ok();
                    let mut buf = [0u8; 512];
                    let n = stream.read(&mut buf).unwrap_or(0);
                    let first = String::from_utf8_lossy(&buf[..n]).lines().next().unwrap_or("").to_string();
                    seen_in.lock().unwrap().push(first);
                }
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    });
    let output = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            &format!("--user-data-dir={}", profile.display()),
            &format!("--proxy-server=http://127.0.0.1:{port}"),
            "--virtual-time-budget=3000",
            "--dump-dom",
            &format!("file://{}", page.display()),
        ])
        .output()
        .expect("chromium runs");
    // Let a late request arrive before the proxy stops listening.
    let until = Instant::now() + Duration::from_millis(500);
    while Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    *done.lock().unwrap() = true;
    proxy.join().unwrap();
    let housekeeping = [
        "google.com",
        "googleapis.com",
        "gstatic.com",
        "gvt1.com",
        "gvt2.com",
        "googleusercontent.com",
        "chromium.org",
    ];
    let requests =
        seen.lock().unwrap().iter().filter(|line| !housekeeping.iter().any(|h| line.contains(h))).cloned().collect();
    (String::from_utf8_lossy(&output.stdout).into_owned(), requests)
}

#[test]
fn the_report_is_one_self_contained_file_that_renders_with_its_charts() {
    let dir = indexed();
    let page = dir.path().join("report.html");
    let output = dangjian(dir.path(), &["report", "--index", "idx", "--out", page.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = std::fs::read_to_string(&page).unwrap();

    // Nothing in it can fetch anything.
    let lower = html.to_lowercase();
    for reference in
        ["src=", "href=", "url(", "@import", "<script", "<link", "<img", "<iframe", "<object", "http://", "https://"]
    {
        assert!(!lower.contains(reference), "the report contains {reference}");
    }
    assert!(html.contains("default-src 'none'"));
    for text in ["邵阳市中心医院", "重庆市人民医院", "南京市第二医院", "三会一课", "877"] {
        assert!(html.contains(text), "{text} not in the report");
    }

    // Rendered: the charts are there, and the page asked for nothing.
    let (dom, requests) = render(&page, &dir.path().join("profile"));
    assert!(dom.matches("<svg").count() >= 3, "three charts: {}", &dom[..dom.len().min(500)]);
    assert!(dom.matches("<rect").count() >= 7, "bars drawn");
    assert!(dom.contains("党建举措矩阵") && dom.contains("邵阳市中心医院"));
    assert!(requests.is_empty(), "the report made requests: {requests:?}");

    // The proxy does see what a page asks for: a page with an outside image.
    let leaky = dir.path().join("leaky.html");
    std::fs::write(&leaky, "<html><body><img src=\"http://example.com/x.png\"></body></html>").unwrap();
    let (_, requests) = render(&leaky, &dir.path().join("profile-leaky"));
    assert!(requests.iter().any(|r| r.contains("example.com")), "{requests:?}");
}

/// `metrics`, `measures`, `search` and `compare` read a hospital's name the same way
/// (full, short, either script) and rest on the same documents.
#[test]
fn every_command_names_a_hospital_the_same_way() {
    let dir = indexed();
    let paths = |args: &[&str], key: &str| -> std::collections::BTreeSet<String> {
        let json: Value = serde_json::from_str(&run(dir.path(), args)).unwrap();
        json.as_array().unwrap().iter().map(|row| row[key].as_str().unwrap().to_string()).collect()
    };
    for name in ["邵阳市中心医院", "邵陽中心醫院", "邵阳中心医院", "中心医院"] {
        let metrics = paths(&["metrics", "--hospital", name, "--json"], "path");
        let measures = paths(&["measures", "--hospital", name, "--json"], "path");
        let search = paths(&["search", "党", "--hospital", name, "--json"], "path");
        let compare: Value = serde_json::from_str(&run(dir.path(), &["compare", name, "--json"])).unwrap();
        let compared: std::collections::BTreeSet<String> = compare["hospitals"][0]["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["path"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(compare["hospitals"][0]["hospital"], "邵阳市中心医院", "{name}");
        assert!(!metrics.is_empty(), "{name}");
        assert_eq!(metrics, compared, "metrics --hospital {name}");
        assert_eq!(measures, compared, "measures --hospital {name}");
        assert_eq!(search, compared, "search --hospital {name}");
    }
    // A name no document is about is an error naming the hospitals the index knows.
    for args in [&["metrics", "--hospital", "协和医院"][..], &["search", "党", "--hospital", "协和医院"]] {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--index", "idx"]);
        let output = dangjian(dir.path(), &all);
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(stderr(&output).contains("邵阳市中心医院"), "{args:?}: {}", stderr(&output));
    }
}
