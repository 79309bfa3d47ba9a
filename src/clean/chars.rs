//! Character classes the cleaning steps (and the stages after them) share, the loader
//! of the lexicon word lists they match in either script, and the cutting of found
//! spans out of a text.

/// Whether `c` is a Han character (CJK unified ideographs and their extensions,
/// compatibility ideographs, 〇).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3007}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}' | '\u{30000}'..='\u{3134F}')
}

/// Punctuation used in Chinese running text (full-width forms and CJK symbols).
pub fn is_cjk_punct(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '“' | '”' | '‘' | '’' | '…' | '—' | '·' | '・')
}

/// Punctuation that ends a sentence (or a clause that ends a line in prose).
pub fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…' | '”' | '」' | '』' | ')' | '）' | '.' | ':' | '：')
}

/// `text` without the byte ranges `cut` (in order, not overlapping): what a step
/// found and takes out.
pub(crate) fn without_ranges(text: &str, cut: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end) in cut {
        out.push_str(&text[at..start]);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// The words of a lexicon word list (`src/lexicon/NAME`) with the traditional form of
/// every simplified entry added, so one list serves text in either script.
pub(crate) fn lexicon_terms(table: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for term in crate::lexicon::words(table) {
        for form in [term.to_string(), hanconv::s2t(term)] {
            if !terms.contains(&form) {
                terms.push(form);
            }
        }
    }
    terms
}
