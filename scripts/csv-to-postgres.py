#!/usr/bin/env python3
"""Loads a handbook's content/data/*.csv into PostgreSQL tables of the same names, typed as an
ERP would type them (dates as date, amounts as numeric, resolved as boolean, referrals as
integer, the rest text), through psql's \\copy. Used by the database tests and to try the
database path on the shipped example (docs/database.md):

    scripts/csv-to-postgres.py "$BOOMERANG_DATABASE_URL" content/data

Existing tables of those names are replaced. Needs psql (postgresql-client)."""
import csv
import os
import subprocess
import sys

TYPES = {"date": "date", "since": "date", "amount": "numeric", "margin": "numeric",
         "referrals": "integer", "resolved": "boolean"}
KINDS = ["managers", "customers", "orders", "churn", "complaints", "contacts"]


def quoted(name):
    return '"' + name.replace('"', '""') + '"'


def script(data_dir):
    lines = ["\\set ON_ERROR_STOP on", "SET client_min_messages = warning;", "BEGIN;"]
    for kind in KINDS:
        path = os.path.join(data_dir, kind + ".csv")
        if not os.path.exists(path):
            continue
        with open(path, newline="", encoding="utf-8-sig") as f:
            header = next(csv.reader(f))
        columns = ", ".join(f"{quoted(h)} {TYPES.get(h, 'text')}" for h in header)
        lines.append(f"DROP TABLE IF EXISTS {kind} CASCADE;")
        lines.append(f"CREATE TABLE {kind} ({columns});")
        # psql's \copy reads the file on this side; an empty unquoted field becomes NULL.
        lines.append(f"\\copy {kind} FROM '{os.path.abspath(path)}' WITH (FORMAT csv, HEADER true)")
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: csv-to-postgres.py POSTGRES_URL DATA_DIR")
    url, data_dir = sys.argv[1], sys.argv[2]
    psql = os.path.join(os.environ.get("BOOMERANG_TEST_PG_BIN", ""), "psql") if os.environ.get("BOOMERANG_TEST_PG_BIN") else "psql"
    subprocess.run([psql, "-q", "-X", url], input=script(data_dir), text=True, check=True)


if __name__ == "__main__":
    main()
