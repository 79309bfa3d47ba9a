//! Concordance (key word in context): every occurrence of a term in the corpus with
//! the characters around it, cut from the clean text in its original script. The term
//! is matched in the folded text, so 三會一課 and 三会一课 find the same lines.

use serde::Serialize;

use crate::clean::fold::Folded;
use crate::index::search::{Engine, Filters, SearchError};
use crate::index::snippet::{fold, occurrences};

/// One concordance line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub id: String,
    pub path: String,
    pub left: String,
    /// The occurrence as written in the document.
    pub keyword: String,
    pub right: String,
    /// Character offsets of the occurrence in the document's clean text.
    pub start: usize,
    pub end: usize,
}

/// How concordance lines are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// By document path and position (the default).
    #[default]
    Path,
    /// By the context just left of the term, read right to left (AntConc's 1L, 2L …).
    Left,
    /// By the context right of the term, read left to right (1R, 2R …).
    Right,
    /// By the occurrence as written (traditional and simplified apart), then path.
    Hit,
}

/// Every occurrence of `term` in the documents `filters` keep, with `width`
/// characters of context on each side (line breaks shown as spaces), sorted by
/// document path and position.
pub fn kwic(engine: &Engine, term: &str, width: usize, filters: &Filters) -> Result<Vec<Line>, SearchError> {
    let needle = fold(term.trim());
    if needle.is_empty() {
        return Ok(Vec::new());
    }
    let mut lines = Vec::new();
    for doc in engine.documents_containing(term.trim(), filters)? {
        let folded = Folded::new(&doc.text);
        let folded_chars: Vec<char> = folded.text.chars().collect();
        let chars: Vec<char> = doc.text.chars().collect();
        let flat = |from: usize, to: usize| -> String {
            chars[from..to].iter().map(|&c| if c == '\n' || c == '\r' { ' ' } else { c }).collect()
        };
        for (s, e) in occurrences(&folded_chars, std::slice::from_ref(&needle)) {
            let (start, end) = folded.original_range(s, e);
            lines.push(Line {
                id: doc.id.clone(),
                path: doc.path.clone(),
                left: flat(start.saturating_sub(width), start),
                keyword: flat(start, end),
                right: flat(end, (end + width).min(chars.len())),
                start,
                end,
            });
        }
    }
    Ok(lines)
}

/// Orders concordance lines by `sort`; ties keep path order (the sort is stable).
pub fn sort_lines(lines: &mut [Line], sort: Sort) {
    let folded = |s: &str| fold(s);
    match sort {
        Sort::Path => {}
        Sort::Left => lines.sort_by_cached_key(|l| folded(&l.left).chars().rev().collect::<String>()),
        Sort::Right => lines.sort_by_cached_key(|l| folded(&l.right)),
        Sort::Hit => lines.sort_by(|a, b| a.keyword.cmp(&b.keyword)),
    }
}
