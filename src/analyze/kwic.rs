//! Concordance (key word in context): every occurrence of a term in the corpus with
//! the characters around it, cut from the clean text in its original script. The term
//! is matched in the folded text, so 三會一課 and 三会一课 find the same lines.

use serde::Serialize;

use crate::clean::fold::Folded;
use crate::index::search::{Engine, SearchError};
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

/// Every occurrence of `term` with `width` characters of context on each side (line
/// breaks shown as spaces), sorted by document path and position.
pub fn kwic(engine: &Engine, term: &str, width: usize) -> Result<Vec<Line>, SearchError> {
    let needle = fold(term.trim());
    if needle.is_empty() {
        return Ok(Vec::new());
    }
    let mut lines = Vec::new();
    for doc in engine.documents_containing(term.trim())? {
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
