#!/usr/bin/env python3
"""Rewrites a handbook project's CSV files the way a Russian 1C or Excel export writes them.

Every content/data/*.csv becomes `;`-separated with dates as dd.MM.yyyy and amounts
with a decimal comma and no-break spaces between thousands (`12 345,50`); the
headers stay. content/handbook.yml gets the matching `data:` block, so the copy
builds the same handbook. Used to measure the `;` dialect against plain CSV:

    python3 scripts/generate-synthetic.py 100000 /tmp/plain
    python3 scripts/convert-dialect.py /tmp/plain /tmp/semicolon
    .build/release/boomerang build --root /tmp/semicolon --output /tmp/o --quiet

Usage: python3 scripts/convert-dialect.py SRC DST [--encoding utf-8|windows-1251]
(Windows-1251 holds no Persian or Romanian letters: use it for data without them.)
Python 3 standard library only.
"""

import argparse
import csv
import os
import shutil

DATES = {"date", "since"}
AMOUNTS = {"amount", "margin"}

DATA_BLOCK = """
# Written by scripts/convert-dialect.py: every data file is a ;-separated export.
data:
  delimiter: ";"
  decimal: ","
  thousands: " "
  date_format: dd.MM.yyyy
  encoding: {encoding}
"""


def ru_date(v):
    if len(v) != 10 or v[4] != "-":
        return v
    return f"{v[8:10]}.{v[5:7]}.{v[0:4]}"


def ru_amount(v):
    if v == "":
        return v
    sign = "-" if v.startswith("-") else ""
    whole, _, frac = v.lstrip("-").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + "\u00a0".join(groups) + ("," + frac if frac else "")


def convert(src, dst, encoding):
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = [h.strip().lower() for h in rows[0]]
    out = [rows[0]]
    for r in rows[1:]:
        row = list(r)
        for i, name in enumerate(header):
            if i < len(row) and name in DATES:
                row[i] = ru_date(row[i])
            elif i < len(row) and name in AMOUNTS:
                row[i] = ru_amount(row[i])
        out.append(row)
    with open(dst, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--encoding", default="utf-8", choices=["utf-8", "windows-1251"])
    a = ap.parse_args()
    if os.path.exists(a.dst):
        shutil.rmtree(a.dst)
    shutil.copytree(a.src, a.dst, ignore=shutil.ignore_patterns("output", "data"))
    src_data = os.path.join(a.src, "content", "data")
    dst_data = os.path.join(a.dst, "content", "data")
    os.makedirs(dst_data, exist_ok=True)
    codec = "cp1251" if a.encoding == "windows-1251" else "utf-8"
    for name in sorted(os.listdir(src_data)):
        if name.endswith(".csv"):
            convert(os.path.join(src_data, name), os.path.join(dst_data, name), codec)
        else:
            shutil.copy(os.path.join(src_data, name), os.path.join(dst_data, name))
    config = os.path.join(a.dst, "content", "handbook.yml")
    with open(config, encoding="utf-8") as f:
        text = f.read()
    with open(config, "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n" + DATA_BLOCK.replace("{encoding}", a.encoding))


if __name__ == "__main__":
    main()
