#!/usr/bin/env python3
"""Rebuild the PDF fixtures in tests/fixtures/formats/: Chinese reports as PDFs come,
each with its own text (a figure and a practice in each), for `src/ingest/pdf.rs`.

    pip install reportlab fpdf2 pypdf pillow cryptography
    apt-get install fonts-wqy-zenhei fonts-arphic-gbsn00lp
    python3 scripts/make-pdf-fixtures.py

- report.pdf: one column, an embedded TrueType subset as a Type0 font (Identity-H)
  with a ToUnicode map (fpdf2), a running header and a page number.
- long-report.pdf: report.pdf's page twenty times over, for the bench.
- predefined-cmap.pdf: reportlab's UnicodeCIDFont, no ToUnicode, no embedded font:
  page 1 STSong-Light (UniGB-UCS2-H, simplified), page 2 MSung-Light (UniCNS-UCS2-H,
  traditional).
- predefined-encodings.pdf: written by hand below, one page per predefined CMap that
  reportlab cannot write: UniGB-UTF16-H (with a character outside the BMP),
  GBK-EUC-H, ETen-B5-H, UniCNS-UTF16-H.
- two-columns.pdf: a title across the page, two columns of text written row by row
  (left line, right line, …), a header and a footer across the gutter; simple
  TrueType subsets with ToUnicode (reportlab).
- scanned.pdf: the text drawn into an image; the page holds the image and nothing else.
- encrypted.pdf: user password "dangjian" (AES-128); encrypted-owner-only.pdf: an
  empty user password (RC4-128), which readers open without asking.
- truncated.pdf: report.pdf cut in half.
"""
import datetime
import io
import pathlib

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "formats"
OUT.mkdir(parents=True, exist_ok=True)
SONG = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def write(name, data):
    (OUT / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


# The texts. Each sentence is asserted by the tests, in this order.
REPORT_TITLE = "市第二人民医院党委2025年党建工作总结"
REPORT = [
    "今年以来，医院党委围绕“党建引领、服务患者”的主线，把党的建设同医疗质量提升结合起来，各项工作稳步推进。",
    "全院共有党员 412 人，设党总支 3 个、党支部 21 个，其中在临床一线科室的党员占党员总数的六成以上。",
    "各党支部严格落实三会一课制度，每月第一个周五为固定主题党日，全年共开展主题党日活动 252 次。",
    "医院在门诊、急诊和住院部设立党员示范岗 36 个，由党员医生轮流值守，解答群众就医中的难点问题。",
    "在人才培养方面，党委坚持把业务骨干培养成党员、把党员培养成业务骨干，年内发展新党员 18 名，其中高级职称 5 名。",
    "针对基层群众看病难的问题，医院组织党员专家下乡义诊 40 余次，服务群众 6800 人次，送去常用药品和健康知识手册。",
    "医院还建立了党员联系病区制度，每名党委委员联系两个病区，每季度至少听取一次医护人员的意见和建议。",
    "下一步，党委将继续把支部建在科室上，推动党建工作与业务工作深度融合，让群众看病就医更加便捷。",
]

SIMPLIFIED = [
    "医院党委坚持每月召开一次党委会，研究部署党建和业务工作。",
    "全院共有党支部 19 个，党员 356 人，入党积极分子 42 人。",
    "各支部书记由科室主任或护士长担任，推行“双带头人”培养工程。",
    "今年新设立党员先锋岗 24 个，分布在急诊、重症医学科和发热门诊。",
    "党委定期组织支部书记轮训，提高他们抓党建、带队伍的能力。",
    "医院把每年七月定为党建宣传月，各支部围绕优质服务开展技能比武和义诊活动。",
]
TRADITIONAL = [
    "本院黨委落實三會一課制度，各黨支部每季度至少上一次黨課。",
    "全院黨員共有 268 人，其中女性黨員 171 人。",
    "醫院在病房推行黨員責任區，由黨員護士負責聯繫病人家屬，及時回應他們的需求。",
    "黨委還與鄉鎮衛生院結成對子，每月派出專家坐診兩天。",
    "各支部把群眾的意見整理成冊，逐條研究，按月公開辦理結果。",
]

ENCODINGS = [
    # (CMap, font, ordering, supplement, text, how to encode the text)
    ("UniGB-UTF16-H", "STSong-Light", "GB1", 4,
     "口腔科党支部开展“党员示范岗”评选，全年为患者完成咬𬌗重建手术 57 例。", "utf-16-be"),
    ("GBK-EUC-H", "STSong-Light", "GB1", 2,
     "药剂科党支部推行处方点评制度，全年共点评门诊处方 3200 张。", "gbk"),
    ("ETen-B5-H", "MSung-Light", "CNS1", 0,
     "護理部黨支部開展主題黨日活動，全年共 12 次。", "big5"),
    ("UniCNS-UTF16-H", "MSung-Light", "CNS1", 4,
     "檢驗科黨支部設立黨員先鋒崗 5 個，由黨員技師輪流值班。", "utf-16-be"),
]

COLUMNS_TITLE = "县人民医院党委工作简报（第三期）"
COLUMNS_HEADER = "县人民医院党委办公室编印"
COLUMNS_FOOTER = "第 1 页 共 1 页"
LEFT = [
    "一、党风廉政建设。",
    "院党委把廉洁从医作为全年工作的重点，与各科室主任签订党风廉政建设责任书 46 份。",
    "纪检办公室每季度对药品和耗材采购开展一次专项检查，发现问题当场反馈，限期整改。",
    "全年组织警示教育大会 4 场，党员干部参加率达到百分之九十八。",
    "医院还在收费窗口设立监督意见箱，由党员职工轮流开箱登记，做到件件有回音。",
]
RIGHT = [
    "二、志愿服务。",
    "院团委和各党支部联合成立“白衣天使”志愿服务队，现有队员 157 名，其中党员 83 名。",
    "志愿者每周二、周四在门诊大厅引导患者挂号缴费，帮助老年人使用自助机。",
    "在社区开展健康讲座 30 场，重点讲解高血压和糖尿病的日常管理。",
    "志愿服务队推行“党员+志愿者”结对模式，每名党员带领两名青年志愿者，服务时长计入年度考核。",
]

SCANNED = [
    "眼科党支部开展党员示范岗活动，",
    "全科共有党员 14 人，",
    "全年为白内障患者义诊 600 人次。",
]


def report():
    class Report(FPDF):
        def header(self):
            self.set_font("song", size=9)
            self.cell(0, 6, "市第二人民医院党委办公室", align="C")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("song", size=9)
            self.cell(0, 6, f"第 {self.page_no()} 页", align="C")

    pdf = Report(format="A4")
    pdf.add_font("song", "", SONG)
    pdf.set_creation_date(datetime.datetime(2025, 12, 31, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("song", size=16)
    pdf.cell(0, 12, REPORT_TITLE, align="C")
    pdf.ln(16)
    pdf.set_font("song", size=12)
    for sentence in REPORT:
        # First-line indent of two characters, as Chinese reports are set.
        pdf.multi_cell(0, 8, "\u3000\u3000" + sentence, wrapmode="CHAR")
        pdf.ln(2)
    return bytes(pdf.output())


def predefined_cmap():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for font, sentences in (("STSong-Light", SIMPLIFIED), ("MSung-Light", TRADITIONAL)):
        style = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, wordWrap="CJK",
                               firstLineIndent=24)
        y = A4[1] - 30 * mm
        for sentence in sentences:
            p = Paragraph(sentence, style)
            _, h = p.wrap(A4[0] - 50 * mm, A4[1])
            p.drawOn(c, 25 * mm, y - h)
            y -= h + 6
        c.showPage()
    c.save()
    # reportlab writes /UniGB-UCS2-H for every UnicodeCIDFont of a document, MSung-Light
    # (Adobe-CNS1) too; a reader then finds no such CMap for CNS1. Name the right one.
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if font.get("/BaseFont") == "/MSung-Light":
                font[NameObject("/Encoding")] = NameObject("/UniCNS-UCS2-H")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def predefined_encodings():
    """A PDF written by hand: one page per predefined CMap, each with its font not
    embedded and no ToUnicode, the text encoded as the CMap says."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages = add(None)
    kids = []
    for cmap, font, ordering, supplement, text, codec in ENCODINGS:
        descriptor = add(
            f"<< /Type /FontDescriptor /FontName /{font} /Flags 6 /FontBBox [0 -200 1000 900] "
            f"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>".encode())
        cid = add(
            f"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /{font} /CIDSystemInfo << "
            f"/Registry (Adobe) /Ordering ({ordering}) /Supplement {supplement} >> "
            f"/FontDescriptor {descriptor} 0 R /DW 1000 >>".encode())
        type0 = add(
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{font}-{cmap} /Encoding /{cmap} "
            f"/DescendantFonts [{cid} 0 R] >>".encode())
        lines = [text[i:i + 30] for i in range(0, len(text), 30)]
        ops = "BT /F1 14 Tf 20 TL 60 760 Td\n"
        for line in lines:
            ops += f"<{line.encode(codec).hex()}> Tj T*\n"
        ops += "ET\n"
        content = add(f"<< /Length {len(ops)} >>\nstream\n{ops}endstream".encode())
        kids.append(add(
            f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {type0} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages} 0 R >>".encode()
    objects[pages - 1] = (f"<< /Type /Pages /Count {len(kids)} /Kids ["
                          + " ".join(f"{k} 0 R" for k in kids) + "] >>").encode()
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def wrap(text, font, size, width, indent):
    """Break a paragraph into lines of at most `width` points, a character at a time
    (runs of digits and Latin letters kept whole), the first line indented."""
    tokens, run = [], ""
    for ch in text:
        if ch.isascii() and ch.isalnum():
            run += ch
            continue
        if run:
            tokens.append(run)
            run = ""
        tokens.append(ch)
    if run:
        tokens.append(run)
    lines, line, room = [], "", width - indent
    for token in tokens:
        # Closing punctuation never starts a line: it hangs in the margin instead.
        if pdfmetrics.stringWidth(line + token, font, size) > room and line and token not in "，。、；：！？”）":
            lines.append(line)
            line, room = "", width
        line += token
    lines.append(line)
    return lines


def two_columns():
    """Two columns written row by row: the content stream holds the first line of the
    left column, then the first line of the right one, and so on, as some typesetting
    systems write them; only the positions say which line belongs to which column."""
    pdfmetrics.registerFont(TTFont("Hei", HEI, subfontIndex=0))
    buf = io.BytesIO()
    width, height = A4
    margin, gutter = 20 * mm, 10 * mm
    column = (width - 2 * margin - gutter) / 2
    size, leading, indent = 11, 17, 22

    def lay_out(paragraphs):
        rows = []
        for text in paragraphs:
            for i, line in enumerate(wrap(text, "Hei", size, column, indent)):
                rows.append((indent if i == 0 else 0, line))
            rows.append(None)  # space after a paragraph
        return rows

    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Hei", 9)
    c.drawCentredString(width / 2, height - 12 * mm, COLUMNS_HEADER)
    c.setFont("Hei", 18)
    c.drawCentredString(width / 2, height - margin - 12 * mm, COLUMNS_TITLE)
    c.setFont("Hei", size)
    left, right = lay_out(LEFT), lay_out(RIGHT)
    y = height - margin - 30 * mm
    for row in range(max(len(left), len(right))):
        for rows, x in ((left, margin), (right, margin + column + gutter)):
            if row < len(rows) and rows[row]:
                dx, line = rows[row]
                c.drawString(x + dx, y, line)
        y -= leading
    c.setFont("Hei", 9)
    c.drawCentredString(width / 2, 10 * mm, COLUMNS_FOOTER)
    c.showPage()
    c.save()
    return buf.getvalue()


def scanned():
    dpi = 100
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SONG, 24)
    for i, line in enumerate(SCANNED):
        draw.text((80, 120 + i * 40), line, font=font, fill=0)
    image = image.convert("1")
    png = io.BytesIO()
    image.save(png, "PNG")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def repeated(source, times):
    """The PDF's page `times` over (the pages share its font), for the bench."""
    reader = PdfReader(io.BytesIO(source))
    writer = PdfWriter()
    for _ in range(times):
        writer.add_page(reader.pages[0])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypted(source, user, algorithm):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password=user, owner_password="owner-secret", algorithm=algorithm)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


report_pdf = report()
write("report.pdf", report_pdf)
write("long-report.pdf", repeated(report_pdf, 20))
write("predefined-cmap.pdf", predefined_cmap())
write("predefined-encodings.pdf", predefined_encodings())
write("two-columns.pdf", two_columns())
write("scanned.pdf", scanned())
write("encrypted.pdf", encrypted(report_pdf, "dangjian", "AES-128"))
write("encrypted-owner-only.pdf", encrypted(report_pdf, "", "RC4-128"))
write("truncated.pdf", report_pdf[: len(report_pdf) // 2])
