//! The zipped formats: Word 2007+ (`.docx`, and `.wps` saved in that layout) and
//! OpenDocument text. Each part is read with a size cap (a small archive can unpack to
//! gigabytes) and walked by [`super::xml`].

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::xml::{self, OPEN_DOCUMENT, WORD};
use super::{Extracted, iso_date};
use crate::ingest::decode::{Hints, MAX_FILE_BYTES, Rejection, find};
use crate::ingest::discover::Format;

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Which zipped format the bytes are: `None` for another ZIP archive (a spreadsheet,
/// a folder zipped), which `decode` then names for what it is.
pub fn kind(bytes: &[u8]) -> Option<Format> {
    let has = |needle: &[u8]| find(bytes, needle, 0).is_some();
    if has(b"word/document.xml") {
        Some(Format::Docx)
    } else if has(b"application/vnd.oasis.opendocument.text") && has(b"content.xml") {
        Some(Format::Odt)
    } else {
        None
    }
}

fn open<'a>(bytes: &'a [u8], format: &'static str) -> Result<Archive<'a>, Rejection> {
    ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Rejection::damaged(format, format!("the archive cannot be opened: {e}")))
}

/// A part of the archive, unpacked up to the file size limit; `None` when it is not
/// there or cannot be unpacked.
fn part(archive: &mut Archive, name: &str) -> Option<Vec<u8>> {
    let file = archive.by_name(name).ok()?;
    let mut out = Vec::new();
    file.take(MAX_FILE_BYTES).read_to_end(&mut out).ok()?;
    Some(out)
}

/// The parts whose names start with `prefix` and end with `.xml`, sorted.
fn parts_named(archive: &Archive, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> =
        archive.file_names().filter(|n| n.starts_with(prefix) && n.ends_with(".xml")).map(str::to_string).collect();
    names.sort();
    names
}

/// The body text of a part that must be there.
fn body(
    archive: &mut Archive,
    format: &'static str,
    name: &str,
    vocabulary: &xml::Vocabulary,
) -> Result<xml::Walked, Rejection> {
    let xml = part(archive, name)
        .ok_or_else(|| Rejection::damaged(format, format!("{name} is missing or cannot be unpacked")))?;
    xml::walk(&xml, vocabulary).map_err(|e| Rejection::damaged(format, format!("{name}: {e}")))
}

/// The lines of optional parts, as notes.
fn asides(archive: &mut Archive, names: &[String], vocabulary: &xml::Vocabulary) -> Vec<String> {
    let mut notes = Vec::new();
    for name in names {
        if let Some(walked) = part(archive, name).and_then(|xml| xml::walk(&xml, vocabulary).ok()) {
            notes.extend(walked.lines);
            notes.extend(walked.notes);
        }
    }
    notes
}

pub fn docx(bytes: &[u8]) -> Result<Extracted, Rejection> {
    let mut archive = open(bytes, "docx")?;
    let walked = body(&mut archive, "docx", "word/document.xml", &WORD)?;
    let mut margins: Vec<String> = parts_named(&archive, "word/header");
    margins.extend(parts_named(&archive, "word/footer"));
    margins.extend(["word/footnotes.xml".to_string(), "word/endnotes.xml".to_string()]);
    let notes = asides(&mut archive, &margins, &WORD);
    let core = part(&mut archive, "docProps/core.xml").unwrap_or_default();
    let hints = Hints {
        title: xml::property(&core, "title"),
        author: xml::property(&core, "creator"),
        created: iso_date(&xml::property(&core, "created")),
    };
    Ok(Extracted { text: walked.lines.join("\n"), notes, hints, warnings: Vec::new(), encoding: "UTF-8" })
}

pub fn odt(bytes: &[u8]) -> Result<Extracted, Rejection> {
    let mut archive = open(bytes, "odt")?;
    let walked = body(&mut archive, "odt", "content.xml", &OPEN_DOCUMENT)?;
    let mut notes = walked.notes;
    notes.extend(asides(&mut archive, &["styles.xml".to_string()], &OPEN_DOCUMENT));
    let meta = part(&mut archive, "meta.xml").unwrap_or_default();
    let author = match xml::property(&meta, "initial-creator") {
        author if author.is_empty() => xml::property(&meta, "creator"),
        author => author,
    };
    let hints = Hints {
        title: xml::property(&meta, "title"),
        author,
        created: iso_date(&xml::property(&meta, "creation-date")),
    };
    Ok(Extracted { text: walked.lines.join("\n"), notes, hints, warnings: Vec::new(), encoding: "UTF-8" })
}
