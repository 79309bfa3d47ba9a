//! Sentences, as the extract stage reads them: a figure's or a practice's evidence is
//! its sentence, ending after 。！？； (full or half width) or a line break.

/// Whether `c` ends a sentence.
pub fn is_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n')
}

/// Every sentence of `chars`, as character ranges (the end after its last character).
pub fn all(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if is_end(c) {
            if i + 1 > start {
                out.push((start, i + 1));
            }
            start = i + 1;
        }
    }
    if start < chars.len() {
        out.push((start, chars.len()));
    }
    out
}

/// The sentence around `start..end`.
pub fn around(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let s0 = chars[..start].iter().rposition(|&c| is_end(c)).map_or(0, |p| p + 1);
    let s1 = chars[end..].iter().position(|&c| is_end(c)).map_or(chars.len(), |p| end + p + 1);
    (s0, s1)
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
}
