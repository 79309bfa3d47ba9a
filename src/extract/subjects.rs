//! The subject vocabulary (`src/lexicon/subjects.tsv`): what metrics count, with the
//! written forms that name each canonical subject and the class that decides how a
//! figure about it is read.

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Person,
    Org,
    Event,
    Amount,
    Rate,
    Thing,
    Relational,
    Abstract,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub canonical: &'static str,
    pub class: Class,
    /// The unit of a figure written without one.
    pub unit: Option<&'static str>,
}

struct Vocabulary {
    by_form: HashMap<&'static str, Subject>,
    longest: usize,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut by_form = HashMap::new();
        for row in crate::lexicon::rows("subjects.tsv") {
            let [canonical, class, unit, forms] = row[..] else {
                panic!("subjects.tsv: a line needs four tab-separated fields: {row:?}");
            };
            let class = match class {
                "person" => Class::Person,
                "org" => Class::Org,
                "event" => Class::Event,
                "amount" => Class::Amount,
                "rate" => Class::Rate,
                "thing" => Class::Thing,
                "relational" => Class::Relational,
                "abstract" => Class::Abstract,
                other => panic!("subjects.tsv: unknown class {other} in {row:?}"),
            };
            let subject = Subject { canonical, class, unit: (unit != "-").then_some(unit) };
            for form in forms.split(',').map(str::trim) {
                by_form.insert(form, subject.clone());
            }
        }
        let longest = by_form.keys().map(|f| f.chars().count()).max().unwrap_or(0);
        Vocabulary { by_form, longest }
    })
}

/// The subject named at the end of `phrase` (folded text) by its longest written
/// form, and how many characters that form has.
pub fn at_end(phrase: &str) -> Option<(Subject, usize)> {
    let vocabulary = vocabulary();
    let chars: Vec<char> = phrase.chars().collect();
    let longest = vocabulary.longest.min(chars.len());
    (1..=longest).rev().find_map(|n| {
        let suffix: String = chars[chars.len() - n..].iter().collect();
        vocabulary.by_form.get(suffix.as_str()).map(|s| (s.clone(), n))
    })
}

/// The subject whose written form is exactly `word`.
pub fn exactly(word: &str) -> Option<Subject> {
    vocabulary().by_form.get(word).cloned()
}

/// Whether `word` is one of the vocabulary's words for people (志愿者, 选手).
pub fn is_people_word(word: &str) -> bool {
    exactly(word).is_some_and(|s| s.class == Class::Person)
}

/// Whether `phrase` ends in one of the vocabulary's words for people (老党员, 党员志愿者).
pub fn names_people(phrase: &str) -> bool {
    at_end(phrase).is_some_and(|(s, _)| s.class == Class::Person)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_written_form_at_the_end_wins() {
        assert_eq!(at_end("其中在职党员").map(|(s, n)| (s.canonical, n)), Some(("在职党员", 4)));
        assert_eq!(at_end("党员").map(|(s, _)| s.canonical), Some("党员"));
        assert_eq!(at_end("全院职工").map(|(s, _)| s.canonical), Some("员工"));
        assert_eq!(at_end("专业志愿者").map(|(s, _)| s.canonical), Some("志愿者"));
        assert_eq!(at_end("总支").map(|(s, _)| s.canonical), Some("党总支"));
        assert_eq!(at_end("方面").map(|(s, _)| s.class), Some(Class::Abstract));
        assert_eq!(at_end("督查组"), None);
    }

    #[test]
    fn every_canonical_subject_is_one_of_its_written_forms() {
        for fields in crate::lexicon::rows("subjects.tsv") {
            assert_eq!(fields.len(), 4, "{fields:?}");
            assert!(fields[3].split(',').any(|f| f == fields[0]), "{fields:?}");
            assert_eq!(exactly(fields[0]).map(|s| s.canonical), Some(fields[0]));
        }
    }
}
