//! Page furniture: what a printed journal page adds around the article and a PDF
//! extraction pours into the text — page numbers (・88・), running headers (《江苏卫生
//! 事业管理》2012年第4期(第23卷总第128期)), the received-date line (收稿日期), the
//! copy editor's line (本文编校) and authors' affiliation footnotes (①南京市第二医院
//! 南京市210000).
//!
//! Received dates, editors, affiliations and running headers (the journal and its
//! issue) are facts about the article, so they are kept as notes for the metadata
//! stage instead of being dropped. A running header's
//! journal name is often garbled by OCR (《江苏卫牛事、』 管弹》); it is recognised by
//! the issue line it stands before, not by its spelling.

use std::sync::OnceLock;

use regex::Regex;

use super::chars::without_ranges;
use super::step::{Note, NoteKind, Step};

pub struct Furniture;

struct Patterns {
    issue_line: Regex,
    page_number: Regex,
    page_number_line: Regex,
    running_header: Regex,
    received: Regex,
    editor: Regex,
    affiliation: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let issue = r"\d{4}\s*年\s*第\s*\d{1,2}\s*期\s*(?:\S?\s*第\s*\d{1,3}\s*卷)?\s*(?:总\s*第\s*\d{1,4}\s*期)?(?:\s*[)）])?";
        Patterns {
            issue_line: Regex::new(r"年\s*第\s*\d{1,2}\s*期").unwrap(),
            page_number: Regex::new(r"[・·•‧]\s*\d{1,4}\s*[・·•‧]").unwrap(),
            page_number_line: Regex::new(r"(?m)^[ \t]*(?:[-—–][ \t]*\d{1,4}[ \t]*[-—–]|第[ \t]*\d{1,4}[ \t]*页)[ \t]*$").unwrap(),
            // A journal name in 《》, or up to 20 characters from the start of a line
            // (a first page's header), before an issue line that names its volume or
            // its running number — a bare "2017年第10期" in prose is not furniture.
            running_header: Regex::new(&format!(
                r"(?m)(?:《[^《》\n]{{1,20}}》\s*|^[^\n。，,；;！？!?]{{0,20}}?)(?:{issue})"
            ))
            .unwrap(),
            received: Regex::new(
                r"[(（]?\s*收稿日期\s*[:：]?\s*(\d{4})\s*[-—–年./]\s*(\d{1,2})\s*[-—–月./]\s*(\d{1,2})\s*日?\s*[)）]?",
            )
            .unwrap(),
            editor: Regex::new(r"本文编校\s*[:：]?\s*(\p{Han}{2,4})\s*[・·]?").unwrap(),
            affiliation: Regex::new(
                r"[①-⑩]\s*(\p{Han}{2,30}?(?:医院|大学|学院|研究所|研究院|中心|卫生局|卫生厅|卫健委|委员会))\s*\p{Han}{0,10}\s*\d{6}",
            )
            .unwrap(),
        }
    })
}

/// Which cues of furniture a text holds: every removal pattern needs its cue, so a
/// pattern whose cue is missing need not run. Two substring searches, one pass over
/// the characters and one over the lines.
#[derive(Debug, Clone, Copy, Default)]
struct Cues {
    received: bool,
    editor: bool,
    affiliation: bool,
    page_number: bool,
    /// 卷 or 总: a running header names its volume or its running number.
    volume: bool,
    /// A line that starts as a page-number line does (- 12 -, 第12页) …
    page_line: bool,
    /// … and one that is short enough to be one.
    short_page_line: bool,
}

impl Cues {
    fn of(text: &str) -> Cues {
        let mut cues =
            Cues { received: text.contains("收稿日期"), editor: text.contains("本文编校"), ..Cues::default() };
        for c in text.chars() {
            match c {
                '・' | '·' | '•' | '‧' => cues.page_number = true,
                '卷' | '总' => cues.volume = true,
                '①'..='⑩' => cues.affiliation = true,
                _ => {}
            }
        }
        for line in text.split('\n').map(str::trim) {
            if line.starts_with(['-', '—', '–']) || (line.starts_with('第') && line.ends_with('页')) {
                cues.page_line = true;
                cues.short_page_line |= line.chars().count() <= 12;
            }
        }
        cues
    }
}

/// A removal pattern and the cue it needs.
type Guarded<'a> = (&'a Regex, fn(&Cues) -> bool);

/// Whether an issue line names a volume or a running number (so it is furniture).
fn is_running_header(matched: &str) -> bool {
    matched.contains('卷') || matched.contains("总")
}

impl Step for Furniture {
    fn name(&self) -> &'static str {
        "furniture"
    }

    fn apply(&self, text: &str, notes: &mut Vec<Note>) -> Option<(String, usize)> {
        // Cheap tests first: most documents have no furniture at all.
        let cues = Cues::of(text);
        let p = patterns();
        let header = cues.volume && p.issue_line.is_match(text);
        if !(cues.received || cues.editor || cues.affiliation || cues.page_number || cues.short_page_line || header) {
            return None;
        }
        let mut changes = 0;
        let mut current = text.to_string();

        for caps in p.received.captures_iter(text).filter(|_| cues.received) {
            notes.push(Note {
                kind: NoteKind::Received,
                text: format!("{}-{:0>2}-{:0>2}", &caps[1], &caps[2], &caps[3]),
            });
        }
        for caps in p.editor.captures_iter(text).filter(|_| cues.editor) {
            notes.push(Note { kind: NoteKind::Editor, text: caps[1].to_string() });
        }
        for caps in p.affiliation.captures_iter(text).filter(|_| cues.affiliation) {
            notes.push(Note { kind: NoteKind::Affiliation, text: caps[1].to_string() });
        }
        // Each pattern runs only where its cue is (a removal can join text into a new
        // cue, so they are read again after one).
        let mut here = cues;
        let guarded: [Guarded; 5] = [
            (&p.received, |c| c.received),
            (&p.editor, |c| c.editor),
            (&p.affiliation, |c| c.affiliation),
            (&p.page_number, |c| c.page_number),
            (&p.page_number_line, |c| c.page_line),
        ];
        for (re, cue) in guarded {
            if !cue(&here) {
                continue;
            }
            let count = re.find_iter(&current).count();
            if count > 0 {
                changes += count;
                current = re.replace_all(&current, "").into_owned();
                here = Cues::of(&current);
            }
        }
        let headers: Vec<(usize, usize)> = p
            .running_header
            .find_iter(if header { current.as_str() } else { "" })
            .filter(|m| is_running_header(m.as_str()))
            .map(|m| (m.start(), m.end()))
            .collect();
        if !headers.is_empty() {
            changes += headers.len();
            for &(start, end) in &headers {
                let header = current[start..end].trim().to_string();
                if !notes.iter().any(|n| n.kind == NoteKind::Header && n.text == header) {
                    notes.push(Note { kind: NoteKind::Header, text: header });
                }
            }
            current = without_ranges(&current, &headers);
        }
        (changes > 0).then_some((current, changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::step_tests!(
        super::Furniture,
        [
            (
                "志愿者远程服务工作。医 ・88・ 《江苏卫牛事、』 管弹》2012年第4期f第23卷总第128期 院28位专业志愿者",
                "志愿者远程服务工作。医   院28位专业志愿者"
            ),
            ("汀蒜 毕事、lI 管殚))2012年第4期(第23卷总第128期 深入开展创先争优活动", " 深入开展创先争优活动"),
            ("组织和职工学习。 (收稿日期2012—04—23) 前已成立了骨科", "组织和职工学习。  前已成立了骨科"),
            ("签订了抗 本文编校 曹家和・ 说明本刊", "签订了抗  说明本刊"),
            ("形成与实际工作相符 ①南京市第二医院 南京市210000 的激励机制。", "形成与实际工作相符  的激励机制。"),
            ("正文\n- 12 -\n正文", "正文\n\n正文"),
            ("当代党员 2017年10期,《求是》2017年第10期刊文", "当代党员 2017年10期,《求是》2017年第10期刊文"),
        ]
    );

    #[test]
    fn facts_in_furniture_become_notes() {
        let mut notes = Vec::new();
        Furniture.apply("(收稿日期2012—04—23) 本文编校 曹家和・ ①南京市第二医院 南京市210000", &mut notes).unwrap();
        let notes: Vec<(&str, &str)> = notes.iter().map(|n| (n.kind.as_str(), n.text.as_str())).collect();
        assert_eq!(notes, [("received", "2012-04-23"), ("editor", "曹家和"), ("affiliation", "南京市第二医院")]);
        let mut notes = Vec::new();
        Furniture.apply("医 ・88・ 《江苏卫牛事、』 管弹》2012年第4期f第23卷总第128期 院", &mut notes).unwrap();
        assert_eq!(notes[0].kind, NoteKind::Header);
        assert!(notes[0].text.ends_with("《江苏卫牛事、』 管弹》2012年第4期f第23卷总第128期"), "{notes:?}");
    }
}
