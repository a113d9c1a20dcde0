#!/usr/bin/env python3
"""Writes the .xlsx test fixtures from the valid-minimal handbook's CSV files.

- Fixtures/xlsx/orders.xlsx: orders.csv as a workbook: dates as Excel dates
  (serial numbers), amounts as numbers, ids as shared strings, on sheet "Sheet1".
- Fixtures/invalid/xlsx-bad-date/content/data/orders.xlsx: the same with the date
  of row 3 as the text "2024-02-30".

The tests read them with Swift only. Usage: python3 scripts/make-xlsx-fixtures.py
(needs openpyxl: pip install openpyxl)
"""

import csv
import datetime as dt
import os
import shutil

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(os.path.dirname(HERE), "Tests", "BoomerangKitTests", "Fixtures")


def orders_workbook(path, bad_row=None):
    with open(os.path.join(FIX, "valid-minimal", "content", "data", "orders.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(rows[0])
    for n, r in enumerate(rows[1:], start=2):
        date = "2024-02-30" if n == bad_row else dt.date.fromisoformat(r[2])
        amount = float(r[3]) if "." in r[3] else int(r[3])
        margin = None if r[4] == "" else int(r[4])
        ws.append([r[0], r[1], date, amount, margin])
    for cell in ws["C"][1:]:
        if not isinstance(cell.value, str):
            cell.number_format = "YYYY-MM-DD"
    fixed = dt.datetime(2026, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)


def main():
    orders_workbook(os.path.join(FIX, "xlsx", "orders.xlsx"))
    bad = os.path.join(FIX, "invalid", "xlsx-bad-date")
    if os.path.isdir(bad):
        shutil.rmtree(bad)
    shutil.copytree(os.path.join(FIX, "valid-minimal"), bad)
    os.remove(os.path.join(bad, "content", "data", "orders.csv"))
    orders_workbook(os.path.join(bad, "content", "data", "orders.xlsx"), bad_row=3)


if __name__ == "__main__":
    main()
