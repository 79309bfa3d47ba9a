//! The folded view: the clean text with traditional characters turned simplified
//! (hanconv's OpenCC tables) and letters lowercased, for search and matching — with a
//! map from every folded character back to the clean character it came from, so that
//! snippets, evidence and concordance lines are always cut from the original.
//!
//! hanconv converts phrase by phrase but keeps the number of characters; should a
//! conversion ever change the count, the text is converted character by character
//! instead, which always keeps it. Lowercasing can turn one character into two (İ);
//! both then map to the same original character.
//!
//! The script of a document (traditional, simplified or mixed) is read off the same
//! conversion: how many characters change under t2s against how many under s2t.

use serde::{Deserialize, Serialize};

/// Which script a text is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Traditional,
    #[default]
    Simplified,
    Mixed,
}

impl Script {
    /// The script of a text with `traditional` traditional-only and `simplified`
    /// simplified-only characters: one kind outnumbering the other four to one decides
    /// it, and a text with neither is simplified.
    fn of_counts(traditional: usize, simplified: usize) -> Script {
        if traditional >= 4 * simplified.max(1) && traditional > 0 {
            Script::Traditional
        } else if simplified >= 4 * traditional || traditional == 0 {
            Script::Simplified
        } else {
            Script::Mixed
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Script::Traditional => "traditional",
            Script::Simplified => "simplified",
            Script::Mixed => "mixed",
        }
    }

    /// The script named `word` (as [`Script::as_str`] writes it).
    pub fn parse(word: &str) -> Option<Script> {
        [Script::Traditional, Script::Simplified, Script::Mixed].into_iter().find(|s| s.as_str() == word)
    }
}

/// The folded text and its map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// For each character of `text`, the index of the original character.
    map: Vec<u32>,
    /// How many characters the original has.
    original_len: usize,
    /// How many original characters t2s changed (traditional-only characters).
    traditional: usize,
}

/// The characters a conversion can change: every character of a dictionary key at a
/// position where the value differs from it (all of a key's characters when the
/// lengths differ). A line with none of them converts to itself — no entry that
/// changes anything can match in it — so it need not be converted at all, which is
/// most lines of a report in the other script. Dictionary keys never hold a line
/// break, so lines convert independently.
struct Changeable {
    /// One bit per character of the Basic Multilingual Plane.
    bmp: Vec<u64>,
    beyond: std::collections::HashSet<char>,
}

impl Changeable {
    fn of(dictionaries: &[hanconv::Dictionary]) -> Changeable {
        let mut set = Changeable { bmp: vec![0; 1 << 10], beyond: Default::default() };
        for dictionary in dictionaries {
            for (key, value) in dictionary.iter() {
                let (k, v): (Vec<char>, Vec<char>) = (key.chars().collect(), value.chars().collect());
                for (i, &c) in k.iter().enumerate() {
                    if k.len() != v.len() || v[i] != c {
                        set.insert(c);
                    }
                }
            }
        }
        set
    }

    fn insert(&mut self, c: char) {
        match u16::try_from(c as u32) {
            Ok(b) => self.bmp[usize::from(b >> 6)] |= 1 << (b & 63),
            Err(_) => drop(self.beyond.insert(c)),
        }
    }

    fn contains(&self, c: char) -> bool {
        match u16::try_from(c as u32) {
            Ok(b) => self.bmp[usize::from(b >> 6)] & (1 << (b & 63)) != 0,
            Err(_) => self.beyond.contains(&c),
        }
    }

    /// Whether `line` holds a character that may change.
    fn touches(&self, line: &str) -> bool {
        line.chars().any(|c| self.contains(c))
    }
}

/// What `hanconv::t2s` (OpenCC's TSPhrases and TSCharacters) can change.
fn t2s_changeable() -> &'static Changeable {
    static SET: std::sync::LazyLock<Changeable> = std::sync::LazyLock::new(|| {
        Changeable::of(&[hanconv::Dictionary::TSPhrases, hanconv::Dictionary::TSCharacters])
    });
    &SET
}

/// What `hanconv::s2t` (STPhrases and STCharacters) can change.
fn s2t_changeable() -> &'static Changeable {
    static SET: std::sync::LazyLock<Changeable> = std::sync::LazyLock::new(|| {
        Changeable::of(&[hanconv::Dictionary::STPhrases, hanconv::Dictionary::STCharacters])
    });
    &SET
}

/// `hanconv::t2s` of `text`, converting only the lines it can change.
fn t2s_lines(text: &str) -> String {
    let changeable = t2s_changeable();
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if changeable.touches(line) {
            out.push_str(&hanconv::t2s(line));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// t2s that keeps the character count, whole-text when it can.
fn t2s_same_length(text: &str, chars: usize) -> String {
    let whole = t2s_lines(text);
    if whole.chars().count() == chars {
        return whole;
    }
    let mut buf = [0u8; 4];
    text.chars()
        .map(|c| {
            let one = hanconv::t2s(c.encode_utf8(&mut buf));
            let mut it = one.chars();
            match (it.next(), it.next()) {
                (Some(s), None) => s,
                _ => c,
            }
        })
        .collect()
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let original_len = original.chars().count();
        let simplified = t2s_same_length(original, original_len);
        let mut text = String::with_capacity(simplified.len());
        let mut map = Vec::with_capacity(original_len);
        let mut traditional = 0;
        for (i, (c, o)) in simplified.chars().zip(original.chars()).enumerate() {
            traditional += usize::from(c != o);
            if c.is_uppercase() {
                for lower in c.to_lowercase() {
                    text.push(lower);
                    map.push(i as u32);
                }
            } else {
                text.push(c);
                map.push(i as u32);
            }
        }
        Folded { text, map, original_len, traditional }
    }

    /// The script of `original` (the text this view was folded from): the
    /// traditional-only characters were counted while folding, so only the s2t pass
    /// for the simplified-only ones is left to do — and only as far as it can change
    /// the answer.
    pub fn script(&self, original: &str) -> Script {
        let traditional = self.traditional;
        let classify = |simplified: usize| Script::of_counts(traditional, simplified);
        // The answer only moves one way as simplified-only characters are found
        // (traditional, mixed, simplified), and a line cannot add more of them than it
        // has characters s2t could change. So the s2t pass goes line by line over the
        // lines it can change, and stops as soon as even the most the rest could add
        // leaves the answer where it is.
        let changeable = s2t_changeable();
        let lines: Vec<(&str, usize)> = original
            .split_inclusive('\n')
            .map(|line| (line, line.chars().filter(|&c| changeable.contains(c)).count()))
            .collect();
        let mut rest: usize = lines.iter().map(|&(_, n)| n).sum();
        let mut simplified = 0;
        for (line, n) in lines {
            if classify(simplified) == classify(simplified + rest) {
                break;
            }
            rest -= n;
            if n == 0 {
                continue;
            }
            let to_traditional = hanconv::s2t(line);
            if to_traditional.chars().count() == line.chars().count() {
                simplified += line.chars().zip(to_traditional.chars()).filter(|(a, b)| a != b).count();
            }
        }
        classify(simplified)
    }

    /// The original character index of folded character `i` (`i` may be the end).
    pub fn to_original(&self, i: usize) -> usize {
        self.map.get(i).map_or(self.original_len, |&o| o as usize)
    }

    /// The original character range of the folded range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.to_original(start);
        let to = if end == 0 || end <= start { from } else { self.to_original(end - 1) + 1 };
        (from, to)
    }

    /// The first folded character index of original character `i`.
    pub fn from_original(&self, i: usize) -> usize {
        self.map.partition_point(|&o| (o as usize) < i)
    }
}

/// The script `text` is written in: traditional when the characters only traditional
/// script has outnumber the simplified-only ones four to one, simplified the other
/// way round, mixed otherwise (and simplified when neither kind occurs). Where the
/// folded view is needed too, fold once and ask it ([`Folded::script`]).
pub fn script(text: &str) -> Script {
    Folded::new(text).script(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::testing::seed;

    #[test]
    fn folds_script_and_case_and_maps_back() {
        let folded = Folded::new("邵陽市中心醫院ICU黨支部");
        assert_eq!(folded.text, "邵阳市中心医院icu党支部");
        let start = folded.text.chars().position(|c| c == '党').unwrap();
        assert_eq!(folded.original_range(start, start + 3), (10, 13));
        let original: String = "邵陽市中心醫院ICU黨支部".chars().skip(10).take(3).collect();
        assert_eq!(original, "黨支部");
    }

    #[test]
    fn the_map_round_trips_on_every_seed() {
        for prefix in ["000", "001", "003"] {
            let text = seed(prefix);
            let original: Vec<char> = text.chars().collect();
            let folded = Folded::new(&text);
            let folded_chars: Vec<char> = folded.text.chars().collect();
            let mut phrase_level = 0;
            assert_eq!(folded_chars.len(), original.len(), "seed {prefix}: no character of the seeds changes length");
            for (i, &f) in folded_chars.iter().enumerate() {
                let o = folded.to_original(i);
                assert_eq!(folded.from_original(o), i);
                // Folding the original character alone gives the folded one, except where
                // OpenCC converts a phrase differently from its characters.
                if Folded::new(&original[o].to_string()).text != f.to_string() {
                    phrase_level += 1;
                }
            }
            assert!(phrase_level * 100 <= original.len(), "seed {prefix}: {phrase_level} phrase-level conversions");
        }
    }

    #[test]
    fn converting_only_the_lines_that_can_change_is_converting_everything() {
        let mut texts: Vec<String> = ["000", "001", "003"].iter().map(|p| seed(p)).collect();
        texts.extend(texts.clone().iter().map(hanconv::s2t));
        texts.extend(crate::clean::testing::random_texts(200));
        texts.push("乾隆年间\n乾燥\n一目瞭然\n著作\n後來\n\n".to_string());
        let mut skipped = 0;
        for text in &texts {
            assert_eq!(t2s_lines(text), hanconv::t2s(text), "{text:?}");
            for line in text.split_inclusive('\n') {
                if !s2t_changeable().touches(line) {
                    assert_eq!(hanconv::s2t(line), line);
                }
                skipped += usize::from(!t2s_changeable().touches(line));
            }
        }
        assert!(skipped > 100, "the simplified seeds have lines t2s leaves alone: {skipped}");
        assert!(t2s_changeable().contains('黨') && !t2s_changeable().contains('党'));
        assert!(s2t_changeable().contains('党') && !s2t_changeable().contains('黨'));
    }

    #[test]
    fn the_script_stops_reading_only_once_the_answer_is_settled() {
        // The answer of reading every line to the end, for comparison.
        fn read_through(text: &str) -> Script {
            let traditional = Folded::new(text).traditional;
            let simplified: usize = text
                .split_inclusive('\n')
                .map(|line| {
                    let t = hanconv::s2t(line);
                    if t.chars().count() != line.chars().count() {
                        return 0;
                    }
                    line.chars().zip(t.chars()).filter(|(a, b)| a != b).count()
                })
                .sum();
            Script::of_counts(traditional, simplified)
        }
        let simplified: Vec<String> =
            ["000", "003"].iter().flat_map(|p| seed(p).lines().map(String::from).collect::<Vec<_>>()).collect();
        let traditional: Vec<String> = seed("001").lines().map(String::from).collect();
        let mut seen = Vec::new();
        // Texts of n simplified lines and m traditional ones, in both orders.
        for n in [0, 1, 3, 10, 40] {
            for m in [0, 1, 3, 10, 40] {
                let (s, t) = (
                    simplified[..n.min(simplified.len())].join("\n"),
                    traditional[..m.min(traditional.len())].join("\n"),
                );
                for text in [format!("{s}\n{t}"), format!("{t}\n{s}")] {
                    let got = script(&text);
                    assert_eq!(got, read_through(&text), "{n} simplified and {m} traditional lines");
                    if !seen.contains(&got) {
                        seen.push(got);
                    }
                }
            }
        }
        assert_eq!(seen.len(), 3, "all three answers were tried: {seen:?}");
    }

    #[test]
    fn lowercasing_that_grows_maps_both_characters_back() {
        let folded = Folded::new("İ党");
        assert_eq!(folded.text.chars().count(), 3);
        assert_eq!((folded.to_original(0), folded.to_original(1), folded.to_original(2)), (0, 0, 1));
        assert_eq!(folded.original_range(0, 2), (0, 1));
        assert_eq!(folded.from_original(1), 2);
    }

    #[test]
    fn scripts_of_the_seeds() {
        assert_eq!(script(&seed("001")), Script::Traditional);
        assert_eq!(script(&seed("003")), Script::Simplified);
        assert_eq!(script("党建工作 黨建工作 党建工作"), Script::Mixed);
        assert_eq!(script("ICU 2017"), Script::Simplified);
    }

    #[test]
    fn the_script_of_a_long_text_is_read_to_the_end_when_it_must_be() {
        // Many lines, many chunks: the answer is that of the whole text.
        let (traditional, simplified) = (seed("001").repeat(6), seed("003").repeat(6));
        assert_eq!(script(&traditional), Script::Traditional);
        assert_eq!(script(&format!("{simplified}\n{}", seed("001"))), Script::Simplified);
        // Traditional at the start, simplified after it: mixed only when read through.
        let half = format!("{}\n{}", seed("001").repeat(2), seed("003").repeat(2));
        assert_eq!(script(&half), Script::Mixed);
    }
}
