//! The files reports come in — Word, WPS, OpenDocument, RTF, web archives, PDF — read
//! by the real binary from `tests/fixtures/formats/` (made by
//! `scripts/make-format-fixtures.py` and `scripts/make-pdf-fixtures.py` from the
//! project's own texts), and a mixed folder in which every file is accounted for.

mod common;

use std::fs;
use std::path::Path;

use common::*;
use serde_json::Value;

fn fixtures() -> std::path::PathBuf {
    root().join("tests/fixtures/formats")
}

/// The fixtures named, copied into `dir/corpus`, indexed into `dir/idx`: the run's
/// summary and the export by path.
fn indexed(dir: &Path, names: &[&str]) -> (Value, Vec<Value>) {
    let corpus = dir.join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    for name in names {
        fs::copy(fixtures().join(name), corpus.join(name)).unwrap();
    }
    let run = dangjian(dir, &["index", "--index", "idx", "--json"]);
    assert!(matches!(code(&run), 0 | 1), "{}", stderr(&run));
    (json(&run), export(dir))
}

fn document<'a>(docs: &'a [Value], path: &str) -> &'a Value {
    docs.iter().find(|d| d["path"] == path).unwrap_or_else(|| panic!("{path} is not indexed"))
}

/// The lines of the report text every converted fixture holds, in order.
const REPORT_LINES: &[&str] = &[
    "湖滨县人民医院2023年党建工作总结",
    "医院党委下设党总支3个、党支部18个，全院共有党员412人，其中在职党员356人。",
    "各党支部严格落实三会一课制度，每月开展主题党日活动，党员领导干部带头讲党课。",
    "支部 | 党员人数 | 示范岗",
    "内科党支部 | 36 | 4",
    "外科党支部 | 41 | 5",
    "下一步，医院党委将深化“党建+业务”融合，推进支部建在科室上。",
];

fn assert_report(doc: &Value, format: &str) {
    let path = doc["path"].as_str().unwrap();
    assert_eq!(doc["format"], format, "{path}");
    let text = doc["text"].as_str().unwrap();
    let mut from = 0;
    for line in REPORT_LINES {
        let at =
            text[from..].find(line).unwrap_or_else(|| panic!("{path}: {line:?} missing or out of order in {text}"));
        from += at + line.len();
    }
    // The footnote and the page header are notes, not body text.
    assert!(!text.contains("党员人数截至2023年12月31日") && !text.contains("内部资料"), "{path}: {text}");
    let notes: Vec<&str> = doc["notes"].as_array().unwrap().iter().map(|n| n["text"].as_str().unwrap()).collect();
    assert!(notes.contains(&"党员人数截至2023年12月31日。"), "{path}: {notes:?}");
    assert!(notes.contains(&"湖滨县人民医院党委办公室"), "{path}: {notes:?}");
    // Read like any report: its figures and practices.
    let figure = |subject: &str, value: f64| {
        doc["metrics"].as_array().unwrap().iter().any(|m| m["subject"] == subject && m["value"] == value)
    };
    assert!(figure("党员", 412.0) && figure("党支部", 18.0), "{path}: {}", doc["metrics"]);
    let practices: Vec<&str> =
        doc["measures"].as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect();
    assert!(practices.contains(&"三会一课") && practices.contains(&"党员示范岗"), "{path}: {practices:?}");
}

#[test]
fn word_opendocument_and_rtf_give_the_text_tables_and_notes() {
    let dir = tempfile::tempdir().unwrap();
    let (summary, docs) = indexed(dir.path(), &["report.docx", "report.doc", "report.odt", "report.rtf"]);
    assert_eq!(summary["added"], 4, "{summary}");
    for (path, format) in [("report.docx", "docx"), ("report.doc", "doc"), ("report.odt", "odt"), ("report.rtf", "rtf")]
    {
        assert_report(document(&docs, path), format);
    }
    // Word's and OpenDocument's properties fill what the text does not say.
    let docx = document(&docs, "report.docx");
    assert_eq!((docx["date"].as_str(), docx["authors"][0].as_str()), (Some("2024-01-15"), Some("党委办公室")));
}

#[test]
fn a_wps_file_in_words_binary_layout_is_read_and_stays_wps() {
    let dir = tempfile::tempdir().unwrap();
    let (_, docs) = indexed(dir.path(), &["brief.wps"]);
    let doc = document(&docs, "brief.wps");
    assert_eq!(doc["format"], "wps");
    let text = doc["text"].as_str().unwrap();
    assert!(text.contains("青山市中医院护理党支部现有党员58名，下设党小组4个。"), "{text}");
    assert!(text.contains("病区一组 | 15\n病区二组 | 14"), "{text}");
    assert!(doc["measures"].as_array().unwrap().iter().any(|m| m["name"] == "一岗双责"), "{}", doc["measures"]);
}

#[test]
fn a_web_archive_is_read_in_its_parts_charset() {
    let dir = tempfile::tempdir().unwrap();
    let (_, docs) = indexed(dir.path(), &["report.mht"]);
    let doc = document(&docs, "report.mht");
    assert_eq!((doc["format"].as_str(), doc["encoding"].as_str()), (Some("mhtml"), Some("GBK")));
    assert!(doc["text"].as_str().unwrap().contains(REPORT_LINES[1]), "{}", doc["text"]);
}

#[test]
fn a_truncated_docx_is_quarantined_as_damaged_and_a_docx_that_is_a_page_is_read_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let (summary, docs) = indexed(dir.path(), &["truncated.docx", "page.docx"]);
    assert_eq!(summary["quarantined"][0]["path"], "truncated.docx");
    assert_eq!(summary["quarantined"][0]["reason"], "damaged");
    assert!(summary["quarantined"][0]["message"].as_str().unwrap().contains("docx"), "{summary}");
    let page = document(&docs, "page.docx");
    assert_eq!(page["format"], "html");
    assert_eq!(page["title"], "青山市中医院护理党支部工作简报");
}

/// Every prefix of a Word file — a download cut anywhere — ends as a document or a
/// quarantine with a reason; none crashes or stalls the run.
#[test]
fn word_files_cut_anywhere_never_crash_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    for name in ["report.docx", "report.doc", "report.odt", "report.rtf"] {
        let bytes = fs::read(fixtures().join(name)).unwrap();
        for cut in (1..bytes.len()).step_by(bytes.len() / 12 + 1) {
            fs::write(corpus.join(format!("{cut:06}-{name}")), &bytes[..cut]).unwrap();
        }
    }
    let run = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert!(matches!(code(&run), 0 | 1), "{}", stderr(&run));
    let summary = json(&run);
    let quarantined = summary["quarantined"].as_array().unwrap();
    assert_eq!(summary["seen"].as_u64().unwrap(), summary["added"].as_u64().unwrap() + quarantined.len() as u64);
    assert!(quarantined.iter().all(|q| q["reason"] != "failed"), "{summary}");
}

/// A folder as users have them: every file is indexed, quarantined with a reason, or
/// listed as skipped with why; exit 1 only for the real quarantine.
#[test]
fn a_mixed_folder_accounts_for_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    for name in ["report.docx", "report.doc", "report.odt", "report.rtf", "report.mht", "brief.wps", "truncated.docx"] {
        fs::copy(fixtures().join(name), corpus.join(name)).unwrap();
    }
    copy_dir(&root().join("corpus"), &corpus);
    fs::write(corpus.join("notes.md"), "# 支部会议纪要\n\n开展三会一课。\n").unwrap();
    fs::write(corpus.join("members.xlsx"), b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml")
        .unwrap();
    fs::write(corpus.join("photos.zip"), b"PK\x03\x04\x0a\x00\x00\x00\x00\x00photo.jpg").unwrap();

    let run = dangjian(dir.path(), &["index", "--index", "idx", "--json"]);
    assert_eq!(code(&run), 1, "one damaged file: {}", stderr(&run));
    let summary = json(&run);
    let files = fs::read_dir(&corpus).unwrap().count() as u64;
    let skipped = summary["skipped"].as_array().unwrap();
    let quarantined = summary["quarantined"].as_array().unwrap();
    assert_eq!(summary["seen"].as_u64().unwrap() + skipped.len() as u64, files, "{summary}");
    assert_eq!(summary["added"].as_u64().unwrap() + quarantined.len() as u64, summary["seen"].as_u64().unwrap());
    let skipped_paths: Vec<&str> = skipped.iter().map(|s| s["path"].as_str().unwrap()).collect();
    assert_eq!(skipped_paths, ["members.xlsx", "photos.zip"]);
    assert!(export(dir.path()).iter().any(|d| d["path"] == "notes.md"), "text under another extension is read");

    let human = dangjian(dir.path(), &["index", "--index", "idx", "--full"]);
    assert!(stdout(&human).contains("skipped (.xlsx, .zip)"), "{}", stdout(&human));
    let stats = dangjian(dir.path(), &["stats", "--index", "idx", "--json"]);
    let formats = json(&stats);
    let listed: Vec<&str> =
        formats["formats"].as_array().unwrap().iter().map(|f| f["format"].as_str().unwrap()).collect();
    for format in ["doc", "docx", "html", "mhtml", "odt", "rtf", "txt", "wps"] {
        assert!(listed.contains(&format), "{format}: {listed:?}");
    }
}

/// PDFs: a text layer read in order (the predefined CMaps of Chinese fonts included,
/// two columns one after the other); a scan, a password and a file cut short are
/// quarantined with their reasons.
#[test]
fn pdfs_are_read_in_reading_order_or_quarantined_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let names =
        ["report.pdf", "predefined-cmap.pdf", "two-columns.pdf", "scanned.pdf", "encrypted.pdf", "truncated.pdf"];
    let (summary, docs) = indexed(dir.path(), &names);
    let reasons = quarantine_reasons(&summary);
    assert_eq!(
        reasons,
        [("encrypted.pdf", "encrypted"), ("scanned.pdf", "no_text_layer"), ("truncated.pdf", "damaged")]
    );
    let scan = summary["quarantined"].as_array().unwrap().iter().find(|q| q["path"] == "scanned.pdf").unwrap();
    assert!(scan["message"].as_str().unwrap().contains("OCR it first"), "{scan}");

    let report = document(&docs, "report.pdf");
    assert_eq!(report["format"], "pdf");
    let figure = |doc: &Value, subject: &str, value: f64| {
        doc["metrics"].as_array().unwrap().iter().any(|m| m["subject"] == subject && m["value"] == value)
    };
    assert!(figure(report, "党员", 412.0) && figure(report, "党支部", 21.0), "{}", report["metrics"]);
    // No ToUnicode map: the characters come from the font's predefined CMap.
    let cmap = document(&docs, "predefined-cmap.pdf");
    assert!(cmap["text"].as_str().unwrap().contains("各支部书记由科室主任或护士长担任"), "{}", cmap["text"]);
    assert!(figure(cmap, "党支部", 19.0), "{}", cmap["metrics"]);
    // The whole left column before the right one.
    let columns = document(&docs, "two-columns.pdf")["text"].as_str().unwrap().to_string();
    let left_last = columns.find("做到件件有回音").expect("the left column's last sentence");
    let right_first = columns.find("二、志愿服务").expect("the right column's first heading");
    assert!(left_last < right_first, "{columns}");
}
