#!/usr/bin/env python3
"""Rebuild tests/fixtures/bad-input/: damaged and non-text files as they turn up
in real corpora, each made from a seed so that what survives can be checked.

    python3 scripts/make-fixtures.py

Files too large to commit (a 20 MB single line), symbolic-link loops and unreadable
files are made by the tests themselves in a temporary directory.
"""
import gzip
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "seeds"
OUT = ROOT / "tests" / "fixtures" / "bad-input"
OUT.mkdir(parents=True, exist_ok=True)


def seed(prefix):
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


def write(name, data):
    (OUT / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


# Quarantined: nothing to read.
write("empty.txt", b"")
# Quarantined: a gzip archive someone named .txt.
write("archive.txt", gzip.compress(seed("001").encode("utf-8"), mtime=0))
# Quarantined: a PDF saved with a .htm name by a crawler.
write("paper.htm", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")

# Indexed with a warning: seed 001 in GBK, cut in the middle of its last Han
# character (the 報 of its closing "[來源:大眾衛生報]").
text = seed("001")
write("truncated-gbk.txt", text[: text.rindex("報") + 1].encode("gbk")[:-1])
# Indexed: seed 003 in UTF-16BE without a byte-order mark.
write("utf16be-no-bom.txt", seed("003").encode("utf-16-be"))
# Indexed with a warning: seed 000 in UTF-8 with one stray byte in the middle.
data = seed("000").encode("utf-8")
middle = data.index("黨支部共21個".encode("utf-8"))
write("invalid-utf8-middle.txt", data[:middle] + b"\xff" + data[middle:])
