//! The HTML report: one self-contained file — the comparison of hospitals and the
//! practice matrix as tables, and charts drawn as inline SVG (party members and
//! branches per hospital; practices per category per hospital). No scripts, no
//! fonts, no images to fetch: a Content-Security-Policy of `default-src 'none'` says
//! so to the browser, and the page names no address at all.
//!
//! It is written for Chinese readers: headings in Chinese, an approximate figure
//! (≈1000) drawn as a paler bar with a dashed outline and labelled 约, the matrix's header row kept
//! in view while it scrolls, and the documents no hospital could be read from listed
//! under 未注明医院 rather than left out.

use std::fmt::Write;

use super::compare::{Comparison, Matrix, Source};
use crate::extract::numbers::Qualifier;
use crate::lexicon::CATEGORIES;

/// Text made safe for HTML, in element content and in quoted attributes alike (the
/// web app's pages use it too).
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Colours of the categories, in DESIGN.md's order, then the uncategorised.
const COLOURS: &[&str] = &[
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#86bcb6", "#d37295", "#79706e",
];

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{:.2}", v) }
}

/// What the report calls a document with no known hospital.
pub const NO_HOSPITAL: &str = "未注明医院";

/// One bar: its label, its value, and whether the value is approximate (≈, 约).
pub type Bar = (String, f64, bool);

/// A horizontal bar chart; approximate values paler, outlined dashed and marked 约.
fn bars(title: &str, items: &[Bar], colour: &str) -> String {
    let max = items.iter().map(|(_, v, _)| *v).fold(0.0, f64::max);
    let (label_w, bar_w, row_h) = (180.0, 360.0, 26.0);
    let height = 30.0 + row_h * items.len() as f64;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{t}\" width=\"{w}\" height=\"{height}\" viewBox=\"0 0 {w} {height}\">\
         <title>{t}</title><text x=\"0\" y=\"16\" class=\"chart-title\">{t}</text>",
        t = esc(title),
        w = label_w + bar_w + 120.0
    );
    for (i, (label, value, approx)) in items.iter().enumerate() {
        let y = 26.0 + row_h * i as f64;
        let w = if max > 0.0 { bar_w * value / max } else { 0.0 };
        // An approximate bar is paler with a dashed outline: its end is not exact.
        let (class, shown) = if *approx {
            (" class=\"approx\" fill-opacity=\"0.35\" stroke-dasharray=\"4 3\"", format!("≈{} (约)", number(*value)))
        } else {
            ("", number(*value))
        };
        let _ = write!(
            svg,
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{label}</text>\
             <rect{class} x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{h}\" fill=\"{colour}\" stroke=\"{colour}\"><title>{label}: {v}</title></rect>\
             <text x=\"{vx:.1}\" y=\"{ty}\">{v}</text>",
            lx = label_w - 8.0,
            ty = y + 15.0,
            label = esc(label),
            h = row_h - 8.0,
            v = esc(&shown),
            vx = label_w + w + 6.0,
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Practices per category for each hospital, as stacked horizontal bars.
fn stacked(title: &str, hospitals: &[String], counts: &[Vec<usize>], categories: &[String]) -> String {
    let max = counts.iter().map(|c| c.iter().sum::<usize>()).max().unwrap_or(0).max(1) as f64;
    let (label_w, bar_w, row_h) = (180.0, 420.0, 28.0);
    let legend_rows = categories.len().div_ceil(4);
    let height = 30.0 + row_h * hospitals.len() as f64 + 20.0 * legend_rows as f64 + 10.0;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{t}\" width=\"{w}\" height=\"{height}\" viewBox=\"0 0 {w} {height}\">\
         <title>{t}</title><text x=\"0\" y=\"16\" class=\"chart-title\">{t}</text>",
        t = esc(title),
        w = label_w + bar_w + 60.0
    );
    for (i, hospital) in hospitals.iter().enumerate() {
        let y = 26.0 + row_h * i as f64;
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            label_w - 8.0,
            y + 15.0,
            esc(hospital)
        );
        let mut x = label_w;
        for (c, &n) in counts[i].iter().enumerate() {
            if n == 0 {
                continue;
            }
            let w = bar_w * n as f64 / max;
            let _ = write!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{}\"><title>{} · {}: {n}</title></rect>",
                row_h - 8.0,
                COLOURS[c % COLOURS.len()],
                esc(hospital),
                esc(&categories[c])
            );
            x += w;
        }
        let total: usize = counts[i].iter().sum();
        let _ = write!(svg, "<text x=\"{:.1}\" y=\"{}\">{total}</text>", x + 6.0, y + 15.0);
    }
    let legend_y = 30.0 + row_h * hospitals.len() as f64;
    for (c, category) in categories.iter().enumerate() {
        let (x, y) = (150.0 * (c % 4) as f64, legend_y + 20.0 * (c / 4) as f64);
        let _ = write!(
            svg,
            "<rect x=\"{x}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{}</text>",
            COLOURS[c % COLOURS.len()],
            x + 16.0,
            y + 11.0,
            esc(category)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The report as one HTML document; `unattributed` are the documents (reposts left
/// out) no hospital could be read from.
pub fn report(
    comparison: &Comparison,
    matrix: &Matrix,
    unattributed: &[Source],
    documents: usize,
    generated: &str,
) -> String {
    let hospitals: Vec<String> = comparison.hospitals.iter().map(|h| h.hospital.clone()).collect();
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>医院党建工作报告分析</title>\n<style>\n\
         body {{ font-family: sans-serif; margin: 2em; color: #222; }}\n\
         table {{ border-collapse: collapse; margin: 1em 0; font-size: 14px; }}\n\
         th, td {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; }}\n\
         td.num {{ text-align: right; }}\n th {{ background: #f3f3f3; }}\n\
         svg.chart {{ display: block; margin: 1em 0; font-size: 13px; }}\n .chart-title {{ font-weight: bold; }}\n\
         .note {{ color: #666; font-size: 13px; }}\n\
         .matrix {{ max-height: 80vh; overflow: auto; }}\n\
         .matrix table {{ margin: 0; }}\n\
         .matrix thead th {{ position: sticky; top: 0; z-index: 1; }}\n\
         td.approx {{ font-style: italic; }}\n</style>\n</head>\n<body>\n\
         <h1>医院党建工作报告分析</h1>\n\
         <p class=\"note\">共 {documents} 篇文献、{} 家医院；转载只计一次（≈ 为约数）。由 dangjian {} 生成于 {}。</p>\n",
        hospitals.len(),
        env!("CARGO_PKG_VERSION"),
        esc(generated)
    );

    // Charts.
    let figure = |subject: &str| -> Vec<Bar> {
        comparison
            .metrics
            .iter()
            .find(|r| r.subject == subject && !r.derived)
            .map(|r| {
                r.cells
                    .iter()
                    .zip(&hospitals)
                    .filter_map(|(c, h)| c.as_ref().map(|c| (h.clone(), c.value, c.qualifier == Qualifier::Approx)))
                    .collect()
            })
            .unwrap_or_default()
    };
    html.push_str("<h2>主要数字</h2>\n");
    for (subject, colour) in [("党员", "#e15759"), ("党支部", "#4e79a7")] {
        let items = figure(subject);
        if !items.is_empty() {
            html.push_str(&bars(&format!("各医院{subject}数"), &items, colour));
            html.push('\n');
        }
    }
    let mut categories: Vec<String> = CATEGORIES.iter().map(|c| c.to_string()).collect();
    categories.push(super::compare::UNCATEGORISED.to_string());
    let counts: Vec<Vec<usize>> = (0..matrix.hospitals.len())
        .map(|h| {
            categories
                .iter()
                .map(|c| {
                    matrix
                        .measures
                        .iter()
                        .zip(&matrix.cells[h])
                        .filter(|((_, mc), cell)| mc == c && cell.is_some())
                        .count()
                })
                .collect()
        })
        .collect();
    if !matrix.hospitals.is_empty() {
        html.push_str(&stacked("各医院各类党建举措数", &matrix.hospitals, &counts, &categories));
        html.push('\n');
    }

    // The comparison table.
    html.push_str("<h2>医院比较</h2>\n<table>\n<tr><th>指标</th>");
    for h in &comparison.hospitals {
        let _ = write!(html, "<th>{}<br><span class=\"note\">{}</span></th>", esc(&h.hospital), esc(&h.region));
    }
    html.push_str("</tr>\n");
    for row in &comparison.metrics {
        let label = if row.derived { format!("{}（推算）", row.subject) } else { row.subject.clone() };
        let _ = write!(html, "<tr><td>{}</td>", esc(&label));
        for cell in &row.cells {
            match cell {
                Some(c) => {
                    let sign = esc(c.qualifier.sign());
                    let unit = if c.unit == "ratio" { String::new() } else { esc(&c.unit) };
                    let year = c.year.map(|y| format!(" ({y})")).unwrap_or_default();
                    let approx = if c.qualifier == Qualifier::Approx { " approx" } else { "" };
                    let _ = write!(
                        html,
                        "<td class=\"num{approx}\" title=\"{}\">{sign}{}{unit}{year}</td>",
                        esc(&c.evidence),
                        number(c.value)
                    );
                }
                None => html.push_str("<td class=\"num\">-</td>"),
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</table>\n");
    if !comparison.similarity.is_empty() {
        html.push_str(
            "<h3>举措相似度（Jaccard）</h3>\n<table>\n<tr><th>医院</th><th>Jaccard</th><th>共有 / 全部</th></tr>\n",
        );
        for s in &comparison.similarity {
            let _ = writeln!(
                html,
                "<tr><td>{} ~ {}</td><td class=\"num\">{:.3}</td><td class=\"num\">{} / {}</td></tr>",
                esc(&s.a),
                esc(&s.b),
                s.jaccard,
                s.shared,
                s.union
            );
        }
        html.push_str("</table>\n");
    }

    // The practice matrix.
    html.push_str("<h2>党建举措矩阵</h2>\n<p class=\"note\">各医院文献首次提到某项举措的年份（✓：文献未注明日期）。</p>\n<div class=\"matrix\"><table>\n<thead><tr><th>举措</th><th>类别</th>");
    for h in &matrix.hospitals {
        let _ = write!(html, "<th>{}</th>", esc(h));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (m, (name, category)) in matrix.measures.iter().enumerate() {
        let _ = write!(html, "<tr><td>{}</td><td>{}</td>", esc(name), esc(category));
        for h in 0..matrix.hospitals.len() {
            let cell = match matrix.cells[h][m] {
                None => String::new(),
                Some(None) => "✓".into(),
                Some(Some(y)) => y.to_string(),
            };
            let _ = write!(html, "<td class=\"num\">{cell}</td>");
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table></div>\n");

    // Sources.
    html.push_str("<h2>文献</h2>\n<ul>\n");
    for h in &comparison.hospitals {
        for d in &h.documents {
            let parts: Vec<String> = [&h.hospital, &d.title, &d.source, &d.date, &d.path]
                .iter()
                .filter(|p| !p.is_empty())
                .map(|p| esc(p))
                .collect();
            let _ = writeln!(html, "<li>{}</li>", parts.join(" · "));
        }
    }
    for d in unattributed {
        let parts: Vec<String> = [NO_HOSPITAL, &d.title, &d.source, &d.date, &d.path]
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| esc(p))
            .collect();
        let _ = writeln!(html, "<li class=\"unattributed\">{}</li>", parts.join(" · "));
    }
    html.push_str("</ul>\n</body>\n</html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_bars_scale_to_the_largest() {
        assert_eq!(esc("<b>\"黨\"&'"), "&lt;b&gt;&quot;黨&quot;&amp;&#39;");
        let svg = bars("党员", &[("甲".into(), 100.0, false), ("乙".into(), 50.0, true)], "#000");
        assert!(svg.contains("width=\"360.0\"") && svg.contains("width=\"180.0\""), "{svg}");
        assert!(svg.contains("class=\"approx\"") && svg.contains("≈50 (约)"), "{svg}");
        assert_eq!(svg.matches("class=\"approx\"").count(), 1, "only the approximate bar: {svg}");
    }
}
