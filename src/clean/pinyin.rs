//! Pinyin annotations: some sites print the reading of every rare or traditional
//! character after it — 醫(yī)院, 學(xué)習(xí) — which splits every word it touches.
//!
//! An annotation is one parenthesised pinyin syllable carrying exactly one tone mark,
//! right after a Han character: an optional initial (b p m f d t n l g k h j q x r z c
//! s y w zh ch sh), one to four vowels, an optional final (n ng r). Real parentheticals
//! never have that shape — 處(科)室, (體檢), (試行), (2021), (一), (a), (de) — and
//! stay. Both ASCII and full-width parentheses are recognised.

use super::chars::is_han;
use super::step::{Note, Step};

pub struct Pinyin;

const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y",
    "w",
];
const FINALS: &[&str] = &["ng", "n", "r", ""];
const PLAIN_VOWELS: &str = "aeiouüv";
const TONED_VOWELS: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

/// Whether `s` is one pinyin syllable with exactly one tone mark.
fn is_toned_syllable(s: &str) -> bool {
    INITIALS.iter().map(|i| s.strip_prefix(i)).chain([Some(s)]).flatten().any(|rest| {
        FINALS.iter().filter_map(|f| rest.strip_suffix(f)).any(|vowels| {
            let count = vowels.chars().count();
            (1..=4).contains(&count)
                && vowels.chars().all(|c| PLAIN_VOWELS.contains(c) || TONED_VOWELS.contains(c))
                && vowels.chars().filter(|&c| TONED_VOWELS.contains(c)).count() == 1
        })
    })
}

/// Whether `s` is one pinyin syllable, with at most one tone mark (a neutral tone has
/// none).
fn is_syllable(s: &str) -> bool {
    is_toned_syllable(s)
        || !s.is_empty()
            && s.chars().all(|c| c.is_ascii_lowercase() || c == 'ü')
            && INITIALS.iter().map(|i| s.strip_prefix(i)).chain([Some(s)]).flatten().any(|rest| {
                FINALS.iter().filter_map(|f| rest.strip_suffix(f)).any(|vowels| {
                    (1..=4).contains(&vowels.chars().count()) && vowels.chars().all(|c| PLAIN_VOWELS.contains(c))
                })
            })
}

/// Whether `s` is the reading of a word of at most `han` characters, a syllable for
/// each written together (代表(dàibiǎo), 中国共产党(zhōngguógòngchǎndǎng)), as some
/// converters print it: two syllables or more that split it, with a tone mark somewhere.
fn is_word_reading(s: &str, han: usize) -> bool {
    if !s.chars().any(|c| TONED_VOWELS.contains(c)) {
        return false;
    }
    let chars: Vec<char> = s.chars().collect();
    // fewest[k]: the fewest syllables that spell the first k characters.
    let mut fewest = vec![usize::MAX; chars.len() + 1];
    fewest[0] = 0;
    for end in 1..=chars.len() {
        for start in end.saturating_sub(6)..end {
            if fewest[start] == usize::MAX {
                continue;
            }
            let piece: String = chars[start..end].iter().collect();
            if is_syllable(&piece) {
                fewest[end] = fewest[end].min(fewest[start] + 1);
            }
        }
    }
    let n = fewest[chars.len()];
    n >= 2 && n <= han
}

/// If an annotation starts at byte `i` of `text` (at its opening parenthesis), after
/// `han` Han characters in a row, returns its length in bytes.
fn annotation_at(text: &str, i: usize, han: usize) -> Option<usize> {
    let rest = &text[i..];
    let open = rest.chars().next()?;
    let close = match open {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    let inner_start = open.len_utf8();
    let inner_len = rest[inner_start..].char_indices().take(48).find(|&(_, c)| c == close)?.0;
    let inner = &rest[inner_start..inner_start + inner_len];
    (is_toned_syllable(inner) || is_word_reading(inner, han)).then_some(inner_start + inner_len + close.len_utf8())
}

impl Step for Pinyin {
    fn name(&self) -> &'static str {
        "pinyin"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        // Each parenthesis is looked for as itself, a fast substring search, rather than
        // by decoding every character to compare it with both.
        let (mut ascii, mut wide) = (text.match_indices('(').peekable(), text.match_indices('（').peekable());
        if ascii.peek().is_none() && wide.peek().is_none() {
            return None;
        }
        let opening = std::iter::from_fn(|| match (ascii.peek(), wide.peek()) {
            (Some(&(a, _)), Some(&(w, _))) if w < a => wide.next(),
            (Some(_), _) => ascii.next(),
            (None, _) => wide.next(),
        });
        let mut out = String::with_capacity(text.len());
        let mut changes = 0;
        let mut copied = 0;
        for (i, _) in opening {
            if i < copied {
                continue;
            }
            // The character before is judged in the output, so 醫(yī)(yī) loses both.
            out.push_str(&text[copied..i]);
            copied = i;
            let han = out.chars().rev().take(12).take_while(|&c| is_han(c)).count();
            if han > 0
                && let Some(len) = annotation_at(text, i, han)
            {
                copied = i + len;
                changes += 1;
            }
        }
        out.push_str(&text[copied..]);
        (changes > 0).then_some((out, changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::step_tests!(
        super::Pinyin,
        [
            ("重慶市人民醫(yī)院:“混搭”巧解工學(xué)矛盾", "重慶市人民醫院:“混搭”巧解工學矛盾"),
            ("加強(qiáng)黨支部建設(shè)", "加強黨支部建設"),
            ("按照“處(科)室相對獨(dú)立", "按照“處(科)室相對獨立"),
            ("開展(體檢)(試行)(2021)(一)(a)(de)", "開展(體檢)(試行)(2021)(一)(a)(de)"),
            ("學（xué）習（xí）", "學習"),
            ("醫(yī)(yī)院", "醫院"),
            ("婦(fù)女(nǚ)兒(ér)童", "婦女兒童"),
            ("贬t(yī)院", "贬t(yī)院"),
            // A word's reading written together, one syllable a character.
            ("党员代表(dàibiǎo)共30余人,重温入党誓词(shìcí)", "党员代表共30余人,重温入党誓词"),
            ("中国共产党(zhōngguógòngchǎndǎng)成立", "中国共产党成立"),
            // …not a word in Latin letters, nor more syllables than characters.
            ("采用(PDCA)循环,开展(bank)(hànyǔpīnyīn)", "采用(PDCA)循环,开展(bank)(hànyǔpīnyīn)"),
        ]
    );

    #[test]
    fn syllables() {
        for ok in ["yī", "xué", "qiáng", "zhōng", "shuāng", "nǚ", "ér", "jiǎo", "ài", "lüè"] {
            assert!(is_toned_syllable(ok), "{ok}");
        }
        for no in ["", "yi", "de", "a", "2021", "科", "yīyī", "xuéé", "abc", "qiángg"] {
            assert!(!is_toned_syllable(no), "{no}");
        }
        assert!(is_word_reading("dàibiǎo", 2) && is_word_reading("chànàjiān", 3) && is_word_reading("péngyou", 2));
        assert!(!is_word_reading("dàibiǎo", 1) && !is_word_reading("daibiao", 2) && !is_word_reading("hànyǔpīnyīn", 2));
    }

    #[test]
    fn every_annotation_in_seed_000_goes_and_every_real_parenthetical_stays() {
        let seed = crate::clean::testing::seed("000");
        let (out, changes) = Pinyin.apply(&seed, &mut Vec::new()).unwrap();
        assert!(changes > 250, "seed 000 carries hundreds of annotations, found {changes}");
        // What is left in parentheses is real text: 處(科)室, journal issues, and the
        // one annotation behind a damaged character (贬t(yī)) that the repair frees.
        let left: Vec<&str> =
            out.match_indices('(').map(|(i, _)| &out[i..out[i..].find(')').map_or(out.len(), |j| i + j + 1)]).collect();
        assert!(left.contains(&"(科)"), "{left:?}");
        assert!(
            left.iter().all(|p| !p.contains([
                'ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ī', 'í', 'ǐ', 'ì', 'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ', 'ù'
            ]) || *p == "(yī)"
                || *p == "(zhèn)"),
            "{left:?}"
        );
    }
}
