#!/usr/bin/env python3
"""Writes the document fixtures of tests/formats.rs into tests/fixtures/formats/.

Every text is the project's own (written for these fixtures): a few hundred characters
of Chinese with a figure and a practice each. One flat OpenDocument file (.fodt,
written here by hand: a heading, paragraphs, a table, a footnote, a header and a
footer) is converted by LibreOffice (`soffice --headless`, at fixture-making time
only: the tests read the files) to .odt, .docx, .doc and .rtf; a second text, saved
as .doc, is the .wps (WPS Office saves .wps in Word's binary layout). The web archive,
the truncated .docx and the .docx that is really a web page are written by this
script. Run from the repository root:

    python3 scripts/make-format-fixtures.py
"""
import email.mime.multipart
import email.mime.nonmultipart
import email.mime.text
import os
import quopri
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

OUT = "tests/fixtures/formats"

REPORT = {
    "title": "湖滨县人民医院2023年党建工作总结",
    "header": "湖滨县人民医院党委办公室",
    "footer": "内部资料 注意保存",
    "paragraphs": [
        "2023年，湖滨县人民医院党委坚持以党建引领医院高质量发展，把党的领导贯穿医院管理全过程。",
        "医院党委下设党总支3个、党支部18个，全院共有党员412人，其中在职党员356人。",
        "各党支部严格落实三会一课制度，每月开展主题党日活动，党员领导干部带头讲党课。",
        "医院在门诊、急诊和病房设立党员示范岗26个，组织党员志愿者开展义诊服务40余次。",
    ],
    "table": [["支部", "党员人数", "示范岗"], ["内科党支部", "36", "4"], ["外科党支部", "41", "5"]],
    "footnote": "党员人数截至2023年12月31日。",
    "after_table": "下一步，医院党委将深化“党建+业务”融合，推进支部建在科室上。",
}

WPS_TEXT = {
    "title": "青山市中医院护理党支部工作简报",
    "header": "青山市中医院",
    "footer": "第1期",
    "paragraphs": [
        "青山市中医院护理党支部现有党员58名，下设党小组4个。",
        "支部推行“一岗双责”责任清单，把护理质量改进纳入支部考核，开展“护理先锋”评选。",
        "本季度支部组织党员走进社区开展健康宣讲12场，服务群众600余人次。",
    ],
    "table": [["党小组", "党员"], ["病区一组", "15"], ["病区二组", "14"]],
    "footnote": "数据由支部组织委员统计。",
    "after_table": "支部将继续开展党员示范岗创建，提升患者就医体验。",
}


def fodt(doc):
    """A flat OpenDocument text with a header, a footer, a heading, paragraphs, a
    footnote on the second paragraph and a table."""
    p = lambda text: f"<text:p>{escape(text)}</text:p>"
    cells = "".join(
        "<table:table-row>"
        + "".join(f'<table:table-cell office:value-type="string">{p(c)}</table:table-cell>' for c in row)
        + "</table:table-row>"
        for row in doc["table"]
    )
    first, second, *rest = doc["paragraphs"]
    note = (
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        f'<text:note-body>{p(doc["footnote"])}</text:note-body></text:note>'
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{escape(doc["title"])}</dc:title><meta:initial-creator>党委办公室</meta:initial-creator>
  <meta:creation-date>2024-01-15T09:30:00</meta:creation-date></office:meta>
 <office:automatic-styles><style:page-layout style:name="pm1"/></office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>{p(doc["header"])}</style:header><style:footer>{p(doc["footer"])}</style:footer>
 </style:master-page></office:master-styles>
 <office:body><office:text>
  <text:h text:outline-level="1">{escape(doc["title"])}</text:h>
  {p(first)}
  <text:p>{escape(second)}{note}</text:p>
  {"".join(p(x) for x in rest)}
  <table:table table:name="t1"><table:table-column table:number-columns-repeated="{len(doc["table"][0])}"/>{cells}</table:table>
  {p(doc["after_table"])}
 </office:text></office:body>
</office:document>
"""


def convert(source, target_ext, filter_name, out_name):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", "--norestore", "--convert-to", f"{target_ext}:{filter_name}", "--outdir", tmp, source],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(source))[0] + "." + target_ext)
        shutil.copy(produced, os.path.join(OUT, out_name))


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.fodt")
        with open(report, "w", encoding="utf-8") as f:
            f.write(fodt(REPORT))
        convert(report, "odt", "writer8", "report.odt")
        convert(report, "docx", "MS Word 2007 XML", "report.docx")
        convert(report, "doc", "MS Word 97", "report.doc")
        convert(report, "rtf", "Rich Text Format", "report.rtf")
        brief = os.path.join(tmp, "brief.fodt")
        with open(brief, "w", encoding="utf-8") as f:
            f.write(fodt(WPS_TEXT))
        convert(brief, "doc", "MS Word 97", "brief.wps")

    # A .docx cut in half (a download that stopped).
    with open(os.path.join(OUT, "report.docx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(OUT, "truncated.docx"), "wb") as f:
        f.write(whole[: len(whole) // 2])

    # A web page saved under a .docx name (as some sites serve "Word" downloads).
    page = "<html><head><meta charset=\"utf-8\"><title>{0}</title></head><body><h1>{0}</h1>{1}</body></html>".format(
        WPS_TEXT["title"], "".join(f"<p>{escape(x)}</p>" for x in WPS_TEXT["paragraphs"])
    )
    with open(os.path.join(OUT, "page.docx"), "w", encoding="utf-8") as f:
        f.write(page)

    # A web archive: the page in GB2312, quoted-printable, beside an image part.
    html = "<html><head><title>{0}</title></head><body><h1>{0}</h1>{1}</body></html>".format(
        REPORT["title"], "".join(f"<p>{escape(x)}</p>" for x in REPORT["paragraphs"])
    )
    archive = email.mime.multipart.MIMEMultipart("related")
    part = email.mime.nonmultipart.MIMENonMultipart("text", "html", charset="gb2312")
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.set_payload(quopri.encodestring(html.encode("gb2312")).decode("ascii"))
    archive.attach(part)
    image = email.mime.text.MIMEText("iVBORw0KGgo=", "plain")
    image.replace_header("Content-Type", "image/png")
    archive.attach(image)
    with open(os.path.join(OUT, "report.mht"), "w", encoding="ascii", newline="\r\n") as f:
        f.write(archive.as_string())


if __name__ == "__main__":
    main()
