//! The year a figure holds for: the nearest year its sentence writes (2017年, 二〇一七年,
//! and 今年 / 去年 / 前年 / 明年 when the document's year is known), else the document's.

use super::phrase::Sentence;
use crate::extract::numbers::{Kind, Quantity};

/// Years written in the sentence, by position: 2017年, 二〇一七年, and 今年 / 去年 /
/// 前年 / 明年 when the document's year is known.
pub(super) fn years(sentence: &Sentence, found: &[Quantity], document_year: Option<i32>) -> Vec<(usize, i32)> {
    let chars = sentence.chars;
    let mut out: Vec<(usize, i32)> = found
        .iter()
        .filter(|q| {
            q.kind == Kind::Number
                && q.value.fract() == 0.0
                && (1949.0..=2100.0).contains(&q.value)
                && chars.get(q.end) == Some(&'年')
        })
        .map(|q| (q.start, q.value as i32))
        .collect();
    if let Some(base) = document_year {
        for (i, pair) in chars.windows(2).enumerate() {
            let offset = match pair {
                ['今', '年'] | ['本', '年'] => 0,
                ['去', '年'] => -1,
                ['前', '年'] => -2,
                ['明', '年'] => 1,
                _ => continue,
            };
            out.push((i, base + offset));
        }
    }
    out.sort();
    out
}

/// The year of the figure at `at`: the last year written before it in the sentence,
/// else the first after it, else the document's.
pub(super) fn year_at(years: &[(usize, i32)], at: usize, document_year: Option<i32>) -> Option<i32> {
    years
        .iter()
        .rfind(|(written, _)| *written <= at)
        .or_else(|| years.iter().find(|(written, _)| *written > at))
        .map(|&(_, y)| y)
        .or(document_year)
}
