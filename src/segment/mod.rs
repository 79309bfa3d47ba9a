//! Segment: jieba-rs with the domain lexicon, loaded once per process, and what is
//! built on it — the tantivy tokenizers of the index ([`tokenizer`]) and [`log_prob`],
//! the word-model score the mojibake repair uses to tell a restored sentence from
//! garbage. Segmentation always runs on folded text (simplified, lowercase).

pub mod tokenizer;

use std::sync::OnceLock;

use jieba_rs::Jieba;

/// jieba with its default dictionary plus every lexicon term as a user word, loaded
/// on first use (~150 ms). Searching never needs it; indexing and cleaning do.
pub fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(|| {
        let mut jieba = Jieba::new();
        for term in crate::lexicon::terms() {
            jieba.add_word(term.term, None, None);
        }
        jieba
    })
}

/// ln of the total word frequency of jieba's default dictionary (about 6.0e7). Only
/// differences of scores matter, so an approximate value is enough.
const LN_TOTAL: f64 = 17.911;

/// The log-probability of `text` under jieba's unigram model: the text is folded to
/// simplified script (the dictionary's), cut without the HMM, and each word costs
/// ln(frequency / total); a character the dictionary lacks costs as a frequency of 1.
pub fn log_prob(text: &str) -> f64 {
    let folded = hanconv::t2s(text);
    let jieba = jieba();
    jieba.cut(&folded, false).iter().map(|token| (jieba.suggest_freq(token.word).max(1) as f64).ln() - LN_TOTAL).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_text_scores_higher_per_character_than_mojibake() {
        let per_char = |s: &str| log_prob(s) / s.chars().count() as f64;
        assert!(per_char("要害。”在黨委會上") > per_char("要害?!痹邳h委會上") + 1.0);
        assert!(log_prob("党委会") > log_prob("痹邳h"));
    }
}
