#!/usr/bin/env python3
"""Writes examples/erp-export/: the shipped example with two files as companies export them.

- content/data/orders.csv as a Russian 1C export: Windows-1251, `;`-separated, CRLF
  line ends, Russian headers, decimal commas with no-break spaces between thousands
  (`1 310,61`) and dates as dd.MM.yyyy.
- content/data/customers.xlsx (instead of customers.csv): an Excel workbook whose
  data is on its second sheet, "Клиенты", with Russian headers for some columns,
  `since` stored as Excel dates and `referrals` as numbers.
- content/data/complaints.csv and contacts.csv with values as a Russian CRM writes them:
  `Да`/`Нет` for resolved, channels as `Телефонный звонок`, `Встреча с клиентом` ...,
  read through the `values:` block of handbook.yml.

Everything else (the other CSV files, the playbooks, handbook.yml plus a `data:`
block) is copied from content/. The test ErpExportExampleTests builds both projects
and expects the same figures; run this script again after changing content/.

Usage: python3 scripts/make-export-example.py   (needs openpyxl: pip install openpyxl)
"""

import csv
import datetime as dt
import importlib.util
import os
import shutil

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SRC = os.path.join(REPO, "content")
OUT = os.path.join(REPO, "examples", "erp-export", "content")

ORDER_HEADERS = {"order_id": "Номер", "customer_id": "Код клиента", "date": "Дата", "amount": "Сумма", "margin": "Маржа"}
CUSTOMER_HEADERS = {"id": "Код", "name": "Наименование", "manager": "Менеджер", "since": "Клиент с"}

DATA_BLOCK = """
# How this project's files are written (docs/data.md, "Dialects, encodings and Excel").
# orders.csv is a 1C export as it comes; customers.xlsx is an Excel workbook; complaints
# and contacts write yes/no and channels in Russian, mapped here to the handbook's values.
data:
  values:
    resolved: {Да: yes, Нет: no}
    channel: {Телефонный звонок: call, Встреча с клиентом: visit, Эл. письмо: email, Мессенджер: messenger}
  files:
    orders.csv:
      encoding: windows-1251
      delimiter: ";"
      decimal: ","
      thousands: " "
      date_format: dd.MM.yyyy
      columns:
        order_id: Номер
        customer_id: Код клиента
        date: Дата
        amount: Сумма
        margin: Маржа
    customers.xlsx:
      sheet: Клиенты
      columns:
        id: Код
        name: Наименование
        manager: Менеджер
        since: Клиент с
"""


# The 1C spellings (dd.MM.yyyy, "1 310,61") are the ones scripts/convert-dialect.py writes.
_spec = importlib.util.spec_from_file_location("convert_dialect", os.path.join(HERE, "convert-dialect.py"))
_dialect = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dialect)
ru_date, grouped = _dialect.ru_date, _dialect.ru_amount


def write_orders():
    with open(os.path.join(SRC, "data", "orders.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    lines = [";".join(ORDER_HEADERS[k] for k in ORDER_HEADERS)]
    for r in rows:
        lines.append(";".join([r["order_id"], r["customer_id"], ru_date(r["date"]), grouped(r["amount"]),
                               grouped(r.get("margin", ""))]))
    with open(os.path.join(OUT, "data", "orders.csv"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1251"))


def write_customers():
    with open(os.path.join(SRC, "data", "customers.csv"), encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "Сводка"
    summary["A1"] = "Выгрузка клиентов"
    summary["A2"] = "Данные на листе «Клиенты»"
    sheet = wb.create_sheet("Клиенты")
    sheet.append([CUSTOMER_HEADERS.get(k, k) for k in fields])
    for r in rows:
        values = []
        for k in fields:
            v = r[k]
            if v == "":
                values.append(None)
            elif k == "since":
                values.append(dt.date.fromisoformat(v))
            elif k == "referrals":
                values.append(int(v))
            else:
                values.append(v)
        sheet.append(values)
    for cell in sheet["I"][1:]:
        cell.number_format = "DD.MM.YYYY"
    fixed = dt.datetime(2026, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(os.path.join(OUT, "data", "customers.xlsx"))


# The handbook's values as the CRM writes them (the inverse of the values: block above).
CRM_VALUES = {
    "resolved": {"yes": "Да", "no": "Нет"},
    "channel": {"call": "Телефонный звонок", "visit": "Встреча с клиентом", "email": "Эл. письмо", "messenger": "Мессенджер"},
}


def write_crm(name):
    """complaints.csv or contacts.csv with resolved and channel as the CRM writes them."""
    with open(os.path.join(SRC, "data", name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    for row in rows[1:]:
        for column, words in CRM_VALUES.items():
            if column in header:
                i = header.index(column)
                row[i] = words.get(row[i], row[i])
    with open(os.path.join(OUT, "data", name), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "data"))
    shutil.copytree(os.path.join(SRC, "playbooks"), os.path.join(OUT, "playbooks"))
    for name in ["managers.csv", "churn.csv"]:
        shutil.copy(os.path.join(SRC, "data", name), os.path.join(OUT, "data", name))
    for name in ["complaints.csv", "contacts.csv"]:
        write_crm(name)
    with open(os.path.join(SRC, "handbook.yml"), encoding="utf-8") as f:
        config = f.read()
    with open(os.path.join(OUT, "handbook.yml"), "w", encoding="utf-8") as f:
        f.write(config.rstrip("\n") + "\n" + DATA_BLOCK)
    write_orders()
    write_customers()


if __name__ == "__main__":
    main()
