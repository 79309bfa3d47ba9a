//! The pieces every page is made of, as plain HTML from Rust: the frame (navigation,
//! the style sheet and the one script, both served by the app itself), text with its
//! matches marked, links with their query strings, and the box that says what went
//! wrong. Everything that comes from a request or the index passes through [`esc`].

use std::fmt::Write;

pub use crate::analyze::report::esc;

use super::problem::Problem;

/// The pages of the navigation bar: (path, label).
const NAV: &[(&str, &str)] =
    &[("/", "检索"), ("/passages", "范例段落"), ("/compare", "医院对比"), ("/figures", "数据"), ("/practices", "做法")];

/// A whole page: `title` in the tab and the heading, `active` the navigation entry.
pub fn page(title: &str, active: &str, body: &str) -> String {
    let mut nav = String::new();
    for (path, label) in NAV {
        let current = if *path == active { " aria-current=\"page\"" } else { "" };
        let _ = write!(nav, "<a href=\"{path}\"{current}>{label}</a>");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{t} · 党建文献检索</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n\
         <script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">跳到正文</a>\n\
         <header><span class=\"brand\">党建文献检索</span><nav aria-label=\"主导航\">{nav}</nav></header>\n\
         <main id=\"main\" tabindex=\"-1\">\n<h1>{t}</h1>\n{body}\n</main>\n</body>\n</html>\n",
        t = esc(title)
    )
}

/// `text` escaped, with the character ranges of `highlights` (sorted, apart) in `<mark>`.
pub fn marked(text: &str, highlights: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + highlights.len() * 13);
    let mut next = highlights.iter().peekable();
    let mut open_until: Option<usize> = None;
    let mut buffer = [0u8; 4];
    for (i, c) in text.chars().enumerate() {
        if open_until == Some(i) {
            out.push_str("</mark>");
            open_until = None;
        }
        while let Some(&&(s, e)) = next.peek() {
            if s > i {
                break;
            }
            next.next();
            if s == i && e > s && open_until.is_none() {
                out.push_str("<mark>");
                open_until = Some(e);
            }
        }
        out.push_str(&esc(c.encode_utf8(&mut buffer)));
    }
    if open_until.is_some() {
        out.push_str("</mark>");
    }
    out
}

/// `path?name=value&…` with the values encoded; empty values left out.
pub fn link(path: &str, pairs: &[(&str, &str)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        query.append_pair(name, value);
    }
    let query = query.finish();
    if query.is_empty() { path.to_string() } else { format!("{path}?{query}") }
}

/// The page of one document, its id encoded as a path segment.
pub fn document_link(id: &str, query: &str) -> String {
    let id: String = form_urlencoded::byte_serialize(id.as_bytes()).collect();
    link(&format!("/document/{id}"), &[("q", query)])
}

/// The box saying what went wrong (for a 5xx, without what only the server's log
/// should say: see [`Problem::shown_detail`]).
pub fn problem(problem: &Problem) -> String {
    let shown = problem.shown_detail();
    let detail = if shown.is_empty() { String::new() } else { format!("<p class=\"detail\">{}</p>", esc(shown)) };
    format!("<div class=\"problem\" role=\"alert\"><p>{}</p>{detail}</div>", esc(&problem.title))
}

/// A text input with its label.
pub fn input(name: &str, label: &str, value: &str, extra: &str) -> String {
    format!("<label>{label} <input name=\"{name}\" value=\"{}\" {extra}></label>", esc(value))
}

/// A `<select>` of `options` (value, label) with `current` chosen; the first option
/// is "any".
pub fn select(name: &str, label: &str, options: &[(String, String)], current: &str) -> String {
    let mut out = format!("<label>{label} <select name=\"{name}\"><option value=\"\">全部</option>");
    for (value, text) in options {
        let chosen = if value == current { " selected" } else { "" };
        let _ = write!(out, "<option value=\"{}\"{chosen}>{}</option>", esc(value), esc(text));
    }
    out.push_str("</select></label>");
    out
}

/// The links to the previous and next pages of a list of `total` items shown
/// `per_page` at a time from `offset`; `at(offset)` makes a page's link.
pub fn pager(total: usize, offset: usize, per_page: usize, at: impl Fn(usize) -> String) -> String {
    if total <= per_page {
        return String::new();
    }
    let mut out = String::from("<nav class=\"pager\" aria-label=\"翻页\">");
    if offset > 0 {
        let _ = write!(out, "<a href=\"{}\" rel=\"prev\">上一页</a>", esc(&at(offset.saturating_sub(per_page))));
    }
    let _ = write!(out, "<span>第 {} 页，共 {} 页</span>", offset / per_page + 1, total.div_ceil(per_page));
    if offset + per_page < total {
        let _ = write!(out, "<a href=\"{}\" rel=\"next\">下一页</a>", esc(&at(offset + per_page)));
    }
    out.push_str("</nav>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_are_marked_and_everything_is_escaped() {
        assert_eq!(marked("<b>三會一課</b>", &[(3, 7)]), "&lt;b&gt;<mark>三會一課</mark>&lt;/b&gt;");
        assert_eq!(marked("黨員", &[(1, 9)]), "黨<mark>員</mark>");
        assert_eq!(marked("黨員", &[(0, 0), (5, 6)]), "黨員");
        assert_eq!(link("/", &[("q", "三会 一课&"), ("year", "")]), "/?q=%E4%B8%89%E4%BC%9A+%E4%B8%80%E8%AF%BE%26");
        assert_eq!(document_link("../etc", ""), "/document/..%2Fetc");
    }
}
