#!/usr/bin/env python3
"""Rebuild corpus/ from the UTF-8 originals in tests/seeds/.

Each seed is stored in a different real-world encoding, the way such reports
arrive. Python's codecs are used because encoding_rs cannot *encode* Big5-HKSCS.
The test `tests/corpus_decodes.rs` checks that every file decodes back to its
original exactly (the HTML page: the text of its paragraphs).

    python3 scripts/make-corpus.py
"""
import html
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "seeds"
CORPUS = ROOT / "corpus"


def seed(prefix):
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path, path.read_text(encoding="utf-8")


def write(name, data):
    (CORPUS / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


# 000: traditional script with pinyin annotations (tone-marked letters) and one
# private-use character (U+E263) -> UTF-16LE with a byte-order mark, as Windows
# editors save "Unicode" text.
path, text = seed("000")
write(path.name, "\ufeff".encode("utf-16-le") + text.encode("utf-16-le"))

# 001: traditional script -> Big5-HKSCS. Plain Big5 lacks only 腭; the HKSCS
# extension holds it, so nothing is converted.
path, text = seed("001")
write(path.name, text.encode("big5hkscs"))

# 003: a simplified page scraped from a website -> the page itself, GBK bytes
# under <meta charset=gb2312>, as such sites serve it. The three characters GBK
# cannot hold (©, U+0304, U+30FB) become numeric character references, as a
# browser would write them.
path, text = seed("003")
paragraphs = "\n".join(
    "<p>" + html.escape(line.strip(), quote=False) + "</p>"
    for line in text.split("\n")
    if line.strip()
)
page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>深入开展创先争优活动 促进党建工作全面落实 - 筏尚旅游网</title>
<style>body {{ font-family: "宋体"; }} .nav a {{ color: #333; }}</style>
<script type="text/javascript">var _hmt = _hmt || []; document.title = "筏尚旅游网";</script>
</head>
<body>
<!-- 顶部导航 -->
<div class="article">
{paragraphs}
</div>
<script>console.log("统计代码");</script>
</body>
</html>
"""
write(path.stem + ".html", page.encode("gbk", errors="xmlcharrefreplace"))
