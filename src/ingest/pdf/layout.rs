//! Layout: a page's text runs, in whatever order the content stream showed them, put
//! into reading order and joined into paragraphs.
//!
//! 1. **Rows**: runs whose baselines agree (within a third of the font size) form a
//!    row, rows go top to bottom, runs in a row left to right.
//! 2. **Pieces**: within a row, runs closer than an em are one piece of text; a wider
//!    gap (a column gutter, a tab) starts another.
//! 3. **Gutter**: a page has two columns when some vertical line in its middle is
//!    crossed by few pieces while at least three substantial pieces lie wholly on each
//!    side. Rows with a piece across the gutter (a title, a running header, a footer)
//!    are read in place; between them, the left column's rows come first, then the
//!    right's, so the columns are never interleaved line by line.
//! 4. **Paragraphs**: in a column, a line that reaches the column's right edge goes on
//!    in the next line (at the usual line distance, not indented); any other line ends
//!    its paragraph. A paragraph is one output line.
//!
//! Three or more columns, rotated and vertical text are read as if they were rows.

use super::fonts::is_wide;
use super::walk::Run;

/// A run or several on one baseline, read as one line of text.
#[derive(Debug, Clone)]
struct Piece {
    text: String,
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
}

impl Piece {
    fn from_run(run: Run) -> Piece {
        Piece { text: run.text, x0: run.x0, x1: run.x1, y: run.y, size: run.size }
    }

    /// Appends `other`, to the right of `self` on the same baseline.
    fn extend(&mut self, other: Piece) {
        let gap = other.x0 - self.x1;
        let spaced = self.text.ends_with(char::is_whitespace) || other.text.starts_with(char::is_whitespace);
        if gap > 0.25 * self.size.max(other.size) && !spaced {
            self.text.push(' ');
        }
        self.text.push_str(&other.text);
        self.x1 = self.x1.max(other.x1);
        self.size = self.size.max(other.size);
    }
}

/// Appends the text of a page to `out`, one paragraph (or heading, header, footer) a
/// line.
pub(super) fn page_text(runs: Vec<Run>, out: &mut String) {
    let rows = rows(runs);
    let pieces: Vec<&Piece> = rows.iter().flatten().collect();
    let gutter = gutter(&pieces);
    // Blocks of lines read in order; each block is one column's stretch of rows.
    let mut blocks: Vec<Vec<Piece>> = Vec::new();
    let (mut left, mut right, mut across): (Vec<Piece>, Vec<Piece>, Vec<Piece>) = Default::default();
    for row in rows {
        let spans = gutter.is_none_or(|g| row.iter().any(|p| p.x0 < g && p.x1 > g));
        if spans {
            for side in [&mut left, &mut right] {
                if !side.is_empty() {
                    blocks.push(std::mem::take(side));
                }
            }
            across.push(join_row(row));
        } else {
            if !across.is_empty() {
                blocks.push(std::mem::take(&mut across));
            }
            let g = gutter.unwrap_or(f32::INFINITY);
            let (l, r): (Vec<Piece>, Vec<Piece>) = row.into_iter().partition(|p| p.x1 <= g);
            if !l.is_empty() {
                left.push(join_row(l));
            }
            if !r.is_empty() {
                right.push(join_row(r));
            }
        }
    }
    for rest in [across, left, right] {
        if !rest.is_empty() {
            blocks.push(rest);
        }
    }
    for block in blocks {
        paragraphs(&block, out);
    }
}

/// Groups runs into rows top to bottom, each row's runs merged into pieces left to
/// right.
fn rows(runs: Vec<Run>) -> Vec<Vec<Piece>> {
    let mut runs: Vec<Run> = runs.into_iter().filter(|r| !r.text.trim().is_empty()).collect();
    runs.sort_by(|a, b| b.y.total_cmp(&a.y));
    let mut rows: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match rows.last_mut() {
            Some(row) if (row[0].y - run.y).abs() <= 0.35 * row[0].size.min(run.size) => row.push(run),
            _ => rows.push(vec![run]),
        }
    }
    rows.into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            let mut pieces: Vec<Piece> = Vec::new();
            for run in row {
                if let Some(last) = pieces.last_mut() {
                    // Fake bold: the same text printed again a hair to the right.
                    if last.text.ends_with(run.text.as_str()) && (last.x1 - run.x1).abs() < 0.3 * run.size {
                        continue;
                    }
                    if run.x0 - last.x1 < 1.0 * last.size.max(run.size) {
                        last.extend(Piece::from_run(run));
                        continue;
                    }
                }
                pieces.push(Piece::from_run(run));
            }
            pieces
        })
        .collect()
}

/// The pieces of one row (of one column), as a line.
fn join_row(row: Vec<Piece>) -> Piece {
    let mut pieces = row.into_iter();
    let mut line = pieces.next().expect("a row holds at least one piece");
    for piece in pieces {
        line.extend(piece);
    }
    line
}

/// The x of a column gutter, if the page has two columns.
fn gutter(pieces: &[&Piece]) -> Option<f32> {
    let left_edge = pieces.iter().map(|p| p.x0).fold(f32::INFINITY, f32::min);
    let right_edge = pieces.iter().map(|p| p.x1).fold(f32::NEG_INFINITY, f32::max);
    let width = right_edge - left_edge;
    // The sweep costs pieces × points of width: a page of tens of thousands of loose
    // glyphs (a chart, a scatter of labels) is read as rows.
    let usable = (6..=20_000).contains(&pieces.len()) && width > 0.0 && width < 20_000.0;
    if !usable {
        return None;
    }
    let mut sizes: Vec<f32> = pieces.iter().map(|p| p.size).collect();
    sizes.sort_by(f32::total_cmp);
    let em = sizes[sizes.len() / 2];
    // A column is at least a fifth of the text's width; its pieces mostly long lines.
    let substantial = |p: &&Piece| p.x1 - p.x0 >= 0.2 * width;
    let mut best: Option<(usize, f32, f32)> = None; // (crossing, start, end) of the clearest band
    let mut band: Option<(usize, f32, f32)> = None;
    const STEP: f32 = 2.0;
    let steps = (0.6 * width / STEP).ceil() as usize;
    for step in 0..=steps {
        let x = left_edge + 0.2 * width + step as f32 * STEP;
        let (mut crossing, mut left, mut right) = (0, 0, 0);
        for p in pieces {
            if p.x1 <= x {
                left += usize::from(substantial(p));
            } else if p.x0 >= x {
                right += usize::from(substantial(p));
            } else {
                crossing += 1;
            }
        }
        let valid = left >= 3 && right >= 3 && crossing * 5 <= left + right;
        band = match (valid, band) {
            (true, Some((c, start, _))) if c == crossing => Some((c, start, x)),
            (true, _) => Some((crossing, x, x)),
            (false, _) => None,
        };
        if let Some((c, start, end)) = band {
            let better = match best {
                None => true,
                Some((bc, bs, be)) => c < bc || (c == bc && end - start > be - bs),
            };
            if better {
                best = Some((c, start, end));
            }
        }
    }
    let (_, start, end) = best?;
    (end - start >= 0.5 * em).then_some((start + end) / 2.0)
}

/// Joins a column's lines into paragraphs and appends them to `out`, one a line.
fn paragraphs(lines: &[Piece], out: &mut String) {
    let left = lines.iter().map(|l| l.x0).fold(f32::INFINITY, f32::min);
    let right = lines.iter().map(|l| l.x1).fold(f32::NEG_INFINITY, f32::max);
    let mut distances: Vec<f32> = lines.windows(2).map(|w| w[0].y - w[1].y).filter(|d| *d > 0.0).collect();
    distances.sort_by(f32::total_cmp);
    let usual = distances.get(distances.len() / 2).copied().unwrap_or(0.0);
    let mut paragraph = String::new();
    for (i, line) in lines.iter().enumerate() {
        paragraph_push(&mut paragraph, &line.text);
        if let Some(next) = lines.get(i + 1) {
            let full = line.x1 >= right - 2.0 * line.size;
            let indented = next.x0 > left + 0.6 * next.size || next.text.starts_with(['\u{3000}', '\t']);
            let near = next.y < line.y && line.y - next.y <= usual * 1.3 && line.y - next.y <= 3.0 * line.size;
            let same_size = (next.size - line.size).abs() <= 0.2 * line.size;
            if lines.len() >= 2 && full && !indented && near && same_size {
                continue;
            }
        }
        emit(&paragraph, out);
        paragraph.clear();
    }
}

/// Appends a line to the paragraph. CJK text wraps anywhere, figures included
/// (…活动 2 / 52 次…), so lines join directly; a space goes only between two words
/// of Latin letters, or where the line ended in one next to a figure or a word.
fn paragraph_push(paragraph: &mut String, line: &str) {
    let text = line.trim_matches(char::is_whitespace);
    let (Some(a), Some(b)) = (paragraph.chars().next_back(), text.chars().next()) else {
        paragraph.push_str(text);
        return;
    };
    let words = a.is_ascii_alphabetic() && b.is_ascii_alphabetic();
    let spaced = line.ends_with(' ') && !(is_wide(a) && is_wide(b));
    if words || spaced {
        paragraph.push(' ');
    }
    paragraph.push_str(text);
}

/// Writes a paragraph as a line: runs of spaces are one space, no space at its ends.
fn emit(paragraph: &str, out: &mut String) {
    let mut any = false;
    let mut space = false;
    for c in paragraph.trim_matches(char::is_whitespace).chars() {
        if c == ' ' || c == '\t' {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
        any = true;
    }
    if any {
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, x0: f32, y: f32) -> Run {
        Run { text: text.into(), x0, x1: x0 + 10.0 * text.chars().count() as f32, y, size: 10.0 }
    }

    #[test]
    fn two_columns_are_read_one_after_the_other() {
        let mut runs = vec![run("标题横跨两栏的一行文字标题横跨两栏的一行文字", 100.0, 800.0)];
        for (i, y) in (0..5).map(|i| (i, 700.0 - 14.0 * i as f32)) {
            // Row by row, as some producers write them: left line, then right line.
            runs.push(run(&format!("左{i}左栏的文字左栏的文字左栏的文字"), 50.0, y));
            runs.push(run(&format!("右{i}右栏的文字右栏的文字右栏的文字"), 300.0, y));
        }
        let mut out = String::new();
        page_text(runs, &mut out);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert!(lines[1].starts_with("左0") && lines[1].contains("左4"), "{out}");
        assert!(lines[2].starts_with("右0") && lines[2].contains("右4"), "{out}");
    }

    #[test]
    fn one_column_joins_wrapped_lines_and_keeps_short_ones() {
        let runs = vec![
            run("第一段第一行写满了整行文字", 50.0, 700.0),
            run("第一段结束。", 50.0, 686.0),
            run("第二段第一行写满了整行文字", 50.0, 672.0),
            run("第二段结束。", 50.0, 658.0),
        ];
        let mut out = String::new();
        page_text(runs, &mut out);
        assert_eq!(out, "第一段第一行写满了整行文字第一段结束。\n第二段第一行写满了整行文字第二段结束。\n");
    }
}
