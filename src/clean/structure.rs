//! Structure: the paragraphs of clean text and which of them are headings, so that
//! later stages can cite "section · paragraph" and show a whole paragraph as a
//! precedent. Nothing here changes the text.
//!
//! Every non-empty line is a paragraph. A paragraph is a heading when it is numbered
//! as one (一、 （一） 第一章 1. 2.1 — short and not ending a sentence) or when it is
//! a short title-like line — no sentence-final punctuation, a few words, followed by a
//! much longer paragraph (走心:谋篇布局高效化; 新體系 組織架構科學化).

use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::chars::is_han;

/// A paragraph of the clean text, by character offsets (`start..end`, without the
/// line break).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// The heading level (1 = top) if the paragraph is a heading.
    pub heading: Option<u8>,
    /// The index (in the paragraph list) of the heading this paragraph belongs under.
    pub section: Option<usize>,
}

/// The longest heading, in characters.
const MAX_HEADING: usize = 30;

fn numbered_level(line: &str) -> Option<u8> {
    static PATTERNS: OnceLock<Vec<(Regex, u8)>> = OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        [
            (r"^[一二三四五六七八九十百]+[、.．]", 1),
            (r"^第[一二三四五六七八九十百\d]+[章节部分篇]", 1),
            (r"^[（(][一二三四五六七八九十]+[）)]", 2),
            (r"^\d{1,2}[、.．]?\s*\p{Han}", 1),
            (r"^\d{1,2}\.\d{1,2}[、.．]?\s*\p{Han}", 2),
            (r"^\d{1,2}\.\d{1,2}\.\d{1,2}[、.．]?\s*\p{Han}", 3),
        ]
        .into_iter()
        .map(|(re, level)| (Regex::new(re).expect("valid"), level))
        .collect()
    });
    patterns.iter().filter(|(re, _)| re.is_match(line)).map(|&(_, level)| level).max()
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().chars().next_back().is_some_and(|c| matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…'))
}

fn heading_level(line: &str, next: Option<&str>) -> Option<u8> {
    let length = line.chars().count();
    if length > MAX_HEADING || ends_sentence(line) || line.chars().filter(|&c| is_han(c)).count() < 2 {
        return None;
    }
    if let Some(level) = numbered_level(line) {
        return Some(level);
    }
    let digits = line.chars().filter(char::is_ascii_digit).count();
    let title_like = length <= 25 && digits * 10 < length * 3 && !line.contains(['，', '。']);
    let next_is_longer = next.is_some_and(|n| n.chars().count() >= 2 * length.max(20));
    (title_like && next_is_longer).then_some(1)
}

/// Splits `text` into paragraphs and marks the headings.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let length = line.chars().count();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.chars().take_while(|c| c.is_whitespace()).count();
            spans.push((offset + lead, offset + lead + trimmed.chars().count(), trimmed));
        }
        offset += length + 1;
    }
    let mut out: Vec<Paragraph> = Vec::with_capacity(spans.len());
    let mut section = None;
    for (i, &(start, end, line)) in spans.iter().enumerate() {
        let heading = heading_level(line, spans.get(i + 1).map(|s| s.2));
        out.push(Paragraph { start, end, heading, section: if heading.is_some() { None } else { section } });
        if heading.is_some() {
            section = Some(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(text: &str) -> Vec<(String, Option<u8>)> {
        let chars: Vec<char> = text.chars().collect();
        paragraphs(text).iter().map(|p| (chars[p.start..p.end].iter().collect(), p.heading)).collect()
    }

    #[test]
    fn numbered_and_title_like_headings() {
        let body = "在院黨委統一領導下,各總支、各支部嚴格落實“三會一課”、黨日活動、黨員積分管理等制度,開展各項工作有詳細計劃。";
        let text = format!(
            "一、加强组织建设\n{body}\n（二）创新学习方式\n{body}\n\n新體系 組織架構科學化\n{body}\n走心:谋篇布局高效化\n{body}\n2.1把创先争优与党建工作相结合\n{body}\n短句。\n{body}"
        );
        let got = headings(&text);
        let levels: Vec<Option<u8>> = got.iter().map(|(_, l)| *l).collect();
        assert_eq!(levels, [Some(1), None, Some(2), None, Some(1), None, Some(1), None, Some(2), None, None, None]);
        assert_eq!(got[4].0, "新體系 組織架構科學化");
    }

    #[test]
    fn offsets_are_characters_and_sections_point_to_headings() {
        let text = "  標題行\n\n正文第一段,內容比標題長得多得多得多得多得多得多得多得多,長得多得多得多得多得多得多得多得多。\n正文第二段。";
        let paragraphs = paragraphs(text);
        let chars: Vec<char> = text.chars().collect();
        let texts: Vec<String> = paragraphs.iter().map(|p| chars[p.start..p.end].iter().collect()).collect();
        assert_eq!(texts[0], "標題行");
        assert_eq!(texts[2], "正文第二段。");
        assert_eq!(paragraphs[0].heading, Some(1));
        assert_eq!((paragraphs[1].section, paragraphs[2].section), (Some(0), Some(0)));
    }
}
