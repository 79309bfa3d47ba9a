//! Line joining: text extracted from a PDF or copied from a fixed-width page keeps
//! its hard line breaks, one every column width, in the middle of sentences. In a block
//! of consecutive lines where most lines are about as long as the longest ones (the
//! column width) a full-width line that does not end a sentence is joined to the next.
//! Prose with one paragraph per line has lines of every length and is left alone, as
//! are short lines (headings, bylines) and lines that end a sentence.

use super::chars::is_terminal;
use super::step::{Note, Step};

pub struct LineJoin;

/// The narrowest and widest column a hard-wrapped block can have, in characters.
const MIN_WIDTH: usize = 10;
const MAX_WIDTH: usize = 120;
/// A line this close to the column width counts as full.
const FULL: f64 = 0.85;

fn width(line: &str) -> usize {
    line.trim_end().chars().count()
}

/// The column width of a block if it is hard-wrapped.
fn column_width(block: &[&str]) -> Option<usize> {
    if block.len() < 3 {
        return None;
    }
    let mut widths: Vec<usize> = block.iter().map(|l| width(l)).collect();
    widths.sort_unstable();
    let column = widths[(widths.len() * 9 / 10).min(widths.len() - 1)];
    if !(MIN_WIDTH..=MAX_WIDTH).contains(&column) {
        return None;
    }
    let full = block[..block.len() - 1].iter().filter(|l| width(l) as f64 >= FULL * column as f64).count();
    // Wrapped prose has clause punctuation on most lines; a block of title, date and
    // byline lines of similar length has none.
    let prose = block.iter().filter(|l| l.contains(['，', ',', '。', '；', ';', '、'])).count();
    (full * 10 >= (block.len() - 1) * 6 && prose * 2 >= block.len()).then_some(column)
}

fn join_block(block: &[&str], out: &mut Vec<String>) -> usize {
    let Some(column) = column_width(block) else {
        out.extend(block.iter().map(|l| l.to_string()));
        return 0;
    };
    let mut joins = 0;
    let mut current = String::new();
    for (i, line) in block.iter().enumerate() {
        let line = line.trim_end();
        let glue = |current: &str, next: &str| {
            let a = current.chars().next_back();
            let b = next.chars().next();
            a.zip(b).is_some_and(|(a, b)| a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric())
        };
        if current.is_empty() {
            current.push_str(line);
        } else {
            if glue(&current, line) {
                current.push(' ');
            }
            current.push_str(line.trim_start());
            joins += 1;
        }
        let full = width(line) as f64 >= FULL * column as f64;
        let ends_sentence = line.chars().next_back().is_some_and(is_terminal);
        if !full || ends_sentence || i + 1 == block.len() {
            out.push(std::mem::take(&mut current));
        }
    }
    joins
}

impl Step for LineJoin {
    fn name(&self) -> &'static str {
        "line_join"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        let lines: Vec<&str> = text.split('\n').collect();
        let mut out: Vec<String> = Vec::with_capacity(lines.len());
        let mut joins = 0;
        let mut start = 0;
        for i in 0..=lines.len() {
            if i == lines.len() || lines[i].trim().is_empty() {
                joins += join_block(&lines[start..i], &mut out);
                if i < lines.len() {
                    out.push(lines[i].to_string());
                }
                start = i + 1;
            }
        }
        (joins > 0).then(|| (out.join("\n"), joins))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::testing::{apply, seed};

    const WRAPPED: &str = "为确保创先争优活动持续推向深入，活动之初，就明确提出：要\n精心组织，行政要热心支持，要真心投入，群众要关心活动，并\n将此要求贯穿活动中。\n同时，结合医院中心工作，围绕“以病人为中心”搭建了活动平台\n，即一个目标，两个提高，三个满意。";

    crate::step_tests!(
        super::LineJoin,
        [
            (
                WRAPPED,
                "为确保创先争优活动持续推向深入，活动之初，就明确提出：要精心组织，行政要热心支持，要真心投入，群众要关心活动，并将此要求贯穿活动中。\n同时，结合医院中心工作，围绕“以病人为中心”搭建了活动平台，即一个目标，两个提高，三个满意。"
            ),
            (
                "新体系 组织架构科学化\n邵阳市中心医院共有党员877人。\n该院原先只分片设立5个党支部。",
                "新体系 组织架构科学化\n邵阳市中心医院共有党员877人。\n该院原先只分片设立5个党支部。"
            ),
            (
                "醫院:“混搭”巧解工學矛盾\n2017-05-18 07:33:26寧小倩\n當代黨員 2017年10期\n關鍵詞:混搭工學兩學",
                "醫院:“混搭”巧解工學矛盾\n2017-05-18 07:33:26寧小倩\n當代黨員 2017年10期\n關鍵詞:混搭工學兩學"
            ),
            (
                "医院引进了国际通行的JCI和ISO\n9001等质量管理工具，建立了一套完\n整的质量管理体系，并取得了良好的效\n果。",
                "医院引进了国际通行的JCI和ISO 9001等质量管理工具，建立了一套完整的质量管理体系，并取得了良好的效果。"
            ),
        ]
    );

    #[test]
    fn prose_with_a_paragraph_per_line_is_left_alone() {
        for prefix in ["000", "001", "003"] {
            assert_eq!(apply(&LineJoin, &seed(prefix)), seed(prefix), "seed {prefix}");
        }
    }
}
