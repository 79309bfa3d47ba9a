//! Frequencies and keyness over the corpus (reposts left out, so an article found
//! twice counts once).
//!
//! - [`freq`]: how often terms occur per hospital, per year or per practice category,
//!   as counts and as rates per 10,000 characters (so that groups of different size
//!   compare). A term is matched in the folded text, so either script counts.
//! - [`keyness`]: the words over-represented in one group of documents (a hospital, a
//!   year, a span of years) against all the others, by Dunning's log-likelihood (G²).
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

fn rate(count: u64, characters: u64) -> f64 {
    if characters == 0 { 0.0 } else { (count as f64 * 1e4 / characters as f64 * 100.0).round() / 100.0 }
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
    /// Occurrences in the group and in the rest.
    pub group: u64,
    pub rest: u64,
    pub group_per_10k: f64,
    pub rest_per_10k: f64,
    /// Dunning's log-likelihood G².
    pub g2: f64,
}

/// G² of a word seen `a` times in a group of `c` words and `b` times in the rest's `d`.
fn g2(a: f64, b: f64, c: f64, d: f64) -> f64 {
    let e1 = c * (a + b) / (c + d);
    let e2 = d * (a + b) / (c + d);
    let term = |o: f64, e: f64| if o > 0.0 && e > 0.0 { o * (o / e).ln() } else { 0.0 };
    2.0 * (term(a, e1) + term(b, e2))
}

/// The `limit` words most over-represented in `group` against the rest, strongest
/// first. Empty when the group or the rest has no documents.
pub fn keyness(store: &Store, group: &Group, limit: usize) -> Result<(Vec<Key>, usize, usize), StoreError> {
    let (mut inside, mut outside) = (HashMap::new(), HashMap::new());
    let (mut c, mut d) = (0u64, 0u64);
    let (mut n_in, mut n_out) = (0, 0);
    let counts = store.word_counts()?;
    for head in store.heads()?.into_iter().filter(|h| h.duplicate_of.is_none()) {
        let (into, total, documents) =
            if group.holds(&head) { (&mut inside, &mut c, &mut n_in) } else { (&mut outside, &mut d, &mut n_out) };
        *documents += 1;
        for (word, n) in counts.get(&head.id).map(|text| words::from_text(text)).into_iter().flatten() {
            *into.entry(word.to_string()).or_insert(0) += n;
            *total += n;
        }
    }
    if c == 0 || d == 0 {
        return Ok((Vec::new(), n_in, n_out));
    }
    let mut keys: Vec<Key> = inside
        .iter()
        .filter(|&(_, &a)| a >= 2)
        .map(|(word, &a)| {
            let b = outside.get(word).copied().unwrap_or(0);
            Key {
                term: word.clone(),
                group: a,
                rest: b,
                group_per_10k: rate(a, c),
                rest_per_10k: rate(b, d),
                g2: (g2(a as f64, b as f64, c as f64, d as f64) * 100.0).round() / 100.0,
            }
        })
        // Over-represented only.
        .filter(|k| (k.group as f64) / (c as f64) > (k.rest as f64) / (d as f64))
        .collect();
    keys.sort_by(|x, y| y.g2.total_cmp(&x.g2).then(x.term.cmp(&y.term)));
    keys.truncate(limit);
    Ok((keys, n_in, n_out))
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
}
