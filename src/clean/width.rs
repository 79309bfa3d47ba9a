//! Width folding: full-width ASCII letters, digits and symbols become half-width
//! (４９０００ → 49000, ＩＣＵ → ICU), so numbers and Latin terms read the same
//! whatever input method typed them. Full-width punctuation that Chinese running text
//! uses — ，：；！？（）～ — stays as it is, as do 。“”、《》 and the ideographic space,
//! which have no half-width twin in the first place.

use super::step::{Note, Step};

pub struct Width;

/// Full-width forms kept: they are Chinese punctuation, not wide ASCII.
const KEEP: &[char] = &['！', '（', '）', '，', '：', '；', '？', '～'];

fn fold(c: char) -> Option<char> {
    match c {
        '\u{FF01}'..='\u{FF5E}' if !KEEP.contains(&c) => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

impl Step for Width {
    fn name(&self) -> &'static str {
        "width"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        if !text.chars().any(|c| fold(c).is_some()) {
            return None;
        }
        let mut changes = 0;
        let out = text
            .chars()
            .map(|c| match fold(c) {
                Some(half) => {
                    changes += 1;
                    half
                }
                None => c,
            })
            .collect();
        Some((out, changes))
    }
}

#[cfg(test)]
mod tests {
    crate::step_tests!(
        super::Width,
        [
            ("共计４９０００元", "共计49000元"),
            ("ＩＣＵ病房，满意度达到９０％。", "ICU病房，满意度达到90%。"),
            ("“三会一课”：（一）坚持！是否？", "“三会一课”：（一）坚持！是否？"),
            ("《江苏卫生事业管理》、", "《江苏卫生事业管理》、"),
            ("Ａ／Ｂ＝Ｃ＋１", "A/B=C+1"),
        ]
    );
}
