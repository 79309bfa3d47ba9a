//! Frequencies and keyness over the corpus (reposts left out, so an article found
//! twice counts once).
//!
//! - [`freq`]: how often terms occur per hospital, per year or per practice category,
//!   as counts and as rates per 10,000 characters (so that groups of different size
//!   compare). A term is matched in the folded text, so either script counts.
//! - [`keyness`]: the words over-represented in one group of documents (a hospital, a
//!   year, a span of years) against a reference — all the others, or a group chosen —
//!   by Dunning's log-likelihood (G²), with its p-value (χ², one degree of freedom) and
//!   the effect size, Hardie's log-ratio (log2 of the ratio of the relative
//!   frequencies; 1 is twice as frequent). Rates are per 10,000 **words** here, where
//!   `freq` counts per 10,000 **characters**.
//!   Words are jieba's (with the domain lexicon as user words, so 三会一课 is one),
//!   two characters or more, all Han, stop words (`src/lexicon/stopwords.txt`) out,
//!   counted once when each document is indexed (`extract::words`): keyness reads the
//!   counts and cuts nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::clean::fold::Folded;
use crate::extract::metadata::year_of;
use crate::extract::words;
use crate::index::snippet::fold;
use crate::index::store::{Head, Store, StoreError};

/// How documents are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Hospital,
    Year,
    /// The category of the practices whose sentences the term occurs in.
    Category,
}

/// The group of documents with no hospital or no date.
pub const UNKNOWN: &str = "(unknown)";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub group: String,
    pub term: String,
    pub count: u64,
    /// Characters of text in the group.
    pub characters: u64,
    pub per_10k: f64,
}

/// Non-overlapping occurrences of `needle` in `haystack`.
fn occurrences(haystack: &str, needle: &str) -> u64 {
    if needle.is_empty() { 0 } else { haystack.matches(needle).count() as u64 }
}

/// Occurrences per 10,000 units (characters for `freq`, words for `keyness`), at
/// full precision: tables round for the eye, CSV and JSON do not.
fn rate(count: u64, units: u64) -> f64 {
    if units == 0 { 0.0 } else { count as f64 * 1e4 / units as f64 }
}

/// Counts of each term per group, groups sorted, terms in the order given.
pub fn freq(store: &Store, terms: &[String], by: By) -> Result<Vec<Count>, StoreError> {
    let needles: Vec<String> = terms.iter().map(|t| fold(t.trim())).collect();
    // group → (characters, count per term)
    let mut groups: BTreeMap<String, (u64, Vec<u64>)> = BTreeMap::new();
    match by {
        By::Hospital | By::Year => {
            for (head, text) in store.texts()?.into_iter().filter(|(h, _)| h.duplicate_of.is_none()) {
                let key = match by {
                    By::Hospital if !head.hospital.is_empty() => head.hospital.clone(),
                    By::Year => year_of(&head.date).map_or_else(|| UNKNOWN.to_string(), |y| y.to_string()),
                    _ => UNKNOWN.to_string(),
                };
                let folded = Folded::new(&text);
                let entry = groups.entry(key).or_insert_with(|| (0, vec![0; needles.len()]));
                entry.0 += text.chars().count() as u64;
                for (i, needle) in needles.iter().enumerate() {
                    entry.1[i] += occurrences(&folded.text, needle);
                }
            }
        }
        By::Category => {
            // Each practice's sentence counts once for its category in its document.
            let mut seen: HashSet<(String, String, String)> = HashSet::new();
            for row in store.measure_rows(None)?.into_iter().filter(|r| r.duplicate_of.is_none()) {
                let m = row.measure;
                let category = m.category.unwrap_or_else(|| crate::analyze::compare::UNCATEGORISED.into());
                if !seen.insert((row.document_id, category.clone(), m.evidence.clone())) {
                    continue;
                }
                let sentence = fold(&m.evidence);
                let entry = groups.entry(category).or_insert_with(|| (0, vec![0; needles.len()]));
                entry.0 += m.evidence.chars().count() as u64;
                for (i, needle) in needles.iter().enumerate() {
                    entry.1[i] += occurrences(&sentence, needle);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (group, (characters, counts)) in groups {
        for (term, count) in terms.iter().zip(counts) {
            out.push(Count {
                group: group.clone(),
                term: term.clone(),
                count,
                characters,
                per_10k: rate(count, characters),
            });
        }
    }
    Ok(out)
}

/// Which documents are the group keyness looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Group {
    /// Documents about a hospital (its resolved full name).
    Hospital(String),
    /// Documents dated in `from..=to`.
    Years(i32, i32),
}

impl Group {
    fn holds(&self, doc: &Head) -> bool {
        match self {
            Group::Hospital(name) => &doc.hospital == name,
            Group::Years(from, to) => year_of(&doc.date).is_some_and(|y| (*from..=*to).contains(&y)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Key {
    pub term: String,
    /// Occurrences in the group and in the reference (the rest, unless one was chosen).
    pub group: u64,
    pub rest: u64,
    /// Occurrences per 10,000 words of the group and of the reference.
    pub group_per_10k: f64,
    pub rest_per_10k: f64,
    /// Dunning's log-likelihood G².
    pub g2: f64,
    /// The probability of a G² this large were the rates equal (χ², 1 d.f.).
    pub p: f64,
    /// log2 of the group's rate over the reference's; a word the reference lacks
    /// counts as half an occurrence there.
    pub log_ratio: f64,
}

/// What keyness compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyness {
    pub keys: Vec<Key>,
    /// Documents and counted words of the group and of the reference.
    pub group_documents: usize,
    pub reference_documents: usize,
    pub group_words: u64,
    pub reference_words: u64,
    /// What a reader should know: a group of one document is that document's style.
    pub warnings: Vec<String>,
}

/// How keyness is asked for: the group, the reference (None: every other document),
/// the least count in the group, how many words.
#[derive(Debug, Clone)]
pub struct KeynessQuery {
    pub group: Group,
    pub reference: Option<Group>,
    pub min_freq: u64,
    pub limit: usize,
}

/// erfc(x) for x ≥ 0: the power series of erf below 2.5, the continued fraction of
/// erfc above (each accurate to about 1e-13 where it is used).
fn erfc(x: f64) -> f64 {
    if x < 2.5 {
        // erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
        let (mut sum, mut term) = (0.0, x);
        for n in 0..200 {
            let add = term / (2 * n + 1) as f64;
            sum += add;
            if add.abs() < 1e-17 {
                break;
            }
            term *= -x * x / (n + 1) as f64;
        }
        1.0 - 2.0 / std::f64::consts::PI.sqrt() * sum
    } else {
        // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), from the tail.
        let mut fraction = x;
        for k in (1..=80).rev() {
            fraction = x + (k as f64 / 2.0) / fraction;
        }
        (-x * x).exp() / std::f64::consts::PI.sqrt() / fraction
    }
}

/// The p-value of a G² statistic with one degree of freedom.
pub fn p_value(g2: f64) -> f64 {
    if g2 <= 0.0 { 1.0 } else { erfc((g2 / 2.0).sqrt()) }
}

/// G² of a word seen `a` times in a group of `c` words and `b` times in the rest's `d`.
fn g2(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let term = |o: f64, e: f64| if o > 0.0 && e > 0.0 { o * (o / e).ln() } else { 0.0 };
    2.0 * (term(a, e1) + term(b, e2))
}

/// The words most over-represented in the query's group against its reference,
/// strongest (G²) first; none when either side has no words.
pub fn keyness(store: &Store, query: &KeynessQuery) -> Result<Keyness, StoreError> {
    let (mut inside, mut outside) = (HashMap::new(), HashMap::new());
    let (mut c, mut d) = (0u64, 0u64);
    let (mut n_in, mut n_out) = (0, 0);
    let counts = store.word_counts()?;
    for head in store.heads()?.into_iter().filter(|h| h.duplicate_of.is_none()) {
        let in_group = query.group.holds(&head);
        let in_reference = query.reference.as_ref().map_or(!in_group, |r| !in_group && r.holds(&head));
        let (into, total, documents) = if in_group {
            (&mut inside, &mut c, &mut n_in)
        } else if in_reference {
            (&mut outside, &mut d, &mut n_out)
        } else {
            continue;
        };
        *documents += 1;
        for (word, n) in counts.get(&head.id).map(|text| words::from_text(text)).into_iter().flatten() {
            *into.entry(word.to_string()).or_insert(0) += n;
            *total += n;
        }
    }
    let mut warnings = Vec::new();
    for (side, n) in [("group", n_in), ("reference", n_out)] {
        if n == 1 {
            warnings.push(format!(
                "the {side} is one document: its words are that document's style as much as its group's"
            ));
        }
    }
    let mut keys: Vec<Key> = Vec::new();
    if c > 0 && d > 0 {
        keys = inside
            .iter()
            .filter(|&(_, &a)| a >= query.min_freq.max(1))
            .map(|(word, &a)| {
                let b = outside.get(word).copied().unwrap_or(0);
                let g2 = g2(a as f64, b as f64, c as f64, d as f64);
                let b_seen = if b == 0 { 0.5 } else { b as f64 };
                Key {
                    term: word.clone(),
                    group: a,
                    rest: b,
                    group_per_10k: rate(a, c),
                    rest_per_10k: rate(b, d),
                    g2,
                    p: p_value(g2),
                    log_ratio: ((a as f64 / c as f64) / (b_seen / d as f64)).log2(),
                }
            })
            // Over-represented only.
            .filter(|k| (k.group as f64) / (c as f64) > (k.rest as f64) / (d as f64))
            .collect();
        keys.sort_by(|x, y| y.g2.total_cmp(&x.g2).then(x.term.cmp(&y.term)));
        keys.truncate(query.limit);
    }
    Ok(Keyness {
        keys,
        group_documents: n_in,
        reference_documents: n_out,
        group_words: c,
        reference_words: d,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_likelihood_is_zero_for_equal_rates_and_grows_with_the_difference() {
        assert!(g2(10.0, 10.0, 1000.0, 1000.0).abs() < 1e-9);
        assert!(g2(20.0, 5.0, 1000.0, 1000.0) > g2(12.0, 8.0, 1000.0, 1000.0));
        // 10 in 1,000 words against 10 in 10,000: expected 1.818 and 18.18, so
        // G² = 2 (10 ln(10/1.818) + 10 ln(10/18.18)) = 22.14.
        assert!((g2(10.0, 10.0, 1000.0, 10000.0) - 22.14).abs() < 0.01);
    }

    #[test]
    fn p_values_of_chi_square_with_one_degree_of_freedom() {
        // The critical values every table gives: 3.841 (p = 0.05), 6.635 (0.01),
        // 10.828 (0.001), 15.137 (0.0001).
        for (g2, p) in [(3.841, 0.05), (6.635, 0.01), (10.828, 0.001), (15.137, 0.0001)] {
            assert!((p_value(g2) - p).abs() / p < 1e-3, "G² {g2}: {}", p_value(g2));
        }
        assert_eq!(p_value(0.0), 1.0);
        assert!(p_value(200.0) > 0.0 && p_value(200.0) < 1e-40);
    }
}
