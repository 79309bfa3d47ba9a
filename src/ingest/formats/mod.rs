//! Document files — Word (`.docx`, `.doc`), WPS (`.wps`, in either of Word's layouts),
//! OpenDocument (`.odt`), PDF, RTF and web archives (`.mht`) — read into the same
//! [`Decoded`] text files become: body text in reading order, a paragraph a line, a
//! table row a line of `cell | cell`; headers, footers and footnotes as notes; the
//! file's own title, author and date as hints. What the file *is* is decided by its
//! bytes ([`container`]), not its name.
//!
//! Where each lives: [`xml`] walks the XML of Word and OpenDocument files (one walker,
//! two vocabularies), [`zipped`] opens their archives, [`word97`] reads the binary
//! layout of Word 97–2003 through its piece table, [`rtf`] and [`mhtml`] read those
//! text formats, and `ingest::pdf` reads PDF.

mod mhtml;
mod rtf;
mod word97;
mod xml;
mod zipped;

use super::decode::{Decoded, EncodingSource, Hints, Rejection, find};
use super::discover::Format;

/// The document format the bytes are, whatever the file is called: `None` for text
/// and HTML (and anything else `decode` reads as bytes).
pub fn container(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(b"PK\x03\x04") {
        return zipped::kind(bytes);
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Some(Format::Doc);
    }
    if find(&bytes[..bytes.len().min(1024)], b"%PDF-", 0).is_some() {
        return Some(Format::Pdf);
    }
    None
}

/// What a document reader gives.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    /// The body text: lines separated by `\n`.
    pub text: String,
    pub notes: Vec<String>,
    pub hints: Hints,
    pub warnings: Vec<String>,
    /// The encoding the text was stored in, as `Document::encoding` says it.
    pub encoding: &'static str,
}

/// Reads document bytes that are `kind`; `named` is the format the file's extension
/// gave (a `.wps` stays `wps`, in whichever layout it was saved).
pub fn read(bytes: &[u8], kind: Format, named: Format) -> Result<Decoded, Rejection> {
    let extracted = match kind {
        Format::Docx => zipped::docx(bytes)?,
        Format::Odt => zipped::odt(bytes)?,
        Format::Doc => word97::read(bytes)?,
        Format::Rtf => rtf::read(bytes)?,
        Format::Mhtml => return mhtml::read(bytes),
        Format::Pdf => pdf(bytes)?,
        Format::Text | Format::Html | Format::Wps => unreachable!("`container` names no {kind:?}"),
    };
    let format = if named == Format::Wps && matches!(kind, Format::Doc | Format::Docx) { named } else { kind };
    let text = extracted.text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    Ok(Decoded {
        text,
        encoding: extracted.encoding,
        source: EncodingSource::Declared,
        replaced_bytes: 0,
        format,
        warnings: extracted.warnings,
        notes: extracted.notes.iter().map(|n| n.trim()).filter(|n| !n.is_empty()).map(str::to_string).collect(),
        hints: extracted.hints,
    })
}

/// A PDF's text layer (see `ingest::pdf`). Characters its fonts do not map (U+FFFD)
/// count as a text decoding's replaced bytes do: over 1 %, the file is undecodable.
fn pdf(bytes: &[u8]) -> Result<Extracted, Rejection> {
    use crate::ingest::pdf::{self, PdfError};
    let read = pdf::text(bytes).map_err(|error| match error {
        PdfError::NoTextLayer { pages } => Rejection::NoTextLayer { pages },
        PdfError::Encrypted => Rejection::Encrypted { format: "pdf" },
        PdfError::Damaged(message) => Rejection::damaged("pdf", message),
    })?;
    let total = read.text.chars().filter(|c| !c.is_whitespace()).count();
    let unmapped = read.text.chars().filter(|&c| c == '\u{FFFD}').count();
    if unmapped > (total / 100).max(4) {
        return Err(Rejection::Undecodable { encoding: "the PDF's fonts", replaced: unmapped, total });
    }
    Ok(Extracted { text: read.text, warnings: read.warnings, encoding: "PDF", ..Extracted::default() })
}

/// A date as `YYYY-MM-DD` from the start of an ISO 8601 timestamp (`2023-05-14T08:00:00Z`).
fn iso_date(value: &str) -> String {
    let value = value.trim();
    let ok = value.len() >= 10
        && value.as_bytes()[..10]
            .iter()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if ok { value[..10].to_string() } else { String::new() }
}
