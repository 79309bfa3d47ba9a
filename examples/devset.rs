//! Scores the extract stage on the development set of real reports: hand-made answers
//! in `tests/devset/` (one row per document, figure or practice, keyed by the text's
//! id), texts in a git-ignored folder (their URLs are in `tests/devset/urls.tsv`; the
//! texts themselves are third-party and never committed).
//!
//!     cargo run --release --example devset [-- DIR] [--misses]
//!
//! DIR (default `devset/`) is searched for `ID.txt` files. Each text goes through the
//! pipeline (`dangjian::pipeline::read`), as `dangjian index` reads a file, and the
//! result is compared with the answers, field by field:
//! - hospital: right on the documents that name one (as the answer writes it, or with
//!   its place before it: 宁波市第一医院 for 市第一医院, or without the province before
//!   its city: 柳州市融安县人民医院 for 广西柳州市…, or in full: 佛冈县人民医院 for
//!   佛冈人医); none on those that don't (an
//!   anonymised report, one that only says 我院);
//! - date and title: the same (titles compared without spaces, quotes or script);
//! - figures: core and core+extra found with a fitting subject (the same value, and
//!   subjects that contain one another); precision: extracted figures that match any
//!   answer row (allowed rows included);
//! - practices: found (names that contain one another, as the gold's README says) and
//!   in the right category.
//!
//! A figure's subject fits when its canonical form or its form as written contains the
//! answer's subject (or the subject vocabulary's canonical form of it) or is contained
//! in it, or when it is an attendance (参加人员) and the answer says who attended
//! (参加…活动的党员); `--strict` compares the canonical form only
//! (how the earlier notes measured).
//!
//! `--misses` lists what was missed or wrong, document by document; `--extras` adds the
//! practices read that no answer lists. "practices read and listed" is the share of
//! practices read that an answer lists: readers list what they would compare, not
//! every practice a text names, so it is a floor of the practices' precision. `--answers DIR`
//! scores another set whose answers are not in `tests/devset/` (a held-out set kept,
//! its answers in `tests/devset/held-out/`: `-- devset/h --answers tests/devset/held-out`).
//! `--measures FILE` scores the practices against another reader's list of the same
//! texts; `--agree FILE` needs no texts and says how far that reader and the answers
//! agree, by the same rule.
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use dangjian::ingest::Format;
use dangjian::pipeline;

/// The rows of the TSV file `name` in `answers` (`answers` itself when `name` is empty).
fn rows(answers: &Path, name: &str) -> Vec<HashMap<String, String>> {
    let path = if name.is_empty() { answers.to_path_buf() } else { answers.join(name) };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("a header").split('\t').collect();
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            header
                .iter()
                .enumerate()
                .map(|(i, h)| (h.to_string(), fields.get(i).unwrap_or(&"").trim().to_string()))
                .collect()
        })
        .collect()
}

fn find_texts(dir: &Path, into: &mut HashMap<String, PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            find_texts(&path, into);
        } else if path.extension().is_some_and(|e| e == "txt") {
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            // Sets are scored by id: two texts of one id would score one against the
            // other's answers without a word.
            if let Some(other) = into.insert(id.clone(), path.clone()) {
                panic!(
                    "two texts are named {id}.txt ({} and {}): give each set ids of its own",
                    other.display(),
                    path.display()
                );
            }
        }
    }
}

/// Folded for comparison: simplified, no spaces, quotes or punctuation marks that
/// annotators and pages write differently, and no pinyin a converter put after a
/// character (醫(yī)院: the gold's README says to compare without it).
/// `s` without the pinyin a converter glued to its characters (醫(yī)).
fn without_pinyin(s: &str) -> String {
    static PINYIN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let pinyin = PINYIN.get_or_init(|| regex::Regex::new(r"[(（][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]{1,7}[)）]").unwrap());
    pinyin.replace_all(s, "").into_owned()
}

fn norm(s: &str) -> String {
    hanconv::t2s(without_pinyin(s))
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '「' | '」' | '‘' | '’' | '\''))
        .map(|c| match c {
            '：' => ':',
            '，' => ',',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// A practice's name as compared: `norm`, without the particle 了 a reader or the text
/// may leave in or out (重温了入党誓词, 重温入党誓词); 了解 stays.
fn practice_norm(s: &str) -> String {
    let chars: Vec<char> = norm(s).chars().collect();
    (0..chars.len()).filter(|&i| chars[i] != '了' || chars.get(i + 1) == Some(&'解')).map(|i| chars[i]).collect()
}

/// Which of the names `read` is closest to the answer `name` (all as `practice_norm`
/// writes them): the same name, else one holding it (the shortest), else the longest
/// it holds.
fn closest(name: &str, read: &[String]) -> Option<usize> {
    read.iter()
        .enumerate()
        .filter_map(|(i, found)| {
            let rank = if *found == name {
                (2, 0)
            } else if found.contains(name) {
                (1, usize::MAX - found.chars().count())
            } else if name.contains(found.as_str()) {
                (0, found.chars().count())
            } else {
                return None;
            };
            Some((rank, i))
        })
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, i)| i)
}

/// A tally: right of total.
#[derive(Default)]
struct Tally(usize, usize);

impl Tally {
    fn add(&mut self, right: bool) {
        self.0 += usize::from(right);
        self.1 += 1;
    }
    fn show(&self) -> String {
        if self.1 == 0 {
            return "–".into();
        }
        format!("{:5.1} % ({}/{})", 100.0 * self.0 as f64 / self.1 as f64, self.0, self.1)
    }
}

/// The text `ID.txt` under `devset/`, read through the pipeline.
fn read_one(id: &str) -> pipeline::Read {
    let mut texts = HashMap::new();
    find_texts(Path::new("devset"), &mut texts);
    let path = texts.get(id).unwrap_or_else(|| panic!("no {id}.txt under devset/"));
    pipeline::read(id, &std::fs::read(path).unwrap(), Format::Text, String::new()).unwrap()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let strict = args.iter().any(|a| a == "--strict");
    // With --misses, also the practices read that no answer lists.
    let extras = args.iter().any(|a| a == "--extras");
    // --show ID: the first lines of that text once cleaned, as metadata reads them.
    if let Some(i) = args.iter().position(|a| a == "--show") {
        let read = read_one(&args[i + 1]);
        for line in read.doc.text.lines().filter(|l| !l.trim().is_empty()).take(15) {
            println!("| {}", line.chars().take(90).collect::<String>());
        }
        return;
    }
    // --text ID: the whole clean text of that document, in simplified script.
    if let Some(i) = args.iter().position(|a| a == "--text") {
        let read = read_one(&args[i + 1]);
        println!("{}", hanconv::t2s(&read.doc.text));
        return;
    }
    // --facts ID: every figure and practice read from that text, with its sentence.
    if let Some(i) = args.iter().position(|a| a == "--facts") {
        let read = read_one(&args[i + 1]);
        for m in &read.doc.metrics {
            println!("figure {} {} {} {:?} «{}»", m.subject, m.value, m.unit, m.qualifier, m.evidence);
        }
        for m in &read.doc.measures {
            println!("practice {} {:?} «{}»", m.name, m.category, m.evidence);
        }
        return;
    }
    // --answers DIR: another set's answers (a held-out set kept beside its texts).
    let answers = match args.iter().position(|a| a == "--answers") {
        Some(i) => PathBuf::from(&args[i + 1]),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/devset"),
    };
    let dir = args
        .iter()
        .enumerate()
        .find(|&(i, a)| {
            !a.starts_with("--") && (i == 0 || !["--answers", "--agree", "--measures"].contains(&args[i - 1].as_str()))
        })
        .map_or("devset", |(_, a)| a.as_str());
    let mut texts = HashMap::new();
    find_texts(Path::new(dir), &mut texts);
    // --agree FILE: how far a second reader's practices (FILE, measures.tsv's columns)
    // and the answers' agree, each taken as the answers of the other, by the rule the
    // pipeline is scored with: the ceiling a reader sets.
    if let Some(i) = args.iter().position(|a| a == "--agree") {
        let second = rows(Path::new(&args[i + 1]), "");
        let first = rows(&answers, "measures.tsv");
        for (name, listed, reading) in
            [("second reader finds the first's", &first, &second), ("first reader finds the second's", &second, &first)]
        {
            let (mut found, mut category) = (Tally::default(), Tally::default());
            for g in listed.iter() {
                let read: Vec<&HashMap<String, String>> = reading.iter().filter(|m| m["id"] == g["id"]).collect();
                let names: Vec<String> = read.iter().map(|m| practice_norm(&m["name"])).collect();
                let hit = closest(&practice_norm(&g["name"]), &names).map(|i| read[i]);
                found.add(hit.is_some());
                if let Some(m) = hit {
                    category.add(m["category"] == g["category"]);
                }
            }
            println!("{name:32} found {}, category {}", found.show(), category.show());
        }
        return;
    }
    let metadata = rows(&answers, "metadata.tsv");
    let metrics = rows(&answers, "metrics.tsv");
    // --measures FILE: the practices of another reader of the set, as the answers.
    let measures = match args.iter().position(|a| a == "--measures") {
        Some(i) => rows(Path::new(&args[i + 1]), ""),
        None => rows(&answers, "measures.tsv"),
    };

    let (mut named, mut unnamed, mut date, mut title) =
        (Tally::default(), Tally::default(), Tally::default(), Tally::default());
    let (mut core, mut core_extra, mut precision) = (Tally::default(), Tally::default(), Tally::default());
    let (mut practices, mut categories, mut listed_read) = (Tally::default(), Tally::default(), Tally::default());
    let mut missing = Vec::new();
    for answer in &metadata {
        let id = &answer["id"];
        let Some(path) = texts.get(id) else {
            missing.push(id.clone());
            continue;
        };
        let bytes = std::fs::read(path).unwrap();
        let read = match pipeline::read(id, &bytes, Format::Text, String::new()) {
            Ok(read) => read,
            Err(rejection) => {
                println!("{id}: rejected ({rejection})");
                continue;
            }
        };
        let doc = &read.doc;
        let mut notes: Vec<String> = Vec::new();

        // As the text names it, but for the pinyin a converter glued to its characters
        // (五華區(qū)人民醫(yī)院): that is damage the pipeline removes, not a name.
        let gold_hospital = hanconv::t2s(without_pinyin(&answer["hospital"]));
        if gold_hospital.is_empty() {
            unnamed.add(doc.hospital.is_empty());
            if !doc.hospital.is_empty() {
                notes.push(format!("hospital: none expected, read {}", doc.hospital));
            }
        } else {
            // An answer may give the hospital's other name in brackets (济南市第二人民医院
            // (济南眼科医院)): either is right.
            // So is the answer's name with its place before it, read from a line the
            // reader passed over (宁波市第一医院 for 市第一医院, 宁德市闽东医院 for 闽东医院).
            let placed = doc.hospital.strip_suffix(gold_hospital.as_str()).is_some_and(|place| {
                !place.is_empty()
                    && (place.ends_with(['市', '省', '县', '区'])
                        || gold_hospital.starts_with(['市', '省', '县', '区']))
            });
            // …and the answer's name with its province before the city the code reads
            // it from (广西柳州市融安县人民医院 for 柳州市融安县人民医院).
            let province = gold_hospital.strip_suffix(doc.hospital.as_str()).is_some_and(|province| {
                doc.hospital.chars().take(6).any(|c| matches!(c, '市' | '州' | '盟'))
                    && (province.ends_with('省')
                        || province.ends_with("自治区")
                        || ["广西", "内蒙古", "宁夏", "新疆", "西藏"].contains(&province))
            });
            // …and a place's 人医 as the answer writes it, in full (佛冈县人民医院 for
            // 佛冈人医).
            let peoples = gold_hospital.strip_suffix("人医").is_some_and(|place| {
                doc.hospital
                    .strip_prefix(place)
                    .and_then(|rest| rest.strip_suffix("人民医院"))
                    .is_some_and(|suffix| ["", "市", "县", "区"].contains(&suffix))
            });
            let right = doc.hospital == gold_hospital
                || placed
                || province
                || peoples
                || gold_hospital
                    .strip_suffix(')')
                    .and_then(|g| g.split_once('('))
                    .is_some_and(|(name, other)| doc.hospital == name || doc.hospital == other);
            named.add(right);
            if !right {
                notes.push(format!("hospital: {gold_hospital}, read {:?} (all: {:?})", doc.hospital, doc.hospitals));
            }
        }
        date.add(doc.date == answer["date"]);
        if doc.date != answer["date"] {
            notes.push(format!("date: {:?}, read {:?}", answer["date"], doc.date));
        }
        title.add(norm(&doc.title) == norm(&answer["title"]));
        if norm(&doc.title) != norm(&answer["title"]) {
            notes.push(format!("title: {:?}, read {:?}", answer["title"], doc.title));
        }

        // Figures.
        let gold: Vec<&HashMap<String, String>> = metrics.iter().filter(|m| &m["id"] == id).collect();
        let fits = |m: &dangjian::extract::metrics::Metric, g: &HashMap<String, String>| {
            let value: f64 = g["value"].parse().unwrap_or(f64::NAN);
            let b = norm(&g["subject"]);
            // The answer's subject in the vocabulary's canonical form too (参会人数 is
            // 参会人员): two names of one subject are one.
            let b_canonical = dangjian::extract::subjects::exactly(&b).map(|s| s.canonical.to_string());
            let contained = |a: &str| {
                !a.is_empty()
                    && [Some(&b), b_canonical.as_ref()]
                        .into_iter()
                        .flatten()
                        .any(|b| a.contains(b.as_str()) || b.contains(a))
            };
            // The canonical subject (员工), or — unless --strict — the subject as written
            // (医护人员), which is what the annotator saw.
            let subject = contained(&norm(&m.subject)) || !strict && contained(&norm(&m.subject_text));
            // Those who took part, however the answer describes them (参加红色教育活动的
            // 党员及入党积极分子 is 参加人员): unless --strict, an attendance fits an answer
            // that says who attended.
            let attendance = ["参加人员", "参会人员", "活动人数", "参与人员", "参训人员"].contains(&m.subject.as_str())
                && ["参加", "参与", "出席", "参会"].iter().any(|w| b.contains(w));
            (m.value - value).abs() <= 1e-3 * value.abs().max(1.0) && (subject || !strict && attendance)
        };
        for g in &gold {
            let found = doc.metrics.iter().any(|m| fits(m, g));
            match g["tier"].as_str() {
                "core" => {
                    core.add(found);
                    core_extra.add(found);
                }
                "extra" => core_extra.add(found),
                _ => {}
            }
            if !found && g["tier"] != "allowed" {
                let value: f64 = g["value"].parse().unwrap_or(f64::NAN);
                let same_value: Vec<&str> = doc
                    .metrics
                    .iter()
                    .filter(|m| (m.value - value).abs() <= 1e-3 * value.abs().max(1.0))
                    .map(|m| m.subject.as_str())
                    .collect();
                notes.push(format!(
                    "figure missed: {} {} {} ({}){}",
                    g["subject"],
                    g["value"],
                    g["unit"],
                    g["tier"],
                    if same_value.is_empty() { String::new() } else { format!(", read as {}", same_value.join(", ")) }
                ));
            }
        }
        for m in &doc.metrics {
            let real = gold.iter().any(|g| {
                (m.value - g["value"].parse::<f64>().unwrap_or(f64::NAN)).abs() <= 1e-3 * m.value.abs().max(1.0)
            });
            precision.add(real);
            if !real {
                notes.push(format!(
                    "figure not in the answers: {} {} {} «{}»",
                    m.subject,
                    m.value,
                    m.unit,
                    m.evidence.chars().take(40).collect::<String>()
                ));
            }
        }

        // Practices.
        // Each name read, as compared, once.
        let read_names: Vec<String> = doc.measures.iter().map(|m| practice_norm(&m.name)).collect();
        for g in measures.iter().filter(|m| &m["id"] == id) {
            // The closest of the names that match (…座谈会上的讲话精神 is the study of the
            // speech, not the 座谈会 inside it).
            let hit = closest(&practice_norm(&g["name"]), &read_names).map(|i| &doc.measures[i]);
            practices.add(hit.is_some());
            match hit {
                Some(m) => {
                    let right = m.category.as_deref() == Some(g["category"].as_str());
                    categories.add(right);
                    if !right {
                        notes.push(format!(
                            "practice {}: {}, read {} {:?}",
                            g["name"], g["category"], m.name, m.category
                        ));
                    }
                }
                None => notes.push(format!("practice missed: {} ({})", g["name"], g["category"])),
            }
        }
        // Practices read that no answer lists: readers list what they would compare, not
        // every practice named, so this is a floor of practices' precision, for
        // comparing one rule set with another.
        let listed: Vec<String> =
            measures.iter().filter(|m| &m["id"] == id).map(|g| practice_norm(&g["name"])).collect();
        for (m, found) in doc.measures.iter().zip(&read_names) {
            let named = listed.iter().any(|name| found.contains(name) || name.contains(found.as_str()));
            listed_read.add(named);
            if !named && extras {
                notes.push(format!(
                    "practice not in the answers: {} {:?} «{}»",
                    m.name,
                    m.category,
                    m.evidence.chars().take(40).collect::<String>()
                ));
            }
        }
        if misses && !notes.is_empty() {
            println!("{id} ({} figures, {} practices read)", doc.metrics.len(), doc.measures.len());
            for note in notes {
                println!("  {note}");
            }
        }
    }
    if !missing.is_empty() {
        println!("no text for {} of {} documents: {}", missing.len(), metadata.len(), missing.join(" "));
    }
    println!("field                      right");
    println!("hospital, named            {}", named.show());
    println!("hospital, none             {}", unnamed.show());
    println!("date                       {}", date.show());
    println!("title                      {}", title.show());
    println!("figures, core              {}", core.show());
    println!("figures, core+extra        {}", core_extra.show());
    println!("figures, precision         {}", precision.show());
    println!("practices found            {}", practices.show());
    println!("practices, category        {}", categories.show());
    println!("practices read and listed  {}", listed_read.show());
}
