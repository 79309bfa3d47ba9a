//! Fonts: how the bytes of a shown string become characters and advances.
//!
//! A font's character codes are split by its encoding (one byte for simple fonts; for
//! Type0 fonts two bytes, or what the predefined CMap's code space says) and each code
//! is turned into text in this order: the font's `/ToUnicode` map; for a predefined
//! Unicode CMap (UniGB-UCS2-H, UniCNS-UTF16-H, …) the code itself, which *is* the
//! UCS-2 or UTF-16 code unit; for the GBK, GB2312 and Big5 CMaps the code read in that
//! encoding; for a simple font its `/Encoding` as lopdf reads it. A code none of these
//! explain (an `Identity-H` font with no `/ToUnicode`, which would need Adobe's CID
//! tables) becomes U+FFFD and is counted, so the caller can warn.
//!
//! Widths come from `/Widths` or `/W`; where the CID is unknown (a predefined CMap)
//! a full-width character is taken as 1 em and anything else as half of one, which is
//! all the layout needs.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use encoding_rs::{BIG5, Encoding as Charset, GB18030, GBK};
use lopdf::{Dictionary, Document, Object};

/// Decompressed streams a font may pull in (its ToUnicode map) are bounded to this.
const MAX_CMAP_BYTES: usize = 8 * 1024 * 1024;
/// Codes a font's maps and width arrays may define: every two-byte code four times
/// over. A damaged map claiming more (ranges of billions of codes) is cut off here.
const MAX_CODES: usize = 4 * 65_536;

/// How a Type0 font's character codes map to Unicode when it has no ToUnicode map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Predefined {
    /// `Uni*-UCS2-*`: two-byte codes that are UCS-2 code points.
    Ucs2,
    /// `Uni*-UTF16-*`: UTF-16BE, two or four bytes.
    Utf16,
    /// A legacy multi-byte charset (GBK-EUC-H, GB-EUC-H, GBK2K-H, ETen-B5-H, …).
    Charset(&'static Charset),
    /// `Identity-H`/`-V` or an embedded CMap: the codes are CIDs, two bytes.
    Identity,
}

impl Predefined {
    fn from_name(name: &[u8]) -> Option<Predefined> {
        let name = std::str::from_utf8(name).ok()?;
        let base = name.trim_end_matches("-H").trim_end_matches("-V");
        Some(if base.starts_with("Uni") && base.ends_with("-UCS2") {
            Predefined::Ucs2
        } else if base.starts_with("Uni") && base.ends_with("-UTF16") {
            Predefined::Utf16
        } else if matches!(base, "GBK-EUC" | "GB-EUC" | "GBpc-EUC" | "GBK") {
            Predefined::Charset(GBK)
        } else if base == "GBK2K" {
            Predefined::Charset(GB18030)
        } else if matches!(base, "ETen-B5" | "B5pc" | "HKscs-B5" | "ETenms-B5" | "B5") {
            Predefined::Charset(BIG5)
        } else if base == "Identity" {
            Predefined::Identity
        } else {
            return None;
        })
    }

    /// The length of the code that starts `bytes`.
    fn code_len(self, bytes: &[u8]) -> usize {
        let first = bytes[0];
        let len = match self {
            Predefined::Ucs2 | Predefined::Identity => 2,
            Predefined::Utf16 => {
                if (0xD8..=0xDB).contains(&first) {
                    4
                } else {
                    2
                }
            }
            Predefined::Charset(charset) => {
                if first < 0x81 || first == 0xFF {
                    1
                } else if charset == GB18030 && bytes.get(1).is_some_and(|b| b.is_ascii_digit()) {
                    4
                } else {
                    2
                }
            }
        };
        len.min(bytes.len())
    }

    fn decode(self, code: &[u8], out: &mut String) -> bool {
        match self {
            Predefined::Ucs2 | Predefined::Utf16 => {
                let units: Vec<u16> =
                    code.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
                let before = out.len();
                out.extend(char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)));
                out.len() > before
            }
            Predefined::Charset(charset) => {
                let (text, had_errors) = charset.decode_without_bom_handling(code);
                out.push_str(&text);
                !had_errors
            }
            Predefined::Identity => false,
        }
    }
}

/// A ToUnicode map (or the code space of any CMap): codes of one to four bytes.
#[derive(Debug, Default)]
pub(super) struct CMap {
    /// Code space ranges: (length in bytes, low, high).
    space: Vec<(usize, u32, u32)>,
    /// By code length and code (`len << 32 | code`).
    map: CodeMap<String>,
}

impl CMap {
    /// Reads the `begincodespacerange`, `beginbfchar` and `beginbfrange` sections of a
    /// CMap program; anything else in it is skipped.
    pub(super) fn parse(program: &[u8]) -> CMap {
        let tokens = tokenize(program);
        let mut cmap = CMap { space: Vec::new(), map: CodeMap::default() };
        let mut budget = MAX_CODES;
        let mut i = 0;
        while i < tokens.len() && budget > 0 {
            match &tokens[i] {
                Token::Keyword(b"begincodespacerange") => {
                    i += 1;
                    while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) = (tokens.get(i), tokens.get(i + 1)) {
                        if (1..=4).contains(&lo.len()) {
                            cmap.space.push((lo.len(), be(lo), be(hi)));
                        }
                        i += 2;
                    }
                }
                Token::Keyword(b"beginbfchar") => {
                    i += 1;
                    while let (Some(Token::Hex(src)), Some(dst)) = (tokens.get(i), tokens.get(i + 1)) {
                        budget = budget.saturating_sub(1);
                        if let Some(text) = dst.text() {
                            cmap.insert(src, be(src), text);
                        }
                        i += 2;
                    }
                }
                Token::Keyword(b"beginbfrange") => {
                    i += 1;
                    while let (Some(Token::Hex(lo)), Some(Token::Hex(hi)), Some(dst)) =
                        (tokens.get(i), tokens.get(i + 1), tokens.get(i + 2))
                    {
                        let (first, last) = (be(lo), be(hi));
                        let count = last.saturating_sub(first).min(0xFFFF).min(budget as u32);
                        budget = budget.saturating_sub(count as usize + 1);
                        match dst {
                            Token::Hex(start) => {
                                for n in 0..=count {
                                    if let Some(text) = utf16_plus(start, n) {
                                        cmap.insert(lo, first.saturating_add(n), text);
                                    }
                                }
                                i += 3;
                            }
                            Token::ArrayStart => {
                                let mut n = 0;
                                i += 3;
                                while let Some(token) = tokens.get(i) {
                                    i += 1;
                                    match token {
                                        Token::ArrayEnd => break,
                                        token => {
                                            if let Some(text) = token.text()
                                                && n <= count
                                            {
                                                cmap.insert(lo, first.saturating_add(n), text);
                                            }
                                            n += 1;
                                        }
                                    }
                                }
                            }
                            _ => i += 3,
                        }
                    }
                }
                _ => i += 1,
            }
        }
        cmap
    }

    fn insert(&mut self, src: &[u8], code: u32, text: String) {
        self.map.insert((src.len().clamp(1, 4) as u64) << 32 | code as u64, text);
    }

    /// The length of the code at the start of `bytes` by the code space, if one
    /// range holds it.
    fn code_len(&self, bytes: &[u8]) -> Option<usize> {
        self.space
            .iter()
            .find(|&&(len, lo, hi)| bytes.len() >= len && (lo..=hi).contains(&be(&bytes[..len])))
            .map(|&(len, _, _)| len)
    }

    fn get(&self, code: &[u8]) -> Option<&str> {
        self.map.get(&((code.len() as u64) << 32 | be(code) as u64)).map(String::as_str)
    }
}

/// A font as the text walk needs it.
pub(super) struct Font {
    /// Type0 (composite) font: multi-byte codes, `/W` widths by CID.
    composite: bool,
    predefined: Option<Predefined>,
    to_unicode: Option<CMap>,
    /// For simple fonts without a ToUnicode map: each byte's text by their `/Encoding`
    /// as lopdf reads it (standard encodings and `/Differences`).
    simple: Option<Vec<Option<String>>>,
    /// Widths in thousandths of an em: simple fonts by code, Type0 fonts by CID.
    widths: CodeMap<f32>,
    default_width: f32,
    /// Scale from glyph space to text space (`/FontMatrix` of a Type3 font, else 1/1000).
    scale: f32,
    /// Codes that had no Unicode value.
    pub unmapped: usize,
}

/// One character code of a shown string.
pub(super) struct Glyph {
    /// Advance in text space units per unit of font size.
    pub advance: f32,
    /// A single-byte code 32, to which word spacing applies.
    pub is_space: bool,
}

impl Font {
    pub fn load(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = dict.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
        let composite = subtype == b"Type0";
        let to_unicode = stream_bytes(doc, dict.get(b"ToUnicode").ok()).map(|bytes| CMap::parse(&bytes));
        let mut font = Font {
            composite,
            predefined: None,
            to_unicode,
            simple: None,
            widths: CodeMap::default(),
            default_width: if composite { 1000.0 } else { 0.0 },
            scale: 0.001,
            unmapped: 0,
        };
        if composite {
            font.predefined = match deref(doc, dict.get(b"Encoding").ok()) {
                Some(Object::Name(name)) => Predefined::from_name(name),
                _ => Some(Predefined::Identity),
            };
            let descendant = deref(doc, dict.get(b"DescendantFonts").ok())
                .and_then(|o| o.as_array().ok())
                .and_then(|a| deref(doc, a.first()))
                .and_then(|o| o.as_dict().ok());
            if let Some(cid_font) = descendant {
                if let Some(dw) = deref(doc, cid_font.get(b"DW").ok()).and_then(|o| o.as_float().ok()) {
                    font.default_width = dw;
                }
                if let Some(Object::Array(w)) = deref(doc, cid_font.get(b"W").ok()) {
                    font.read_cid_widths(doc, w);
                }
            }
        } else {
            let first = deref(doc, dict.get(b"FirstChar").ok()).and_then(|o| o.as_i64().ok()).unwrap_or(0);
            if let Some(Object::Array(widths)) = deref(doc, dict.get(b"Widths").ok()) {
                for (i, w) in widths.iter().enumerate().take(256) {
                    if let Some(w) = deref(doc, Some(w)).and_then(|o| o.as_float().ok()) {
                        font.widths.insert(first.saturating_add(i as i64).clamp(0, 255) as u64, w);
                    }
                }
            }
            if let Some(Object::Array(m)) = deref(doc, dict.get(b"FontMatrix").ok())
                && let Some(a) = m.first().and_then(|o| o.as_float().ok())
            {
                font.scale = a;
            }
            if font.to_unicode.is_none()
                && let Ok(encoding) = dict.get_font_encoding(doc)
            {
                let text =
                    |b: u8| encoding.bytes_to_string(&[b]).ok().filter(|t| !t.is_empty() && !t.contains('\u{FFFD}'));
                font.simple = Some((0..=255).map(text).collect());
            }
        }
        font
    }

    fn read_cid_widths(&mut self, doc: &Document, w: &[Object]) {
        let mut i = 0;
        let mut budget = MAX_CODES;
        let num = |o: Option<&Object>| deref(doc, o).and_then(|o| o.as_float().ok());
        while i < w.len() && budget > 0 {
            let Some(first) = num(w.get(i)) else { break };
            let first = first as u32;
            match deref(doc, w.get(i + 1)) {
                Some(Object::Array(list)) => {
                    for (n, width) in list.iter().take(budget).enumerate() {
                        if let Some(width) = num(Some(width)) {
                            self.widths.insert(first.saturating_add(n as u32) as u64, width);
                        }
                    }
                    budget = budget.saturating_sub(list.len());
                    i += 2;
                }
                Some(_) => {
                    let (Some(last), Some(width)) = (num(w.get(i + 1)), num(w.get(i + 2))) else { break };
                    let count = (last as u32).saturating_sub(first).min(budget as u32);
                    for n in 0..=count {
                        self.widths.insert(first.saturating_add(n) as u64, width);
                    }
                    budget = budget.saturating_sub(count as usize + 1);
                    i += 3;
                }
                None => break,
            }
        }
    }

    /// Splits `bytes` into codes, appends each code's text to `out` and calls `each`
    /// with the code's glyph and the byte range of `out` it wrote.
    pub fn decode(&mut self, bytes: &[u8], out: &mut String, mut each: impl FnMut(Glyph, std::ops::Range<usize>)) {
        let mut rest = bytes;
        while !rest.is_empty() {
            let len = self.code_len(rest);
            let (code, tail) = rest.split_at(len);
            rest = tail;
            let start = out.len();
            let mapped = self.to_unicode.as_ref().and_then(|m| m.get(code)).map(|t| out.push_str(t)).is_some()
                || self.predefined.is_some_and(|p| p.decode(code, out))
                || (!self.composite && self.decode_simple(code[0], out));
            if !mapped {
                out.truncate(start);
                out.push(char::REPLACEMENT_CHARACTER);
                self.unmapped += 1;
            }
            let width = self.width(code, &out[start..]);
            each(Glyph { advance: width * self.scale, is_space: len == 1 && code[0] == b' ' }, start..out.len());
        }
    }

    fn code_len(&self, bytes: &[u8]) -> usize {
        if !self.composite {
            return 1;
        }
        match self.predefined {
            Some(p @ (Predefined::Ucs2 | Predefined::Utf16 | Predefined::Charset(_))) => p.code_len(bytes),
            _ => self.to_unicode.as_ref().and_then(|m| m.code_len(bytes)).unwrap_or(2).min(bytes.len()),
        }
    }

    fn decode_simple(&self, code: u8, out: &mut String) -> bool {
        match &self.simple {
            Some(table) => match &table[code as usize] {
                Some(text) => {
                    out.push_str(text);
                    true
                }
                None => false,
            },
            // No encoding worth the name: Latin-1 keeps ASCII right.
            None => {
                out.push(code as char);
                code >= 0x20
            }
        }
    }

    fn width(&self, code: &[u8], text: &str) -> f32 {
        let key = be(code) as u64;
        if !self.composite {
            return self.widths.get(&key).copied().unwrap_or(self.default_width);
        }
        match self.predefined {
            Some(Predefined::Identity) | None => self.widths.get(&key).copied().unwrap_or(self.default_width),
            // The CID is not known without Adobe's tables: full-width characters take a
            // whole em, others half.
            Some(_) => {
                if text.chars().next().is_some_and(is_wide) {
                    1000.0
                } else {
                    500.0
                }
            }
        }
    }
}

/// Characters set in a full em: CJK ideographs and punctuation, kana, hangul, full-width
/// forms.
pub(super) fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

pub(super) fn deref<'a>(doc: &'a Document, object: Option<&'a Object>) -> Option<&'a Object> {
    doc.dereference(object?).ok().map(|(_, o)| o)
}

/// The decompressed bytes of a stream object, bounded.
pub(super) fn stream_bytes(doc: &Document, object: Option<&Object>) -> Option<Vec<u8>> {
    let stream = deref(doc, object)?.as_stream().ok()?;
    if stream.dict.has(b"Filter") {
        stream.decompressed_content_with_limit(MAX_CMAP_BYTES).ok()
    } else {
        Some(stream.content.clone())
    }
}

/// Maps keyed by character codes, looked up once per glyph: SipHash was a tenth of
/// the time of reading a page.
type CodeMap<V> = HashMap<u64, V, BuildHasherDefault<CodeHasher>>;

/// A multiplicative hash folded so that every bit of the code reaches the low bits the
/// table indexes by.
#[derive(Default)]
struct CodeHasher(u64);

impl Hasher for CodeHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 29)
    }
}

/// Big-endian value of a code of up to four bytes.
fn be(bytes: &[u8]) -> u32 {
    bytes.iter().take(4).fold(0, |acc, &b| (acc << 8) | b as u32)
}

/// The UTF-16BE text `start` with `n` added to its last code unit (a bfrange).
fn utf16_plus(start: &[u8], n: u32) -> Option<String> {
    let mut units: Vec<u16> = start.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
    let last = units.last_mut()?;
    *last = last.checked_add(u16::try_from(n).ok()?)?;
    let text: String = char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    Some(text)
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Hex(Vec<u8>),
    Name(&'a [u8]),
    Keyword(&'a [u8]),
    ArrayStart,
    ArrayEnd,
    Other,
}

impl Token<'_> {
    /// A destination of bfchar/bfrange: UTF-16BE in hex, or (rarely) a glyph name.
    fn text(&self) -> Option<String> {
        match self {
            Token::Hex(bytes) => {
                let units: Vec<u16> =
                    bytes.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
                Some(char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect())
            }
            Token::Name(name) => {
                let name = std::str::from_utf8(name).ok()?;
                let hex = name.strip_prefix("uni").or_else(|| name.strip_prefix('u'))?;
                char::from_u32(u32::from_str_radix(hex.get(..4)?, 16).ok()?).map(String::from)
            }
            _ => None,
        }
    }
}

/// A CMap program's tokens: enough PostScript for the sections we read.
fn tokenize(program: &[u8]) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut i = 0;
    let delimiter = |b: u8| b.is_ascii_whitespace() || b"[]<>()/%{}".contains(&b);
    while i < program.len() {
        match program[i] {
            b if b.is_ascii_whitespace() => i += 1,
            b'%' => {
                while i < program.len() && program[i] != b'\n' && program[i] != b'\r' {
                    i += 1;
                }
            }
            b'[' => {
                tokens.push(Token::ArrayStart);
                i += 1;
            }
            b']' => {
                tokens.push(Token::ArrayEnd);
                i += 1;
            }
            b'<' if program.get(i + 1) == Some(&b'<') => {
                tokens.push(Token::Other);
                i += 2;
            }
            b'>' => {
                tokens.push(Token::Other);
                i += 1 + usize::from(program.get(i + 1) == Some(&b'>'));
            }
            b'<' => {
                let end = program[i..].iter().position(|&b| b == b'>').map_or(program.len(), |p| i + p);
                let mut bytes = Vec::with_capacity((end - i) / 2);
                let mut high: Option<u8> = None;
                for digit in program[i + 1..end].iter().filter_map(|&b| (b as char).to_digit(16)) {
                    match high.take() {
                        Some(h) => bytes.push(h << 4 | digit as u8),
                        None => high = Some(digit as u8),
                    }
                }
                if let Some(h) = high {
                    bytes.push(h << 4);
                }
                tokens.push(Token::Hex(bytes));
                i = end + 1;
            }
            b'(' => {
                // A literal string (CMap names, registry): skipped, nesting and escapes too.
                let mut depth = 0;
                while i < program.len() {
                    match program[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                tokens.push(Token::Other);
            }
            b'/' => {
                let start = i + 1;
                i = start;
                while i < program.len() && !delimiter(program[i]) {
                    i += 1;
                }
                tokens.push(Token::Name(&program[start..i]));
            }
            _ => {
                let start = i;
                while i < program.len() && !delimiter(program[i]) {
                    i += 1;
                }
                if i == start {
                    i += 1;
                    tokens.push(Token::Other);
                } else {
                    tokens.push(Token::Keyword(&program[start..i]));
                }
            }
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tounicode_chars_ranges_and_arrays() {
        let cmap = CMap::parse(
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
              1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0001> <515A> <0002> <D870DF17> endbfchar\n\
              2 beginbfrange <0010> <0012> <515A> <0020> <0021> [<4E09> <4F1A>] endbfrange\n\
              endcmap CMapName currentdict /CMap defineresource pop end end",
        );
        assert_eq!(cmap.get(&[0, 1]), Some("党"));
        assert_eq!(cmap.get(&[0, 2]), Some("𬌗"));
        assert_eq!(
            cmap.get(&[0, 0x12]),
            Some("党".chars().map(|c| char::from_u32(c as u32 + 2).unwrap()).collect::<String>().as_str())
        );
        assert_eq!(cmap.get(&[0, 0x21]), Some("会"));
        assert_eq!(cmap.code_len(&[0, 1, 0, 2]), Some(2));
    }

    #[test]
    fn predefined_cmaps_are_their_own_unicode() {
        let mut out = String::new();
        for (name, bytes) in [
            ("UniGB-UCS2-H", &b"\x51\x5a\x59\xd4"[..]),
            ("UniCNS-UTF16-H", &b"\x9e\xe8\xd8\x70\xdf\x17"[..]),
            ("GBK-EUC-H", &b"\xb5\xb3\xce\xaf 412"[..]),
            ("ETen-B5-H", &b"\xc4\xd2\xa9\x65"[..]),
        ] {
            let p = Predefined::from_name(name.as_bytes()).unwrap();
            let mut rest = bytes;
            while !rest.is_empty() {
                let (code, tail) = rest.split_at(p.code_len(rest));
                assert!(p.decode(code, &mut out), "{name}: {code:x?}");
                rest = tail;
            }
            out.push('|');
        }
        assert_eq!(out, "党委|黨𬌗|党委 412|黨委|");
    }
}
