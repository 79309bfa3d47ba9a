//! PDF repair: the spacing a PDF extraction leaves in Chinese text.
//!
//! - **Thousands written with a space** — 49 000元 — become one number (49000元)
//!   wherever they occur.
//! - **Flattened columns**: a long line with a wrap space every few dozen characters
//!   (推动基 层党组织建设 … 的重要工 作) is a page's lines run together. In such a line
//!   paragraphs restart before numbered section headings (… 落实。 1立足目标抓统筹 …),
//!   and white space next to a Han character goes, unless a Latin letter is on the
//!   other side.
//! - **Letter-spaced lines** (基 层 党 组 织): single spaces between most Han
//!   characters of a line go.
//!
//! A line with a space or two between Han characters and no other sign of a PDF —
//! a title (深入开展创先争优活动 促进党建工作全面落实), a heading (新體系 組織架構科學化),
//! a byline — keeps its spaces.

use std::sync::OnceLock;

use regex::Regex;

use super::chars::{is_cjk_punct, is_han};
use super::step::{Note, Step};

pub struct Pdf;

/// A flattened line is at least this long …
const FLATTENED_MIN_CHARS: usize = 80;
/// … with at least this many wrap spaces …
const FLATTENED_MIN_WRAPS: usize = 3;
/// … at least one every this many characters on average.
const FLATTENED_MAX_SPACING: usize = 60;

fn cjk(c: char) -> bool {
    is_han(c) || is_cjk_punct(c)
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{3000}' || c == '\u{A0}'
}

/// Character positions of white-space runs between two Han or CJK punctuation
/// characters.
fn wrap_spaces(chars: &[char]) -> Vec<usize> {
    let mut at = Vec::new();
    let mut i = 1;
    while i < chars.len() {
        if is_space(chars[i]) && cjk(chars[i - 1]) {
            let mut j = i;
            while j < chars.len() && is_space(chars[j]) {
                j += 1;
            }
            if j < chars.len() && cjk(chars[j]) {
                at.push(i);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    at
}

/// A page's lines run together: wrap spaces often enough on average, and spread over
/// the whole line: no stretch longer than 1.5 times the average spacing without one
/// (seed 003's journal page: gaps of 23 characters typically, 61 at most). A byline's
/// spaces (記者 王璐 通訊員 李文娟) cluster in one place.
fn is_flattened(chars: &[char]) -> bool {
    let wraps = wrap_spaces(chars);
    if chars.len() < FLATTENED_MIN_CHARS
        || wraps.len() < FLATTENED_MIN_WRAPS
        || chars.len() > wraps.len() * FLATTENED_MAX_SPACING
    {
        return false;
    }
    let edges = std::iter::once(0).chain(wraps.iter().copied()).chain(std::iter::once(chars.len()));
    let points: Vec<usize> = edges.collect();
    points.windows(2).all(|w| w[1] - w[0] <= FLATTENED_MAX_SPACING * 3 / 2)
}

/// Most adjacent Han characters of the line are separated by one space.
fn is_letter_spaced(chars: &[char]) -> bool {
    let han = chars.iter().filter(|&&c| is_han(c)).count();
    let spaced = chars.windows(3).filter(|w| is_han(w[0]) && w[1] == ' ' && is_han(w[2])).count();
    let joined = chars.windows(2).filter(|w| is_han(w[0]) && is_han(w[1])).count();
    han >= 4 && spaced * 10 >= (spaced + joined) * 6
}

/// Drops white space that has a CJK character on one side and, on the other, a CJK
/// character, a digit or punctuation — not a Latin letter.
fn join_around_han(chars: &[char], out: &mut String) -> usize {
    let mut removed = 0;
    let mut i = 0;
    while i < chars.len() {
        if is_space(chars[i]) && i > 0 {
            let mut j = i;
            while j < chars.len() && is_space(chars[j]) {
                j += 1;
            }
            let (before, after) = (chars[i - 1], chars.get(j).copied());
            let joinable = |c: char| cjk(c) || c.is_ascii_digit() || c.is_ascii_punctuation();
            if let Some(after) = after
                && ((cjk(before) && joinable(after)) || (cjk(after) && joinable(before)))
            {
                removed += 1;
                i = j;
                continue;
            }
            out.extend(&chars[i..j]);
            i = j;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    removed
}

fn heading_break() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // A numbered heading after a sentence end: 。 1立足目标抓统筹, 下功夫。 2.1把…; not a
    // year or a count (3年, 15位 are followed by a unit, not by the heading's words).
    RE.get_or_init(|| {
        Regex::new(r"([。！？；])[ \t\u{3000}]+(\d{1,2}(?:\.\d{1,2}){0,2})[ \t]*([\p{Han}&&[^年月日个位名人次元万亿号届期条项点岁天时分秒]])").unwrap()
    })
}

fn thousands() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\d{1,3}(?: \d{3})+").unwrap())
}

/// 49 000 → 49000 where the groups are not part of a longer number.
fn join_thousands(line: &str) -> Option<(String, usize)> {
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    let mut changes = 0;
    for m in thousands().find_iter(line) {
        let before = line[..m.start()].chars().next_back();
        let after = line[m.end()..].chars().next();
        if before.is_some_and(|c| c.is_ascii_digit() || c == '.') || after.is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        out.push_str(&line[at..m.start()]);
        out.push_str(&m.as_str().replace(' ', ""));
        at = m.end();
        changes += 1;
    }
    (changes > 0).then(|| {
        out.push_str(&line[at..]);
        (out, changes)
    })
}

fn repair_line(line: &str, out: &mut String) -> usize {
    if !line.contains([' ', '\t', '\u{3000}', '\u{A0}']) {
        out.push_str(line);
        return 0;
    }
    let mut changes = 0;
    let joined = join_thousands(line);
    let line = match &joined {
        Some((fixed, n)) => {
            changes += n;
            fixed.as_str()
        }
        None => line,
    };
    let chars: Vec<char> = line.chars().collect();
    if is_flattened(&chars) {
        let broken = heading_break().replace_all(line, "$1\n$2$3");
        changes += usize::from(broken != line);
        let pieces: Vec<&str> = broken.split('\n').collect();
        for (n, piece) in pieces.iter().enumerate() {
            let piece_chars: Vec<char> = piece.chars().collect();
            changes += join_around_han(&piece_chars, out);
            if n + 1 < pieces.len() {
                out.push('\n');
            }
        }
    } else if is_letter_spaced(&chars) {
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == ' ' && i > 0 && is_han(chars[i - 1]) && chars.get(i + 1).is_some_and(|&c| is_han(c)) {
                changes += 1;
            } else {
                out.push(chars[i]);
            }
            i += 1;
        }
    } else {
        out.push_str(line);
    }
    changes
}

impl Step for Pdf {
    fn name(&self) -> &'static str {
        "pdf"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        if !text.contains([' ', '\t', '\u{3000}', '\u{A0}']) {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut changes = 0;
        for (n, line) in text.split('\n').enumerate() {
            if n > 0 {
                out.push('\n');
            }
            changes += repair_line(line, &mut out);
        }
        (changes > 0).then_some((out, changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::testing::{apply, seed};

    const FLAT: &str = "在全党开展的创先争优活动具有其重要意义, 它是学习实践科学发展观的延伸和深入,是推动基 层党组织建设和发挥先锋模范作用的重要工 作。医院紧紧围绕医院的中心工作,以立足目 标抓统筹,深入 开展创先争优活动,促进党建工作全面落实。 1立足目标抓统筹 为确保创先争优活动持续推向深入,活动之初, 就明确提出要求。3年共计 49 000元。";

    crate::step_tests!(
        super::Pdf,
        [
            (
                FLAT,
                "在全党开展的创先争优活动具有其重要意义,它是学习实践科学发展观的延伸和深入,是推动基层党组织建设和发挥先锋模范作用的重要工作。医院紧紧围绕医院的中心工作,以立足目标抓统筹,深入开展创先争优活动,促进党建工作全面落实。\n1立足目标抓统筹为确保创先争优活动持续推向深入,活动之初,就明确提出要求。3年共计49000元。"
            ),
            ("基 层 党 组 织 建 设", "基层党组织建设"),
            ("深入开展创先争优活动 促进党建工作全面落实", "深入开展创先争优活动 促进党建工作全面落实"),
            ("新體系 組織架構科學化", "新體系 組織架構科學化"),
            ("张国有① 胡 频①", "张国有① 胡 频①"),
            (
                "捐款共计 49 000元,电话 199 1889 7713,版本 1.234 567",
                "捐款共计 49000元,电话 199 1889 7713,版本 1.234 567"
            ),
        ]
    );

    #[test]
    fn a_byline_keeps_the_spaces_between_names() {
        let line = "大眾衛生報11月21日訊(記者 王璐 通訊員 李文娟 孟天笑)“黨的十九大報告提出的實施健康中國戰略,是新時代健康衛生工作的綱領。作為一名基層黨務工作者,我深受鼓舞,將自覺用黨的創新理論武裝頭腦。”日前,在邵陽市中心醫院傳達學習黨的十九大精神大會上,該院黨委書記李如意說。";
        assert_eq!(apply(&Pdf, line), line);
    }

    #[test]
    fn seed_003_reads_as_words_again() {
        let out = apply(&Pdf, &seed("003"));
        assert!(out.contains("推动基层党组织建设"));
        assert!(out.contains("\n2立足结合抓实效"));
        assert!(out.contains("深入开展创先争优活动 促进党建工作全面落实\n"), "the title keeps its space");
    }
}
