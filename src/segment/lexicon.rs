//! The domain lexicon (`src/lexicon/terms.tsv`): Party-building and hospital-management
//! terms, each with its measure category when it names a practice. jieba gets every
//! term as a user word, so 三会一课 or 三联两访一帮 is never cut apart; the measures
//! extractor reads the categories. The lexicon's version is a hash of its content,
//! recorded in the index so that editing the list rebuilds what depends on it.

use std::sync::OnceLock;

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

const DATA: &str = include_str!("../lexicon/terms.tsv");

/// One lexicon entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Simplified, lowercase: the form found in folded text.
    pub term: &'static str,
    /// The measure category, or `None` for vocabulary that is not a practice.
    pub category: Option<&'static str>,
}

/// Every entry, in file order.
pub fn terms() -> &'static [Term] {
    static TERMS: OnceLock<Vec<Term>> = OnceLock::new();
    TERMS.get_or_init(|| {
        DATA.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|line| {
                let (term, category) = line.split_once('\t').unwrap_or((line, "-"));
                let category = category.trim();
                Term { term: term.trim(), category: (category != "-").then_some(category) }
            })
            .collect()
    })
}

/// The lexicon version: the first 16 hex digits of the SHA-256 of every table the
/// extract stage reads (the term list, the metrics' subjects, the gazetteer, the known
/// sources, the measures' category keywords), so that editing any of them rebuilds
/// the index.
pub fn version() -> String {
    let all = [
        DATA,
        crate::extract::subjects::DATA,
        include_str!("../lexicon/regions.tsv"),
        include_str!("../lexicon/sources.txt"),
        include_str!("../lexicon/measure_keywords.tsv"),
    ]
    .concat();
    crate::model::sha256_hex(all.as_bytes())[..16].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_300_unique_terms_with_known_categories() {
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

    #[test]
    fn the_version_is_a_content_hash() {
        assert_eq!(version().len(), 16);
        assert_eq!(version(), version());
    }
}
