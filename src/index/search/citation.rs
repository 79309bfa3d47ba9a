//! A document's reference, for a researcher's bibliography: GB/T 7714-2015 (the
//! Chinese standard for references), BibTeX and RIS — one reading of the metadata
//! behind all three, so they never disagree. `search`, `passages`, `cite` and the web
//! app all show what [`Citation::of`] makes.
//!
//! The kind of source decides the type: a newspaper (a source ending in 报) is `[N]`,
//! a journal or magazine `[J]`, anything else — a website, a hospital's own page, an
//! unknown source — `[EB/OL]`. A journal's volume, issue and page are read from its
//! running header where the cleaning kept one (《江苏卫生事业管理》2012年第4期(第23卷…,
//! ・88・), and left out when unknown.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::model::Document;

/// What kind of publication a document appeared in, as GB/T 7714 marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Kind {
    /// A journal or magazine article: `[J]`.
    #[serde(rename = "J")]
    Journal,
    /// A newspaper article: `[N]`.
    #[serde(rename = "N")]
    Newspaper,
    /// An online document: `[EB/OL]`.
    #[default]
    #[serde(rename = "EB/OL")]
    Online,
}

impl Kind {
    /// The kind of a source by its name.
    pub fn of(source: &str) -> Kind {
        let source = source.trim().trim_start_matches('《').trim_end_matches('》');
        if source.is_empty() || source.ends_with('网') || source.contains("网站") || source.contains("公众号") {
            Kind::Online
        } else if source.ends_with('报') {
            Kind::Newspaper
        } else {
            Kind::Journal
        }
    }

    pub fn mark(self) -> &'static str {
        match self {
            Kind::Journal => "J",
            Kind::Newspaper => "N",
            Kind::Online => "EB/OL",
        }
    }
}

/// Where a document comes from, and its reference.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Citation {
    pub id: String,
    pub hospital: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub path: String,
    pub authors: Vec<String>,
    /// `J`, `N` or `EB/OL`.
    pub kind: Kind,
    /// A journal's volume, issue and first page, when its running header gives them.
    pub volume: Option<String>,
    pub issue: Option<String>,
    pub pages: Option<String>,
    /// The reference in the style of GB/T 7714-2015 (see [`Citation::gbt7714`]).
    pub reference: String,
}

/// 2012年第4期, 第23卷 and ・88・ in a journal's running header.
static ISSUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d{4})\s*年\s*第\s*(\d{1,3})\s*期").expect("valid"));
static VOLUME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"第\s*(\d{1,3})\s*卷").expect("valid"));
static PAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[・·•]\s*(\d{1,4})\s*[・·•]").expect("valid"));

impl Citation {
    /// Where `doc` comes from, with its reference.
    pub fn of(doc: &Document) -> Citation {
        let known = |field: &str| (!field.trim().is_empty()).then(|| field.trim().to_string());
        let kind = Kind::of(&doc.source);
        let mut citation = Citation {
            id: doc.id.clone(),
            hospital: known(&doc.hospital),
            title: known(&doc.title),
            source: known(&doc.source),
            date: known(&doc.date),
            path: doc.path.clone(),
            authors: doc.authors.iter().filter(|a| !a.trim().is_empty()).cloned().collect(),
            kind,
            ..Citation::default()
        };
        if kind == Kind::Journal {
            // The running header: in the notes the cleaning set aside, or still in the text.
            let header: String =
                doc.notes.iter().map(|n| n.text.as_str()).chain([doc.text.as_str()]).collect::<Vec<_>>().join("\n");
            let year = doc.date.get(..4).unwrap_or("");
            if let Some(found) = ISSUE.captures_iter(&header).find(|c| year.is_empty() || &c[1] == year) {
                citation.issue = Some(found[2].trim_start_matches('0').to_string());
                let after = &header[found.get(0).map_or(0, |m| m.end())..];
                let near: String = after.chars().take(12).collect();
                citation.volume = VOLUME.captures(&near).map(|c| c[1].to_string());
            }
            citation.pages = PAGE.captures(&header).map(|c| c[1].to_string());
        }
        citation.reference = citation.gbt7714();
        citation
    }

    /// The year of the date, when it has one.
    fn year(&self) -> Option<&str> {
        self.date.as_deref().and_then(|d| d.get(..4)).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
    }

    /// Who the reference names first: the authors, or the hospital when none is known.
    fn creators(&self) -> Vec<&str> {
        if self.authors.is_empty() {
            self.hospital.iter().map(String::as_str).collect()
        } else {
            self.authors.iter().map(String::as_str).collect()
        }
    }

    /// The reference in the style of GB/T 7714-2015: the authors (three at most, then
    /// 等; the hospital when no author is known), the title (the file's path when there
    /// is none) and its type, then by kind —
    /// `[J]. 刊名, 年, 卷(期): 页.`, `[N]. 报名, 日期.`, `[EB/OL]. 来源, (日期).`
    pub fn gbt7714(&self) -> String {
        let mut out = String::new();
        let creators = self.creators();
        if !creators.is_empty() {
            out.push_str(&creators[..creators.len().min(3)].join(", "));
            if creators.len() > 3 {
                out.push_str(", 等");
            }
            out.push_str(". ");
        }
        out.push_str(self.title.as_deref().unwrap_or(&self.path));
        out.push_str(&format!("[{}].", self.kind.mark()));
        match self.kind {
            Kind::Journal => {
                let mut tail = self.source.clone().unwrap_or_default();
                if let Some(year) = self.year() {
                    tail.push_str(&format!(", {year}"));
                }
                match (&self.volume, &self.issue) {
                    (Some(volume), Some(issue)) => tail.push_str(&format!(", {volume}({issue})")),
                    (None, Some(issue)) => tail.push_str(&format!(", ({issue})")),
                    _ => {}
                }
                if let Some(pages) = &self.pages {
                    tail.push_str(&format!(": {pages}"));
                }
                out.push_str(&format!(" {tail}."));
            }
            Kind::Newspaper => {
                let mut tail = self.source.clone().unwrap_or_default();
                if let Some(date) = &self.date {
                    tail.push_str(&format!(", {date}"));
                }
                out.push_str(&format!(" {tail}."));
            }
            Kind::Online => {
                let parts: Vec<String> =
                    self.source.iter().cloned().chain(self.date.iter().map(|d| format!("({d})"))).collect();
                if !parts.is_empty() {
                    out.push_str(&format!(" {}.", parts.join(", ")));
                }
            }
        }
        out
    }

    /// The reference as a BibTeX entry: `@article` for journals and newspapers,
    /// `@misc` for online documents; the key is `dangjian` and the document's id.
    pub fn bibtex(&self) -> String {
        let escape = |s: &str| s.replace(['{', '}'], "");
        let mut fields: Vec<(&str, String)> = Vec::new();
        let creators = self.creators();
        if !creators.is_empty() {
            fields.push(("author", creators.iter().map(|a| escape(a)).collect::<Vec<_>>().join(" and ")));
        }
        fields.push(("title", escape(self.title.as_deref().unwrap_or(&self.path))));
        let (entry, container) = match self.kind {
            Kind::Journal | Kind::Newspaper => ("article", "journal"),
            Kind::Online => ("misc", "howpublished"),
        };
        if let Some(source) = &self.source {
            fields.push((container, escape(source)));
        }
        if let Some(year) = self.year() {
            fields.push(("year", year.to_string()));
        }
        if let Some(date) = &self.date
            && date.len() > 4
        {
            fields.push(("date", date.clone()));
        }
        for (name, value) in [("volume", &self.volume), ("number", &self.issue), ("pages", &self.pages)] {
            if let Some(value) = value {
                fields.push((name, value.clone()));
            }
        }
        fields.push(("note", format!("{}; {}", self.kind.mark(), escape(&self.path))));
        let body: Vec<String> = fields.iter().map(|(k, v)| format!("  {k} = {{{v}}}")).collect();
        format!("@{entry}{{dangjian{},\n{}\n}}", self.id, body.join(",\n"))
    }

    /// The reference as an RIS record (`JOUR`, `NEWS` or `ELEC`), one tag a line.
    pub fn ris(&self) -> String {
        let mut lines = vec![format!(
            "TY  - {}",
            match self.kind {
                Kind::Journal => "JOUR",
                Kind::Newspaper => "NEWS",
                Kind::Online => "ELEC",
            }
        )];
        for creator in self.creators() {
            lines.push(format!("AU  - {creator}"));
        }
        lines.push(format!("TI  - {}", self.title.as_deref().unwrap_or(&self.path)));
        if let Some(source) = &self.source {
            lines.push(format!("T2  - {source}"));
        }
        if let Some(year) = self.year() {
            lines.push(format!("PY  - {year}"));
        }
        if let Some(date) = &self.date {
            lines.push(format!("DA  - {}", date.replace('-', "/")));
        }
        for (tag, value) in [("VL", &self.volume), ("IS", &self.issue), ("SP", &self.pages)] {
            if let Some(value) = value {
                lines.push(format!("{tag}  - {value}"));
            }
        }
        lines.push(format!("ID  - {}", self.id));
        lines.push(format!("N1  - {}", self.path));
        lines.push("ER  - ".to_string());
        lines.join("\n")
    }
}

impl std::fmt::Display for Citation {
    /// The citation line: hospital · title · source · date · path, as far as known.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<&str> = [&self.hospital, &self.title, &self.source, &self.date]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .chain([self.path.as_str()])
            .collect();
        f.write_str(&parts.join(" · "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::clean::{Note, NoteKind};

    #[test]
    fn a_reference_in_the_style_of_gbt_7714() {
        let doc = Document {
            id: "0123".into(),
            path: "a.txt".into(),
            title: "走心:谋篇布局".into(),
            source: "江苏卫生事业管理".into(),
            date: "2012".into(),
            authors: ["王璐", "李明", "张三", "赵四"].map(String::from).to_vec(),
            hospital: "南京市第二医院".into(),
            notes: vec![Note {
                kind: NoteKind::Header,
                text: "《江苏卫生事业管理》2012年第4期(第23卷总第128期) ・88・".into(),
            }],
            ..Document::default()
        };
        let journal = Citation::of(&doc);
        assert_eq!(journal.reference, "王璐, 李明, 张三, 等. 走心:谋篇布局[J]. 江苏卫生事业管理, 2012, 23(4): 88.");
        assert!(journal.bibtex().starts_with("@article{dangjian0123,\n  author = {王璐 and 李明 and 张三 and 赵四},"));
        assert!(journal.ris().contains("TY  - JOUR\n") && journal.ris().contains("IS  - 4\n"), "{}", journal.ris());

        let paper = Document { source: "健康报".into(), date: "2017-05-18".into(), notes: vec![], ..doc.clone() };
        assert_eq!(Citation::of(&paper).reference, "王璐, 李明, 张三, 等. 走心:谋篇布局[N]. 健康报, 2017-05-18.");
        let page = Document { authors: vec![], source: String::new(), date: "2017-06-01".into(), ..doc.clone() };
        assert_eq!(Citation::of(&page).reference, "南京市第二医院. 走心:谋篇布局[EB/OL]. (2017-06-01).");
        let bare = Document { path: "x/b.txt".into(), ..Document::default() };
        assert_eq!(Citation::of(&bare).reference, "x/b.txt[EB/OL].");
        assert!(Citation::of(&bare).bibtex().starts_with("@misc{"));
    }
}
