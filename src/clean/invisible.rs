//! Invisible characters: zero-width spaces and joiners, stray byte-order marks, soft
//! hyphens and C0 control characters other than tab and line feed. They hide inside
//! words (党\u{200B}建) where they break search; a form feed (a PDF page break) becomes
//! a line break.

use super::step::{Note, Step};

pub struct Invisible;

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}')
        || (c.is_control() && !matches!(c, '\n' | '\t' | '\u{C}') && (c as u32) < 0x20)
}

impl Step for Invisible {
    fn name(&self) -> &'static str {
        "invisible"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        if !text.chars().any(|c| is_invisible(c) || c == '\u{C}') {
            return None;
        }
        let mut changes = 0;
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == '\u{C}' {
                out.push('\n');
                changes += 1;
            } else if is_invisible(c) {
                changes += 1;
            } else {
                out.push(c);
            }
        }
        Some((out, changes))
    }
}

#[cfg(test)]
mod tests {
    crate::step_tests!(
        super::Invisible,
        [
            ("党\u{200B}建工作", "党建工作"),
            ("\u{FEFF}三会一课\u{0}", "三会一课"),
            ("第一页\u{C}第二页", "第一页\n第二页"),
            ("两学一做\t学习教育\n", "两学一做\t学习教育\n"),
        ]
    );
}
