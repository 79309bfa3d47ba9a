//! Clean: repair and de-junk decoded text, keeping its original script.
//!
//! Cleaning is an ordered list of small steps, [`STEPS`], each in its own file and each
//! counting what it changed. The order is written down once, here, and matters:
//! pinyin annotations are stripped before and after the mojibake repair (a damaged
//! character can carry an annotation the first pass cannot see), OCR digits are
//! fixed before page furniture is matched (`2Ol2年第4期`), furniture is removed
//! before PDF spacing is repaired (the space a removed page header leaves between two
//! halves of a word is a wrap space like any other), and hard-wrapped lines are
//! joined before that too. Because one step's repair can expose work for an earlier
//! one, the list runs again until the text stops changing (at most [`MAX_PASSES`]
//! times; undamaged text takes one pass), which makes cleaning idempotent.
//!
//! The clean text keeps the script it was written in. Search works on the
//! [`fold::Folded`] view (traditional → simplified, lowercase) whose offset map leads
//! every position back to the clean text, so what a user sees is always the original.
//! [`structure`] splits the result into paragraphs and headings for citations.
//!
//! To add a step: write `src/clean/my_step.rs` with a unit struct implementing
//! [`Step`] and its own tests, add `mod my_step;` below and one line to [`STEPS`].

pub mod boilerplate;
mod chars;
pub mod fold;
pub mod furniture;
pub mod invisible;
pub mod jammer;
pub mod line_join;
pub mod lost_spaces;
pub mod mojibake;
pub mod ocr_digits;
pub mod pdf;
pub mod pinyin;
mod step;
pub mod structure;
pub mod tidy;
pub mod width;

pub use self::chars::{is_cjk_punct, is_han, is_terminal};
pub use self::step::{Note, NoteKind, Step, StepCount};
pub use structure::Paragraph;

/// The cleaning steps, in order.
pub const STEPS: &[&dyn Step] = &[
    &invisible::Invisible,
    &width::Width,
    &jammer::Jammer,
    &pinyin::Pinyin,
    &mojibake::Mojibake,
    &pinyin::Pinyin,
    &lost_spaces::LostSpaces,
    &boilerplate::Boilerplate,
    &ocr_digits::OcrDigits,
    &furniture::Furniture,
    &line_join::LineJoin,
    &pdf::Pdf,
    &tidy::Tidy,
];

/// A cleaned document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// One entry per step name, in pipeline order (a step listed twice is summed).
    pub counts: Vec<StepCount>,
    pub notes: Vec<Note>,
}

/// How many times the step list runs at most.
pub const MAX_PASSES: usize = 4;

/// Runs the steps over `text` until it stops changing, then finds the paragraphs.
pub fn clean(text: &str) -> Cleaned {
    clean_with(text, &mut |step, text, notes| step.apply(text, notes))
}

/// A way of applying a step to the text, with the notes (see [`clean_with`]).
pub type ApplyStep<'a> = dyn FnMut(&dyn Step, &str, &mut Vec<Note>) -> Option<(String, usize)> + 'a;

/// [`clean`], with every step applied through `apply` (which must return what
/// `step.apply` does): a way to watch the steps as cleaning runs them, for timing
/// (`examples/step_times.rs`).
pub fn clean_with(text: &str, apply: &mut ApplyStep) -> Cleaned {
    let mut current = text.to_string();
    let mut counts: Vec<StepCount> = Vec::new();
    for step in STEPS {
        if !counts.iter().any(|c| c.step == step.name()) {
            counts.push(StepCount { step: step.name().to_string(), changes: 0 });
        }
    }
    let mut notes = Vec::new();
    for _ in 0..MAX_PASSES {
        let mut changed = false;
        for step in STEPS {
            let Some((next, changes)) = apply(*step, &current, &mut notes) else {
                continue;
            };
            changed |= next != current;
            current = next;
            if let Some(count) = counts.iter_mut().find(|c| c.step == step.name()) {
                count.changes += changes as u64;
            }
        }
        if !changed {
            break;
        }
    }
    notes.dedup();
    let paragraphs = structure::paragraphs(&current);
    Cleaned { text: current, paragraphs, counts, notes }
}

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod tests {
    use super::testing::{random_texts, seed};
    use super::*;
    use crate::ingest::{Format, decode};

    /// The gold rows: (seed, check, tier, string).
    fn gold() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
        include_str!("../../tests/gold/normalize.tsv")
            .lines()
            .skip(1)
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (f.len() == 4).then(|| (f[0], f[1], f[2], f[3]))
            })
            .collect()
    }

    /// The seed as bytes in the encodings reports arrive in, each with its format.
    fn encodings(text: &str) -> Vec<(&'static str, Vec<u8>, Format)> {
        let mut out = vec![("utf-8", text.as_bytes().to_vec(), Format::Text)];
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        out.push(("utf-16le bom", le, Format::Text));
        out.push(("utf-16be", text.encode_utf16().flat_map(u16::to_be_bytes).collect(), Format::Text));
        out.push(("gb18030", encoding_rs::GB18030.encode(text).0.into_owned(), Format::Text));
        let (big5, _, unmappable) = encoding_rs::BIG5.encode(text);
        if !unmappable {
            out.push(("big5", big5.into_owned(), Format::Text));
        }
        let page: String = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;").replace('<', "&lt;")))
            .collect();
        let html = format!("<html><head><meta charset=\"gbk\"><title>t</title></head><body>\n{page}</body></html>");
        let (gbk_html, _, _) = encoding_rs::GBK.encode(&html);
        out.push(("gbk html", gbk_html.into_owned(), Format::Html));
        out
    }

    #[test]
    fn every_gold_normalize_row_holds_in_every_encoding() {
        let rows = gold();
        assert!(rows.len() >= 20);
        for prefix in ["000", "001", "003"] {
            for (label, bytes, format) in encodings(&seed(prefix)) {
                let decoded = decode(&bytes, format).unwrap_or_else(|e| panic!("{prefix} {label}: {e}"));
                let text = clean(&decoded.text).text;
                for &(_, check, tier, string) in rows.iter().filter(|r| r.0 == prefix) {
                    let found = text.contains(string);
                    let ok = if check == "present" { found } else { !found };
                    assert!(ok, "seed {prefix} in {label}: {string:?} should be {check} ({tier})\n{text}");
                }
            }
        }
    }

    #[test]
    fn cleaning_is_idempotent_and_never_panics() {
        for prefix in ["000", "001", "003"] {
            let once = clean(&seed(prefix)).text;
            assert_eq!(clean(&once).text, once, "seed {prefix}");
        }
        for text in random_texts(400) {
            let once = clean(&text).text;
            assert_eq!(clean(&once).text, once, "not idempotent on {text:?}");
        }
    }

    #[test]
    fn undamaged_text_passes_through_unchanged() {
        let report = "邵阳市中心医院党建工作\n\n新体系 组织架构科学化\n邵阳市中心医院共有党员877人，其中在职党员655人，离退休党员222人。医院党委现有成员7名，设6个党总支。\n（一）“三会一课”制度\n各支部严格落实“三会一课”、主题党日等制度，开展各项工作有详细计划（试行），处(科)室相对独立。\n";
        for text in [seed("001"), report.to_string()] {
            let cleaned = clean(&text);
            assert_eq!(cleaned.text, text);
            assert!(cleaned.counts.iter().all(|c| c.changes == 0), "{:?}", cleaned.counts);
        }
    }

    #[test]
    fn counts_say_what_each_step_did() {
        let cleaned = clean(&seed("000"));
        let count = |step: &str| cleaned.counts.iter().find(|c| c.step == step).map(|c| c.changes).unwrap();
        assert_eq!(cleaned.counts.len(), STEPS.len() - 1, "pinyin runs twice and is counted once");
        assert!(count("pinyin") > 250);
        assert_eq!(count("mojibake"), 3, "the three damaged spans of seed 000");
        assert!(count("boilerplate") >= 3);
        let notes = clean(&seed("003")).notes;
        assert!(notes.iter().any(|n| n.kind == NoteKind::Received && n.text == "2012-04-23"), "{notes:?}");
        assert!(notes.iter().any(|n| n.kind == NoteKind::Affiliation && n.text == "南京市第二医院"), "{notes:?}");
    }
}
