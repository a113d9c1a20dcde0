#!/usr/bin/env python3
"""Makes a handbook project from the CDNOW master file (23,570 customers of an online CD shop,
first purchases January-March 1997, orders to June 1998), to check the handbook on real
transactions: customers.csv and orders.csv (one order per line of the file; lines of the same
customer and day are separate orders, which the handbook counts as one purchase), the
example's playbooks and templates, and a handbook.yml with the given as_of.

Usage: python3 scripts/cdnow-handbook.py CDNOW_master.txt DIR [--as-of 1998-06-30]
(scripts/fetch-cdnow.sh puts CDNOW_master.txt into .cache/cdnow/.) Orders after as_of are left
out, so `--as-of 1997-12-31` builds the handbook as it looked that day.
"""
import argparse
import csv
import pathlib
import shutil


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("master")
    parser.add_argument("dir")
    parser.add_argument("--as-of", default="1998-06-30")
    args = parser.parse_args()
    repo = pathlib.Path(__file__).resolve().parent.parent
    root = pathlib.Path(args.dir)
    if root.exists():
        shutil.rmtree(root)
    (root / "content" / "data").mkdir(parents=True)
    shutil.copytree(repo / "content" / "playbooks", root / "content" / "playbooks")
    shutil.copytree(repo / "templates", root / "templates")
    as_of = args.as_of.replace("-", "")
    customers, orders = {}, []
    with open(args.master, encoding="ascii") as f:
        for n, line in enumerate(f, start=1):
            cid, day, _cds, dollars = line.split()
            if day > as_of:
                continue
            customers.setdefault(cid, day)
            orders.append((f"L{n}", cid, f"{day[:4]}-{day[4:6]}-{day[6:]}", dollars))
    with open(root / "content" / "data" / "customers.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "since"])
        for cid, first in sorted(customers.items()):
            w.writerow([cid, f"CDNOW customer {cid}", f"{first[:4]}-{first[4:6]}-{first[6:]}"])
    with open(root / "content" / "data" / "orders.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["order_id", "customer_id", "date", "amount"])
        w.writerows(orders)
    (root / "content" / "handbook.yml").write_text(
        "title: \"CDNOW (1997-98): customer retention handbook\"\n"
        f"locale: en_US\ncurrency: USD\nas_of: {args.as_of}\n", encoding="utf-8")
    print(f"cdnow-handbook: {len(customers)} customers, {len(orders)} orders up to {args.as_of} in {root}")


if __name__ == "__main__":
    main()
