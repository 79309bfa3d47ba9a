//! Sentences, as the extract stage reads them: a figure's or a practice's evidence is
//! its sentence, ending after 。！？； (full or half width) or a line break.
//!
//! A sentence is also the extract stage's unit of work (the words around a number are
//! looked for in it, and it is kept as evidence), so its length is bounded: a text
//! with a long run and no sentence mark — a one-line file, hard-wrapped lines that
//! line-joining merged — is cut into pieces of at most [`MAX_CHARS`] characters, after
//! the last comma or space of each piece where there is one. Without the bound each
//! figure of such a run would scan and keep the whole run: memory and time grew with
//! the square of its length.

/// The longest sentence the extract stage reads, in characters. Real sentences stay
/// well under it (the longest in the seeds is about 250 characters).
pub const MAX_CHARS: usize = 512;

/// Whether `c` ends a sentence.
pub fn is_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n')
}

/// Where an over-long sentence may be cut: after a comma, an enumeration comma, a
/// colon or a space.
fn is_soft_end(c: char) -> bool {
    matches!(c, '，' | ',' | '、' | '：' | ':' | ' ' | '\u{3000}' | '\t')
}

/// Every sentence of `chars`, as character ranges (the end after its last character),
/// none longer than [`MAX_CHARS`].
pub fn all(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if is_end(c) {
            if i + 1 > start {
                pieces(chars, start, i + 1, &mut out);
            }
            start = i + 1;
        }
    }
    if start < chars.len() {
        pieces(chars, start, chars.len(), &mut out);
    }
    out
}

/// `start..end` cut into pieces of at most [`MAX_CHARS`], each after its last soft end
/// when that leaves it at least half full.
fn pieces(chars: &[char], mut start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    while end - start > MAX_CHARS {
        let limit = start + MAX_CHARS;
        let cut = (start + MAX_CHARS / 2..limit).rev().find(|&i| is_soft_end(chars[i - 1])).unwrap_or(limit);
        out.push((start, cut));
        start = cut;
    }
    out.push((start, end));
}

/// The sentence around `start..end`: what [`all`] cuts, looked for no further than
/// [`MAX_CHARS`] on either side, so that it costs the same on a one-line file.
pub fn around(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let from = start.saturating_sub(MAX_CHARS);
    let s0 = chars[from..start].iter().rposition(|&c| is_end(c)).map_or(from, |p| from + p + 1);
    let to = (end + MAX_CHARS).min(chars.len());
    let s1 = chars[end..to].iter().position(|&c| is_end(c)).map_or(to, |p| end + p + 1);
    // Within that stretch, the piece of `all` that holds the start.
    let mut found = (s0, s1);
    let mut out = Vec::new();
    pieces(chars, s0, s1, &mut out);
    if let Some(&(p0, p1)) = out.iter().find(|&&(p0, p1)| p0 <= start && start < p1) {
        found = (p0, p1.max(end.min(s1)));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_after_their_mark_and_around_finds_the_same() {
        let chars: Vec<char> = "党支部共21个。党员近千人！\n三会一课".chars().collect();
        let all = all(&chars);
        assert_eq!(all, [(0, 8), (8, 14), (14, 15), (15, 19)]);
        for &(s0, s1) in &all {
            if chars[s0] != '\n' {
                assert_eq!(around(&chars, s0, s0 + 1), (s0, s1));
            }
        }
    }

    /// A run with no sentence mark — here a clause repeated 200 times — is read in
    /// pieces no longer than the bound, cut after a comma, and `around` finds the
    /// piece of a character in the middle without looking at the whole run.
    #[test]
    fn a_run_without_sentence_marks_is_cut_after_commas_into_bounded_pieces() {
        let text = "全院共有党员877人，开展三会一课".repeat(200);
        let chars: Vec<char> = text.chars().collect();
        let all = all(&chars);
        assert!(all.len() > 1);
        assert_eq!(all.first().unwrap().0, 0);
        assert_eq!(all.last().unwrap().1, chars.len());
        for pair in all.windows(2) {
            assert_eq!(pair[0].1, pair[1].0, "pieces follow one another");
        }
        for &(s0, s1) in &all {
            assert!(s1 - s0 <= MAX_CHARS, "{s0}..{s1}");
            if s1 < chars.len() {
                assert_eq!(chars[s1 - 1], '，', "cut after a comma");
            }
        }
        let middle = chars.len() / 2;
        let (s0, s1) = around(&chars, middle, middle + 1);
        assert!(s0 <= middle && middle < s1 && s1 - s0 <= MAX_CHARS, "{s0}..{s1}");
        assert!(all.contains(&(s0, s1)) || s1 - s0 < MAX_CHARS, "{s0}..{s1}");
    }

    /// Without commas either, the pieces are cut at the bound.
    #[test]
    fn a_run_without_any_break_is_cut_at_the_bound() {
        let chars: Vec<char> = "党员".repeat(MAX_CHARS * 2).chars().collect();
        let expected: Vec<(usize, usize)> = (0..4).map(|k| (k * MAX_CHARS, (k + 1) * MAX_CHARS)).collect();
        assert_eq!(all(&chars), expected);
    }
}
