//! The words of a document and how often each occurs — what `keyness` compares
//! between groups of documents — counted once, when the document is indexed, so that
//! no analysis cuts the corpus again: jieba's words (the domain lexicon's terms are
//! words of their own) of two Han characters or more, stop words
//! (`src/lexicon/stopwords.txt`) left out.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::clean::is_han;

fn stopwords() -> &'static HashSet<&'static str> {
    static STOP: OnceLock<HashSet<&str>> = OnceLock::new();
    STOP.get_or_init(|| crate::lexicon::words("stopwords.txt").collect())
}

/// Whether `word` (folded) is one keyness and collocates count: two Han characters
/// or more, no stop word.
pub fn counted(word: &str) -> bool {
    word.chars().nth(1).is_some() && word.chars().all(is_han) && !stopwords().contains(word)
}

/// The counted words of a folded text in text order, as byte ranges of it.
pub fn word_spans(folded: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (from, to) in crate::segment::stretches(folded) {
        for token in crate::segment::jieba().cut(&folded[from..to], false) {
            if counted(token.word) {
                spans.push((from + token.byte_start, from + token.byte_end));
            }
        }
    }
    spans
}

/// The counted words of a folded text, sorted by word.
pub fn word_counts(folded: &str) -> Vec<(String, u32)> {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for (from, to) in word_spans(folded) {
        *counts.entry(&folded[from..to]).or_default() += 1;
    }
    let mut out: Vec<(String, u32)> = counts.into_iter().map(|(w, n)| (w.to_string(), n)).collect();
    out.sort();
    out
}

/// Counts as the store keeps them: `word<TAB>count` lines.
pub fn to_text(counts: &[(String, u32)]) -> String {
    let mut out = String::with_capacity(counts.len() * 10);
    for (word, n) in counts {
        out.push_str(word);
        out.push('\t');
        out.push_str(&n.to_string());
        out.push('\n');
    }
    out
}

/// The counts of [`to_text`]'s lines.
pub fn from_text(text: &str) -> impl Iterator<Item = (&str, u64)> {
    text.lines().filter_map(|line| {
        let (word, n) = line.split_once('\t')?;
        Some((word, n.parse().ok()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_and_single_characters_are_not_counted_and_the_text_form_round_trips() {
        let counts = word_counts("我们开展三会一课,我们的党支部开展三会一课。");
        let get = |w: &str| counts.iter().find(|(x, _)| x == w).map(|(_, n)| *n);
        assert_eq!(get("三会一课"), Some(2));
        assert_eq!((get("我们"), get("的")), (None, None));
        let text = to_text(&counts);
        let back: Vec<(String, u32)> = from_text(&text).map(|(w, n)| (w.to_string(), n as u32)).collect();
        assert_eq!(back, counts);
    }
}
