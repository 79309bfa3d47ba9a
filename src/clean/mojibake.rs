//! GBK mojibake repair.
//!
//! Some sites lost one byte of GBK text — usually the 0xA1 lead byte of 。 ” 、, written
//! out as `?` — and decoded the rest out of step: every following pair straddled two
//! characters until a trail byte in 0x40–0x7E, read as an ASCII letter, brought the
//! decoder back in step. `要害?!痹邳h委會上` was `要害。”在黨委會上`: the bytes of
//! `!痹邳h` (with the site's folding of ！ to ! undone) behind a restored 0xA1 decode
//! to `。”在黨`.
//!
//! For each `?`, the step re-encodes the run after it up to each possible
//! resynchronisation point (usually an ASCII letter or symbol in 0x40–0x7E within a
//! few characters; sometimes a two-byte character whose trail byte is one), puts back
//! a lost lead byte, decodes, and keeps the candidate only if it
//! is plain Chinese text and reads far better than the damage under jieba's word
//! model (see [`crate::segment::log_prob`]): the same window of context with the
//! repair must be at least [`MARGIN`] nats more probable than with the damage. A real
//! question mark has no ASCII letter behind it, or no candidate that reads as Chinese,
//! and is never touched. jieba is loaded only when a document has a candidate.

use encoding_rs::{DecoderResult, GBK};

use super::chars::{is_cjk_punct, is_han};
use super::step::{Note, Step};
use crate::segment::log_prob;

pub struct Mojibake;

/// The longest damaged run tried, in characters after the `?`.
const MAX_RUN: usize = 14;
/// Characters of context on each side when the candidates are scored.
const CONTEXT: usize = 6;
/// How much more probable (in nats: e^10 ≈ 22,000 times) the window with the repair
/// must be than the window with the damage. Calibrated on the seeds (the `calibration`
/// test): simulated repairs score 14 and up, candidates behind real question marks
/// below 0.
pub const MARGIN: f64 = 10.0;
/// Lead bytes a lost byte is tried as: 0xA1 (。 ” 、 “ …) and 0xA3 (，：；！？).
const LOST_LEADS: &[u8] = &[0xA1, 0xA3];

/// GBK bytes for the character at position `i` of a damaged run ending at `last`.
fn damaged_bytes(c: char, is_last: bool, out: &mut Vec<u8>) -> bool {
    if c.is_ascii() {
        let b = c as u8;
        if is_last && (0x40..=0x7E).contains(&b) {
            out.push(b);
            return true;
        }
        if !(0x21..=0x7E).contains(&b) {
            return false;
        }
        // The site folded the full-width form (！ → !); undo that.
        return encode_gbk(char::from_u32(c as u32 + 0xFEE0).expect("FF01..FF5E"), out);
    }
    encode_gbk(c, out)
}

fn encode_gbk(c: char, out: &mut Vec<u8>) -> bool {
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = GBK.encode(c.encode_utf8(&mut buf));
    if unmappable || bytes.len() != 2 {
        return false;
    }
    out.extend_from_slice(&bytes);
    true
}

/// Decodes `bytes` as GBK, or `None` if any sequence is malformed.
fn decode_strict(bytes: &[u8]) -> Option<String> {
    let mut decoder = GBK.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len())?;
    let mut out = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    (matches!(result, DecoderResult::InputEmpty) && read == bytes.len()).then_some(out)
}

/// A repair is Chinese text: Han characters and CJK punctuation, and at most one
/// ASCII letter or digit at its end — where the resynchronising byte was the trail
/// of a two-byte character (、QQ群 lost its 0xA1 and became A2 51 = one character).
fn plausible(candidate: &str) -> bool {
    let mut chars = candidate.chars().rev().peekable();
    if chars.peek().is_some_and(char::is_ascii_alphanumeric) {
        chars.next();
    }
    let mut any = false;
    for c in chars {
        if !(is_han(c) || is_cjk_punct(c)) {
            return false;
        }
        any = true;
    }
    any
}

/// A repair for the `?` at `q`: the replacement text and how many characters (the `?`
/// included) it replaces.
fn repair_at(chars: &[char], q: usize) -> Option<(String, usize)> {
    best_candidate(chars, q).filter(|(score, _, _)| *score >= MARGIN).map(|(_, text, used)| (text, used))
}

/// The best-scoring candidate for the `?` at `q`, whatever its score.
fn best_candidate(chars: &[char], q: usize) -> Option<(f64, String, usize)> {
    let line_start = chars[..q].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    let left: String = chars[line_start.max(q.saturating_sub(CONTEXT))..q].iter().collect();
    let mut best: Option<(f64, String, usize)> = None;
    for len in 1..=MAX_RUN {
        // A `?` inside the run is a folded ？ (A3 BF) of the out-of-step decoding.
        let Some(&end) = chars.get(q + len) else {
            break;
        };
        if end == '\n' {
            break;
        }
        let run = &chars[q + 1..=q + len];
        let mut bytes = Vec::with_capacity(run.len() * 2 + 1);
        bytes.push(0);
        if !run.iter().enumerate().all(|(i, &c)| damaged_bytes(c, i + 1 == run.len(), &mut bytes)) {
            continue;
        }
        let right: String = chars[q + len + 1..].iter().take_while(|&&c| c != '\n' && c != '?').take(CONTEXT).collect();
        let mut damaged_score = None;
        for &lead in LOST_LEADS {
            bytes[0] = lead;
            let Some(candidate) = decode_strict(&bytes) else {
                continue;
            };
            if !plausible(&candidate) {
                continue;
            }
            let damaged = *damaged_score
                .get_or_insert_with(|| log_prob(&format!("{left}?{}{right}", run.iter().collect::<String>())));
            let score = log_prob(&format!("{left}{candidate}{right}")) - damaged;
            if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                best = Some((score, candidate, len + 1));
            }
        }
    }
    best
}

impl Step for Mojibake {
    fn name(&self) -> &'static str {
        "mojibake"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        if !text.contains('?') {
            return None;
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut changes = 0;
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == '?'
                && let Some((replacement, used)) = repair_at(&chars, i)
            {
                out.push_str(&replacement);
                i += used;
                changes += 1;
                continue;
            }
            out.push(chars[i]);
            i += 1;
        }
        (changes > 0).then_some((out, changes))
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::clean::pinyin::Pinyin;
    use crate::clean::testing::{apply, seed};

    crate::step_tests!(
        super::Mojibake,
        [
            (
                "“感覺沒抓到要害?!痹邳h委會上,班子成員再一次陷入沉思。",
                "“感覺沒抓到要害。”在黨委會上,班子成員再一次陷入沉思。"
            ),
            (
                "增強黨員的身份意識?!笨粗\u{E263}厍暗狞h徽,黨委書記劉毅突然想到。",
                "增強黨員的身份意識。”看著胸前的黨徽,黨委書記劉毅突然想到。"
            ),
            ("從加強醫務工作者的黨員身份意識入手?!贬t(yī)院院長", "從加強醫務工作者的黨員身份意識入手。”醫(yī)院院長"),
            ("如何給公眾號漲粉?編輯組思來想去", "如何給公眾號漲粉?編輯組思來想去"),
            ("德才兼?zhèn)?、有號召力", "德才兼?zhèn)?、有號召力"),
            ("醫院?ICU病房?DNA檢測?", "醫院?ICU病房?DNA檢測?"),
        ]
    );

    /// GBK text that lost the lead byte of one character (written as `?`) and was
    /// decoded out of step until it resynchronised, as the damaging site did — or
    /// `None` where the decoder would have hit an invalid pair instead.
    fn damage(text: &str, at: usize) -> Option<String> {
        let (bytes, _, unmappable) = GBK.encode(text);
        if unmappable {
            return None;
        }
        let prefix_len = GBK.encode(&text[..at]).0.len();
        if bytes.get(prefix_len) != Some(&0xA1) {
            return None;
        }
        let mut damaged = bytes[..prefix_len].to_vec();
        damaged.push(b'?');
        damaged.extend_from_slice(&bytes[prefix_len + 1..]);
        let decoded = decode_strict(&damaged)?;
        // The out-of-step run must end at an ASCII resynchronisation within reach.
        let tail: Vec<char> = decoded[at..].chars().collect();
        let resync = tail.iter().skip(1).position(|c| c.is_ascii() && (0x40..=0x7E).contains(&(*c as u32)))? + 1;
        if resync > MAX_RUN || tail[1..resync].iter().any(|c| c.is_ascii()) {
            return None;
        }
        // The site folded full-width ASCII (！ → !) afterwards.
        Some(
            decoded
                .chars()
                .map(|c| match c {
                    '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap(),
                    c => c,
                })
                .collect(),
        )
    }

    /// Every line of the traditional seeds damaged at one A1-led character, with the
    /// line it came from.
    pub(super) fn damaged_lines() -> Vec<(String, String)> {
        let mut out = Vec::new();
        for prefix in ["000", "001"] {
            let text = apply(&Pinyin, &seed(prefix));
            for line in text.lines().filter(|l| !l.contains('?') && !l.contains('\u{E263}')) {
                for (at, c) in line.char_indices() {
                    if !matches!(c, '。' | '”' | '“' | '、' | '…' | '—' | '《' | '》') {
                        continue;
                    }
                    if let Some(damaged) = damage(line, at).filter(|d| d != line) {
                        out.push((damaged, line.to_string()));
                    }
                }
            }
        }
        out
    }

    /// Every line of the three seeds with one clause or sentence ending turned into a
    /// question mark.
    pub(super) fn questioned_lines() -> Vec<String> {
        let mut out = Vec::new();
        for prefix in ["000", "001", "003"] {
            let text = apply(&Pinyin, &seed(prefix));
            for line in text.lines().filter(|l| !l.contains('?')) {
                for (at, c) in line.char_indices() {
                    if matches!(c, '。' | ',' | '，' | '、' | ':' | ';') {
                        out.push(format!("{}?{}", &line[..at], &line[at + c.len_utf8()..]));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_simulated_lost_byte_in_the_traditional_seeds_is_restored_exactly() {
        let cases = damaged_lines();
        assert!(cases.len() >= 20, "only {} damaged spans could be simulated", cases.len());
        for (damaged, line) in cases {
            assert_eq!(apply(&Mojibake, &damaged), line, "damaged: {damaged}");
        }
    }

    #[test]
    fn no_real_question_mark_is_touched() {
        let cases = questioned_lines();
        assert!(cases.len() >= 141, "only {} question marks tried", cases.len());
        for asked in cases {
            assert_eq!(apply(&Mojibake, &asked), asked);
        }
    }
}

#[cfg(test)]
mod calibration {
    //! The margin's evidence: every simulated lost byte in the traditional seeds
    //! against every question mark put after a clause of the three seeds. Run with
    //! `cargo test --lib calibration -- --nocapture` to see the figures.
    use super::tests::{damaged_lines, questioned_lines};
    use super::*;

    fn score(text: &str) -> Option<f64> {
        let chars: Vec<char> = text.chars().collect();
        let q = chars.iter().position(|&c| c == '?')?;
        best_candidate(&chars, q).map(|(score, _, _)| score)
    }

    #[test]
    fn repairs_and_question_marks_are_far_apart() {
        let repairs: Vec<f64> = damaged_lines().iter().filter_map(|(damaged, _)| score(damaged)).collect();
        let questions: Vec<f64> = questioned_lines().iter().filter_map(|q| score(q)).collect();
        let lowest_repair = repairs.iter().cloned().fold(f64::INFINITY, f64::min);
        let highest_question = questions.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        println!(
            "{} repairs score ≥ {lowest_repair:.1}; {} of the question marks have a candidate, scoring ≤ {highest_question:.1}; margin {MARGIN}",
            repairs.len(),
            questions.len()
        );
        assert!(lowest_repair >= MARGIN + 2.0 && highest_question <= MARGIN - 2.0);
    }
}
