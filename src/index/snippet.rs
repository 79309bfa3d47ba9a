//! Highlighted excerpts cut from the clean text.
//!
//! The literals highlighted are the query's, as `search` reads it (one reading of a
//! query for matching, holding paragraphs and highlighting).
//!
//! tantivy's own snippet generator works on token offsets and panicked on overlapping
//! search-mode tokens in a trial; this module does not use it. It takes the literal
//! strings of the query, finds them in the document's folded text (simplified,
//! lowercase — so 三會一課 finds 三会一课 and the other way round), and maps every match
//! back through the fold's offset map to the clean text, which is what the user sees.
//! All offsets here are in characters.

use serde::Serialize;

use crate::clean::fold::Folded;

/// An excerpt of the clean text with the matches in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    pub text: String,
    /// Character ranges of `text` that matched the query.
    pub highlights: Vec<(usize, usize)>,
}

/// Simplified and lowercase, as the index is.
pub fn fold(text: &str) -> String {
    Folded::new(text).text
}

/// Where the literals occur in `folded` (as characters), sorted, overlaps merged.
pub fn occurrences(folded: &[char], literals: &[String]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for literal in literals {
        let needle: Vec<char> = literal.chars().collect();
        if needle.is_empty() || needle.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - needle.len() {
            if folded[start..start + needle.len()] == needle[..] {
                found.push((start, start + needle.len()));
            }
        }
    }
    found.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(found.len());
    for (start, end) in found {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// The excerpt of about `width` characters of `original` that holds the most matches,
/// with `…` where it cuts the text, line breaks shown as spaces.
pub fn excerpt(original: &str, folded: &Folded, literals: &[String], width: usize) -> Snippet {
    let matches = matches(folded, literals, 0, usize::MAX);
    let chars: Vec<char> = original.chars().collect();
    let lead = width / 4;
    // The window starting a little before a match that covers the most matches.
    let start = matches
        .iter()
        .map(|&(s, _)| s.saturating_sub(lead))
        .max_by_key(|&from| {
            let inside = matches.iter().filter(|&&(s, e)| s >= from && e <= from + width).count();
            (inside, std::cmp::Reverse(from))
        })
        .unwrap_or(0);
    let end = (start + width).min(chars.len());
    let start = start.min(end);
    cut(&chars, start, end, &matches, true)
}

/// The whole of `original[start..end]` (a paragraph) with its matches.
pub fn whole(original: &str, folded: &Folded, literals: &[String], start: usize, end: usize) -> Snippet {
    let end = end.max(start);
    let chars: Vec<char> = original.chars().skip(start).take(end - start).collect();
    let matches: Vec<(usize, usize)> =
        matches(folded, literals, folded.from_original(start), folded.from_original(end))
            .into_iter()
            .filter(|&(s, e)| s >= start && e <= end)
            .map(|(s, e)| (s - start, e - start))
            .collect();
    cut(&chars, 0, chars.len(), &matches, false)
}

/// The matches of the literals within the folded characters `from..to`, as ranges of
/// original characters.
fn matches(folded: &Folded, literals: &[String], from: usize, to: usize) -> Vec<(usize, usize)> {
    let slice: Vec<char> = folded.text.chars().skip(from).take(to.saturating_sub(from)).collect();
    occurrences(&slice, literals).into_iter().map(|(s, e)| folded.original_range(from + s, from + e)).collect()
}

fn cut(chars: &[char], start: usize, end: usize, matches: &[(usize, usize)], ellipsis: bool) -> Snippet {
    let prefix = usize::from(ellipsis && start > 0);
    let mut text: String = if prefix > 0 { "…".into() } else { String::new() };
    text.extend(chars[start..end].iter().map(|&c| if c == '\n' || c == '\r' { ' ' } else { c }));
    if ellipsis && end < chars.len() {
        text.push('…');
    }
    let highlights = matches
        .iter()
        .filter(|&&(s, e)| s >= start && e <= end && s < e)
        .map(|&(s, e)| (s - start + prefix, e - start + prefix))
        .collect();
    Snippet { text, highlights }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_come_from_the_original_script() {
        let text = "前言。\n邵陽市中心醫院各支部嚴格落實“三會一課”、黨日活動、黨員積分管理等制度。".repeat(3);
        let folded = Folded::new(&text);
        let snippet = excerpt(&text, &folded, &["三会一课".to_string(), "党日活动".to_string()], 40);
        let chars: Vec<char> = snippet.text.chars().collect();
        let shown: Vec<String> = snippet.highlights.iter().map(|&(s, e)| chars[s..e].iter().collect()).collect();
        assert_eq!(shown, ["三會一課", "黨日活動"]);
        assert!(!snippet.text.contains('\n'));
    }

    #[test]
    fn a_whole_paragraph_keeps_its_offsets() {
        let text = "標題\n各支部嚴格落實“三會一課”制度。";
        let folded = Folded::new(text);
        let snippet = whole(text, &folded, &["三会一课".to_string()], 3, text.chars().count());
        assert_eq!(snippet.text, "各支部嚴格落實“三會一課”制度。");
        let chars: Vec<char> = snippet.text.chars().collect();
        let (s, e) = snippet.highlights[0];
        assert_eq!(chars[s..e].iter().collect::<String>(), "三會一課");
    }

    #[test]
    fn excerpts_never_panic() {
        for text in crate::clean::testing::random_texts(200) {
            let folded = Folded::new(&text);
            for literal in ["党", "党建", "?", "a b", "", "(", "l5"] {
                let snippet = excerpt(&text, &folded, &[literal.to_string()], 30);
                let length = snippet.text.chars().count();
                assert!(snippet.highlights.iter().all(|&(s, e)| s < e && e <= length));
            }
        }
    }
}
