//! Lost spaces: sites that cannot encode a non-breaking or ideographic space write `?`
//! instead. A run of `?` standing alone — between white space or line ends, or two or
//! more between Han characters — is such a space; a `?` after a word is a question
//! mark and stays. Runs the mojibake repair used are gone by the time this step runs.

use super::chars::is_han;
use super::step::{Note, Step};

pub struct LostSpaces;

impl Step for LostSpaces {
    fn name(&self) -> &'static str {
        "lost_spaces"
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
            if chars[i] != '?' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && chars[i] == '?' {
                i += 1;
            }
            let before = start.checked_sub(1).map(|b| chars[b]);
            let after = chars.get(i).copied();
            let open = |c: Option<char>| c.is_none_or(char::is_whitespace);
            let alone = open(before) && open(after);
            let between_han = i - start >= 2 && before.is_some_and(is_han) && after.is_some_and(is_han);
            if alone {
                // A whole line of `?` becomes an empty line; elsewhere one space.
                let line_edge = before.is_none_or(|c| c == '\n') || after.is_none_or(|c| c == '\n');
                if !line_edge {
                    out.push(' ');
                }
                changes += 1;
            } else if between_han {
                out.push(' ');
                changes += 1;
            } else {
                out.extend(&chars[start..i]);
            }
        }
        (changes > 0).then_some((out, changes))
    }
}

#[cfg(test)]
mod tests {
    crate::step_tests!(
        super::LostSpaces,
        [
            ("标题\n?\n\n正文", "标题\n\n\n正文"),
            ("党建 ?? 工作", "党建   工作"),
            ("医院??党委", "医院 党委"),
            ("如何给公众号涨粉?编辑组思来想去", "如何给公众号涨粉?编辑组思来想去"),
            ("《也会犯下这些错误?》", "《也会犯下这些错误?》"),
            ("真的吗?", "真的吗?"),
        ]
    );
}
