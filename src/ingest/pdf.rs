//! PDF: the text layer of a `.pdf`, in reading order, or the reason there is none.
//!
//! lopdf parses the file (cross-reference repair, object streams, filters, and
//! decryption when the user password is empty); the rest is ours, because no PDF text
//! extractor we measured read Chinese fonts with predefined CMaps or kept two columns
//! apart (see issue 18). For each page, [`walk`] runs the content stream (and the form
//! XObjects it draws) to place every shown string on the page, decoding it through the
//! font's ToUnicode map or its predefined CMap ([`fonts`]: UniGB-UCS2-H and the other
//! `Uni*-UCS2`/`UTF16` CMaps are Unicode already, GBK-EUC-H and ETen-B5-H are GBK and
//! Big5); [`layout`] then groups the strings into rows, finds a column gutter, and joins
//! wrapped lines into paragraphs. Pages are separated by a line break; running headers
//! and page numbers are left in for cleaning's page-furniture step.
//!
//! A file with pages but no text (a scan) is [`PdfError::NoTextLayer`]; one that needs a
//! password is [`PdfError::Encrypted`]; anything lopdf cannot open is
//! [`PdfError::Damaged`]. The work is bounded — stream sizes, content operations, form
//! nesting — and a panic inside the parser is caught, so a hostile or truncated file is
//! an error, never a crash or a stall.

mod fonts;
mod layout;
mod walk;

use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};

use lopdf::{Document, LoadOptions};

/// No stream (page content, object stream, font map) may decompress to more than this.
const MAX_STREAM_BYTES: usize = 64 * 1024 * 1024;
/// Content-stream operations read per document at most: about a thousand pages of
/// dense text.
const MAX_OPERATIONS: usize = 20_000_000;

/// The text of a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfText {
    /// One paragraph, heading, header or footer a line; pages one after another.
    pub text: String,
    pub pages: usize,
    /// What a reader should know: damaged pages skipped, characters without a Unicode
    /// value, an encryption lifted.
    pub warnings: Vec<String>,
}

/// Why a PDF gives no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// Pages without a single character of text: a scan or a drawing.
    NoTextLayer { pages: usize },
    /// Encrypted with a user password.
    Encrypted,
    /// Not a PDF, or too damaged to open.
    Damaged(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::NoTextLayer { pages } => write!(
                f,
                "the PDF has no text layer ({pages} page{} of images only, a scan): OCR it first",
                if *pages == 1 { "" } else { "s" }
            ),
            PdfError::Encrypted => {
                write!(f, "the PDF is encrypted with a password: remove the password (save an unprotected copy)")
            }
            PdfError::Damaged(why) => {
                write!(f, "the PDF cannot be read ({why}): download or export it again")
            }
        }
    }
}

impl std::error::Error for PdfError {}

/// The text of the PDF in `bytes`.
pub fn text(bytes: &[u8]) -> Result<PdfText, PdfError> {
    // The header may follow some junk (a mail or HTTP header), within the first KB.
    if !bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfError::Damaged("no %PDF- header".into()));
    }
    match catch_unwind(AssertUnwindSafe(|| read(bytes))) {
        Ok(result) => result,
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(PdfError::Damaged(format!("the PDF parser failed: {message}")))
        }
    }
}

fn read(bytes: &[u8]) -> Result<PdfText, PdfError> {
    let options = LoadOptions { max_decompressed_size: Some(MAX_STREAM_BYTES), ..Default::default() };
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_)) => return Err(PdfError::Encrypted),
        Err(e) => return Err(PdfError::Damaged(e.to_string())),
    };
    let mut warnings = Vec::new();
    if doc.is_encrypted() && !doc.was_encrypted() {
        return Err(PdfError::Encrypted);
    }
    if doc.was_encrypted() {
        warnings.push("the PDF is encrypted with an empty user password: read without one".to_string());
    }
    if doc.xref_recovery.is_some() {
        warnings.push("the PDF is damaged (its cross-reference table had to be rebuilt): text may be missing".into());
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err(PdfError::Damaged("no pages".into()));
    }
    let mut walker = walk::Walker::new(&doc, MAX_OPERATIONS, MAX_STREAM_BYTES);
    let mut text = String::new();
    let mut damaged = 0;
    for (&number, &page_id) in &pages {
        match walker.page(page_id) {
            Ok(runs) => {
                if !text.is_empty() && !text.ends_with("\n\n") {
                    text.push('\n');
                }
                layout::page_text(runs, &mut text);
            }
            Err(why) => {
                damaged += 1;
                warnings.push(format!("page {number} cannot be read: {why}"));
                if walker.budget == 0 {
                    return Err(PdfError::Damaged(why));
                }
            }
        }
    }
    warnings.append(&mut walker.warnings);
    let unmapped = walker.unmapped();
    if unmapped > 0 {
        warnings.push(format!(
            "{unmapped} characters are in fonts with no Unicode map (no ToUnicode, no predefined CMap): \
             they read as U+FFFD"
        ));
    }
    if damaged == pages.len() {
        return Err(PdfError::Damaged(format!("none of its {damaged} pages can be read")));
    }
    if !text.chars().any(|c| !c.is_whitespace()) {
        if walker.shown > 0 {
            // Text operators with nothing readable behind them: fonts cut off or missing.
            return Err(PdfError::Damaged("its text is in fonts that are missing or cannot be read".into()));
        }
        if doc.xref_recovery.is_some() {
            // A file cut short loses its content streams before its page tree: no text
            // here says nothing about a scan.
            return Err(PdfError::Damaged("it is cut short or damaged and no text is left in it".into()));
        }
        return Err(PdfError::NoTextLayer { pages: pages.len() });
    }
    // One line break between pages: drop the blank line a page break leaves.
    let text = text.replace("\n\n", "\n");
    Ok(PdfText { text, pages: pages.len(), warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/formats/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The text without white space: a PDF keeps no space where a line wraps between a
    /// figure and a character (… 21 / 个 …), so sentences are compared without it.
    fn squeeze(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// Each of `sentences` is in `text`, in this order.
    fn assert_in_order(text: &str, sentences: &[&str]) {
        let squeezed = squeeze(text);
        let mut from = 0;
        for sentence in sentences {
            let sentence = squeeze(sentence);
            match squeezed[from..].find(&sentence) {
                Some(at) => from += at + sentence.len(),
                None => panic!("not found (in order): {sentence}\nin:\n{text}"),
            }
        }
    }

    const REPORT: [&str; 8] = [
        "今年以来，医院党委围绕“党建引领、服务患者”的主线，把党的建设同医疗质量提升结合起来，各项工作稳步推进。",
        "全院共有党员 412 人，设党总支 3 个、党支部 21 个，其中在临床一线科室的党员占党员总数的六成以上。",
        "各党支部严格落实三会一课制度，每月第一个周五为固定主题党日，全年共开展主题党日活动 252 次。",
        "医院在门诊、急诊和住院部设立党员示范岗 36 个，由党员医生轮流值守，解答群众就医中的难点问题。",
        "在人才培养方面，党委坚持把业务骨干培养成党员、把党员培养成业务骨干，年内发展新党员 18 名，其中高级职称 5 名。",
        "针对基层群众看病难的问题，医院组织党员专家下乡义诊 40 余次，服务群众 6800 人次，送去常用药品和健康知识手册。",
        "医院还建立了党员联系病区制度，每名党委委员联系两个病区，每季度至少听取一次医护人员的意见和建议。",
        "下一步，党委将继续把支部建在科室上，推动党建工作与业务工作深度融合，让群众看病就医更加便捷。",
    ];

    #[test]
    fn tounicode_report_reads_as_written_one_paragraph_a_line() {
        let pdf = text(&fixture("report.pdf")).unwrap();
        assert_eq!(pdf.pages, 1);
        assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
        let mut expected = vec!["市第二人民医院党委办公室", "市第二人民医院党委2025年党建工作总结"];
        expected.extend(REPORT);
        expected.push("第 1 页");
        assert_in_order(&pdf.text, &expected);
        // Each paragraph is a line of its own: wrapped lines are joined again.
        for sentence in REPORT {
            assert!(pdf.text.lines().any(|l| squeeze(l) == squeeze(sentence)), "{sentence}\n{}", pdf.text);
        }
        // A figure the line broke in the middle of is whole again.
        for figure in ["党员 412 人", "活动 252 次", "党员 18 名", "服务群众 6800 人次"] {
            assert!(pdf.text.contains(figure), "{figure}\n{}", pdf.text);
        }
    }

    #[test]
    fn predefined_ucs2_cmaps_without_tounicode_are_unicode() {
        let pdf = text(&fixture("predefined-cmap.pdf")).unwrap();
        assert_eq!(pdf.pages, 2);
        assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
        assert_in_order(
            &pdf.text,
            &[
                // Page 1: STSong-Light, UniGB-UCS2-H.
                "医院党委坚持每月召开一次党委会，研究部署党建和业务工作。",
                "全院共有党支部 19 个，党员 356 人，入党积极分子 42 人。",
                "今年新设立党员先锋岗 24 个，分布在急诊、重症医学科和发热门诊。",
                "医院把每年七月定为党建宣传月，各支部围绕优质服务开展技能比武和义诊活动。",
                // Page 2: MSung-Light, UniCNS-UCS2-H.
                "本院黨委落實三會一課制度，各黨支部每季度至少上一次黨課。",
                "全院黨員共有 268 人，其中女性黨員 171 人。",
                "醫院在病房推行黨員責任區，由黨員護士負責聯繫病人家屬，及時回應他們的需求。",
                "各支部把群眾的意見整理成冊，逐條研究，按月公開辦理結果。",
            ],
        );
        assert!(pdf.text.contains("党员 356 人") && pdf.text.contains("共有 268 人"), "{}", pdf.text);
    }

    #[test]
    fn utf16_gbk_and_big5_cmaps_are_decoded() {
        let pdf = text(&fixture("predefined-encodings.pdf")).unwrap();
        assert_eq!(pdf.pages, 4);
        assert_in_order(
            &pdf.text,
            &[
                // UniGB-UTF16-H, with a character outside the BMP (a surrogate pair).
                "口腔科党支部开展“党员示范岗”评选，全年为患者完成咬𬌗重建手术 57 例。",
                "药剂科党支部推行处方点评制度，全年共点评门诊处方 3200 张。",
                "護理部黨支部開展主題黨日活動，全年共 12 次。",
                "檢驗科黨支部設立黨員先鋒崗 5 個，由黨員技師輪流值班。",
            ],
        );
        assert!(!pdf.text.contains('\u{FFFD}'), "{}", pdf.text);
    }

    #[test]
    fn two_columns_are_not_interleaved() {
        let pdf = text(&fixture("two-columns.pdf")).unwrap();
        let left = [
            "一、党风廉政建设。",
            "院党委把廉洁从医作为全年工作的重点，与各科室主任签订党风廉政建设责任书 46 份。",
            "纪检办公室每季度对药品和耗材采购开展一次专项检查，发现问题当场反馈，限期整改。",
            "全年组织警示教育大会 4 场，党员干部参加率达到百分之九十八。",
            "医院还在收费窗口设立监督意见箱，由党员职工轮流开箱登记，做到件件有回音。",
        ];
        let right = [
            "二、志愿服务。",
            "院团委和各党支部联合成立“白衣天使”志愿服务队，现有队员 157 名，其中党员 83 名。",
            "志愿者每周二、周四在门诊大厅引导患者挂号缴费，帮助老年人使用自助机。",
            "在社区开展健康讲座 30 场，重点讲解高血压和糖尿病的日常管理。",
            "志愿服务队推行“党员+志愿者”结对模式，每名党员带领两名青年志愿者，服务时长计入年度考核。",
        ];
        let mut expected = vec!["县人民医院党委办公室编印", "县人民医院党委工作简报（第三期）"];
        expected.extend(left);
        expected.extend(right);
        expected.push("第 1 页 共 1 页");
        assert_in_order(&pdf.text, &expected);
        for sentence in left.iter().chain(&right) {
            assert!(pdf.text.lines().any(|l| squeeze(l) == squeeze(sentence)), "{sentence}\n{}", pdf.text);
        }
    }

    #[test]
    fn a_scan_has_no_text_layer() {
        let error = text(&fixture("scanned.pdf")).unwrap_err();
        assert_eq!(error, PdfError::NoTextLayer { pages: 1 });
        assert!(error.to_string().contains("OCR it first"));
    }

    #[test]
    fn a_user_password_is_encrypted_an_empty_one_is_read() {
        let error = text(&fixture("encrypted.pdf")).unwrap_err();
        assert_eq!(error, PdfError::Encrypted);
        assert!(error.to_string().contains("remove the password"));
        // RC4 with an empty user password (an "owner password" only): read, with a warning.
        let pdf = text(&fixture("encrypted-owner-only.pdf")).unwrap();
        assert_in_order(&pdf.text, &REPORT);
        assert!(pdf.warnings.iter().any(|w| w.contains("empty user password")), "{:?}", pdf.warnings);
    }

    #[test]
    fn a_truncated_pdf_is_damaged_or_partly_read() {
        // lopdf rebuilds the cross-reference table of a cut file from what is left; a
        // page whose fonts were cut away has no text to give: damaged, not a scan.
        match text(&fixture("truncated.pdf")) {
            Err(PdfError::Damaged(_)) => {}
            Ok(pdf) => assert!(pdf.warnings.iter().any(|w| w.contains("damaged")), "{:?}", pdf.warnings),
            Err(e) => panic!("{e}"),
        }
        assert!(matches!(text(b"%PDF-1.7\n"), Err(PdfError::Damaged(_))));
        assert!(matches!(text(b"<html>not a pdf</html>"), Err(PdfError::Damaged(_))));
        assert!(matches!(text(b""), Err(PdfError::Damaged(_))));
    }

    /// A PDF of the given objects (numbered from 1, the first the catalog) with a
    /// correct cross-reference table.
    fn build(objects: &[&str]) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).bytes());
        }
        let xref = out.len();
        out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
        for offset in offsets {
            out.extend(format!("{offset:010} 00000 n \n").bytes());
        }
        out.extend(
            format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).bytes(),
        );
        out
    }

    fn stream(content: &str) -> String {
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len())
    }

    #[test]
    fn text_in_a_form_xobject_is_read_with_its_matrix() {
        // UniGB-UCS2-H text drawn by a form that a page draws twice, the second time
        // lower down: both copies, top one first.
        let pdf = build(&[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X1 5 0 R >> >> /Contents 4 0 R >>",
            &stream("q 1 0 0 1 0 -100 cm /X1 Do Q /X1 Do"),
            &format!(
                "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 0] /Resources << /Font << /F1 6 0 R >> >> /Length {} >>\nstream\n{}\nendstream",
                "BT /F1 12 Tf 72 700 Td <515A59D4> Tj ET".len(),
                "BT /F1 12 Tf 72 700 Td <515A59D4> Tj ET"
            ),
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [7 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 >>",
        ]);
        let got = text(&pdf).unwrap();
        assert_eq!(got.text, "党委\n党委\n");
    }

    #[test]
    fn identity_h_without_tounicode_is_replacement_characters_and_a_warning() {
        let pdf = build(&[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            &stream("BT /F1 12 Tf 72 700 Td <00230024> Tj ET"),
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        ]);
        let got = text(&pdf).unwrap();
        assert_eq!(got.text, "\u{FFFD}\u{FFFD}\n");
        assert!(got.warnings.iter().any(|w| w.contains("2 characters")), "{:?}", got.warnings);
    }

    /// Every prefix of a small PDF, and the same file with bytes overwritten by a fixed
    /// pseudo-random sequence: an error or some text, never a panic or a stall.
    #[test]
    fn damaged_bytes_never_panic() {
        let pdf = fixture("predefined-encodings.pdf");
        let started = std::time::Instant::now();
        for len in 0..pdf.len() {
            let _ = text(&pdf[..len]);
        }
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..300 {
            let mut bytes = pdf.clone();
            for _ in 0..1 + next() % 16 {
                let at = next() as usize % bytes.len();
                bytes[at] = next() as u8;
            }
            let _ = text(&bytes);
        }
        let mut noise: Vec<u8> = b"%PDF-1.4\n".to_vec();
        noise.extend((0..20_000).map(|_| next() as u8));
        let _ = text(&noise);
        assert!(started.elapsed().as_secs() < 60, "took {:?}", started.elapsed());
    }
}
