#!/usr/bin/env python3
"""Reads the tables dangjian writes as a researcher's script would, and checks that
each column keeps its type: years are integers, values and rates real numbers,
`derived` a boolean. With pandas (when installed) the CSV is read by pandas.read_csv
and the JSON by pandas.read_json; without it, by Python's csv and json modules, with
the same inference pandas makes (a column whose cells all read as integers is an
integer column, and so on).

Usage: read_tables.py KIND=FILE ...  where KIND is csv or json; prints one line per
file and exits 1 naming the first column that came out with the wrong type.
"""

import csv
import json
import sys

# Column name -> the type it must come out as.
INTEGER = {"year", "first_year", "documents", "count", "characters", "together", "frequency", "start",
           "end", "occurrences", "corpus_words"}
REAL = {"value", "upper", "per_10k", "group_per_10k", "rest_per_10k", "g2", "p", "log_ratio",
        "logdice", "mi", "t", "jaccard"}
BOOLEAN = {"derived"}


def cell_type(text):
    """The type pandas' CSV reader infers for one cell, or None when empty."""
    if text == "":
        return None
    if text in ("true", "false", "True", "False", "TRUE", "FALSE"):
        return bool
    try:
        int(text)
        return int
    except ValueError:
        pass
    try:
        float(text)
        return float
    except ValueError:
        return str


def column_type(cells):
    """int, float, bool or str for a column, as a reader infers it from all its cells."""
    kinds = {cell_type(c) for c in cells} - {None}
    if not kinds:
        return None
    if kinds == {bool}:
        return bool
    if kinds <= {int}:
        return int
    if kinds <= {int, float}:
        return float
    return str


def check(name, kind, where):
    if name in INTEGER and kind not in (int, None):
        return f"{where}: column {name} is {kind.__name__}, not int"
    if name in REAL and kind not in (float, None):
        # A column of whole numbers still reads as numbers; the CSV writes reals
        # with a point (877.0) so that they read as reals.
        return f"{where}: column {name} is {kind.__name__ if kind else None}, not float"
    if name in BOOLEAN and kind not in (bool, None):
        return f"{where}: column {name} is {kind.__name__}, not bool"
    return None


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        return "no rows", {}
    try:
        import pandas  # noqa: F401  (used when present)

        frame = pandas.read_csv(path, encoding="utf-8-sig")
        types = {}
        for name in frame.columns:
            dtype = str(frame[name].dtype)
            types[name] = (bool if dtype == "bool" else int if dtype.startswith("int")
                           else float if dtype.startswith("float") else str)
            # pandas reads an integer column with empty cells as float (NaN).
            if types[name] is float and name in INTEGER and frame[name].dropna().apply(float.is_integer).all():
                types[name] = int
            if types[name] is str and name in BOOLEAN:
                values = set(frame[name].dropna().astype(str))
                types[name] = bool if values <= {"True", "False", "true", "false"} else str
        return None, types
    except ImportError:
        return None, {name: column_type([r[name] for r in rows]) for name in rows[0]}


def json_records(value):
    """The records of a command's JSON: an array of objects, or the arrays of objects
    one level down (keyness's keys, collocates' collocates, compare's sections)."""
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            yield from value
            for v in value:
                yield from json_records_in(v)
    elif isinstance(value, dict):
        yield value
        yield from json_records_in(value)


def json_records_in(obj):
    for v in obj.values():
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            yield from json_records(v)
        elif isinstance(v, dict):
            yield from json_records(v)


def json_type(value):
    if value is None or isinstance(value, (list, dict)):
        return None
    if isinstance(value, bool):
        return bool
    if isinstance(value, int):
        return int
    if isinstance(value, float):
        return float
    return str


def read_json(path):
    with open(path, encoding="utf-8") as f:
        value = json.load(f)
    seen = {}
    for record in json_records(value):
        for name, v in record.items():
            kind = json_type(v)
            if kind is not None:
                seen.setdefault(name, set()).add(kind)
    types = {}
    for name, kinds in seen.items():
        # JSON numbers: serde writes every f64 with a point, so a real column is float
        # throughout; an integer column int throughout.
        types[name] = kinds.pop() if len(kinds) == 1 else (float if kinds <= {int, float} else str)
    return None, types


def main(args):
    failures = []
    for arg in args:
        kind, _, path = arg.partition("=")
        problem, types = read_csv(path) if kind == "csv" else read_json(path)
        if problem:
            failures.append(f"{path}: {problem}")
            continue
        checked = sorted(n for n in types if n in INTEGER | REAL | BOOLEAN)
        for name in checked:
            failure = check(name, types[name], path)
            if failure:
                failures.append(failure)
        print(f"{path}: {', '.join(f'{n}={types[n].__name__ if types[n] else None}' for n in checked)}")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
