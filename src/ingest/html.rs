//! The text of an HTML page's body, for reports saved from the web.
//!
//! This module owns one question: which characters of a page a reader would see as
//! the article. It keeps the body only; drops `<head>`, scripts, styles, comments and
//! other non-text elements; turns block elements into line breaks; collapses runs of
//! white space as a browser does; and decodes character references. It is a small
//! tolerant scanner, not a full HTML parser: broken markup degrades to extra text,
//! never to a panic or lost paragraphs. Site chrome that *is* body text (menus,
//! footers) is left for the boilerplate step of `clean`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Elements whose content is never text a reader sees.
const SKIPPED: &[&str] =
    &["head", "script", "style", "noscript", "template", "title", "iframe", "object", "svg", "select"];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
];

/// Table cells are separated by a space within their row.
const CELLS: &[&str] = &["td", "th"];

/// Returns the visible text of `page`'s body, one line per block, without blank lines.
pub fn body_text(page: &str) -> String {
    let lower = page.to_ascii_lowercase();
    let start = find_tag(&lower, "body", 0).and_then(|at| lower[at..].find('>').map(|end| at + end + 1)).unwrap_or(0);
    let end = lower[start..].find("</body").map_or(page.len(), |at| start + at);
    let mut out = Lines::default();
    let (html, lower) = (&page[start..end], &lower[start..end]);
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            i = lower[i..].find("-->").map_or(html.len(), |at| i + at + 3);
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            i = lower[i..].find('>').map_or(html.len(), |at| i + at + 1);
        } else if let Some((name, closing, after)) = tag_at(html, i) {
            i = after;
            if !closing && SKIPPED.contains(&name.as_str()) {
                let close = format!("</{name}");
                i = lower[i..]
                    .find(&close)
                    .and_then(|at| lower[i + at..].find('>').map(|gt| i + at + gt + 1))
                    .unwrap_or(html.len());
            } else if BLOCKS.contains(&name.as_str()) {
                if name == "pre" {
                    out.pre = !closing;
                }
                out.line_break();
            } else if CELLS.contains(&name.as_str()) {
                out.space();
            }
        } else if rest.starts_with('&') {
            let (text, len) = reference(rest);
            out.push_literal(&text);
            i += len;
        } else {
            let c = rest.chars().next().expect("i is on a char boundary below len");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out.finish()
}

/// The lines being built, with browser-like white-space handling.
#[derive(Default)]
struct Lines {
    lines: Vec<String>,
    current: String,
    pending_space: bool,
    pre: bool,
}

impl Lines {
    fn push(&mut self, c: char) {
        if self.pre && c == '\n' {
            self.line_break();
        } else if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            self.space();
        } else {
            self.flush_space();
            self.current.push(c);
        }
    }

    /// Text from a character reference: `&nbsp;` is a space that does not collapse.
    fn push_literal(&mut self, text: &str) {
        self.flush_space();
        for c in text.chars() {
            self.current.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }

    fn space(&mut self) {
        self.pending_space = !self.current.is_empty();
    }

    fn flush_space(&mut self) {
        if std::mem::take(&mut self.pending_space) {
            self.current.push(' ');
        }
    }

    fn line_break(&mut self) {
        self.pending_space = false;
        let line = self.current.trim();
        if !line.is_empty() {
            self.lines.push(line.to_string());
        }
        self.current.clear();
    }

    fn finish(mut self) -> String {
        self.line_break();
        self.lines.join("\n")
    }
}

/// Where the first `<name` tag (followed by a delimiter) starts in lowercase `html`.
fn find_tag(lower: &str, name: &str, from: usize) -> Option<usize> {
    let open = format!("<{name}");
    let mut at = from;
    while let Some(found) = lower[at..].find(&open) {
        let pos = at + found;
        let next = lower[pos + open.len()..].chars().next();
        if next.is_none_or(|c| c == '>' || c == '/' || c.is_ascii_whitespace()) {
            return Some(pos);
        }
        at = pos + open.len();
    }
    None
}

/// A tag starting at `i`: its lowercase name, whether it closes, and where it ends.
/// Quoted attribute values may contain `>`.
fn tag_at(html: &str, i: usize) -> Option<(String, bool, usize)> {
    let bytes = html.as_bytes();
    if bytes.get(i) != Some(&b'<') {
        return None;
    }
    let mut j = i + 1;
    let closing = bytes.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = html[name_start..j].to_ascii_lowercase();
    let mut quote = None;
    while j < bytes.len() {
        match (quote, bytes[j]) {
            (None, b'>') => return Some((name, closing, j + 1)),
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), b) if b == q => quote = None,
            _ => {}
        }
        j += 1;
    }
    Some((name, closing, bytes.len()))
}

/// Decodes the character reference at the start of `rest` (which starts with `&`).
/// Returns the text and how many bytes it used; an unknown reference is kept as is.
fn reference(rest: &str) -> (String, usize) {
    let literal = ("&".to_string(), 1);
    let body_len = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map_or(rest.len() - 1, |n| n);
    if body_len == 0 || body_len > 32 {
        return literal;
    }
    let body = &rest[1..1 + body_len];
    let semicolon = rest[1 + body_len..].starts_with(';');
    let used = 1 + body_len + usize::from(semicolon);
    if let Some(number) = body.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16),
            None => number.parse::<u32>(),
        };
        let Ok(value) = value else { return literal };
        return (numeric_reference(value).to_string(), used);
    }
    if !semicolon {
        return literal;
    }
    match entities().get(body) {
        Some(&c) => (c.to_string(), used),
        None => literal,
    }
}

/// A numeric reference as browsers read it: 128–159 are windows-1252 characters.
fn numeric_reference(value: u32) -> char {
    if (0x80..=0x9F).contains(&value) {
        let byte = [value as u8];
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
        return text.chars().next().unwrap_or('\u{FFFD}');
    }
    match char::from_u32(value) {
        Some('\0') | None => '\u{FFFD}',
        Some(c) => c,
    }
}

fn entities() -> &'static HashMap<&'static str, char> {
    static TABLE: OnceLock<HashMap<&'static str, char>> = OnceLock::new();
    TABLE.get_or_init(|| {
        crate::lexicon::rows("html_entities.tsv")
            .iter()
            .filter_map(|row| {
                let c = char::from_u32(u32::from_str_radix(row.get(1)?, 16).ok()?)?;
                Some((row[0], c))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paragraphs_and_drops_head_script_style_and_comments() {
        let page = r#"<!DOCTYPE html><html><head><title>标题</title><style>p{color:red}</style></head>
            <body><!-- 导航 --><div class="nav">首页 &gt; 党建</div>
            <p>黨支部共21個,</p><script type="text/javascript">var s = "<p>脚本</p>";</script>
            <p>其中黨員近1000人</p><br/>最后一行</body></html>"#;
        assert_eq!(body_text(page), "首页 > 党建\n黨支部共21個,\n其中黨員近1000人\n最后一行");
    }

    #[test]
    fn white_space_collapses_and_nbsp_does_not() {
        let page = "<p>  三会一课\n   制度 </p><p>&nbsp;&nbsp;&nbsp;&nbsp;两学一做</p><p>a&nbsp;&nbsp;b</p>";
        assert_eq!(body_text(page), "三会一课 制度\n两学一做\na  b");
    }

    #[test]
    fn references_named_numeric_and_broken() {
        let page = "<p>&ldquo;五化&rdquo;&#24314;&#x8BBE; &copy; &#150; AT&T &unknown; &#0;</p>";
        assert_eq!(body_text(page), "“五化”建设 © – AT&T &unknown; \u{FFFD}");
    }

    #[test]
    fn table_cells_share_a_line_and_rows_do_not() {
        let page = "<table><tr><td>党员</td><td>877人</td></tr><tr><td>党支部</td><td>34个</td></tr></table>";
        assert_eq!(body_text(page), "党员 877人\n党支部 34个");
    }

    #[test]
    fn a_page_without_body_or_with_broken_markup_still_gives_its_text() {
        assert_eq!(body_text("<head><title>t</title></head>党建工作<p>三会一课"), "党建工作\n三会一课");
        assert_eq!(body_text("<p title=\"a>b\">党员</p><p"), "党员");
        assert_eq!(body_text("1 < 2 and <3>"), "1 < 2 and <3>");
        // Latin letters in running text are not tags (a PDF's OCR left `lI` in seed 003).
        assert_eq!(body_text("<p>汀蒜 毕事、lI 管殚))2012年</p>"), "汀蒜 毕事、lI 管殚))2012年");
    }
}
