//! RTF: a text format of control words. The text is what is left outside the groups
//! that hold no text (font and colour tables, style sheets, pictures, `\*` groups);
//! `\'hh` bytes are decoded in the document's code page (`\ansicpg936` is GBK, 950 Big5
//! …, or the font's `\fcharset`) — consecutive ones together, as the two bytes of a GBK
//! character are; `\uN` is a character, followed by `\ucN` fallback characters that are
//! skipped. `\par` and `\line` end lines, `\cell` and `\row` make `cell | cell` lines;
//! headers, footers and footnotes become notes, `\info`'s title and author hints,
//! fields keep their result (`\fldrslt`), not their instruction.

use encoding_rs::Encoding;

use super::Extracted;
use crate::ingest::decode::{Hints, Rejection};

/// Where the text of the current group goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Target {
    Body,
    Note,
    Title,
    Author,
    Skip,
}

#[derive(Clone, Copy, Debug)]
struct Group {
    target: Target,
    /// Fallback characters after `\uN` in this group.
    uc: usize,
    encoding: &'static Encoding,
}

/// Destinations whose text is not text.
const SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "listtable",
    "listoverridetable",
    "pict",
    "object",
    "fldinst",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "mmathPr",
    "pgdsctbl",
    "revtbl",
    "bkmkstart",
    "bkmkend",
    "filetbl",
    "operator",
    "company",
    "keywords",
    "doccomm",
    "subject",
    "category",
    "comment",
    "creatim",
    "revtim",
    "printim",
    "buptim",
];

/// Destinations set apart as notes.
const NOTES: &[&str] =
    &["header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote"];

/// The encoding a Windows code page number names.
fn code_page(n: i32) -> Option<&'static Encoding> {
    Some(match n {
        936 => encoding_rs::GBK,
        54936 => encoding_rs::GB18030,
        950 => encoding_rs::BIG5,
        932 => encoding_rs::SHIFT_JIS,
        949 => encoding_rs::EUC_KR,
        1250 => encoding_rs::WINDOWS_1250,
        1251 => encoding_rs::WINDOWS_1251,
        1252 => encoding_rs::WINDOWS_1252,
        65001 => encoding_rs::UTF_8,
        _ => return None,
    })
}

/// The encoding of a font's `\fcharsetN`.
fn charset(n: i32) -> Option<&'static Encoding> {
    code_page(match n {
        134 => 936,
        136 => 950,
        128 => 932,
        129 => 949,
        0 => 1252,
        _ => return None,
    })
}

pub fn read(bytes: &[u8]) -> Result<Extracted, Rejection> {
    if !bytes.trim_ascii_start().starts_with(b"{\\rtf") {
        return Err(Rejection::damaged("rtf", "it does not start with {\\rtf"));
    }
    let mut out = Extracted { encoding: "RTF", ..Extracted::default() };
    let (mut body, mut note, mut title, mut author) = (String::new(), String::new(), String::new(), String::new());
    let mut stack: Vec<Group> = Vec::new();
    let mut group = Group { target: Target::Body, uc: 1, encoding: encoding_rs::WINDOWS_1252 };
    // Fonts' encodings, from the font table (`\fN` … `\fcharsetN`).
    let mut fonts: std::collections::HashMap<i32, &'static Encoding> = std::collections::HashMap::new();
    let mut font_being_defined: Option<i32> = None;
    let mut pending: Vec<u8> = Vec::new();
    let mut skip_fallback = 0usize;
    // Whether the group just opened, so that its first control word can name it.
    let mut fresh = false;
    let mut ignorable = false;
    let mut i = 0;

    fn sink<'a>(
        target: Target,
        body: &'a mut String,
        note: &'a mut String,
        title: &'a mut String,
        author: &'a mut String,
    ) -> Option<&'a mut String> {
        match target {
            Target::Body => Some(body),
            Target::Note => Some(note),
            Target::Title => Some(title),
            Target::Author => Some(author),
            Target::Skip => None,
        }
    }
    macro_rules! flush {
        () => {
            if !pending.is_empty() {
                let text = group.encoding.decode_without_bom_handling(&pending).0.into_owned();
                pending.clear();
                if let Some(s) = sink(group.target, &mut body, &mut note, &mut title, &mut author) {
                    s.push_str(&text);
                }
            }
        };
    }
    macro_rules! emit {
        ($text:expr) => {{
            flush!();
            if let Some(s) = sink(group.target, &mut body, &mut note, &mut title, &mut author) {
                s.push_str($text);
            }
        }};
    }

    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'{' => {
                flush!();
                stack.push(group);
                fresh = true;
                ignorable = false;
                i += 1;
                continue;
            }
            b'}' => {
                flush!();
                if group.target == Target::Note && stack.last().is_some_and(|g| g.target != Target::Note) {
                    let text = std::mem::take(&mut note);
                    out.notes.extend(text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string));
                }
                group = stack.pop().unwrap_or(group);
                font_being_defined = None;
                fresh = false;
                i += 1;
                continue;
            }
            b'\\' => {
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                if next == b'\'' {
                    let hex = bytes.get(i + 2..i + 4).and_then(|h| std::str::from_utf8(h).ok());
                    if let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                        if skip_fallback > 0 {
                            skip_fallback -= 1;
                        } else {
                            pending.push(byte);
                        }
                    }
                    i += 4;
                    fresh = false;
                    continue;
                }
                if !next.is_ascii_alphabetic() {
                    // A control symbol.
                    match next {
                        b'*' => ignorable = true,
                        b'~' => emit!("\u{a0}"),
                        b'_' => emit!("-"),
                        b'\\' | b'{' | b'}' => emit!(&char::from(next).to_string()),
                        b'\n' | b'\r' => emit!("\n"),
                        _ => {}
                    }
                    i += 2;
                    continue;
                }
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
                    j += 1;
                }
                let word = std::str::from_utf8(&bytes[start..j]).unwrap_or("");
                let mut k = j;
                if k < bytes.len() && bytes[k] == b'-' {
                    k += 1;
                }
                while k < bytes.len() && bytes[k].is_ascii_digit() {
                    k += 1;
                }
                let param: Option<i32> = std::str::from_utf8(&bytes[j..k]).ok().and_then(|p| p.parse().ok());
                if k < bytes.len() && bytes[k] == b' ' {
                    k += 1;
                }
                i = k;
                let first = std::mem::replace(&mut fresh, false);
                if first && NOTES.contains(&word) && group.target != Target::Skip {
                    flush!();
                    group.target = Target::Note;
                    continue;
                }
                if first && (ignorable || SKIPPED.contains(&word)) && word != "fonttbl" {
                    flush!();
                    group.target = Target::Skip;
                    continue;
                }
                if word == "fonttbl" {
                    flush!();
                    group.target = Target::Skip;
                    continue;
                }
                match word {
                    "title" if first => {
                        flush!();
                        group.target = Target::Title;
                    }
                    "author" if first => {
                        flush!();
                        group.target = Target::Author;
                    }
                    "info" => {
                        flush!();
                        group.target = Target::Skip;
                    }
                    "ansicpg" => {
                        if let Some(e) = param.and_then(code_page) {
                            group.encoding = e;
                        }
                    }
                    "f" => {
                        if group.target == Target::Skip {
                            font_being_defined = param;
                        } else if let Some(e) = param.and_then(|n| fonts.get(&n)) {
                            flush!();
                            group.encoding = e;
                        }
                    }
                    "fcharset" => {
                        if let (Some(font), Some(e)) = (font_being_defined, param.and_then(charset)) {
                            fonts.insert(font, e);
                        }
                    }
                    "deff" | "plain" => {}
                    "uc" => group.uc = param.unwrap_or(1).max(0) as usize,
                    "u" => {
                        if let Some(n) = param {
                            let code = if n < 0 { (n + 65536) as u32 } else { n as u32 };
                            emit!(&char::from_u32(code).map(String::from).unwrap_or_default());
                            skip_fallback = group.uc;
                        }
                    }
                    "par" | "line" | "sect" | "page" => emit!("\n"),
                    "tab" => emit!("\t"),
                    "cell" => emit!(" | "),
                    "row" => emit!("\n"),
                    "emdash" => emit!("—"),
                    "endash" => emit!("–"),
                    "lquote" => emit!("‘"),
                    "rquote" => emit!("’"),
                    "ldblquote" => emit!("“"),
                    "rdblquote" => emit!("”"),
                    "bullet" => emit!("•"),
                    _ => {}
                }
                continue;
            }
            b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        fresh = false;
        if skip_fallback > 0 {
            skip_fallback -= 1;
            i += 1;
            continue;
        }
        if b.is_ascii() {
            flush!();
            if let Some(s) = sink(group.target, &mut body, &mut note, &mut title, &mut author) {
                s.push(char::from(b));
            }
        } else {
            pending.push(b);
        }
        i += 1;
    }
    flush!();
    // Each table row's last cell mark leaves a separator before the line's end.
    out.text = body.lines().map(|l| l.trim_end().trim_end_matches('|').trim_end()).collect::<Vec<_>>().join("\n");
    out.hints = Hints { title: title.trim().to_string(), author: author.trim().to_string(), created: String::new() };
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_page_bytes_unicode_escapes_tables_and_notes() {
        let gbk = |s: &str| encoding_rs::GBK.encode(s).0.iter().map(|b| format!("\\'{b:02x}")).collect::<String>();
        let rtf = format!(
            "{{\\rtf1\\ansi\\ansicpg936\\deff0{{\\fonttbl{{\\f0\\fnil\\fcharset134 SimSun;}}}}\
             {{\\info{{\\title {}}}{{\\author {}}}}}\
             {{\\header {} \\par}}\
             \\f0 {}412{}\\par\
             \\u24320?\\u23637?\\u19977?\\u20250?\\u19968?\\u35838?\\par\
             {}\\cell 36\\cell\\row\
             {{\\field{{\\*\\fldinst PAGE}}{{\\fldrslt 3}}}}\\par}}",
            gbk("党建总结"),
            gbk("党办"),
            gbk("第一页"),
            gbk("全院共有党员"),
            gbk("人"),
            gbk("内科"),
        );
        let out = read(rtf.as_bytes()).unwrap();
        assert_eq!(out.text, "全院共有党员412人\n开展三会一课\n内科 | 36\n3");
        assert_eq!(out.notes, ["第一页"]);
        assert_eq!((out.hints.title.as_str(), out.hints.author.as_str()), ("党建总结", "党办"));
    }

    #[test]
    fn what_is_not_rtf_is_damaged() {
        assert_eq!(read(b"plain text").unwrap_err().code(), "damaged");
        assert!(read(b"{\\rtf1 {{{{ \\'zz \\u").is_ok());
    }
}
