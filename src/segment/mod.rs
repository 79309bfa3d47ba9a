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

/// The longest stretch of text handed to jieba at once, in bytes. jieba's memory
/// grows with the run of Han characters it is given (the word graph of the whole run
/// is built before any word comes out), so a text is cut in [`stretches`] first.
pub const MAX_CUT_BYTES: usize = 32 * 1024;

/// `text` as byte ranges of at most [`MAX_CUT_BYTES`] (or one character more),
/// each ending after a line break, a sentence mark or a comma where the stretch has
/// one in its second half — places where jieba would end a word anyway — else at a
/// character boundary. Real paragraphs are far shorter and come out whole.
pub fn stretches(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let from = start;
        let mut end = text.len();
        if end - from > MAX_CUT_BYTES {
            let mut limit = from + MAX_CUT_BYTES;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let mut middle = from + MAX_CUT_BYTES / 2;
            while !text.is_char_boundary(middle) {
                middle += 1;
            }
            let break_at = text[middle..limit]
                .char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, '\n' | '。' | '！' | '？' | '；' | '，' | '、' | ',' | ';' | '.' | ' '))
                .map(|(i, c)| middle + i + c.len_utf8());
            end = break_at.unwrap_or(limit);
            if end == from {
                end = from + text[from..].chars().next().map_or(1, char::len_utf8);
            }
        }
        start = end;
        Some((from, end))
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

    /// Short texts come out whole; a long run is cut after a comma where it has one,
    /// and with no break at all at a character boundary, never beyond the bound.
    #[test]
    fn stretches_cover_the_text_in_bounded_pieces() {
        assert_eq!(stretches("党员877人，三会一课").collect::<Vec<_>>(), [(0, "党员877人，三会一课".len())]);
        for text in ["党员877人，开展三会一课".repeat(3000), "党员".repeat(20_000)] {
            let pieces: Vec<(usize, usize)> = stretches(&text).collect();
            assert!(pieces.len() > 1);
            assert_eq!((pieces[0].0, pieces.last().unwrap().1), (0, text.len()));
            for pair in pieces.windows(2) {
                assert_eq!(pair[0].1, pair[1].0);
            }
            for &(a, b) in &pieces {
                assert!(b - a <= MAX_CUT_BYTES && text.is_char_boundary(a) && text.is_char_boundary(b));
                if text.contains('，') && b < text.len() {
                    assert!(text[..b].ends_with('，'), "cut after a comma");
                }
            }
        }
        assert_eq!(stretches("").count(), 0);
    }

    #[test]
    fn real_text_scores_higher_per_character_than_mojibake() {
        let per_char = |s: &str| log_prob(s) / s.chars().count() as f64;
        assert!(per_char("要害。”在黨委會上") > per_char("要害?!痹邳h委會上") + 1.0);
        assert!(log_prob("党委会") > log_prob("痹邳h"));
    }
}
