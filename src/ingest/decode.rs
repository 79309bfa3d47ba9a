//! Turning a report's bytes into text, or into a reason it cannot be read.
//!
//! This module owns the choice of character encoding and the decision to quarantine.
//! The order of evidence is fixed: a byte-order mark, then a charset the file declares
//! (HTML `<meta>` or an XML declaration), then the zero-byte pattern of UTF-16 without
//! a mark (chardetng never reports UTF-16), then UTF-8 if the bytes are (nearly) valid
//! UTF-8, and last chardetng's guess over a prefix of the file — never with a
//! top-level-domain hint, which makes it call every Big5 file GBK. encoding_rs does
//! the decoding; every malformed sequence is counted, so a document records how many
//! bytes were replaced. HTML pages are reduced to the text of their body here (see
//! `html`); cleaning the text is left to `clean`.
//!
//! A file is quarantined (not indexed, listed with its reason) when it is empty,
//! binary, too large, or when decoding would replace more than a small share of it.
//! A few bad bytes — a file cut in the middle of a character — only add a warning.

use std::fmt;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{DecoderResult, Encoding, GBK, UTF_8, UTF_16BE, UTF_16LE};

use super::discover::Format;
use super::html;

/// Files larger than this are quarantined unread: no report is this long, and
/// holding it in memory on several threads at once could exhaust a small machine.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How many bytes chardetng sees at least (more when the text starts with ASCII).
const DETECTION_PREFIX: usize = 64 * 1024;

/// How the encoding was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingSource {
    /// A byte-order mark at the start of the file.
    Bom,
    /// The file said so itself (`<meta charset>`, XML declaration).
    Declared,
    /// Worked out from the bytes.
    Detected,
}

impl EncodingSource {
    pub fn as_str(self) -> &'static str {
        match self {
            EncodingSource::Bom => "bom",
            EncodingSource::Declared => "declared",
            EncodingSource::Detected => "detected",
        }
    }
}

/// A decoded report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text: line breaks normalised to `\n`; for HTML, the text of the body.
    pub text: String,
    /// The WHATWG name of the encoding (`UTF-8`, `GBK`, `gb18030`, `Big5`, `UTF-16LE` …).
    pub encoding: &'static str,
    pub source: EncodingSource,
    /// Bytes that did not decode and were replaced by U+FFFD.
    pub replaced_bytes: usize,
    /// The markup the text was taken from.
    pub format: Format,
    /// Things a reader of this document should know (replaced bytes, a wrong declaration).
    pub warnings: Vec<String>,
    /// Text a document file keeps apart from its body — headers, footers, footnotes —
    /// kept as notes, not as body text.
    pub notes: Vec<String>,
    /// What a document file says of itself (its properties), for metadata to use when
    /// the text does not say.
    pub hints: Hints,
}

/// A document file's own properties: Word's and OpenDocument's title, author and
/// creation date, RTF's `\info`, a PDF's Info dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    pub title: String,
    pub author: String,
    /// `YYYY-MM-DD` when the file gives it.
    pub created: String,
}

/// Why a file is not indexed. The message says what was found and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    Empty,
    Binary {
        what: &'static str,
    },
    TooLarge {
        bytes: u64,
    },
    Undecodable {
        encoding: &'static str,
        replaced: usize,
        total: usize,
    },
    Unreadable {
        hint: &'static str,
        error: String,
    },
    /// Reading it took longer than the per-file budget; `stage` is where the budget
    /// ran out.
    TooSlow {
        stage: &'static str,
        seconds: u64,
    },
    /// dangjian itself failed on the file (a bug): the run goes on without it.
    Failed {
        stage: &'static str,
        message: String,
    },
    /// A document file (Word, OpenDocument, PDF …) whose structure cannot be read: cut
    /// short, corrupt, or not what its name says.
    Damaged {
        format: &'static str,
        message: String,
    },
    /// A document protected by a password.
    Encrypted {
        format: &'static str,
    },
    /// A PDF with pages but no text on them: a scan.
    NoTextLayer {
        pages: usize,
    },
}

/// Why a file was quarantined: a short stable code for scripts (`empty`, `binary`,
/// `too_large`, `undecodable`, `unreadable`, `too_slow`, `failed`, `damaged`,
/// `encrypted`, `no_text_layer`), as the summary, `stats` and the store write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Empty,
    Binary,
    TooLarge,
    Undecodable,
    Unreadable,
    TooSlow,
    Failed,
    Damaged,
    Encrypted,
    NoTextLayer,
}

impl Reason {
    pub const ALL: [Reason; 10] = [
        Reason::Empty,
        Reason::Binary,
        Reason::TooLarge,
        Reason::Undecodable,
        Reason::Unreadable,
        Reason::TooSlow,
        Reason::Failed,
        Reason::Damaged,
        Reason::Encrypted,
        Reason::NoTextLayer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Empty => "empty",
            Reason::Binary => "binary",
            Reason::TooLarge => "too_large",
            Reason::Undecodable => "undecodable",
            Reason::Unreadable => "unreadable",
            Reason::TooSlow => "too_slow",
            Reason::Failed => "failed",
            Reason::Damaged => "damaged",
            Reason::Encrypted => "encrypted",
            Reason::NoTextLayer => "no_text_layer",
        }
    }

    /// The reason named `word` (as [`Reason::as_str`] writes it).
    pub fn parse(word: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.as_str() == word)
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Rejection {
    /// Why the file is quarantined.
    pub fn reason(&self) -> Reason {
        match self {
            Rejection::Empty => Reason::Empty,
            Rejection::Binary { .. } => Reason::Binary,
            Rejection::TooLarge { .. } => Reason::TooLarge,
            Rejection::Undecodable { .. } => Reason::Undecodable,
            Rejection::Unreadable { .. } => Reason::Unreadable,
            Rejection::TooSlow { .. } => Reason::TooSlow,
            Rejection::Failed { .. } => Reason::Failed,
            Rejection::Damaged { .. } => Reason::Damaged,
            Rejection::Encrypted { .. } => Reason::Encrypted,
            Rejection::NoTextLayer { .. } => Reason::NoTextLayer,
        }
    }

    /// The stable code of [`Rejection::reason`].
    pub fn code(&self) -> &'static str {
        self.reason().as_str()
    }
}

impl Rejection {
    /// A document file of `format` whose structure cannot be read, and why.
    pub fn damaged(format: &'static str, message: impl fmt::Display) -> Rejection {
        Rejection::Damaged { format, message: message.to_string() }
    }

    /// A file that could not be read, with advice that fits the error.
    pub fn unreadable(error: &std::io::Error) -> Rejection {
        let hint = match error.kind() {
            std::io::ErrorKind::NotFound => "the file, or the target of its symbolic link, is gone",
            std::io::ErrorKind::PermissionDenied => "check the file's permissions",
            _ => "check the file and the disk",
        };
        Rejection::Unreadable { error: error.to_string(), hint }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::Empty => write!(f, "empty: the file holds no text"),
            Rejection::Binary { what } => {
                write!(f, "binary: looks like {what}, not text; extract its text to a .txt file to index it")
            }
            Rejection::TooLarge { bytes } => {
                write!(f, "too large: {bytes} bytes, over the {MAX_FILE_BYTES}-byte limit; split the file")
            }
            Rejection::Undecodable { encoding, replaced, total } => write!(
                f,
                "undecodable: {replaced} of {total} bytes are not valid in the best guess \
                 ({encoding}); convert the file to UTF-8 or check that it is text"
            ),
            Rejection::Unreadable { error, hint } => write!(f, "unreadable: {error}; {hint}"),
            Rejection::TooSlow { stage, seconds } => write!(
                f,
                "too slow: reading it took over {seconds} s (the budget ran out in the {stage} stage); \
                 split the file, or raise --file-budget"
            ),
            Rejection::Damaged { format, message } => {
                write!(
                    f,
                    "damaged: this {format} file cannot be read ({message}); open it in its program and save it again"
                )
            }
            Rejection::Encrypted { format } => {
                write!(f, "encrypted: this {format} file is protected by a password; save a copy without one")
            }
            Rejection::NoTextLayer { pages } => write!(
                f,
                "no text layer: the PDF's {pages} page(s) are images (a scan); OCR it first, then index the text"
            ),
            Rejection::Failed { stage, message } => write!(
                f,
                "failed: dangjian stopped on this file in the {stage} stage ({message}); this is a bug, \
                 please report it with the file; the rest of the run went on"
            ),
        }
    }
}

/// Decodes one file's bytes. `format` comes from the file's extension, and the bytes
/// have the last word: a `.txt` file whose content is an HTML page is read as HTML, a
/// `.doc` that is a `.docx` (or an HTML page, or plain text) as what it is. Document
/// files (Word, WPS, OpenDocument, PDF, RTF, web archives) are read by `formats`.
pub fn decode(bytes: &[u8], format: Format) -> Result<Decoded, Rejection> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Rejection::TooLarge { bytes: bytes.len() as u64 });
    }
    if bytes.is_empty() {
        return Err(Rejection::Empty);
    }
    let format = match super::formats::container(bytes) {
        Some(container) => return super::formats::read(bytes, container, format),
        None if looks_like_rtf(bytes) => return super::formats::read(bytes, Format::Rtf, format),
        None if format == Format::Mhtml && looks_like_mime(bytes) => {
            return super::formats::read(bytes, Format::Mhtml, format);
        }
        // A document extension on bytes that are not one: a page saved as .doc, a
        // report renamed; read as what the bytes are.
        None if looks_like_html(bytes) => Format::Html,
        None if format != Format::Html => Format::Text,
        None => format,
    };
    decode_text(bytes, format, None)
}

/// Whether the head of the file is a MIME message's (a web archive's headers).
fn looks_like_mime(bytes: &[u8]) -> bool {
    let head: Vec<u8> = bytes[..bytes.len().min(4096)].iter().map(u8::to_ascii_lowercase).collect();
    find(&head, b"content-type:", 0).is_some()
}

/// Whether the bytes begin as an RTF file does.
fn looks_like_rtf(bytes: &[u8]) -> bool {
    bytes.trim_ascii_start().starts_with(b"{\\rtf")
}

/// Decodes the bytes of a text or an HTML file; `charset` is what a container said
/// of them (a web archive's part header), used when the page declares nothing.
pub(crate) fn decode_text(
    bytes: &[u8],
    format: Format,
    charset: Option<&'static Encoding>,
) -> Result<Decoded, Rejection> {
    if bytes.is_empty() {
        return Err(Rejection::Empty);
    }
    let mut warnings = Vec::new();
    let mut mixed_name = None;

    // Each branch yields the encoding and the decoded text with its replaced-byte
    // count, so no file is decoded twice with the same encoding.
    let (encoding, source, body, (raw, replaced_bytes)) = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        (encoding, EncodingSource::Bom, body, decode_counting(encoding, body))
    } else {
        if let Some(what) = binary_signature(bytes) {
            return Err(Rejection::Binary { what });
        }
        let declared = match format {
            Format::Html => declared_charset(bytes).or(charset),
            _ => charset,
        };
        match declared {
            Some(declared) => {
                let (chosen, decoded) = check_declaration(bytes, declared, &mut warnings);
                let source = if chosen == declared { EncodingSource::Declared } else { EncodingSource::Detected };
                (chosen, source, bytes, decoded)
            }
            None => {
                let detected = detect(bytes)?;
                // Detection settles on UTF-8 (or UTF-16) whenever the bytes allow it; a
                // file it cannot read as one of those may be two encodings line by line.
                let mixed = if [UTF_8, UTF_16LE, UTF_16BE].contains(&detected) { None } else { by_lines(bytes) };
                match mixed {
                    Some(mixed) => {
                        warnings.push(format!(
                            "the lines disagree on their encoding: {} decoded as UTF-8, {} as {}",
                            mixed.utf8_lines,
                            mixed.legacy_lines,
                            mixed.legacy.name()
                        ));
                        mixed_name = Some(mixed.name);
                        (mixed.legacy, EncodingSource::Detected, bytes, (mixed.text, mixed.replaced))
                    }
                    None => (detected, EncodingSource::Detected, bytes, decode_counting(detected, bytes)),
                }
            }
        }
    };

    if replaced_bytes > (body.len() / 100).max(4) {
        return Err(Rejection::Undecodable { encoding: encoding.name(), replaced: replaced_bytes, total: body.len() });
    }
    if replaced_bytes > 0 {
        warnings.push(format!(
            "{replaced_bytes} byte(s) not valid {} were replaced by U+FFFD (file truncated or damaged?)",
            encoding.name()
        ));
    }
    let text = normalize_newlines(&raw);
    let text = match format {
        Format::Html => html::body_text(&text),
        _ => text,
    };
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    if source == EncodingSource::Detected && encoding.is_single_byte() && looks_like_lost_chinese(&text) {
        warnings.push(format!(
            "decoded as {}, which gives no Chinese characters; if the file is Chinese, convert it to UTF-8",
            encoding.name()
        ));
    }
    let name = match mixed_name {
        Some(name) => name,
        None if encoding == GBK && has_four_byte_gb18030(body) => "gb18030",
        None => encoding.name(),
    };
    Ok(Decoded {
        text,
        encoding: name,
        source,
        replaced_bytes,
        format,
        warnings,
        notes: Vec::new(),
        hints: Hints::default(),
    })
}

/// Decodes `bytes` (without a BOM) and counts the bytes of malformed sequences.
pub fn decode_counting(encoding: &'static Encoding, bytes: &[u8]) -> (String, usize) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity =
        decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(capacity);
    let mut rest = bytes;
    let mut replaced = 0;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut out, true);
        rest = &rest[read..];
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => out.reserve(rest.len().saturating_mul(3).max(16)),
            DecoderResult::Malformed(len, _) => {
                replaced += usize::from(len);
                out.push('\u{FFFD}');
            }
        }
    }
    (out, replaced)
}

/// The declared charset is trusted when it decodes the file cleanly; when it does
/// not (sites often declare gb2312 and serve UTF-8), detection gets a say and wins
/// if it decodes with fewer errors.
fn check_declaration(
    bytes: &[u8],
    declared: &'static Encoding,
    warnings: &mut Vec<String>,
) -> (&'static Encoding, (String, usize)) {
    let by_declaration = decode_counting(declared, bytes);
    if by_declaration.1 == 0 {
        return (declared, by_declaration);
    }
    let Ok(detected) = detect(bytes) else {
        return (declared, by_declaration);
    };
    if detected == declared {
        return (declared, by_declaration);
    }
    let by_detection = decode_counting(detected, bytes);
    if by_detection.1 < by_declaration.1 {
        warnings.push(format!(
            "declared charset {} does not fit the bytes; decoded as {}",
            declared.name(),
            detected.name()
        ));
        (detected, by_detection)
    } else {
        (declared, by_declaration)
    }
}

/// A file decoded line by line (see [`by_lines`]).
struct Mixed {
    text: String,
    /// The encoding of the lines that are not UTF-8.
    legacy: &'static Encoding,
    /// `UTF-8+GBK` and the like: what `Document::encoding` says.
    name: &'static str,
    utf8_lines: usize,
    legacy_lines: usize,
    replaced: usize,
}

/// A file whose lines disagree — some valid UTF-8 with Chinese in it, others not UTF-8
/// at all (a GBK report with UTF-8 paragraphs pasted in, or the reverse) — decoded
/// line by line: each UTF-8 line as UTF-8, the others in the one CJK encoding
/// detected from them alone. Decoded whole, such a file became mojibake in a
/// single-byte encoding, with no error to show for it. `None` when the lines agree,
/// or the others are not in a CJK encoding.
fn by_lines(bytes: &[u8]) -> Option<Mixed> {
    let lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    let utf8 = |line: &[u8]| std::str::from_utf8(line).is_ok();
    let utf8_lines = lines.iter().filter(|l| !l.is_ascii() && utf8(l)).count();
    let legacy_lines = lines.iter().filter(|l| !utf8(l)).count();
    if utf8_lines == 0 || legacy_lines == 0 {
        return None;
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    for line in lines.iter().filter(|l| !utf8(l)) {
        detector.feed(line, false);
    }
    let legacy = detector.guess(None, Utf8Detection::Deny);
    let name = match legacy.name() {
        "GBK" => "UTF-8+GBK",
        "gb18030" => "UTF-8+gb18030",
        "Big5" => "UTF-8+Big5",
        "Shift_JIS" => "UTF-8+Shift_JIS",
        "EUC-KR" => "UTF-8+EUC-KR",
        _ => return None,
    };
    let (mut text, mut replaced) = (String::with_capacity(bytes.len() * 3 / 2), 0);
    for line in &lines {
        match std::str::from_utf8(line) {
            Ok(line) => text.push_str(line),
            Err(_) => {
                let (decoded, bad) = decode_counting(legacy, line);
                text.push_str(&decoded);
                replaced += bad;
            }
        }
    }
    Some(Mixed { text, legacy, name, utf8_lines, legacy_lines, replaced })
}

/// Text with many letters beyond ASCII and no Chinese character: what Chinese bytes
/// read in a single-byte encoding look like.
fn looks_like_lost_chinese(text: &str) -> bool {
    let (mut high, mut han) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        high += 1;
        han += usize::from(crate::clean::is_han(c));
    }
    high >= 20 && han * 10 < high
}

/// Detection for files without a BOM or a declaration.
fn detect(bytes: &[u8]) -> Result<&'static Encoding, Rejection> {
    if let Some(utf16) = sniff_utf16(bytes) {
        return Ok(utf16);
    }
    if looks_binary(bytes) {
        return Err(Rejection::Binary { what: "binary data (NUL or control bytes)" });
    }
    if nearly_utf8(bytes) {
        return Ok(UTF_8);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let first_non_ascii = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(bytes.len());
    let end = bytes.len().min(DETECTION_PREFIX.max(first_non_ascii + DETECTION_PREFIX / 4));
    // Never `last = true`: a file cut in the middle of a character would then count
    // as invalid GBK or Big5, and the guess would fall to a single-byte encoding.
    detector.feed(&bytes[..end], false);
    Ok(detector.guess(None, Utf8Detection::Allow))
}

/// UTF-8 with at most a few damaged sequences (a file cut short, one bad byte in the
/// middle): decoding it as anything else would turn every character into mojibake.
fn nearly_utf8(bytes: &[u8]) -> bool {
    let mut multibyte = 0usize;
    let mut bad = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                // SAFETY-free: `valid` is valid UTF-8 by construction.
                multibyte += std::str::from_utf8(valid).map_or(0, |v| v.chars().filter(|c| !c.is_ascii()).count());
                let skip = error.error_len().unwrap_or(after.len());
                bad += skip;
                rest = &after[skip..];
            }
        }
    }
    bad == 0 || (multibyte >= 10 * bad && bad * 200 <= bytes.len())
}

/// UTF-16 without a BOM: every code unit must be a plausible text character in one
/// byte order, and either the text is largely Han or ASCII characters leave zero
/// bytes on the high side only.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(DETECTION_PREFIX) & !1];
    let units = sample.len() / 2;
    if units < 2 {
        return None;
    }
    let zeros_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (zeros_even, zeros_odd) = (zeros_at(0), zeros_at(1));
    [(UTF_16LE, zeros_odd, zeros_even), (UTF_16BE, zeros_even, zeros_odd)]
        .into_iter()
        .find(|&(encoding, zeros_high, zeros_low)| {
            let (plausible, han) = sample
                .chunks_exact(2)
                .map(|pair| {
                    if encoding == UTF_16LE {
                        u16::from_le_bytes([pair[0], pair[1]])
                    } else {
                        u16::from_be_bytes([pair[0], pair[1]])
                    }
                })
                .fold((0usize, 0usize), |(p, h), unit| {
                    (p + usize::from(plausible_utf16_unit(unit)), h + usize::from(is_han_unit(unit)))
                });
            let ascii_pattern = zeros_high * 5 >= units && zeros_low * 100 <= units;
            plausible * 100 >= units * 97 && (ascii_pattern || han * 5 >= units)
        })
        .map(|(encoding, _, _)| encoding)
}

fn is_han_unit(unit: u16) -> bool {
    matches!(unit, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
}

fn plausible_utf16_unit(unit: u16) -> bool {
    matches!(unit,
        0x09 | 0x0A | 0x0D | 0x20..=0x7E | 0xA0..=0x24F | 0x300..=0x36F
        | 0x2000..=0x21FF | 0x2460..=0x25FF | 0x3000..=0x30FF | 0x3100..=0x312F
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xD800..=0xDFFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF)
}

/// Whether the first bytes of a file of another kind are text: `None` when they are,
/// else what they show the file to be, when a known signature says.
pub fn sniff(prefix: &[u8]) -> Option<Option<&'static str>> {
    if let Some(what) = binary_signature(prefix) {
        return Some(Some(what));
    }
    if Encoding::for_bom(prefix).is_some() || sniff_utf16(prefix).is_some() {
        return None;
    }
    looks_binary(prefix).then_some(None)
}

/// Binary formats recognised by their first bytes, named so the user knows what
/// the file really is.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Office document (.doc/.xls)"),
        (b"\x89PNG\r\n\x1A\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (b"\x7FELF", "an executable"),
    ];
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|&(_, what)| what)
}

/// NUL bytes, or many control bytes, in the first part of a file that is not UTF-16.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(DETECTION_PREFIX)];
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let control =
        sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | 0x1B)).count();
    nul > 0 || control * 20 > sample.len()
}

/// Whether GBK-decodable bytes use GB18030's four-byte sequences, so the document
/// can record `gb18030` rather than `GBK` (encoding_rs decodes both with one decoder).
fn has_four_byte_gb18030(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0x81..=0xFE => {
                if bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit()) {
                    return true;
                }
                i += 2;
            }
            _ => i += 1,
        }
    }
    false
}

/// A `.txt` file that is really a saved web page, or a fragment of one copied out of
/// an editor (<p class="…">…</p><p>…</p>): it opens with a block element and closes one.
fn looks_like_html(bytes: &[u8]) -> bool {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head: Vec<u8> = bytes[start..].iter().take(14).map(u8::to_ascii_lowercase).collect();
    if head.starts_with(b"<!doctype html") || head.starts_with(b"<html") {
        return true;
    }
    let block = [&b"p"[..], b"div", b"section", b"article", b"h1", b"h2", b"h3", b"table"].iter().any(|name| {
        head.get(1..1 + name.len()) == Some(name)
            && head.first() == Some(&b'<')
            && head.get(1 + name.len()).is_some_and(|&b| b == b'>' || b.is_ascii_whitespace())
    });
    let window = &bytes[start..bytes.len().min(start + 4096)];
    block && find(window, b"</", 0).is_some()
}

/// The charset an HTML page declares in its first 4 KiB: `<meta charset=…>`,
/// `<meta http-equiv=… content="…; charset=…">`, or an XML declaration.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head: Vec<u8> = bytes[..bytes.len().min(4096)].iter().map(u8::to_ascii_lowercase).collect();
    let label = if head.starts_with(b"<?xml") {
        let end = find(&head, b"?>", 0).unwrap_or(head.len());
        value_after(&head[..end], b"encoding")
    } else {
        None
    };
    let label = label.or_else(|| {
        let mut from = 0;
        while let Some(at) = find(&head, b"<meta", from) {
            let end = find(&head, b">", at).unwrap_or(head.len());
            if let Some(label) = value_after(&head[at..end], b"charset") {
                return Some(label);
            }
            from = end;
        }
        None
    })?;
    let encoding = Encoding::for_label(label)?;
    // As browsers do: a page that declares UTF-16 in ASCII bytes is not UTF-16.
    Some(if encoding == UTF_16LE || encoding == UTF_16BE { UTF_8 } else { encoding })
}

fn value_after<'a>(tag: &'a [u8], key: &[u8]) -> Option<&'a [u8]> {
    let at = find(tag, key, 0)? + key.len();
    let rest = &tag[at..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest).trim_ascii_start();
    let rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let len = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

pub(crate) fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{BIG5, GB18030};

    const SEED_000: &str = include_str!("../../tests/seeds/000_f4fd5e7f994b8d9f.txt");
    const SEED_001: &str = include_str!("../../tests/seeds/001_5ef448610bd62831.txt");
    const SEED_003: &str = include_str!("../../tests/seeds/003_ea44c8e6f3c16627.txt");

    fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{} cannot hold the text", encoding.name());
        bytes.into_owned()
    }

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16().flat_map(|u| if little { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
    }

    #[test]
    fn every_seed_round_trips_through_the_encodings_reports_arrive_in() {
        for seed in [SEED_000, SEED_001, SEED_003] {
            let mut utf8_bom = b"\xEF\xBB\xBF".to_vec();
            utf8_bom.extend_from_slice(seed.as_bytes());
            let mut le_bom = vec![0xFF, 0xFE];
            le_bom.extend(utf16(seed, true));
            let cases: Vec<(&str, Vec<u8>, &str, EncodingSource)> = vec![
                ("utf-8", seed.as_bytes().to_vec(), "UTF-8", EncodingSource::Detected),
                ("utf-8 bom", utf8_bom, "UTF-8", EncodingSource::Bom),
                ("utf-16le bom", le_bom, "UTF-16LE", EncodingSource::Bom),
                ("utf-16le", utf16(seed, true), "UTF-16LE", EncodingSource::Detected),
                ("utf-16be", utf16(seed, false), "UTF-16BE", EncodingSource::Detected),
                ("gb18030", encode(GB18030, seed), "", EncodingSource::Detected),
            ];
            for (label, bytes, encoding, source) in cases {
                let decoded = decode(&bytes, Format::Text).unwrap_or_else(|e| panic!("{label}: {e}"));
                assert_eq!(decoded.text, seed, "{label}");
                if !encoding.is_empty() {
                    assert_eq!(decoded.encoding, encoding, "{label}");
                }
                assert_eq!(decoded.source, source, "{label}");
                assert_eq!(decoded.replaced_bytes, 0, "{label}");
            }
        }
    }

    #[test]
    fn simplified_text_in_gbk_and_traditional_text_in_big5_are_told_apart() {
        let gbk = decode(&encode(GBK, &SEED_003.replace(['©', '\u{304}', '・'], "")), Format::Text).unwrap();
        assert_eq!(gbk.encoding, "GBK");
        assert!(gbk.text.contains("推动基 层党组织建设"));
        // Seed 001 is traditional; 腭 is the only character plain Big5 lacks.
        let big5 = decode(&encode(BIG5, &SEED_001.replace('腭', "齶")), Format::Text).unwrap();
        assert_eq!(big5.encoding, "Big5");
        assert!(big5.text.contains("共有黨員877人"));
    }

    #[test]
    fn gb18030_four_byte_sequences_are_named() {
        // Seed 003 has ©, U+0304 and ・, which only GB18030's four-byte form holds.
        let decoded = decode(&encode(GB18030, SEED_003), Format::Text).unwrap();
        assert_eq!((decoded.encoding, decoded.text.as_str()), ("gb18030", SEED_003));
        let decoded = decode(&encode(GB18030, "党支部共21个,𠀀"), Format::Text).unwrap();
        assert_eq!(decoded.encoding, "gb18030");
        let head: String = SEED_003.chars().take(300).collect();
        let decoded = decode(&encode(GBK, &head), Format::Text).unwrap();
        assert_eq!(decoded.encoding, "GBK");
    }

    #[test]
    fn a_truncated_gbk_file_is_decoded_with_a_warning() {
        let mut bytes = encode(GBK, "邵阳市中心医院共有党员877人,其中在职党员655人。");
        bytes.pop(); // cut in the middle of the final 。
        let decoded = decode(&bytes, Format::Text).unwrap();
        assert_eq!(decoded.encoding, "GBK");
        assert_eq!(decoded.replaced_bytes, 1);
        assert!(decoded.text.starts_with("邵阳市中心医院共有党员877人"));
        assert_eq!(decoded.warnings.len(), 1);
    }

    #[test]
    fn one_bad_byte_in_utf8_does_not_turn_the_file_into_mojibake() {
        let mut bytes = SEED_001.as_bytes().to_vec();
        bytes.insert(SEED_001.len() / 2 - SEED_001.len() / 2 % 3, 0xFF);
        let decoded = decode(&bytes, Format::Text).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.replaced_bytes, 1);
        assert!(decoded.text.contains("共有黨員877人"));
    }

    #[test]
    fn binary_and_empty_inputs_are_rejected_with_a_reason() {
        assert_eq!(decode(b"", Format::Text), Err(Rejection::Empty));
        assert_eq!(decode(b" \n\r\n ", Format::Text), Err(Rejection::Empty));
        assert_eq!(decode(b"<html><body>\n</body></html>", Format::Html), Err(Rejection::Empty));
        // A PDF under a .txt name is read as a PDF — here one cut short after its header.
        let pdf = decode(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj", Format::Text).unwrap_err();
        assert_eq!(pdf.code(), "damaged");
        assert!(pdf.to_string().contains("pdf"), "{pdf}");
        let png = decode(b"\x89PNG\r\n\x1A\n\0\0\0\rIHDR", Format::Text).unwrap_err();
        assert_eq!(png.code(), "binary");
        assert!(png.to_string().contains("PNG"));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        assert_eq!(decode(&noise, Format::Text).unwrap_err().code(), "binary");
    }

    #[test]
    fn html_declared_charset_is_used_and_only_body_text_is_kept() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\
                    <title>标题</title></head><body><p>黨支部共21個</p><script>var a='脚本';</script>\
                    <p>三会一课&amp;主题党日</p></body></html>";
        let decoded = decode(&encode(GBK, page), Format::Html).unwrap();
        assert_eq!(decoded.source, EncodingSource::Declared);
        assert_eq!(decoded.encoding, "GBK");
        assert_eq!(decoded.text, "黨支部共21個\n三会一课&主题党日");
    }

    /// A fragment copied out of an editor into a .txt is read as the page it came from;
    /// a text that only starts with a bracket is not.
    #[test]
    fn a_text_file_holding_an_html_fragment_is_read_as_html() {
        let fragment = "<p class=\"ql-block\">支部开展主题党日</p><p class=\"ql-block\"> 某某医院骨科党支部</p>";
        assert_eq!(decode(fragment.as_bytes(), Format::Text).unwrap().text, "支部开展主题党日\n某某医院骨科党支部");
        let text = "<p>是一个标签,本文讲的是标签的用法。";
        assert_eq!(decode(text.as_bytes(), Format::Text).unwrap().text, text);
    }

    #[test]
    fn a_wrong_declaration_loses_to_the_bytes_with_a_warning() {
        let page = "<html><head><meta charset=\"gb2312\"></head><body><p>邵陽市中心醫院共有黨員877人,\
                    其中在職黨員655人,離退休黨員222人。</p></body></html>";
        let decoded = decode(page.as_bytes(), Format::Html).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.source, EncodingSource::Detected);
        assert!(decoded.text.starts_with("邵陽市中心醫院"));
        assert!(decoded.warnings[0].contains("gb2312") || decoded.warnings[0].contains("GBK"));
    }

    #[test]
    fn crlf_line_ends_become_lf() {
        let decoded = decode("党员877人\r\n党支部34个\r".as_bytes(), Format::Text).unwrap();
        assert_eq!(decoded.text, "党员877人\n党支部34个\n");
    }

    #[test]
    fn decoding_never_panics_on_arbitrary_bytes() {
        // A deterministic xorshift stream of short and long inputs, all byte values.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for round in 0..400 {
            let len = (round * 37) % 3000;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state >> 24) as u8
                })
                .collect();
            for format in [Format::Text, Format::Html] {
                if let Ok(decoded) = decode(&bytes, format) {
                    assert!(!decoded.text.trim().is_empty());
                }
            }
        }
    }

    /// A report half in GBK and half in UTF-8 (a paragraph pasted from a web page into
    /// an old file): each line in its own encoding, said in a warning — not the whole
    /// file as windows-1252 mojibake.
    #[test]
    fn a_file_half_gbk_half_utf8_is_decoded_line_by_line() {
        let gbk_part = "医院党委召开专题会议，研究部署党支部标准化建设工作。\n全院共有党员六百余人。\n";
        let utf8_part = "护理党支部开展主题党日活动，组织党员志愿者义诊。\n";
        let mut bytes = GBK.encode(gbk_part).0.into_owned();
        bytes.extend_from_slice(utf8_part.as_bytes());
        bytes.extend_from_slice(&GBK.encode("以上为本月党建工作简报。\n").0);
        let decoded = decode(&bytes, Format::Text).unwrap();
        assert_eq!(decoded.text, format!("{gbk_part}{utf8_part}以上为本月党建工作简报。\n"));
        assert_eq!(decoded.encoding, "UTF-8+GBK");
        assert!(decoded.warnings.iter().any(|w| w.contains("1 decoded as UTF-8, 3 as GBK")), "{:?}", decoded.warnings);

        // A UTF-8 file cut in the middle of its last character stays UTF-8.
        let mut cut = "党支部书记述职评议会议在行政楼召开，各支部书记逐一述职。".repeat(4).into_bytes();
        cut.truncate(cut.len() - 1);
        assert_eq!(decode(&cut, Format::Text).unwrap().encoding, "UTF-8");
    }

    /// The bytes decide: RTF saved as .txt is read as RTF (it reached a reader meant
    /// for another format and stopped the file before), and a page saved as .mht
    /// without MIME headers is read as the page it is.
    #[test]
    fn rtf_under_a_text_name_and_a_page_under_a_web_archive_name_are_read_as_what_they_are() {
        let rtf = decode(b"{\\rtf1\\ansi \\u20826?\\u21592?877\\u20154?\\par}", Format::Text).unwrap();
        assert_eq!((rtf.format, rtf.text.as_str()), (Format::Rtf, "\u{515a}\u{5458}877\u{4eba}"));
        let page = decode("<html><body><p>党员877人</p></body></html>".as_bytes(), Format::Mhtml).unwrap();
        assert_eq!((page.format, page.text.as_str()), (Format::Html, "党员877人"));
    }
}
