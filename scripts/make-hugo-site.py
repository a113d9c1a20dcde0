#!/usr/bin/env python3
"""Writes a Hugo site shaped like a Boomerang handbook, for the benchmark's comparison.

From a synthetic project (scripts/generate-synthetic.py) it writes one Hugo page per
customer with its facts, its 20 latest orders and its revenue in its last 24 months,
which Hugo's template draws as an inline SVG bar chart, plus a customer list. The analysis (which Hugo cannot
do) is reduced to the monthly sums computed here, so the comparison is about rendering and
writing pages.

Usage: python3 scripts/make-hugo-site.py PROJECT DIR
"""

import csv
import os
import sys
from collections import defaultdict

SINGLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>
<h1>{{ .Title }}</h1>
<dl><dt>Manager</dt><dd>{{ .Params.manager }}</dd><dt>City</dt><dd>{{ .Params.city }}</dd>
<dt>Segment</dt><dd>{{ .Params.segment }}</dd><dt>Revenue</dt><dd>{{ lang.FormatNumber 2 .Params.revenue }}</dd></dl>
{{ $max := 1.0 }}{{ range .Params.months }}{{ if gt . $max }}{{ $max = . }}{{ end }}{{ end }}
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 120" role="img"><title>Monthly revenue</title>
{{ range $i, $v := .Params.months }}{{ $h := div (mul $v 100.0) $max }}<rect x="{{ mul $i 20 }}" y="{{ sub 110.0 $h }}" width="16" height="{{ $h }}" fill="#3b6ea5"><title>{{ lang.FormatNumber 2 $v }}</title></rect>
{{ end }}</svg>
<table><tr><th>Order</th><th>Date</th><th>Amount</th></tr>
{{ range .Params.orders }}<tr><td>{{ .id }}</td><td>{{ .date }}</td><td>{{ lang.FormatNumber 2 .amount }}</td></tr>
{{ end }}</table>
<p><a href="../">All customers</a></p>
</main></body></html>
"""

LIST = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><table>
{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.manager }}</td><td>{{ lang.FormatNumber 2 .Params.revenue }}</td></tr>
{{ end }}</table></main></body></html>
"""

CONFIG = """baseURL = "http://localhost/"
title = "Synthetic handbook"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
relativeURLs = true
"""


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    project, out = sys.argv[1], sys.argv[2]
    data = os.path.join(project, "content", "data")
    orders = defaultdict(list)
    with open(os.path.join(data, "orders.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            orders[row["customer_id"]].append((row["date"], row["order_id"], float(row["amount"])))

    def window(last):
        """The 24 months up to and including `last` (YYYY-MM), oldest first."""
        y, m = int(last[:4]), int(last[5:7])
        months = []
        for _ in range(24):
            months.append(f"{y:04d}-{m:02d}")
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        return {k: i for i, k in enumerate(reversed(months))}

    os.makedirs(os.path.join(out, "layouts", "_default"), exist_ok=True)
    for name, text in (("layouts/_default/single.html", SINGLE), ("layouts/_default/list.html", LIST),
                       ("layouts/index.html", LIST), ("config.toml", CONFIG)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    pages = os.path.join(out, "content", "customers")
    os.makedirs(pages, exist_ok=True)
    with open(os.path.join(out, "content", "customers", "_index.md"), "w", encoding="utf-8") as f:
        f.write('---\ntitle: "Customers"\n---\n')
    with open(os.path.join(data, "customers.csv"), encoding="utf-8", newline="") as f:
        for c in csv.DictReader(f):
            rows = sorted(orders.get(c["id"], []))
            sums = [0.0] * 24
            index = window(rows[-1][0][:7]) if rows else {}
            for d, _, a in rows:
                if d[:7] in index:
                    sums[index[d[:7]]] += a
            latest = "".join(f'  - {{id: "{o}", date: "{d}", amount: {a:.2f}}}\n' for d, o, a in reversed(rows[-20:]))
            with open(os.path.join(pages, c["id"] + ".md"), "w", encoding="utf-8") as p:
                p.write(f"---\ntitle: {q(c['name'])}\nmanager: {q(c['manager'])}\ncity: {q(c['city'])}\n"
                        f"segment: {q(c['segment'])}\nrevenue: {sum(a for _, _, a in rows):.2f}\n"
                        f"months: [{', '.join(f'{s:.2f}' for s in sums)}]\norders:\n{latest}---\n")


if __name__ == "__main__":
    main()
