//! What no file, flag or fault may do to the nightly run: stop it, lose data silently,
//! or leave it stuck — the real binary on real reports in temp dirs.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use common::*;
use serde_json::Value;

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

/// The seeds in `dir/corpus`, indexed into `dir/idx`.
fn indexed_seeds(dir: &Path) {
    copy_dir(&root().join("corpus"), &dir.join("corpus"));
    let first = dangjian(dir, &["-q", "index", "--index", "idx"]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
}

/// `n` more reports in `corpus`, each seed `prefix` with a sentence of its own.
fn more_reports(corpus: &Path, prefix: &str, n: usize) {
    let seed = seed(prefix);
    for i in 0..n {
        let text = format!("{seed}\n第{i}篇:全院共有党员{}人。", 100 + i);
        fs::write(corpus.join(format!("more-{i:04}.txt")), text).unwrap();
    }
}

/// A report with no sentence mark and no line break, about `bytes` long: what
/// made memory grow with the square of its length (512 KB took 3 GB).
fn one_line_report(bytes: usize, clause: &str) -> String {
    clause.repeat(bytes / clause.len() + 1)
}

#[test]
fn a_long_report_without_sentence_marks_is_indexed_with_its_figures() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("corpus")).unwrap();
    fs::write(
        dir.path().join("corpus/one-line.txt"),
        one_line_report(1 << 20, "医院党委坚持党建引领，全院共有党员877人，党支部34个，开展三会一课和主题党日活动，"),
    )
    .unwrap();
    // Hard-wrapped lines without 。, which line-joining merges into one paragraph.
    let wrapped: String = one_line_report(
        256 << 10,
        "护理支部组织志愿者走进社区开展义诊，现有在职党员655人，党小组12个，服务群众五百余人次，",
    )
    .chars()
    .collect::<Vec<_>>()
    .chunks(38)
    .map(|line| line.iter().collect::<String>() + "\n")
    .collect();
    fs::write(dir.path().join("corpus/wrapped.txt"), wrapped).unwrap();
    let run = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&run), 0, "{}", stderr(&run));
    assert_eq!(json(&run)["added"], 2);
    let metrics = dangjian(dir.path(), &["metrics", "--index", "idx", "--json"]);
    let rows = json(&metrics);
    for (path, figures) in [
        ("one-line.txt", [("党员", 877.0), ("党支部", 34.0)]),
        ("wrapped.txt", [("在职党员", 655.0), ("党小组", 12.0)]),
    ] {
        let of = |(subject, value): (&str, f64)| {
            rows.as_array().unwrap().iter().any(|m| m["path"] == path && m["subject"] == subject && m["value"] == value)
        };
        assert!(figures.into_iter().all(of), "{path}: {rows}");
        // Evidence is a bounded piece of the run, not the whole megabyte.
        for m in rows.as_array().unwrap().iter().filter(|m| m["path"] == path) {
            assert!(m["evidence"].as_str().unwrap().chars().count() <= 512, "{m}");
        }
    }
}

#[test]
fn an_empty_or_missing_corpus_does_not_empty_the_index() {
    let dir = tempfile::tempdir().unwrap();
    indexed_seeds(dir.path());
    let before = dangjian(dir.path(), &["export", "--index", "idx"]).stdout;
    fs::create_dir_all(dir.path().join("unmounted")).unwrap();

    let refused = dangjian(dir.path(), &["index", "unmounted", "--index", "idx", "--summary-json", "s.json"]);
    assert_eq!(code(&refused), 2, "{}", stderr(&refused));
    assert!(stderr(&refused).contains("--allow-deletions"), "{}", stderr(&refused));
    let summary = read_json(&dir.path().join("s.json"));
    assert_eq!(summary["exit_code"], 2);
    assert!(summary["error"].as_str().unwrap().contains("refusing to delete 3 of the 3"), "{summary}");
    assert_eq!(dangjian(dir.path(), &["export", "--index", "idx"]).stdout, before, "nothing changed");
    assert!(!dir.path().join("idx/LOCK").exists());

    // Fewer than half gone is a normal night; all gone, when meant, is allowed.
    let corpus = dir.path().join("corpus");
    fs::rename(corpus.join("001_5ef448610bd62831.txt"), dir.path().join("001.txt")).unwrap();
    let one = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!((code(&one), json(&one)["deleted"].as_u64()), (0, Some(1)));
    let allowed = dangjian(dir.path(), &["index", "unmounted", "--index", "idx", "--json", "--allow-deletions"]);
    assert_eq!((code(&allowed), json(&allowed)["deleted"].as_u64()), (0, Some(2)));
}

#[test]
fn exit_3_means_only_a_live_holder_and_every_exit_writes_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    // The index folder cannot be made (its parent is a file): a fatal error, not "locked".
    fs::write(dir.path().join("a-file"), "").unwrap();
    let blocked = dangjian(dir.path(), &["index", "--index", "a-file/idx", "--summary-json", "s.json"]);
    assert_eq!(code(&blocked), 2, "{}", stderr(&blocked));
    assert!(stderr(&blocked).contains("a-file/idx"), "{}", stderr(&blocked));
    let summary = read_json(&dir.path().join("s.json"));
    assert_eq!(summary["exit_code"], 2);
    assert!(summary["error"].is_string());

    // A corpus that is not there.
    let missing = dangjian(dir.path(), &["index", "no-such-corpus", "--index", "idx", "--summary-json", "m.json"]);
    assert_eq!(code(&missing), 2);
    assert_eq!(read_json(&dir.path().join("m.json"))["exit_code"], 2);

    // A successful run writes it too, without an error.
    let ok = dangjian(dir.path(), &["-q", "index", "--index", "idx", "--summary-json", "ok.json"]);
    assert_eq!(code(&ok), 0);
    let summary = read_json(&dir.path().join("ok.json"));
    assert_eq!((summary["exit_code"].as_i64(), summary.get("error")), (Some(0), None));
}

#[test]
fn sigterm_stops_the_run_releases_the_lock_and_keeps_the_index_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    indexed_seeds(dir.path());
    let before = dangjian(dir.path(), &["export", "--index", "idx"]).stdout;
    more_reports(&dir.path().join("corpus"), "001", 1500);
    let mut run = Command::new(env!("CARGO_BIN_EXE_dangjian"))
        .args(["index", "--index", "idx", "--summary-json", "s.json", "--threads", "1"])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while !dir.path().join("idx/LOCK").exists() {
        assert!(start.elapsed() < Duration::from_secs(60), "the run never took the lock");
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(300));
    assert!(run.try_wait().unwrap().is_none(), "the run ended before the signal; make the corpus larger");
    // The shell's own kill: a machine may have no kill program.
    let kill = Command::new("sh").args(["-c", &format!("kill -TERM {}", run.id())]).status().unwrap();
    assert!(kill.success());
    let output = run.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(143), "{}", stderr(&output));
    assert!(stderr(&output).contains("interrupted"), "{}", stderr(&output));
    assert!(!dir.path().join("idx/LOCK").exists(), "the lock is released");
    assert_eq!(read_json(&dir.path().join("s.json"))["exit_code"], 143);
    assert_eq!(dangjian(dir.path(), &["export", "--index", "idx"]).stdout, before, "rolled back whole");
}

#[test]
fn out_of_range_numbers_and_nested_queries_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    indexed_seeds(dir.path());
    let deep = format!("{}党员{}", "(".repeat(10_000), ")".repeat(10_000));
    let nested = format!("{}党员{}", "(".repeat(900), ")".repeat(900));
    for args in [
        &["search", "党员", "--limit", "18446744073709551615"][..],
        &["search", "党员", "--limit", "4294967296"],
        &["passages", "党员", "--limit", "0"],
        &["kwic", "党员", "--width", "4294967296"],
        &["keyness", "--group", "year=2017", "--limit", "99999999999"],
        &["index", "--threads", "65535"],
        &["search", &deep],
        &["passages", &nested],
    ] {
        let output = dangjian(dir.path(), &[args, &["--index", "idx"]].concat());
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        assert!(!stderr(&output).contains("panicked"), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn log_lines_carry_no_colour_codes_when_stderr_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    // A lock left by a run that died on this host: taking it over is a warning.
    fs::create_dir_all(dir.path().join("idx")).unwrap();
    let host = fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_else(|_| "unknown".into());
    let holder =
        serde_json::json!({"pid": 4_000_000_000u32, "host": host.trim(), "started_at": "2026-11-30T02:00:00Z"});
    fs::write(dir.path().join("idx/LOCK"), holder.to_string()).unwrap();
    let run = dangjian(dir.path(), &["index", "--index", "idx"]);
    assert_eq!(code(&run), 0, "{}", stderr(&run));
    assert!(stderr(&run).contains("stale lock"), "{}", stderr(&run));
    assert!(!stderr(&run).contains('\u{1b}'), "{:?}", stderr(&run));
}

#[cfg(unix)]
#[test]
fn links_out_of_the_corpus_are_listed_not_read_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("corpus"), &dir.path().join("corpus"));
    fs::create_dir_all(dir.path().join("system")).unwrap();
    fs::write(dir.path().join("system/passwd.txt"), "root:x:0:0:root:/root:/bin/bash\n").unwrap();
    std::os::unix::fs::symlink(dir.path().join("system"), dir.path().join("corpus/etc")).unwrap();
    let run = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&run), 0, "{}", stderr(&run));
    let summary = json(&run);
    assert_eq!(summary["added"], 3);
    assert_eq!(summary["skipped"][0]["path"], "etc");
    assert!(summary["skipped"][0]["reason"].as_str().unwrap().contains("--follow-links"), "{summary}");
    let human = dangjian(dir.path(), &["index", "--index", "idx"]);
    assert!(stdout(&human).contains("skipped etc"), "{}", stdout(&human));

    let followed = dangjian(dir.path(), &["index", "--index", "idx", "--json", "--follow-links"]);
    assert_eq!(json(&followed)["added"], 1, "{}", stdout(&followed));
}

#[cfg(unix)]
#[test]
fn an_indexed_file_that_cannot_be_read_now_keeps_its_document() {
    let dir = tempfile::tempdir().unwrap();
    indexed_seeds(dir.path());
    let before = dangjian(dir.path(), &["export", "--index", "idx"]).stdout;
    // The file is replaced by a link to a disk that is not mounted tonight.
    let file = dir.path().join("corpus/001_5ef448610bd62831.txt");
    fs::rename(&file, dir.path().join("001.txt")).unwrap();
    std::os::unix::fs::symlink("/mnt/not-mounted/001.txt", &file).unwrap();
    let run = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&run), 1, "said, not silent: {}", stderr(&run));
    let summary = json(&run);
    assert_eq!((summary["deleted"].as_u64(), summary["unchanged"].as_u64()), (Some(0), Some(3)));
    assert_eq!(summary["quarantined"][0]["reason"], "unreadable");
    assert!(summary["quarantined"][0]["message"].as_str().unwrap().contains("kept"), "{summary}");
    assert_eq!(dangjian(dir.path(), &["export", "--index", "idx"]).stdout, before);
}

/// Every file under `dir` with its size and modification time.
fn snapshot(dir: &Path) -> Vec<(String, u64, SystemTime)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let meta = entry.metadata().unwrap();
        if meta.is_dir() {
            out.extend(snapshot(&entry.path()));
        } else {
            out.push((entry.path().display().to_string(), meta.len(), meta.modified().unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn read_commands_write_nothing_in_the_index_folder() {
    let dir = tempfile::tempdir().unwrap();
    indexed_seeds(dir.path());
    let before = snapshot(&dir.path().join("idx"));
    for args in [
        &["stats"][..],
        &["metrics", "--json"],
        &["measures", "--json"],
        &["export"],
        &["compare", "邵阳市中心医院", "重庆市人民医院"],
        &["keyness", "--group", "year=2017"],
        &["freq", "党员"],
    ] {
        let output = dangjian(dir.path(), &[args, &["--index", "idx"]].concat());
        assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
    }
    // Nothing the index holds is touched; SQLite's readers of a WAL store may add its
    // shared-memory files beside it (on a read-only disk they read without them).
    let after: Vec<_> = snapshot(&dir.path().join("idx"))
        .into_iter()
        .filter(|(path, _, _)| !path.ends_with("dangjian.sqlite-shm") && !path.ends_with("dangjian.sqlite-wal"))
        .collect();
    assert_eq!(after, before, "the index is opened read-only");
}

/// On a read-only mount (where this machine lets a test make one) every read command
/// works; elsewhere the test above covers the store, and this one says it could not.
#[cfg(target_os = "linux")]
#[test]
fn read_commands_work_on_a_read_only_mount() {
    let dir = tempfile::tempdir().unwrap();
    indexed_seeds(dir.path());
    let mount = dir.path().join("ro");
    fs::create_dir_all(&mount).unwrap();
    let mounted = Command::new("mount")
        .args(["--bind", &dir.path().join("idx").display().to_string(), &mount.display().to_string()])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
        && Command::new("mount")
            .args(["-o", "remount,bind,ro", &mount.display().to_string()])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("no read-only bind mount here (needs root): the read-only mount case is not run");
        let _ = Command::new("umount").arg(&mount).status();
        return;
    }
    assert!(fs::write(mount.join("probe"), "").is_err(), "the mount is read-only");
    let results: Vec<(String, i32, String)> = [
        &["search", "三会一课", "--json"][..],
        &["passages", "党员"],
        &["kwic", "党员"],
        &["stats"],
        &["metrics"],
        &["export"],
    ]
    .iter()
    .map(|args| {
        let output = dangjian(dir.path(), &[*args, &["--index", "ro"]].concat());
        (args.join(" "), code(&output), stderr(&output))
    })
    .collect();
    let _ = Command::new("umount").arg(&mount).status();
    for (args, code, stderr) in results {
        assert_eq!(code, 0, "{args}: {stderr}");
    }
}

/// Around a run's commit the full-text index is a moment ahead of the store (it
/// commits first), and after a crash between the two commits until the next run:
/// `search` shows only documents whose stored text holds the query.
#[test]
fn search_shows_only_documents_whose_stored_text_holds_the_query() {
    let dir = tempfile::tempdir().unwrap();
    indexed_seeds(dir.path());
    let search = || json(&dangjian(dir.path(), &["search", "三会一课", "--index", "idx", "--json"]));
    assert_eq!(search().as_array().unwrap().len(), 2);
    // The store as it was before this text was indexed: 001 without the practice.
    let store = rusqlite::Connection::open(dir.path().join("idx/dangjian.sqlite")).unwrap();
    let changed = store
        .execute(
            "UPDATE documents SET text = replace(replace(text, '三會一課', '例会'), '三会一课', '例会') WHERE path LIKE '001%'",
            [],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(store);
    let hits = search();
    assert_eq!(hits.as_array().unwrap().len(), 1, "{hits}");
    assert!(!hits[0]["path"].as_str().unwrap().starts_with("001"), "{hits}");
}

/// The index's files damaged three ways — a segment file deleted, `meta.json`
/// garbled, the store cut short: `stats` says so (exit 1, with the advice), a plain
/// run heals the full-text index, and `--full` replaces a store SQLite cannot read.
#[test]
fn a_damaged_index_is_reported_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    indexed_seeds(dir.path());
    let fresh = dangjian(dir.path(), &["export", "--index", "idx"]).stdout;
    let stats = || dangjian(dir.path(), &["stats", "--index", "idx", "--json"]);
    assert_eq!(json(&stats())["health"]["ok"], true);
    let tantivy = dir.path().join("idx/tantivy");
    let segment_file = fs::read_dir(&tantivy)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "idx"))
        .unwrap();

    for damage in ["segment", "meta"] {
        match damage {
            "segment" => fs::remove_file(&segment_file).unwrap(),
            _ => fs::write(tantivy.join("meta.json"), "{\"segments\": [").unwrap(),
        }
        let report = stats();
        assert_eq!(code(&report), 1, "{damage}: {}", stderr(&report));
        let health = &json(&report)["health"];
        assert_eq!(health["ok"], false, "{damage}: {health}");
        assert!(health["advice"].as_str().unwrap().contains("index --full"), "{health}");
        let search = dangjian(dir.path(), &["search", "三会一课", "--index", "idx"]);
        assert_ne!(code(&search), 0, "{damage}: a damaged index is an error, not an empty result");

        let run = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
        assert_eq!(code(&run), 0, "{damage}: {}", stderr(&run));
        assert!(json(&run)["rebuilt"].as_str().unwrap().contains("damaged"), "{damage}");
        assert_eq!(json(&stats())["health"]["ok"], true, "{damage}");
        assert_eq!(dangjian(dir.path(), &["export", "--index", "idx"]).stdout, fresh, "{damage}");
    }

    let store = dir.path().join("idx/dangjian.sqlite");
    let length = fs::metadata(&store).unwrap().len();
    fs::OpenOptions::new().write(true).open(&store).unwrap().set_len(length / 3).unwrap();
    let report = dangjian(dir.path(), &["stats", "--index", "idx"]);
    assert_eq!(code(&report), 2);
    assert!(stderr(&report).contains("damaged") && stderr(&report).contains("index --full"), "{}", stderr(&report));
    let plain = dangjian(dir.path(), &["index", "--index", "idx"]);
    assert_eq!(code(&plain), 2, "{}", stderr(&plain));
    let full = dangjian(dir.path(), &["index", "--index", "idx", "--full", "--json"]);
    assert_eq!(code(&full), 0, "{}", stderr(&full));
    assert!(dir.path().join("idx/dangjian.sqlite.damaged").exists(), "the damaged file is kept aside");
    assert_eq!(dangjian(dir.path(), &["export", "--index", "idx"]).stdout, fresh);
}

/// SIGKILL at ten points spread over a first run and over a `--full` run: after
/// each, the next run finishes (exit 0) and the index equals a fresh one's.
#[test]
fn a_run_killed_at_any_point_is_finished_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(&root().join("corpus"), &corpus);
    more_reports(&corpus, "000", 200);
    let timed = Instant::now();
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "fresh"])), 0);
    let duration = timed.elapsed();
    let fresh = dangjian(dir.path(), &["export", "--index", "fresh"]).stdout;

    for (run, extra) in [("first", None), ("full", Some("--full"))] {
        for point in 0..10u32 {
            let index = format!("idx-{run}-{point}");
            if extra.is_some() {
                assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", &index])), 0);
            }
            let mut args = vec!["-q", "index", "--index", &index];
            args.extend(extra);
            let mut child = Command::new(env!("CARGO_BIN_EXE_dangjian"))
                .args(&args)
                .current_dir(dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            // Points from the start to just past the end, a little apart each time.
            std::thread::sleep(duration * (point * 11 + 3) / 100);
            let _ = child.kill();
            child.wait().unwrap();
            let next = dangjian(dir.path(), &["-q", "index", "--index", &index]);
            assert_eq!(code(&next), 0, "{run} run killed at point {point}: {}", stderr(&next));
            let export = dangjian(dir.path(), &["export", "--index", &index]).stdout;
            assert!(export == fresh, "{run} run killed at point {point}: the export differs from a fresh index's");
            fs::remove_dir_all(dir.path().join(&index)).unwrap();
        }
    }
}

/// Reports named in GBK bytes (as a Windows zip archive leaves them) are two reports
/// with their Chinese names, stable across runs; a report half GBK, half UTF-8 is
/// searchable in both halves.
#[cfg(unix)]
#[test]
fn gbk_file_names_and_mixed_encodings_lose_nothing() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    let gbk = |s: &str| encoding_rs::GBK.encode(s).0.into_owned();
    for (name, text) in [("一月党建简报.txt", "党支部共21个。"), ("二月党建简报.txt", "党员877人。")]
    {
        fs::write(corpus.join(std::ffi::OsStr::from_bytes(&gbk(name))), gbk(text)).unwrap();
    }
    let mut mixed = gbk("医院党委召开专题会议，研究部署支部标准化建设。\n");
    mixed.extend_from_slice("护理党支部开展主题党日活动，组织党员志愿者义诊。\n".as_bytes());
    fs::write(corpus.join("mixed.txt"), mixed).unwrap();

    let run = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&run), 0, "{}", stderr(&run));
    assert_eq!(json(&run)["added"], 3);
    let first = export(dir.path());
    let paths: Vec<&str> = first.iter().map(|d| d["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["mixed.txt", "一月党建简报.txt", "二月党建简报.txt"]);
    assert_ne!(first[1]["id"], first[2]["id"]);
    assert_eq!(first[0]["encoding"], "UTF-8+GBK");
    for query in ["专题会议", "志愿者义诊"] {
        let hits = json(&dangjian(dir.path(), &["search", query, "--index", "idx", "--json"]));
        assert_eq!(hits[0]["path"], "mixed.txt", "{query}: {hits}");
    }
    let again = dangjian(dir.path(), &["index", "--index", "idx", "--full", "--json"]);
    assert_eq!(code(&again), 0);
    assert_eq!(export(dir.path()), first, "the same names and ids every run");
}

/// A disk that fills up during a run (a small tmpfs, where this machine lets a test
/// mount one): exit 2 with the message, the summary written elsewhere, the lock
/// released; once there is room again the leftover WAL does not block the next run,
/// which ends with a fresh index's export.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_stops_the_run_cleanly_and_the_next_run_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(&root().join("corpus"), &corpus);
    more_reports(&corpus, "001", 300);
    let disk = dir.path().join("disk");
    fs::create_dir_all(&disk).unwrap();
    let mount = |options: &str| {
        Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs", &disk.display().to_string()])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !mount("size=2m") {
        eprintln!("no tmpfs mount here (needs root): the full-disk case is not run");
        return;
    }
    let full = dangjian(dir.path(), &["index", "--index", "disk/idx", "--summary-json", "s.json"]);
    let remounted = Command::new("mount")
        .args(["-o", "remount,size=256m", &disk.display().to_string()])
        .status()
        .is_ok_and(|s| s.success());
    let next = dangjian(dir.path(), &["-q", "index", "--index", "disk/idx"]);
    let export = dangjian(dir.path(), &["export", "--index", "disk/idx"]).stdout;
    let lock_left = disk.join("idx/LOCK").exists();
    let _ = Command::new("umount").arg(&disk).status();

    assert_eq!(code(&full), 2, "{}", stderr(&full));
    assert!(stderr(&full).contains("full"), "{}", stderr(&full));
    assert_eq!(read_json(&dir.path().join("s.json"))["exit_code"], 2);
    assert!(remounted);
    assert_eq!(code(&next), 0, "{}", stderr(&next));
    assert!(!lock_left);
    assert_eq!(code(&dangjian(dir.path(), &["-q", "index", "--index", "fresh"])), 0);
    assert!(export == dangjian(dir.path(), &["export", "--index", "fresh"]).stdout, "the next run finishes the job");
}

/// Three runs started together, five times over: exactly one takes the lock, the
/// other two exit 3 at once naming it.
#[test]
fn of_three_runs_started_together_exactly_one_runs() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(&root().join("corpus"), &corpus);
    more_reports(&corpus, "003", 400);
    for trial in 0..5 {
        let index = format!("idx-{trial}");
        let runs: Vec<_> = (0..3)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_dangjian"))
                    .args(["-q", "index", "--index", &index])
                    .current_dir(dir.path())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let mut codes: Vec<i32> = runs.into_iter().map(|r| code(&r.wait_with_output().unwrap())).collect();
        codes.sort();
        assert_eq!(codes, [0, 3, 3], "trial {trial}");
    }
}
