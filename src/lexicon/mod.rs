//! The lexicon: every word list and table the pipeline reads, in one place. The tables
//! are the text files beside this one (`src/lexicon/*.tsv`, `*.txt`), compiled into
//! the binary; this module lists them once ([`TABLES`]), reads them with one loader
//! (a `#` line is a comment, a blank line is nothing, a line is tab-separated fields,
//! each trimmed) and parses each once per process.
//!
//! It is the ground floor of the crate: it imports nothing of it, so every stage can
//! read it without an import circle. What a table *means* — an automaton of spam
//! terms, the subject vocabulary, the gazetteer's places — is built by the module that
//! uses it, from the rows read here.
//!
//! [`version`] hashes every table: an index records it, and a binary whose tables
//! differ from the index's rebuilds everything on its next run, so no document keeps
//! what an old table made of it. A table added to the folder but not to [`TABLES`]
//! fails a test.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One table of the lexicon.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// The file name in `src/lexicon/`.
    pub name: &'static str,
    pub text: &'static str,
}

macro_rules! tables {
    ($($name:literal),* $(,)?) => { &[$(Table { name: $name, text: include_str!($name) }),*] };
}

/// Every table, by file name. Each is described in its own header comment.
pub const TABLES: &[Table] = tables![
    // The domain lexicon: jieba's user words, the known practices with their category.
    "terms.tsv",
    // What metrics count, and the words read around a figure.
    "subjects.tsv",
    "units.tsv",
    "qualifiers.tsv",
    "metric_words.tsv",
    "derived.tsv",
    // Practices: category endings and keywords, and the words around a practice's name.
    "measure_heads.tsv",
    "measure_keywords.tsv",
    "measure_words.tsv",
    "practice_patterns.tsv",
    // Metadata: places, sources, bylines.
    "regions.tsv",
    "bare_hospital_words.txt",
    "generic_hospital_words.txt",
    "specialty_hospital_words.txt",
    "university_words.txt",
    "enterprise_owners.txt",
    "service_owners.txt",
    "division_suffixes.txt",
    "ethnic_groups.txt",
    "sources.txt",
    "byline_words.tsv",
    "surnames.txt",
    // Cleaning: spam, chrome, menus, related-article lists, place-name lists.
    "spam_terms.txt",
    "chrome_cues.txt",
    "nav_words.txt",
    "related_headers.txt",
    "column_words.txt",
    "place_suffixes.txt",
    "site_owner_cues.txt",
    "published_cues.txt",
    "stamp_labels.txt",
    // Decoding web pages.
    "html_entities.tsv",
    // Analysis: words too common to tell groups apart.
    "stopwords.txt",
];

/// The measure categories of DESIGN.md, in its order.
pub const CATEGORIES: &[&str] = &[
    "组织建设",
    "理论学习",
    "党建业务融合",
    "信息化",
    "志愿公益",
    "先锋模范",
    "考核制度",
    "作风廉政",
    "品牌文化",
    "改善就医体验",
    "帮扶共建",
    "调查研究",
];

/// A table's data lines, each split into its tab-separated fields (trimmed), in file
/// order. Comment lines (`#` first) and blank lines are left out; a trailing empty
/// field stays (`北京市⇥province⇥北京市⇥`, tabs shown as ⇥, has four).
pub fn parse(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::trim).collect())
        .collect()
}

/// The rows of the table `name`, parsed once per process.
///
/// # Panics
/// When `name` is not in [`TABLES`]: that is a mistake in the code, not in the input.
pub fn rows(name: &str) -> &'static [Vec<&'static str>] {
    static PARSED: OnceLock<HashMap<&'static str, Vec<Vec<&'static str>>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| TABLES.iter().map(|t| (t.name, parse(t.text))).collect());
    parsed.get(name).unwrap_or_else(|| panic!("no lexicon table {name}"))
}

/// The first field of every row of `name`: a word list.
pub fn words(name: &str) -> impl Iterator<Item = &'static str> {
    rows(name).iter().map(|row| row[0])
}

/// The words of `name` whose first field is `role` (tables of `role<TAB>word` rows,
/// such as `metric_words.tsv`), in file order.
pub fn words_of(name: &str, role: &str) -> Vec<&'static str> {
    let found: Vec<&str> =
        rows(name).iter().filter(|row| row[0] == role).filter_map(|row| row.get(1).copied()).collect();
    assert!(!found.is_empty(), "{name} has no {role} rows");
    found
}

/// One entry of the domain lexicon (`terms.tsv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Simplified, lowercase: the form found in folded text.
    pub term: &'static str,
    /// The measure category, or `None` for vocabulary that is not a practice.
    pub category: Option<&'static str>,
}

/// Every entry of the domain lexicon, in file order.
pub fn terms() -> &'static [Term] {
    static TERMS: OnceLock<Vec<Term>> = OnceLock::new();
    TERMS.get_or_init(|| {
        rows("terms.tsv")
            .iter()
            .map(|row| {
                let category = row.get(1).copied().unwrap_or("-");
                Term { term: row[0], category: (category != "-").then_some(category) }
            })
            .collect()
    })
}

/// The lexicon version of `tables`: the first 16 hex digits of the SHA-256 of every
/// table's name and content.
pub fn version_of(tables: &[Table]) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for table in tables {
        hash.update(table.name.as_bytes());
        hash.update([0]);
        hash.update(table.text.as_bytes());
        hash.update([0]);
    }
    hash.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The version of this binary's lexicon: [`version_of`] over [`TABLES`]. An index
/// built with another version is rebuilt.
pub fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| version_of(TABLES))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_in_the_folder_is_listed_and_every_listed_table_is_there() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".tsv") || name.ends_with(".txt"))
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = TABLES.iter().map(|t| t.name.to_string()).collect();
        listed.sort();
        assert_eq!(listed, on_disk, "src/lexicon/ and TABLES must name the same tables");
    }

    #[test]
    fn editing_any_table_changes_the_version() {
        let base = version_of(TABLES);
        assert_eq!(base, version());
        for (i, table) in TABLES.iter().enumerate() {
            let edited = format!("{}新词\n", table.text);
            let edited: &'static str = Box::leak(edited.into_boxed_str());
            let mut copy = TABLES.to_vec();
            copy[i] = Table { name: table.name, text: edited };
            assert_ne!(version_of(&copy), base, "editing {} leaves the version as it was", table.name);
        }
        // Moving a line from the end of one table to the start of the next is an edit too.
        let a = [Table { name: "a", text: "x\n" }, Table { name: "b", text: "y\n" }];
        let b = [Table { name: "a", text: "" }, Table { name: "b", text: "x\ny\n" }];
        assert_ne!(version_of(&a), version_of(&b));
    }

    #[test]
    fn rows_keep_empty_fields_and_skip_comments_and_blanks() {
        assert_eq!(
            parse("# note\n\na\tb \n北京市\tprovince\t北京市\t\n"),
            vec![vec!["a", "b"], vec!["北京市", "province", "北京市", ""]]
        );
    }

    #[test]
    fn every_table_parses_and_every_term_is_simplified_lowercase_and_categorised() {
        for table in TABLES {
            assert!(!rows(table.name).is_empty(), "{} has no rows", table.name);
        }
        let terms = terms();
        assert!(terms.len() >= 300, "{} terms", terms.len());
        let mut seen = std::collections::HashSet::new();
        for t in terms {
            assert!(seen.insert(t.term), "{} twice", t.term);
            assert_eq!(t.term, hanconv::t2s(t.term), "{} is not simplified", t.term);
            assert_eq!(t.term, t.term.to_lowercase(), "{} is not lowercase", t.term);
            if let Some(category) = t.category {
                assert!(CATEGORIES.contains(&category), "{}: unknown category {category}", t.term);
            }
        }
        let practices = terms.iter().filter(|t| t.category.is_some()).count();
        assert!(practices >= 200, "{practices} practices");
        for category in CATEGORIES {
            assert!(terms.iter().any(|t| t.category == Some(category)), "no term in {category}");
        }
    }
}
