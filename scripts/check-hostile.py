#!/usr/bin/env python3
"""Builds the example handbook twice, once as shipped and once with hostile values in every
text field of every CSV, and fails when the hostile one has markup the shipped one has not.

Usage: python3 scripts/check-hostile.py BOOMERANG_BINARY [--keep DIR]

Both copies get probe markup in the dossier and email templates that puts data in quoted
attributes and URL attributes (PROBE). The hostile copy appends one of the payloads below to every name, contact, role, segment,
city, note, competitor, topic, phone, region, order id, customer id and manager name (ids and
manager names the same way wherever they are referenced, so the data stays consistent).
Each payload puts a syntax character of some output context (quote, apostrophe, <, &, `,
backslash, ]) before a combining mark, joiner or direction override, the escape bug of
issue 17, or tries to close a script, a comment, a Markdown link or a JavaScript string.

Both copies are built with `boomerang build` and `boomerang mail`. Then, for the HTML pages,
the HTML part of every email and the Markdown copies rendered by `cmark-gfm --unsafe`, each
parsed by html5lib (an HTML5-conformant parser):
- no element kind or (element, attribute) kind appears that the shipped build does not have;
  (so no script, iframe, img or svg element that data brought in);
- no on* attribute at all, and no href/src/action whose scheme (as a browser reads it) is javascript:, vbscript: or data:;
- every payload comes back as text somewhere (it was shown, not dropped or mangled).
search-index.js must pass `node --check` and, run in node, give back every customer's name
exactly as it is in customers.csv, and every chart must still parse and render
(scripts/check-svg.py). Used by `make test`; exits 1 on any finding.
"""
import argparse
import csv
import email
import email.policy
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import html5lib

PAYLOADS = [
    ' "\u0301 onmouseover=alert(1) x="',
    " '\u0338 onfocus=alert(2) autofocus '",
    " <\u20d2script>alert(3)</script>",
    " &\ufe0f<img src=x onerror=alert(4)>",
    ' "\u200d><iframe src=javascript:alert(5)></iframe>',
    " </script><script>alert(6)</script>",
    " \u2028\u2029</textarea><svg onload=alert(7)>",
    " \u202e]]><!-- [x](javascript:alert(8)) *a* `b` -->",
    " `\u0301${alert(9)}\\\"); alert(9); //",
    " ]\u0338(javascript:alert(10)) <a href=javascript:alert(10)>x</a> &lt;b&gt;",
]

# Columns with free text, per file (references to customers and managers are handled apart).
TEXT_COLUMNS = {
    "customers.csv": ["name", "contact_name", "contact_role", "segment", "city"],
    "orders.csv": ["order_id"],
    "churn.csv": ["competitor", "note"],
    "complaints.csv": ["topic"],
    "contacts.csv": ["note"],
    "managers.csv": ["phone", "region"],
}
CUSTOMER_REFS = {"customers.csv": "id", "orders.csv": "customer_id", "churn.csv": "customer_id",
                 "complaints.csv": "customer_id", "contacts.csv": "customer_id"}
MANAGER_REFS = {"customers.csv": "manager", "contacts.csv": "manager", "managers.csv": "name"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "{http://www.w3.org/1999/xlink}href", "poster", "data"}


# The shipped templates put few data values inside attributes; a company's edited templates
# may put any there. Both builds get these probes, so the check covers quoted attributes
# (both quote kinds) and URL attributes whatever the shipped templates do.
PROBE = ('''<p class="hostile-probe" title="{{name}}" data-city='{{city}}' lang="{{contact_role}}">'''
         '''<a href="{{segment}}">{{contact_name}}</a> <img src='{{segment}}' alt="{{id}}"></p>\n''')
PROBED_TEMPLATES = {"dossier.mustache": "<article class=\"dossier\">\n",
                    "email/email-dossier.mustache": "<body class=\"page\" style=\"margin:0;padding:0;background:#f2f4f7;\">\n"}
# Every third customer's segment is a whole javascript: URL, as browsers still read it.
SCRIPT_URL = "JaVa\tScRiPt:alert(11)"


def add_probes(templates_dir):
    for name, anchor in PROBED_TEMPLATES.items():
        path = templates_dir / name
        text = path.read_text(encoding="utf-8")
        if anchor not in text:
            sys.exit(f"check-hostile: {path} no longer has {anchor!r}; update PROBED_TEMPLATES")
        path.write_text(text.replace(anchor, anchor + PROBE, 1), encoding="utf-8")


def segments_as_urls(data_dir):
    """Both copies: segments become https URLs, so the probe's links are external ones that the
    build's link check leaves alone."""
    path = data_dir / "customers.csv"
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["segment"] = "https://example.com/" + row["segment"] if row["segment"] else ""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def hostile_value(value, n):
    return value + PAYLOADS[n % len(PAYLOADS)] if value else value


def make_hostile(data_dir):
    """Rewrites every CSV in data_dir in place; returns the hostile customer names in file order."""
    counter = 0
    customers, managers = {}, {}

    def mapped(table, key):
        nonlocal counter
        if key not in table:
            table[key] = hostile_value(key, counter)
            counter += 1
        return table[key]

    names = []
    for path in sorted(data_dir.glob("*.csv"), key=lambda p: p.name != "customers.csv"):
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
            fields = list(rows[0].keys()) if rows else []
        for row in rows:
            for column in TEXT_COLUMNS.get(path.name, []):
                if column in row:
                    row[column] = hostile_value(row[column], counter)
                    counter += 1
            if path.name in CUSTOMER_REFS:
                row[CUSTOMER_REFS[path.name]] = mapped(customers, row[CUSTOMER_REFS[path.name]])
            if path.name in MANAGER_REFS and row.get(MANAGER_REFS[path.name]):
                row[MANAGER_REFS[path.name]] = mapped(managers, row[MANAGER_REFS[path.name]])
            if path.name == "customers.csv":
                if len(names) % 3 == 0:
                    row["segment"] = SCRIPT_URL
                names.append(row["name"])
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    return names


def build(binary, root):
    for args in (["build", "--quiet", "--no-cache", "--no-spare"], ["mail", "--within", "3650"]):
        r = subprocess.run([binary, *args, "--root", str(root)], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"check-hostile: boomerang {args[0]} failed in {root}:\n{r.stderr[-4000:]}")


def documents(root):
    """(name, HTML bytes) of every page, email HTML part and rendered Markdown copy."""
    out = root / "output"
    for page in sorted(out.rglob("*.html")):
        yield f"page {page.relative_to(out)}", page.read_bytes()
    for eml in sorted((root / "mail").glob("*.eml")):
        msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                yield f"email {eml.name}", part.get_content().encode("utf-8")
    for md in sorted(out.rglob("*.md")):
        r = subprocess.run(["cmark-gfm", "--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough", str(md)],
                           capture_output=True, check=True)
        yield f"markdown {md.relative_to(out)}", r.stdout


def scheme(url):
    """The scheme a browser reads: leading controls and spaces skipped, tabs and breaks ignored."""
    cleaned = re.sub(r"[\t\n\r]", "", url.lstrip("".join(chr(c) for c in range(33))))
    m = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", cleaned)
    return m.group(1).lower() if m else ""


def inspect(html):
    """(kinds, findings, text) of one parsed document."""
    doc = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False, transport_encoding="utf-8")
    kinds, findings, text = set(), [], []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.split("}")[-1]
        kinds.add(tag)
        text.append(el.text or "")
        text.append(el.tail or "")
        for name, value in el.attrib.items():
            kinds.add(f"{tag}[{name}]")
            text.append(value)
            if name.lower().startswith("on"):
                findings.append(f"event handler attribute {name}={value!r} on <{tag}>")
            if name.lower() in URL_ATTRIBUTES and scheme(value) in ("javascript", "vbscript", "data"):
                findings.append(f"{name}={value!r} on <{tag}>")
    return kinds, findings, "".join(text)


def check_search_index(root, names):
    index = root / "output" / "search-index.js"
    r = subprocess.run(["node", "--check", str(index)], capture_output=True, text=True)
    if r.returncode != 0:
        return [f"search-index.js does not parse: {r.stderr.strip()}"]
    script = ("let got; globalThis.boomerangSearch = x => { got = x };"
              f"require({json.dumps(str(index))});"
              "process.stdout.write(JSON.stringify(got.k.map(k => k[1])));")
    r = subprocess.run(["node", "-e", script], capture_output=True, text=True)
    if r.returncode != 0:
        return [f"search-index.js does not run: {r.stderr.strip()}"]
    got = json.loads(r.stdout)
    return [] if got == names else [f"search-index.js gives back other names, e.g. {next(((a, b) for a, b in zip(got, names) if a != b), None)}"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--keep", help="build in this folder and keep it")
    args = parser.parse_args()
    repo = pathlib.Path(__file__).resolve().parent.parent
    work = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="boomerang-hostile-"))
    shutil.rmtree(work, ignore_errors=True)
    roots = {}
    for kind in ("clean", "hostile"):
        roots[kind] = work / kind
        shutil.copytree(repo / "content", roots[kind] / "content")
        shutil.copytree(repo / "templates", roots[kind] / "templates")
        add_probes(roots[kind] / "templates")
        segments_as_urls(roots[kind] / "content" / "data")
    names = make_hostile(roots["hostile"] / "content" / "data")
    for root in roots.values():
        build(str(pathlib.Path(args.binary).resolve()), root)

    allowed = set()
    for _, html in documents(roots["clean"]):
        allowed |= inspect(html)[0]
    findings, texts, count = [], [], 0
    for name, html in documents(roots["hostile"]):
        count += 1
        kinds, found, text = inspect(html)
        texts.append(text)
        findings += [f"{name}: {f}" for f in found]
        findings += [f"{name}: {k} is not in the shipped build" for k in sorted(kinds - allowed)]
    everything = "\n".join(texts)
    findings += [f"payload {p!r} is shown nowhere" for p in PAYLOADS + [SCRIPT_URL] if p.strip() not in everything]
    findings += check_search_index(roots["hostile"], names)
    # Charts with hostile labels still parse as XML and render (rsvg-convert).
    svg = subprocess.run([sys.executable, str(repo / "scripts" / "check-svg.py"), str(roots["hostile"] / "output")],
                         capture_output=True, text=True)
    if svg.returncode != 0:
        findings.append(f"charts: {svg.stdout.strip()[-2000:]} {svg.stderr.strip()[-2000:]}")
    for f in findings[:60]:
        print(f"check-hostile: {f}", file=sys.stderr)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    if findings:
        print(f"check-hostile: {len(findings)} findings in {count} documents", file=sys.stderr)
        return 1
    print(f"check-hostile: {count} documents (pages, email HTML parts, Markdown copies) with hostile data: no new markup")
    return 0


if __name__ == "__main__":
    sys.exit(main())
