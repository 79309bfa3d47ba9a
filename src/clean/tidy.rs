//! Tidy: the last step. White space at line ends goes, a line of only white space
//! becomes empty, blank lines at the start go and runs of blank lines become one, and
//! the text ends with at most one line feed. Earlier steps leave such gaps when they
//! take lines or words out; tidying once, at the end, keeps them simple.

use super::step::{Note, Step};

pub struct Tidy;

impl Step for Tidy {
    fn name(&self) -> &'static str {
        "tidy"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        let mut changes = 0;
        let mut out = String::with_capacity(text.len());
        let mut blank_run = 0;
        let ends_with_newline = text.ends_with('\n');
        let body = text.strip_suffix('\n').unwrap_or(text);
        for line in body.split('\n') {
            let trimmed = line.trim_end_matches(|c: char| c.is_whitespace());
            if trimmed.len() != line.len() {
                changes += 1;
            }
            if trimmed.is_empty() {
                blank_run += 1;
                if out.is_empty() || blank_run > 1 {
                    changes += 1;
                    continue;
                }
            } else {
                blank_run = 0;
            }
            out.push_str(trimmed);
            out.push('\n');
        }
        // Blank lines at the end, and the final line feed unless the text had one.
        while out.ends_with("\n\n") {
            out.pop();
            changes += 1;
        }
        if !ends_with_newline {
            out.pop();
        }
        (changes > 0 && out != text).then_some((out, changes))
    }
}

#[cfg(test)]
mod tests {
    crate::step_tests!(
        super::Tidy,
        [
            ("党建工作  \n\n\n\n三会一课 \n", "党建工作\n\n三会一课\n"),
            ("\n\n  \n标题\n\n正文。", "标题\n\n正文。"),
            ("正文。\n\n \n", "正文。\n"),
            ("正文。\n\n第二段。", "正文。\n\n第二段。"),
            ("", ""),
        ]
    );
}
