#!/usr/bin/env python3
"""Writes src/lexicon/regions.tsv, the gazetteer of Chinese administrative divisions
that metadata uses to tell a hospital's place (and so its region) from other words.

Input: a CSV of administrative division codes (GB/T 2260: 12-digit code, name), such as
`adcodes.csv` in the MIT-licensed `cpca` package on PyPI:

    pip download cpca --no-deps -d /tmp/cpca && cd /tmp/cpca && unzip -q cpca-*.whl
    python3 scripts/make-regions.py /tmp/cpca/cpca/resources/adcodes.csv

Output columns: name, level (province|city|county), province, city — one division per
line, provinces first, then cities, then counties, each sorted by code.
"""
import csv
import sys

SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "盟", "县", "区", "旗"]


def main(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = row["adcode"][:6]
            if code.endswith("0000"):
                level = "province"
            elif code.endswith("00"):
                level = "city"
            else:
                level = "county"
            rows[code] = (row["name"], level)
    out = []
    for code, (name, level) in sorted(rows.items()):
        province = rows.get(code[:2] + "0000", ("", ""))[0]
        city = rows.get(code[:4] + "00", ("", ""))[0] if level == "county" else (name if level == "city" else "")
        placeholders = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
        if name in placeholders:
            continue
        if city in placeholders:
            city = ""
        out.append((["province", "city", "county"].index(level), code, name, level, province, city))
    out.sort()
    print("# Chinese administrative divisions (GB/T 2260 codes; made by scripts/make-regions.py).")
    print("# name<TAB>level<TAB>province<TAB>city — a hospital named after a place is placed by it.")
    for _, _, name, level, province, city in out:
        print(f"{name}\t{level}\t{province}\t{city}")


main(sys.argv[1])
