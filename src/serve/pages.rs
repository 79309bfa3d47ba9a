//! The pages, in Chinese: search (facets, reposts folded, paging), precedents with a
//! citation to copy, one document with its matches and the spots its figures and
//! practices come from, hospitals compared, and the figures and practices tables.
//! Each page is a function of the open index and the request's parameters, answered
//! by the same library calls as the command line; what goes wrong is shown in the
//! page, under its form, with the status it deserves.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

use axum::http::StatusCode;

use super::html::{self, document_link, esc, input, link, marked, pager, select};
use super::params::Params;
use super::problem::Problem;
use crate::analyze::compare::{Comparison, compare, figure, matrix};
use crate::analyze::tables::{MeasureFilter, MetricFilter, measure_rows, metric_rows};
use crate::index::search::{Citation, Engine, Filters, Narrowing, SearchPage};
use crate::lexicon::CATEGORIES;
use crate::model::Document;

/// A page: its status and its HTML.
pub struct Page {
    pub status: StatusCode,
    pub html: String,
}

/// Results per search page; rows per table page.
const PER_PAGE: usize = 10;
const ROWS_PER_PAGE: usize = 200;
/// Precedents shown at most (and by default).
const MAX_PASSAGES: usize = 200;
const PASSAGES: usize = 20;
/// Hospitals compared at most.
pub const MAX_COMPARED: usize = 4;

/// A page whose content is `content`, or its form with the problem under it.
fn finish(title: &str, active: &str, form: String, content: Result<String, Problem>) -> Page {
    match content {
        Ok(body) => Page { status: StatusCode::OK, html: html::page(title, active, &(form + &body)) },
        Err(problem) => {
            let body = form + &html::problem(&problem);
            Page { status: problem.status, html: html::page(title, active, &body) }
        }
    }
}

/// The page for a problem met before any page could be made (the index cannot be
/// opened, an unknown address).
pub fn problem_page(problem: &Problem) -> Page {
    Page { status: problem.status, html: html::page("出错了", "", &html::problem(problem)) }
}

/// What the search page was asked: the query and the facets chosen.
#[derive(Debug, Clone, Default)]
struct SearchState {
    q: String,
    hospital: String,
    year: String,
    category: String,
    source: String,
}

impl SearchState {
    fn link(&self, offset: usize) -> String {
        let start = if offset == 0 { String::new() } else { offset.to_string() };
        link(
            "/",
            &[
                ("q", &self.q),
                ("hospital", &self.hospital),
                ("year", &self.year),
                ("category", &self.category),
                ("source", &self.source),
                ("start", &start),
            ],
        )
    }

    fn with(&self, facet: &str, value: &str) -> SearchState {
        let mut next = self.clone();
        let slot = match facet {
            "hospital" => &mut next.hospital,
            "year" => &mut next.year,
            "category" => &mut next.category,
            _ => &mut next.source,
        };
        *slot = if slot == value { String::new() } else { value.to_string() };
        next
    }
}

fn search_form(q: &str, hidden: &[(&str, &str)], action: &str, hint: &str) -> String {
    let mut kept = String::new();
    for (name, value) in hidden.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = write!(kept, "<input type=\"hidden\" name=\"{name}\" value=\"{}\">", esc(value));
    }
    format!(
        "<form class=\"search\" action=\"{action}\" method=\"get\" role=\"search\">\
         <label for=\"q\" class=\"visually-hidden\">查询</label>\
         <input id=\"q\" type=\"search\" name=\"q\" value=\"{}\" placeholder=\"{}\" maxlength=\"2000\" autocomplete=\"off\">\
         {kept}<button type=\"submit\">检索</button></form>",
        esc(q),
        esc(hint)
    )
}

const TIPS: &str = "<p class=\"tips\">简体、繁体均可（三会一课 = 三會一課）；“加引号”查整个短语；词之间用 OR 表示“或”，\
     前面加 - 表示排除。按 / 键回到检索框。</p>";

/// Search: one box, facets with counts, results with highlighted snippets, reposts
/// folded, paging.
pub fn search(engine: &Engine, params: &Params) -> Page {
    let state = SearchState {
        q: params.text("q").unwrap_or_default(),
        hospital: params.text("hospital").unwrap_or_default(),
        year: params.text("year").unwrap_or_default(),
        category: params.text("category").unwrap_or_default(),
        source: params.text("source").unwrap_or_default(),
    };
    let hidden = [
        ("hospital", state.hospital.as_str()),
        ("year", state.year.as_str()),
        ("category", state.category.as_str()),
        ("source", state.source.as_str()),
    ];
    let form = search_form(&state.q, &hidden, "/", "例如：党员示范岗、三會一課、\"主题党日\"");
    if state.q.is_empty() {
        return finish("检索", "/", form, Ok(TIPS.to_string()));
    }
    let content = (|| {
        let year = params.number::<u32>("year", 1000, 9999)?;
        let offset = params.number::<usize>("start", 0, 1_000_000)?.unwrap_or(0);
        let filters = Filters { hospital: params.text("hospital"), year, ..Filters::default() };
        let narrowing = Narrowing { source: params.text("source"), category: params.text("category") };
        let page = engine.search_page(&state.q, &filters, &narrowing, offset, PER_PAGE)?;
        Ok(search_results(&state, &page))
    })();
    finish("检索", "/", form, content)
}

fn search_results(state: &SearchState, page: &SearchPage) -> String {
    let mut out = String::from("<div class=\"with-facets\"><aside class=\"facets\" aria-label=\"筛选\">");
    let facets = [
        ("hospital", "医院", &page.facets.hospital, &state.hospital),
        ("year", "年份", &page.facets.year, &state.year),
        ("category", "做法类别", &page.facets.category, &state.category),
        ("source", "来源", &page.facets.source, &state.source),
    ];
    for (name, label, counts, chosen) in facets {
        if counts.is_empty() && chosen.is_empty() {
            continue;
        }
        let _ = write!(out, "<section class=\"facet\"><h2>{label}</h2><ul>");
        if !chosen.is_empty() && !counts.iter().any(|c| c.value == *chosen) {
            let href = state.with(name, chosen).link(0);
            let _ = write!(
                out,
                "<li><a class=\"chosen\" aria-current=\"true\" href=\"{}\">{} <span class=\"count\">✕</span></a></li>",
                esc(&href),
                esc(chosen)
            );
        }
        for count in counts.iter().take(12) {
            let is_chosen = count.value == *chosen;
            let href = state.with(name, &count.value).link(0);
            let (class, current, mark) =
                if is_chosen { (" class=\"chosen\"", " aria-current=\"true\"", " ✕") } else { ("", "", "") };
            let _ = write!(
                out,
                "<li><a{class}{current} href=\"{}\" data-facet=\"{name}\">{} <span class=\"count\">{}{mark}</span></a></li>",
                esc(&href),
                esc(&count.value),
                count.count
            );
        }
        out.push_str("</ul></section>");
    }
    out.push_str("</aside><section class=\"results\" aria-label=\"结果\">");
    if page.total == 0 {
        let _ = write!(out, "<p class=\"count-line\">没有找到包含“{}”的文献。</p>", esc(&state.q));
    } else {
        let _ = write!(out, "<p class=\"count-line\">共 <strong>{}</strong> 篇（转载只计一次）</p>", page.total);
    }
    for group in &page.groups {
        let hit = &group.hit;
        let title = hit.title.as_deref().unwrap_or(&hit.path);
        let meta: Vec<&str> =
            [hit.hospital.as_deref(), hit.date.as_deref(), Some(hit.path.as_str())].into_iter().flatten().collect();
        let _ = write!(
            out,
            "<article class=\"hit\"><h2><a href=\"{}\">{}</a></h2><p class=\"meta\">{}</p><p class=\"snippet\">{}</p>",
            esc(&document_link(&hit.id, &state.q)),
            esc(title),
            esc(&meta.join(" · ")),
            marked(&hit.snippet, &hit.highlights)
        );
        if !group.also.is_empty() {
            let _ = write!(out, "<details class=\"also\"><summary>另见 {} 处</summary><ul>", group.also.len());
            for also in &group.also {
                let _ = write!(
                    out,
                    "<li><a href=\"{}\">{}</a></li>",
                    esc(&document_link(&also.id, &state.q)),
                    esc(also.title.as_deref().unwrap_or(&also.path))
                );
            }
            out.push_str("</ul></details>");
        }
        out.push_str("</article>");
    }
    out.push_str(&pager(page.total, page.offset, PER_PAGE, |offset| state.link(offset)));
    out.push_str("</section></div>");
    out
}

/// The reference of `citation` with a button that copies it; the text stays in the
/// page for a reader without clipboard access.
fn citation_box(citation: &Citation, key: &str) -> String {
    format!(
        "<div class=\"cite\"><p class=\"reference\" id=\"ref-{key}\">{}</p>\
         <button type=\"button\" class=\"copy\" data-copy=\"ref-{key}\">复制引用</button>\
         <span class=\"copied\" role=\"status\" aria-live=\"polite\"></span></div>",
        esc(&citation.reference)
    )
}

/// Precedents: whole paragraphs, the match marked, each with its reference to copy.
pub fn passages(engine: &Engine, params: &Params) -> Page {
    let q = params.text("q").unwrap_or_default();
    let hospital = params.text("hospital").unwrap_or_default();
    let form = search_form(&q, &[("hospital", &hospital)], "/passages", "例如：党员示范岗");
    if q.is_empty() {
        let intro =
            "<p class=\"tips\">输入一种做法，查看其他医院如何表述它：整段原文，附可复制的引用（GB/T 7714 格式）。</p>";
        return finish("范例段落", "/passages", form, Ok(intro.to_string()));
    }
    let content = (|| {
        let limit = params.number::<usize>("limit", 1, MAX_PASSAGES)?.unwrap_or(PASSAGES);
        let filters = Filters {
            hospital: params.text("hospital"),
            year: params.number::<u32>("year", 1000, 9999)?,
            ..Filters::default()
        };
        let passages = engine.passages(&q, &filters, limit)?;
        let mut out = String::new();
        if passages.is_empty() {
            let _ = write!(out, "<p class=\"count-line\">没有段落包含“{}”。</p>", esc(&q));
        }
        for (n, passage) in passages.iter().enumerate() {
            let c = &passage.citation;
            let source: Vec<&str> =
                [c.hospital.as_deref(), c.title.as_deref(), c.date.as_deref()].into_iter().flatten().collect();
            let href = format!("{}#p{}", document_link(&passage.id, &q), passage.paragraph);
            let _ = write!(
                out,
                "<article class=\"passage\"><p class=\"text\">{}</p><p class=\"meta\">{} · <a href=\"{}\">看原文</a></p>{}",
                marked(&passage.text, &passage.highlights),
                esc(&source.join(" · ")),
                esc(&href),
                citation_box(c, &n.to_string())
            );
            if !passage.also_in.is_empty() {
                let _ = write!(
                    out,
                    "<p class=\"meta\">同一段落另见 {} 处：{}</p>",
                    passage.also_in.len(),
                    esc(&passage.also_in.join("、"))
                );
            }
            out.push_str("</article>");
        }
        Ok(out)
    })();
    finish("范例段落", "/passages", form, content)
}

/// One document: its metadata and reference, its text with the query's matches, and
/// its figures and practices, each linking to where in the text it was read.
pub fn document(engine: &Engine, id: &str, params: &Params) -> Page {
    let q = params.text("q").unwrap_or_default();
    let doc = match engine.store().document(id) {
        Ok(Some(doc)) => doc,
        Ok(None) => return problem_page(&Problem::not_found("这篇文献（编号不存在，可能已从语料中删除）")),
        Err(error) => return problem_page(&error.into()),
    };
    let highlights =
        if q.is_empty() { Ok(Vec::new()) } else { engine.highlights(&q, &doc.text).map_err(Problem::from) };
    let title = if doc.title.is_empty() { doc.path.clone() } else { doc.title.clone() };
    let mut out = String::new();
    let fields = [
        ("医院", doc.hospital.clone()),
        ("日期", doc.date.clone()),
        ("来源", doc.source.clone()),
        ("作者", doc.authors.join("、")),
        ("地区", doc.region.clone()),
        ("文件", doc.path.clone()),
        ("编码", doc.encoding.clone()),
    ];
    out.push_str("<dl class=\"meta-list\">");
    for (label, value) in fields.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = write!(out, "<dt>{label}</dt><dd>{}</dd>", esc(value));
    }
    if let Some(first) = &doc.duplicate_of {
        let _ = write!(out, "<dt>转载自</dt><dd><a href=\"{}\">首发稿</a></dd>", esc(&document_link(first, &q)));
    }
    out.push_str("</dl>");
    out.push_str(&citation_box(&Citation::of(&doc), "doc"));
    match &highlights {
        Ok(h) if !q.is_empty() => {
            let _ = write!(out, "<p class=\"count-line\">“{}”在文中出现 {} 处，已标出。</p>", esc(&q), h.len());
        }
        Ok(_) => {}
        Err(problem) => out.push_str(&html::problem(problem)),
    }
    out.push_str(&facts(&doc));
    out.push_str("<h2>全文</h2><div class=\"doc-text\">");
    out.push_str(&text_with_spots(&doc, highlights.as_deref().unwrap_or(&[])));
    out.push_str("</div>");
    Page { status: StatusCode::OK, html: html::page(&title, "", &out) }
}

/// The anchor of the text between two character offsets.
fn spot(start: usize, end: usize) -> String {
    format!("at-{start}-{end}")
}

/// A document's figures and practices, each linking to its spot in the text.
fn facts(doc: &Document) -> String {
    let mut out = String::new();
    if !doc.metrics.is_empty() || !doc.derived.is_empty() {
        out.push_str("<h2>数据</h2><div class=\"table-wrap\"><table><thead><tr><th>指标</th><th>数值</th><th>年份</th><th>原文</th></tr></thead><tbody>");
        for m in &doc.metrics {
            let unit = if m.unit == "ratio" { "" } else { m.unit.as_str() };
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>",
                esc(&m.subject),
                esc(&figure(m.value, m.upper, m.qualifier)),
                esc(unit),
                m.year.map(|y| y.to_string()).unwrap_or_default(),
                spot(m.start, m.end),
                esc(&m.evidence)
            );
        }
        for d in &doc.derived {
            let _ = write!(
                out,
                "<tr><td>{}（推算）</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
                esc(&d.subject),
                esc(&figure(d.value, None, d.qualifier)),
                d.year.map(|y| y.to_string()).unwrap_or_default(),
                esc(&d.formula)
            );
        }
        out.push_str("</tbody></table></div>");
    }
    if !doc.measures.is_empty() {
        out.push_str("<h2>做法</h2><div class=\"table-wrap\"><table><thead><tr><th>做法</th><th>类别</th><th>原文</th></tr></thead><tbody>");
        for m in &doc.measures {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>",
                esc(&m.name_text),
                esc(m.category.as_deref().unwrap_or("")),
                spot(m.start, m.end),
                esc(&m.evidence)
            );
        }
        out.push_str("</tbody></table></div>");
    }
    out
}

/// The document's paragraphs with the query's matches in `<mark>` and the figures'
/// and practices' spots as anchors (`at-START-END`) and underlined.
fn text_with_spots(doc: &Document, highlights: &[(usize, usize)]) -> String {
    let chars: Vec<char> = doc.text.chars().collect();
    let n = chars.len();
    let mut marked_at = vec![false; n];
    for &(s, e) in highlights {
        marked_at[s.min(n)..e.min(n)].iter_mut().for_each(|m| *m = true);
    }
    let mut fact_at = vec![false; n];
    let mut anchors: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let spans = doc.metrics.iter().map(|m| (m.start, m.end)).chain(doc.measures.iter().map(|m| (m.start, m.end)));
    let mut seen = HashSet::new();
    for (s, e) in spans {
        if s < e && e <= n && seen.insert((s, e)) {
            fact_at[s..e].iter_mut().for_each(|f| *f = true);
            anchors.entry(s).or_default().push(spot(s, e));
        }
    }
    let mut out = String::with_capacity(doc.text.len() * 2);
    let mut buffer = [0u8; 4];
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        let (start, end) = (paragraph.start.min(n), paragraph.end.min(n));
        let tag = if paragraph.heading.is_some() { "h3" } else { "p" };
        let _ = write!(out, "<{tag} id=\"p{p}\">");
        let mut state = (false, false);
        for i in start..end {
            let next = (marked_at[i], fact_at[i]);
            if next != state || anchors.contains_key(&i) {
                close(&mut out, state);
                for id in anchors.get(&i).into_iter().flatten() {
                    let _ = write!(out, "<span class=\"spot\" id=\"{id}\"></span>");
                }
                if next.1 {
                    out.push_str("<span class=\"fact\">");
                }
                if next.0 {
                    out.push_str("<mark>");
                }
                state = next;
            }
            out.push_str(&esc(chars[i].encode_utf8(&mut buffer)));
        }
        close(&mut out, state);
        let _ = write!(out, "</{tag}>");
    }
    out
}

fn close(out: &mut String, (mark, fact): (bool, bool)) {
    if mark {
        out.push_str("</mark>");
    }
    if fact {
        out.push_str("</span>");
    }
}

/// Hospitals compared: figures side by side, practices by category with who names
/// each, how alike they are, the documents behind each column.
pub fn compare_page(engine: &Engine, params: &Params) -> Page {
    let names = params.all("h");
    let known = engine.store().hospitals().unwrap_or_default();
    let mut form =
        String::from("<form class=\"compare\" action=\"/compare\" method=\"get\"><datalist id=\"hospitals\">");
    for name in &known {
        let _ = write!(form, "<option value=\"{}\">", esc(name));
    }
    form.push_str("</datalist><div class=\"fields\">");
    for i in 0..MAX_COMPARED {
        let value = names.get(i).map(String::as_str).unwrap_or("");
        form.push_str(&input("h", &format!("医院 {}", i + 1), value, "list=\"hospitals\" autocomplete=\"off\""));
    }
    form.push_str("</div><button type=\"submit\">对比</button><p class=\"tips\">全称、简称、繁体或名称中有区别的部分均可（如 邵阳中心医院、市第二医院）。</p></form>");
    if names.is_empty() {
        return finish("医院对比", "/compare", form, Ok(String::new()));
    }
    let content = (|| {
        if names.len() > MAX_COMPARED {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                format!("一次最多对比 {MAX_COMPARED} 家医院。"),
                format!("{} hospitals named", names.len()),
            ));
        }
        let comparison = compare(engine.store(), &names)?;
        let matrix = matrix(engine.store())?;
        Ok(comparison_html(&comparison, &matrix))
    })();
    finish("医院对比", "/compare", form, content)
}

fn comparison_html(c: &Comparison, m: &crate::analyze::compare::Matrix) -> String {
    let mut out = String::from("<h2>数据</h2><div class=\"table-wrap\"><table><thead><tr><th>指标</th>");
    for column in &c.hospitals {
        let _ = write!(out, "<th>{}<br><small>{}</small></th>", esc(&column.hospital), esc(&column.region));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &c.metrics {
        let label = if row.derived { format!("{}（推算）", row.subject) } else { row.subject.clone() };
        let _ = write!(out, "<tr><td>{}</td>", esc(&label));
        for cell in &row.cells {
            match cell {
                Some(cell) => {
                    let _ =
                        write!(out, "<td class=\"num\" title=\"{}\">{}</td>", esc(&cell.evidence), esc(&cell.text()));
                }
                None => out.push_str("<td class=\"num\">–</td>"),
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div><p class=\"tips\">≈ 约，&gt; 多于，≥ 不少于；括号内为数据所属年份；每格取该院最近年份的数据，鼠标停留可见原句。</p>");

    // Practices by category: who names each (the first year seen, ✓ when undated).
    let columns: Vec<Option<usize>> =
        c.hospitals.iter().map(|h| m.hospitals.iter().position(|name| *name == h.hospital)).collect();
    let mut by_category: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, (_, category)) in m.measures.iter().enumerate() {
        if columns.iter().flatten().any(|&h| m.cells[h][i].is_some()) {
            by_category.entry(category.as_str()).or_default().push(i);
        }
    }
    out.push_str("<h2>做法</h2>");
    for (category, rows) in &by_category {
        let _ = write!(out, "<h3>{}</h3><div class=\"table-wrap\"><table><thead><tr><th>做法</th>", esc(category));
        for column in &c.hospitals {
            let _ = write!(out, "<th>{}</th>", esc(&column.hospital));
        }
        out.push_str("</tr></thead><tbody>");
        for &i in rows {
            let _ = write!(out, "<tr><td>{}</td>", esc(&m.measures[i].0));
            for column in &columns {
                let cell = match column.and_then(|h| m.cells[h][i]) {
                    None => "",
                    Some(None) => "✓",
                    Some(Some(year)) => &year.to_string(),
                };
                let _ = write!(out, "<td class=\"num\">{cell}</td>");
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></div>");
    }
    if !c.similarity.is_empty() {
        out.push_str("<h2>做法相似度（Jaccard）</h2><ul>");
        for s in &c.similarity {
            let _ = write!(
                out,
                "<li>{} ~ {}：{:.3}（共有 {} 项，合计 {} 项）</li>",
                esc(&s.a),
                esc(&s.b),
                s.jaccard,
                s.shared,
                s.union
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("<h2>依据的文献</h2><ul>");
    for column in &c.hospitals {
        for d in &column.documents {
            let title = if d.title.is_empty() { &d.path } else { &d.title };
            let _ = write!(
                out,
                "<li>{}：<a href=\"{}\">{}</a> {}</li>",
                esc(&column.hospital),
                esc(&document_link(&d.id, "")),
                esc(title),
                esc(&d.date)
            );
        }
    }
    out.push_str("</ul>");
    out
}

/// The filters of the figures table, as `dangjian metrics` reads them.
pub fn metric_filter(params: &Params) -> Result<MetricFilter, Problem> {
    Ok(MetricFilter {
        subject: params.text("subject"),
        hospital: params.text("hospital"),
        year: params.number::<i32>("year", 1000, 9999)?,
        no_derived: params.flag("no_derived"),
        reposts: params.flag("reposts"),
    })
}

/// The filters of the practices table, as `dangjian measures` reads them.
pub fn measure_filter(params: &Params) -> MeasureFilter {
    MeasureFilter {
        category: params.text("category"),
        hospital: params.text("hospital"),
        name: params.text("name"),
        reposts: params.flag("reposts"),
    }
}

/// The form of a table page: its filters, a button, and the CSV of what it shows.
fn table_form(action: &str, fields: &str, csv: &str) -> String {
    format!(
        "<form class=\"filters\" action=\"{action}\" method=\"get\">{fields}<button type=\"submit\">筛选</button>\
         <a class=\"csv\" href=\"{}\" download>下载 CSV</a></form>",
        esc(csv)
    )
}

/// One page of a table: the count, the header, the rows (`<tr>`s), links to the other
/// pages (`total` rows, this page from `offset`) at `path` with the filters `all`.
fn table(
    count: &str,
    columns: &[&str],
    rows: impl Iterator<Item = String>,
    (total, offset): (usize, usize),
    path: &str,
    all: &[(&str, &str)],
) -> String {
    let mut out = format!("<p class=\"count-line\">{}</p><div class=\"table-wrap\"><table><thead><tr>", esc(count));
    for column in columns {
        let _ = write!(out, "<th>{column}</th>");
    }
    out.push_str("</tr></thead><tbody>");
    out.extend(rows);
    out.push_str("</tbody></table></div>");
    out.push_str(&pager(total, offset, ROWS_PER_PAGE, |at| {
        let start = at.to_string();
        let mut with = all.to_vec();
        with.push(("start", &start));
        link(path, &with)
    }));
    out
}

/// The figures table with its filters, paged, and its CSV.
pub fn figures(engine: &Engine, params: &Params) -> Page {
    let text = |name: &str| params.text(name).unwrap_or_default();
    let pairs = [("subject", text("subject")), ("hospital", text("hospital")), ("year", text("year"))];
    let mut flags = Vec::new();
    for name in ["no_derived", "reposts"] {
        if params.flag(name) {
            flags.push((name, "1".to_string()));
        }
    }
    let all: Vec<(&str, &str)> = pairs.iter().chain(&flags).map(|(k, v)| (*k, v.as_str())).collect();
    let fields = input("subject", "指标", &text("subject"), "placeholder=\"党员、党支部…\"")
        + &input("hospital", "医院", &text("hospital"), "")
        + &input("year", "年份", &text("year"), "inputmode=\"numeric\" size=\"6\"")
        + &format!(
            "<label><input type=\"checkbox\" name=\"no_derived\" value=\"1\"{}> 不含推算</label>",
            if params.flag("no_derived") { " checked" } else { "" }
        );
    let form = table_form("/figures", &fields, &link("/figures.csv", &all));
    let content = (|| {
        let rows = metric_rows(engine.store(), &metric_filter(params)?)?;
        let offset = params.number::<usize>("start", 0, 10_000_000)?.unwrap_or(0);
        let lines = rows.iter().skip(offset).take(ROWS_PER_PAGE).map(|row| {
            let m = &row.metric;
            let subject = if row.derived.is_some() { format!("{}（推算）", m.subject) } else { m.subject.clone() };
            let target = if row.derived.is_some() { String::new() } else { format!("#{}", spot(m.start, m.end)) };
            format!(
                "<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td><a href=\"{}{}\">{}</a></td></tr>",
                esc(&subject),
                esc(&figure(m.value, m.upper, m.qualifier)),
                esc(&m.unit),
                m.year.map(|y| y.to_string()).unwrap_or_default(),
                esc(if row.hospital.is_empty() { &row.path } else { &row.hospital }),
                esc(&document_link(&row.document_id, "")),
                target,
                esc(&m.evidence)
            )
        });
        let columns = ["指标", "数值", "单位", "年份", "医院", "原句"];
        Ok(table(&format!("共 {} 条数据", rows.len()), &columns, lines, (rows.len(), offset), "/figures", &all))
    })();
    finish("数据", "/figures", form, content)
}

/// The practices table with its filters, paged, and its CSV.
pub fn practices(engine: &Engine, params: &Params) -> Page {
    let text = |name: &str| params.text(name).unwrap_or_default();
    let pairs = [("category", text("category")), ("hospital", text("hospital")), ("name", text("name"))];
    let all: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let categories: Vec<(String, String)> = CATEGORIES.iter().map(|c| (c.to_string(), c.to_string())).collect();
    let fields = select("category", "类别", &categories, &text("category"))
        + &input("hospital", "医院", &text("hospital"), "")
        + &input("name", "做法名称", &text("name"), "placeholder=\"三会一课…\"");
    let form = table_form("/practices", &fields, &link("/practices.csv", &all));
    let content = (|| {
        let rows = measure_rows(engine.store(), &measure_filter(params))?;
        let offset = params.number::<usize>("start", 0, 10_000_000)?.unwrap_or(0);
        let lines = rows.iter().skip(offset).take(ROWS_PER_PAGE).map(|row| {
            let m = &row.measure;
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><a href=\"{}#{}\">{}</a></td></tr>",
                esc(&m.name_text),
                esc(m.category.as_deref().unwrap_or("")),
                esc(if row.hospital.is_empty() { &row.path } else { &row.hospital }),
                esc(&row.date),
                esc(&document_link(&row.document_id, "")),
                spot(m.start, m.end),
                esc(&m.evidence)
            )
        });
        let columns = ["做法", "类别", "医院", "日期", "原句"];
        Ok(table(&format!("共 {} 条做法", rows.len()), &columns, lines, (rows.len(), offset), "/practices", &all))
    })();
    finish("做法", "/practices", form, content)
}
