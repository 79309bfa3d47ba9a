//! Collocates: the words that keep a term company. Every occurrence of the term (in
//! the folded text, so either script) in the documents that are no repost is looked at
//! with the [`words`] counted words — jieba's, two Han characters or more, stop words
//! out, the same words `keyness` counts — up to `window` words on each side. A word seen
//! there is scored against how often it occurs in the whole corpus (the word counts
//! kept at indexing) by one of three measures:
//!
//! - **logDice** = 14 + log2(2·f(n,c) / (f(n) + f(c))): at most 14, does not grow with
//!   the corpus, the measure Sketch Engine ranks by;
//! - **MI** = log2(f(n,c)·N / (f(n)·f(c))): favours rare words;
//! - **t** = (f(n,c) − f(n)·f(c)/N) / √f(n,c): favours frequent words;
//!
//! where f(n) is the term's occurrences, f(c) the word's in the corpus, f(n,c) the
//! word's in the windows, N the corpus's counted words.

use std::collections::HashMap;

use serde::Serialize;

use crate::clean::fold::Folded;
use crate::extract::words;
use crate::index::search::{Engine, Filters, SearchError};
use crate::index::snippet::fold;

/// How collocates are ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Measure {
    #[default]
    LogDice,
    Mi,
    T,
}

/// A word found near the term.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Collocate {
    pub word: String,
    /// Occurrences within the windows, f(n,c).
    pub together: u64,
    /// Occurrences in the corpus, f(c).
    pub frequency: u64,
    pub logdice: f64,
    pub mi: f64,
    pub t: f64,
}

/// The term's collocates with the figures they were scored by.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Collocates {
    pub term: String,
    /// Occurrences of the term, f(n).
    pub occurrences: u64,
    /// Counted words in the corpus (reposts left out), N.
    pub corpus_words: u64,
    pub window: usize,
    pub collocates: Vec<Collocate>,
}

/// The collocates of `term` within `window` words on each side, seen at least
/// `min_together` times, best first by `measure`, at most `limit` of them.
pub fn collocates(
    engine: &Engine,
    term: &str,
    window: usize,
    measure: Measure,
    min_together: u64,
    limit: usize,
) -> Result<Collocates, SearchError> {
    let needle = fold(term.trim());
    let store = engine.store();
    // Corpus frequencies, reposts left out as everywhere.
    let originals: std::collections::HashSet<String> =
        store.heads()?.into_iter().filter(|h| h.duplicate_of.is_none()).map(|h| h.id).collect();
    let mut frequency: HashMap<String, u64> = HashMap::new();
    let mut corpus_words = 0u64;
    for (id, text) in store.word_counts()? {
        if !originals.contains(&id) {
            continue;
        }
        for (word, n) in words::from_text(&text) {
            *frequency.entry(word.to_string()).or_default() += n;
            corpus_words += n;
        }
    }

    let mut together: HashMap<String, u64> = HashMap::new();
    let mut occurrences = 0u64;
    if !needle.is_empty() {
        for doc in engine.documents_containing(term.trim(), &Filters::default())? {
            if !originals.contains(&doc.id) {
                continue;
            }
            let folded = Folded::new(&doc.text).text;
            let spans = words::word_spans(&folded);
            for (start, _) in folded.match_indices(needle.as_str()) {
                let end = start + needle.len();
                occurrences += 1;
                // Words wholly before the term, and wholly after it.
                let before = spans.partition_point(|&(_, e)| e <= start);
                let after = spans.partition_point(|&(s, _)| s < end);
                let left = &spans[before.saturating_sub(window)..before];
                let right = &spans[after..(after + window).min(spans.len())];
                for &(s, e) in left.iter().chain(right) {
                    let word = &folded[s..e];
                    if word != needle {
                        *together.entry(word.to_string()).or_default() += 1;
                    }
                }
            }
        }
    }

    let n = corpus_words.max(1) as f64;
    let f_n = occurrences.max(1) as f64;
    let mut found: Vec<Collocate> = together
        .into_iter()
        .filter(|&(_, k)| k >= min_together)
        .map(|(word, k)| {
            // A word inside the windows occurs in the corpus at least as often.
            let f_c = frequency.get(&word).copied().unwrap_or(0).max(k);
            let (k_f, f_c_f) = (k as f64, f_c as f64);
            Collocate {
                logdice: 14.0 + (2.0 * k_f / (f_n + f_c_f)).log2(),
                mi: (k_f * n / (f_n * f_c_f)).log2(),
                t: (k_f - f_n * f_c_f / n) / k_f.sqrt(),
                word,
                together: k,
                frequency: f_c,
            }
        })
        .collect();
    let score = |c: &Collocate| match measure {
        Measure::LogDice => c.logdice,
        Measure::Mi => c.mi,
        Measure::T => c.t,
    };
    found.sort_by(|a, b| score(b).total_cmp(&score(a)).then(b.together.cmp(&a.together)).then(a.word.cmp(&b.word)));
    found.truncate(limit);
    Ok(Collocates { term: term.trim().to_string(), occurrences, corpus_words, window, collocates: found })
}
