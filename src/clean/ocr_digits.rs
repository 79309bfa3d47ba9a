//! OCR confusions inside numbers: scanned journals come back with l or I for 1 and O
//! or o for 0 — l5位, 2Ol2年, 2o12. A token (a run of ASCII letters and digits) is
//! read as a number only when every letter in it is one of l, I, O, o and it has at
//! least as many real digits as such letters, so O2O, H1N1, lI and COVID stay.

use super::step::{Note, Step};

pub struct OcrDigits;

fn confusable(c: char) -> Option<char> {
    match c {
        'l' | 'I' => Some('1'),
        'O' | 'o' => Some('0'),
        _ => None,
    }
}

fn repaired(token: &str) -> Option<String> {
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let letters = token.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let all_confusable = token.chars().all(|c| c.is_ascii_digit() || confusable(c).is_some());
    (letters > 0 && digits > 0 && digits >= letters && all_confusable)
        .then(|| token.chars().map(|c| confusable(c).unwrap_or(c)).collect())
}

impl Step for OcrDigits {
    fn name(&self) -> &'static str {
        "ocr_digits"
    }

    fn apply(&self, text: &str, _notes: &mut Vec<Note>) -> Option<(String, usize)> {
        let mut out = String::with_capacity(text.len());
        let mut changes = 0;
        let mut rest = text;
        while let Some(start) = rest.find(|c: char| c.is_ascii_alphanumeric()) {
            let len = rest[start..].find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len() - start);
            let token = &rest[start..start + len];
            out.push_str(&rest[..start]);
            // A token glued to a decimal point or a dot-separated name is left alone.
            let glued = rest[..start].ends_with('.') || rest[start + len..].starts_with(['.', '@']);
            match repaired(token).filter(|_| !glued) {
                Some(fixed) => {
                    out.push_str(&fixed);
                    changes += 1;
                }
                None => out.push_str(token),
            }
            rest = &rest[start + len..];
        }
        out.push_str(rest);
        (changes > 0).then_some((out, changes))
    }
}

#[cfg(test)]
mod tests {
    crate::step_tests!(
        super::OcrDigits,
        [
            ("为帮扶的l5位困难群众", "为帮扶的15位困难群众"),
            ("《江苏卫牛事、』 管弹》2Ol2年第4期", "《江苏卫牛事、』 管弹》2012年第4期"),
            ("(收稿日期2o12—04—23)", "(收稿日期2012—04—23)"),
            ("O2O模式、H1N1、COVID-19、lI 管殚、Il", "O2O模式、H1N1、COVID-19、lI 管殚、Il"),
            ("E-MAIL:2724546146@qq.com", "E-MAIL:2724546146@qq.com"),
            ("第10l期", "第101期"),
        ]
    );
}
