//! Word 97–2003 files (`.doc`, and `.wps` saved in the same layout): an OLE compound
//! file whose `WordDocument` stream holds the text in pieces, listed by the piece table
//! (the `Clx` in the `0Table` or `1Table` stream). Each piece is either 8-bit
//! ("compressed", Windows-1252) or UTF-16LE; the pieces in character order are the
//! main text, then the footnotes, then the headers and footers. Special characters
//! are turned into text: paragraph and cell marks into lines and `cell | cell`,
//! fields into their results (the instructions between 0x13 and 0x14 dropped).

use std::io::{Cursor, Read};

use super::Extracted;
use crate::ingest::decode::Rejection;

fn damaged(message: impl std::fmt::Display) -> Rejection {
    Rejection::damaged("doc", message)
}

fn u16_at(bytes: &[u8], at: usize) -> Result<u16, Rejection> {
    bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]])).ok_or_else(|| damaged("the file is cut short"))
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32, Rejection> {
    bytes
        .get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| damaged("the file is cut short"))
}

fn stream(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str) -> Option<Vec<u8>> {
    let mut stream = file.open_stream(name).ok()?;
    let mut out = Vec::new();
    stream.read_to_end(&mut out).ok()?;
    Some(out)
}

pub fn read(bytes: &[u8]) -> Result<Extracted, Rejection> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes))
        .map_err(|e| damaged(format!("not a readable compound file: {e}")))?;
    if file.exists("/EncryptedPackage") {
        return Err(Rejection::Encrypted { format: "docx" });
    }
    let Some(word) = stream(&mut file, "/WordDocument") else {
        let what =
            if file.exists("/Workbook") || file.exists("/Book") { "an Excel workbook" } else { "not a Word file" };
        return Err(damaged(format!("no WordDocument stream: {what}")));
    };
    if u16_at(&word, 0)? != 0xA5EC {
        return Err(damaged("the WordDocument stream does not start as Word's does"));
    }
    let flags = u16_at(&word, 0x0A)?;
    if flags & 0x0100 != 0 {
        return Err(Rejection::Encrypted { format: "doc" });
    }
    let table_name = if flags & 0x0200 != 0 { "/1Table" } else { "/0Table" };
    let table = stream(&mut file, table_name).ok_or_else(|| damaged(format!("no {} stream", &table_name[1..])))?;

    // The FIB: a fixed base, then arrays whose lengths it gives.
    let csw = usize::from(u16_at(&word, 32)?);
    let lw = 34 + csw * 2 + 2;
    let cslw = usize::from(u16_at(&word, 34 + csw * 2)?);
    let ccp = |i: usize| u32_at(&word, lw + i * 4).map(|v| v as usize);
    let (ccp_text, ccp_ftn, ccp_hdd) = (ccp(3)?, ccp(4)?, ccp(5)?);
    let blob = lw + cslw * 4 + 2;
    let fc_clx = u32_at(&word, blob + 66 * 4)? as usize;
    let lcb_clx = u32_at(&word, blob + 67 * 4)? as usize;
    let clx =
        table.get(fc_clx..fc_clx.saturating_add(lcb_clx)).ok_or_else(|| damaged("the piece table is out of bounds"))?;

    let chars = pieces(clx, &word)?;
    let part = |from: usize, len: usize| -> String {
        chars.get(from.min(chars.len())..(from + len).min(chars.len())).map(|c| c.iter().collect()).unwrap_or_default()
    };
    let text = plain(&part(0, ccp_text));
    let mut notes: Vec<String> = Vec::new();
    for aside in [part(ccp_text, ccp_ftn), part(ccp_text + ccp_ftn, ccp_hdd)] {
        notes.extend(plain(&aside).lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string));
    }
    let encoding = if chars.iter().any(|c| !c.is_ascii()) { "UTF-16LE" } else { "windows-1252" };
    Ok(Extracted { text, notes, encoding, ..Extracted::default() })
}

/// The characters of every piece, in character order.
fn pieces(clx: &[u8], word: &[u8]) -> Result<Vec<char>, Rejection> {
    let mut at = 0;
    // Property runs (Prc) come first, then the piece table (Pcdt).
    while clx.get(at) == Some(&0x01) {
        at += 3 + usize::from(u16_at(clx, at + 1)?);
    }
    if clx.get(at) != Some(&0x02) {
        return Err(damaged("no piece table"));
    }
    let lcb = u32_at(clx, at + 1)? as usize;
    let plc = clx.get(at + 5..at + 5 + lcb).ok_or_else(|| damaged("the piece table is cut short"))?;
    if plc.len() < 4 || (plc.len() - 4) % 12 != 0 {
        return Err(damaged("the piece table has a wrong length"));
    }
    let n = (plc.len() - 4) / 12;
    let mut out = Vec::new();
    for i in 0..n {
        let (cp0, cp1) = (u32_at(plc, i * 4)? as usize, u32_at(plc, (i + 1) * 4)? as usize);
        let count = cp1.saturating_sub(cp0).min(word.len());
        let raw = u32_at(plc, (n + 1) * 4 + i * 8 + 2)?;
        let fc = (raw & 0x3FFF_FFFF) as usize;
        if raw & 0x4000_0000 != 0 {
            let bytes = word.get(fc / 2..fc / 2 + count).ok_or_else(|| damaged("a piece is out of bounds"))?;
            out.extend(encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.chars());
        } else {
            let bytes = word.get(fc..fc + count * 2).ok_or_else(|| damaged("a piece is out of bounds"))?;
            let units = bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]]));
            out.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')));
        }
    }
    Ok(out)
}

/// Word's special characters made text: 0x0D ends a paragraph, 0x07 a cell (two in a
/// row end a table row), 0x0B is a line break, 0x0C a page break; a field (0x13
/// instruction 0x14 result 0x15) keeps its result; marks for pictures, notes and
/// other anchored objects are dropped.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // One entry per open field: whether its instruction part is still being read.
    let mut fields: Vec<bool> = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{13}' => fields.push(true),
            '\u{14}' => {
                if let Some(instruction) = fields.last_mut() {
                    *instruction = false;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if fields.iter().any(|&instruction| instruction) => {}
            '\u{07}' if chars.peek() == Some(&'\u{07}') => {
                chars.next();
                out.push('\n');
            }
            '\u{07}' => out.push_str(" | "),
            '\r' | '\u{0B}' | '\u{0C}' => out.push('\n'),
            '\u{1E}' => out.push('-'),
            '\u{A0}' => out.push(' '),
            '\t' => out.push('\t'),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_become_lines_cells_and_field_results() {
        let text = "全院共有党员412人\r\u{13} PAGE \\* MERGEFORMAT \u{14}3\u{15}\r支部\u{07}党员\u{07}\u{07}内科\u{07}36\u{07}\u{07}\u{01}开展三会一课\r";
        assert_eq!(plain(text), "全院共有党员412人\n3\n支部 | 党员\n内科 | 36\n开展三会一课\n");
    }

    #[test]
    fn bytes_that_are_not_a_compound_file_or_are_cut_short_are_damaged() {
        assert_eq!(read(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and then nothing").unwrap_err().code(), "damaged");
        assert_eq!(read(b"").unwrap_err().code(), "damaged");
    }
}
