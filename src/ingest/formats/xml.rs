//! One walk over the XML of a word-processing document, for Word's and OpenDocument's
//! vocabularies alike: paragraphs become lines, table rows lines of `cell | cell`
//! (a cell's own paragraphs joined by spaces), tabs and line breaks what they are;
//! some elements are dropped with all they hold (a field's instruction, deleted text),
//! and some are set apart as notes (an OpenDocument footnote's body).

use quick_xml::Reader;
use quick_xml::events::Event;

/// The element names (local, without their prefix) a format uses for each thing.
pub struct Vocabulary {
    pub paragraph: &'static [&'static str],
    /// Elements whose text is text; `None`: all text inside a paragraph is.
    pub text: Option<&'static [&'static str]>,
    pub tab: &'static [&'static str],
    pub line_break: &'static [&'static str],
    pub row: &'static [&'static str],
    pub cell: &'static [&'static str],
    /// Dropped with everything in them.
    pub skip: &'static [&'static str],
    /// Set apart as notes, with everything in them.
    pub aside: &'static [&'static str],
    /// An element standing for spaces, and its count attribute (OpenDocument's
    /// `<text:s text:c="3"/>`).
    pub spaces: Option<(&'static str, &'static str)>,
}

/// Word's `document.xml`, headers, footers and footnotes.
pub const WORD: Vocabulary = Vocabulary {
    paragraph: &["p"],
    text: Some(&["t"]),
    tab: &["tab"],
    line_break: &["br", "cr"],
    row: &["tr"],
    cell: &["tc"],
    skip: &["instrText", "delText", "delInstrText", "footnoteReference", "endnoteReference"],
    aside: &[],
    spaces: None,
};

/// OpenDocument's `content.xml` and `styles.xml`.
pub const OPEN_DOCUMENT: Vocabulary = Vocabulary {
    paragraph: &["p", "h"],
    text: None,
    tab: &["tab"],
    line_break: &["line-break"],
    row: &["table-row"],
    cell: &["table-cell"],
    skip: &["note-citation", "tracked-changes", "annotation", "sequence-decls", "bookmark-ref"],
    aside: &["note-body"],
    spaces: Some(("s", "c")),
};

/// The text of the first element named `name` (local name) in `xml`: a property of a
/// document's metadata part (`dc:title`, `dcterms:created`).
pub fn property(xml: &[u8], name: &str) -> String {
    let mut reader = Reader::from_reader(xml);
    let (mut inside, mut out) = (false, String::new());
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if local(e.name().0) == name => inside = true,
            Ok(Event::End(e)) if inside && local(e.name().0) == name => {
                return out.trim().to_string();
            }
            Ok(Event::Text(e)) if inside => out.push_str(&e.xml10_content()),
            Ok(Event::Eof) | Err(_) => return out.trim().to_string(),
            _ => {}
        }
    }
}

/// The text of a document's XML: its lines, and the notes set apart.
#[derive(Debug, Default, PartialEq)]
pub struct Walked {
    pub lines: Vec<String>,
    pub notes: Vec<String>,
}

/// What is being written: the body, or an aside.
#[derive(Default)]
struct Sink {
    lines: Vec<String>,
    line: String,
    row: Option<Vec<String>>,
    cell: Option<String>,
}

impl Sink {
    fn push(&mut self, text: &str) {
        match &mut self.cell {
            Some(cell) => cell.push_str(text),
            None => self.line.push_str(text),
        }
    }

    fn end_paragraph(&mut self) {
        match &mut self.cell {
            Some(cell) if !cell.ends_with(' ') && !cell.is_empty() => cell.push(' '),
            Some(_) => {}
            None => {
                let line = std::mem::take(&mut self.line);
                if !line.trim().is_empty() {
                    self.lines.push(line.trim_end().to_string());
                }
            }
        }
    }

    fn end_cell(&mut self) {
        if let (Some(cell), Some(row)) = (self.cell.take(), &mut self.row) {
            row.push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    fn end_row(&mut self) {
        self.end_cell();
        if let Some(row) = self.row.take()
            && row.iter().any(|c| !c.is_empty())
        {
            self.end_paragraph();
            self.lines.push(row.join(" | "));
        }
    }

    fn finish(mut self) -> Vec<String> {
        self.end_row();
        self.end_paragraph();
        self.lines
    }
}

/// A name without its prefix.
fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// What an element is in a vocabulary.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Paragraph,
    Text,
    Tab,
    LineBreak,
    Row,
    Cell,
    Skip,
    Aside,
    Spaces,
    Other,
}

impl Vocabulary {
    fn role(&self, name: &str) -> Role {
        let is = |names: &[&str]| names.contains(&name);
        if is(self.skip) {
            Role::Skip
        } else if is(self.aside) {
            Role::Aside
        } else if is(self.row) {
            Role::Row
        } else if is(self.cell) {
            Role::Cell
        } else if is(self.paragraph) {
            Role::Paragraph
        } else if self.text.is_some_and(is) {
            Role::Text
        } else if is(self.tab) {
            Role::Tab
        } else if is(self.line_break) {
            Role::LineBreak
        } else if self.spaces.is_some_and(|(element, _)| element == name) {
            Role::Spaces
        } else {
            Role::Other
        }
    }
}

/// Walks `xml` in `vocabulary`. Malformed XML ends the walk where it breaks, keeping
/// what came before (a file cut short still gives its first pages).
pub fn walk(xml: &[u8], vocabulary: &Vocabulary) -> Result<Walked, String> {
    let mut reader = Reader::from_reader(xml);
    // End names unchecked: a mismatch changes nothing here, and the check compares
    // every closing tag.
    reader.config_mut().trim_text(false);
    reader.config_mut().check_end_names = false;
    let mut body = Sink::default();
    // The depth of the aside being read, if one is, and what it has so far.
    let (mut aside, mut aside_sink): (Option<usize>, Sink) = (None, Sink::default());
    let mut notes = Vec::new();
    // Depths: of skipped elements, of text elements, of paragraphs, of cells.
    let (mut skip, mut in_text, mut in_paragraph, mut cells) = (0usize, 0usize, 0usize, 0usize);
    let mut depth = 0usize;
    let mut error = None;
    loop {
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(e) => {
                error = Some(format!("malformed XML at byte {}: {e}", reader.buffer_position()));
                break;
            }
        };
        let sink = if aside.is_some() { &mut aside_sink } else { &mut body };
        match event {
            Event::Start(e) => {
                depth += 1;
                let role = vocabulary.role(local(e.name().0));
                if skip > 0 || role == Role::Skip {
                    skip += 1;
                } else if role == Role::Aside && aside.is_none() {
                    aside = Some(depth);
                } else if role == Role::Row && sink.row.is_none() {
                    sink.end_paragraph();
                    sink.row = Some(Vec::new());
                } else if role == Role::Cell {
                    cells += 1;
                    if cells == 1 {
                        sink.cell = Some(String::new());
                    }
                } else if role == Role::Paragraph {
                    in_paragraph += 1;
                } else if role == Role::Text {
                    in_text += 1;
                }
            }
            Event::End(e) => {
                let role = vocabulary.role(local(e.name().0));
                if skip > 0 {
                    skip -= 1;
                } else if aside == Some(depth) {
                    aside = None;
                    let note = std::mem::take(sink).finish().join("\n");
                    if !note.trim().is_empty() {
                        notes.push(note);
                    }
                } else if role == Role::Row {
                    sink.end_row();
                } else if role == Role::Cell {
                    cells = cells.saturating_sub(1);
                    if cells == 0 {
                        sink.end_cell();
                    }
                } else if role == Role::Paragraph {
                    in_paragraph = in_paragraph.saturating_sub(1);
                    sink.end_paragraph();
                } else if role == Role::Text {
                    in_text = in_text.saturating_sub(1);
                }
                depth = depth.saturating_sub(1);
            }
            Event::Empty(e) if skip == 0 => match vocabulary.role(local(e.name().0)) {
                Role::Tab => sink.push("\t"),
                Role::LineBreak if sink.cell.is_some() => sink.push(" "),
                Role::LineBreak | Role::Paragraph => sink.end_paragraph(),
                Role::Spaces => {
                    let count = vocabulary.spaces.map_or("", |(_, count)| count);
                    let n = e
                        .attributes()
                        .flatten()
                        .find(|a| local(a.key.0) == count)
                        .and_then(|a| a.value.trim().parse::<usize>().ok())
                        .unwrap_or(1);
                    sink.push(&" ".repeat(n.min(100)));
                }
                _ => {}
            },
            Event::Text(e) if skip == 0 && takes_text(vocabulary, in_text, in_paragraph, cells) => {
                sink.push(&e.xml10_content());
            }
            Event::CData(e) if skip == 0 && takes_text(vocabulary, in_text, in_paragraph, cells) => {
                sink.push(&e.xml10_content());
            }
            Event::GeneralRef(e) if skip == 0 && takes_text(vocabulary, in_text, in_paragraph, cells) => {
                let text = match e.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match e.as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        _ => String::new(),
                    },
                };
                sink.push(&text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if aside.is_some() {
        notes.push(aside_sink.finish().join("\n"));
    }
    let lines = body.finish();
    match error {
        Some(error) if lines.is_empty() => Err(error),
        _ => Ok(Walked { lines, notes }),
    }
}

/// Whether text here is the document's text.
fn takes_text(vocabulary: &Vocabulary, in_text: usize, in_paragraph: usize, cells: usize) -> bool {
    match vocabulary.text {
        Some(_) => in_text > 0,
        None => in_paragraph > 0 || cells > 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_paragraphs_tables_fields_and_breaks() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>全院共有党员</w:t></w:r><w:r><w:t xml:space="preserve">412人</w:t></w:r></w:p>
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE \* MERGEFORMAT</w:instrText></w:r>
                 <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>支部</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>党员</w:t></w:r></w:p><w:p><w:r><w:t>人数</w:t></w:r></w:p></w:tc></w:tr>
                   <w:tr><w:tc><w:p><w:r><w:t>内科</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>36</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t>开展</w:t><w:tab/><w:t>三会一课</w:t><w:br/><w:t>A&amp;B</w:t><w:delText>删去</w:delText></w:r></w:p>
        </w:body></w:document>"#;
        let walked = walk(xml.as_bytes(), &WORD).unwrap();
        assert_eq!(walked.lines, ["全院共有党员412人", "3", "支部 | 党员 人数", "内科 | 36", "开展\t三会一课", "A&B"]);
    }

    #[test]
    fn open_document_spaces_notes_and_headings() {
        let xml = r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="b"><office:body><office:text>
            <text:h>党建工作总结</text:h>
            <text:p>全院<text:s text:c="2"/>党员<text:span>412</text:span>人<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>截至年底的数字。</text:p></text:note-body></text:note>。</text:p>
            <table:table><table:table-row><table:table-cell><text:p>党支部</text:p></table:table-cell><table:table-cell><text:p>34个</text:p></table:table-cell></table:table-row></table:table>
        </office:text></office:body></office:document-content>"#;
        let walked = walk(xml.as_bytes(), &OPEN_DOCUMENT).unwrap();
        assert_eq!(walked.lines, ["党建工作总结", "全院  党员412人。", "党支部 | 34个"]);
        assert_eq!(walked.notes, ["截至年底的数字。"]);
    }

    #[test]
    fn xml_cut_short_keeps_what_came_before() {
        let xml = "<w:document><w:body><w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t>第二";
        assert_eq!(walk(xml.as_bytes(), &WORD).unwrap().lines, ["第一段", "第二"]);
    }
}
