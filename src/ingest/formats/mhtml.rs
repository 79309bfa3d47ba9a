//! Web archives (`.mht`, `.mhtml`): a MIME message whose first HTML part is the page.
//! The part's transfer encoding (quoted-printable, base64) is undone, and its bytes are
//! decoded as a web page is, with the part's `charset` used when the page itself
//! declares none.

use encoding_rs::Encoding;

use crate::ingest::decode::{Decoded, Rejection, decode_text, find};
use crate::ingest::discover::Format;

fn damaged(message: impl std::fmt::Display) -> Rejection {
    Rejection::damaged("mhtml", message)
}

/// A MIME part's headers (names lowercase, folded lines joined) and its body.
fn split_part(part: &[u8]) -> (Vec<(String, String)>, &[u8]) {
    let end = find(part, b"\r\n\r\n", 0).map(|i| (i, i + 4)).or_else(|| find(part, b"\n\n", 0).map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = end else { return (Vec::new(), part) };
    let head = String::from_utf8_lossy(&part[..head_end]).replace("\r\n", "\n");
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    (headers, &part[body_start..])
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
}

/// A parameter of a header value (`boundary`, `charset`), unquoted.
fn parameter(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (key, v) = p.split_once('=')?;
        (key.trim().eq_ignore_ascii_case(name)).then(|| v.trim().trim_matches('"').to_string())
    })
}

pub fn read(bytes: &[u8]) -> Result<Decoded, Rejection> {
    let (headers, body) = split_part(bytes);
    let content_type = header(&headers, "content-type");
    let parts: Vec<&[u8]> = match parameter(content_type, "boundary") {
        Some(boundary) => {
            let delimiter = format!("--{boundary}");
            let mut parts = Vec::new();
            let mut rest = body;
            while let Some(start) = find(rest, delimiter.as_bytes(), 0) {
                rest = &rest[start + delimiter.len()..];
                if rest.starts_with(b"--") {
                    break;
                }
                let end = find(rest, delimiter.as_bytes(), 0).unwrap_or(rest.len());
                parts.push(rest[..end].trim_ascii_start());
                rest = &rest[end..];
            }
            parts
        }
        None => vec![bytes],
    };
    let mut fallback = None;
    for part in parts {
        let (headers, body) = split_part(part);
        let kind = header(&headers, "content-type").to_ascii_lowercase();
        if !kind.starts_with("text/html") && !kind.starts_with("text/plain") {
            continue;
        }
        let charset = parameter(header(&headers, "content-type"), "charset")
            .and_then(|label| Encoding::for_label(label.as_bytes()));
        let raw = match header(&headers, "content-transfer-encoding").to_ascii_lowercase().as_str() {
            "quoted-printable" => quoted_printable(body),
            "base64" => base64(body).ok_or_else(|| damaged("a base64 part does not decode"))?,
            _ => body.to_vec(),
        };
        let format = if kind.starts_with("text/html") { Format::Html } else { Format::Text };
        if format == Format::Html {
            let mut decoded = decode_text(&raw, format, charset)?;
            decoded.format = Format::Mhtml;
            return Ok(decoded);
        }
        fallback.get_or_insert((raw, charset));
    }
    match fallback {
        Some((raw, charset)) => {
            let mut decoded = decode_text(&raw, Format::Text, charset)?;
            decoded.format = Format::Mhtml;
            Ok(decoded)
        }
        None => Err(damaged("no HTML or text part")),
    }
}

/// Quoted-printable undone: `=XX` is a byte, `=` at a line's end joins it to the next.
fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'=' {
            match body.get(i + 1..i + 3) {
                Some(b"\r\n") => i += 3,
                Some([b'\n', ..]) => i += 2,
                Some(hex) => match std::str::from_utf8(hex).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                    }
                    None => {
                        out.push(b'=');
                        i += 1;
                    }
                },
                None => i += 1,
            }
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    out
}

/// Base64 undone (white space ignored); `None` on a character outside the alphabet.
fn base64(body: &[u8]) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let symbols: Vec<u8> = body.iter().copied().filter(|c| !c.is_ascii_whitespace() && *c != b'=').collect();
    let mut out = Vec::with_capacity(symbols.len() * 3 / 4);
    for chunk in symbols.chunks(4) {
        let mut n = 0u32;
        for (k, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * k);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len().max(1)]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_html_part_is_read_in_its_charset_through_its_transfer_encoding() {
        let html = "<html><body><p>全院共有党员412人。</p><p>开展三会一课。</p></body></html>";
        let qp: String = encoding_rs::GBK
            .encode(html)
            .0
            .iter()
            .map(|&b| if b.is_ascii() && b != b'=' { char::from(b).to_string() } else { format!("={b:02X}") })
            .collect();
        let archive = format!(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"----=_NextPart_01\"\r\n\r\n\
             ------=_NextPart_01\r\nContent-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp}\r\n\
             ------=_NextPart_01\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\
             ------=_NextPart_01--\r\n"
        );
        let decoded = read(archive.as_bytes()).unwrap();
        assert_eq!(decoded.text, "全院共有党员412人。\n开展三会一课。");
        assert_eq!((decoded.encoding, decoded.format), ("GBK", Format::Mhtml));
    }

    #[test]
    fn base64_round_trips() {
        assert_eq!(base64(b"5YWa5ZGY").unwrap(), "党员".as_bytes());
        assert_eq!(base64(b"YQ==").unwrap(), b"a");
        assert!(base64(b"*").is_none());
    }
}
