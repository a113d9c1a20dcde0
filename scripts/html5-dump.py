#!/usr/bin/env python3
"""Parses an HTML file with html5lib (an HTML5-conformant parser) and prints, as JSON, every
element that has an id: its tag, its attributes, its text (all text inside it, in order) and
how many elements it contains. The escaping tests compare that with what they escaped.

Usage: python3 scripts/html5-dump.py FILE
"""
import json
import sys

import html5lib


def main():
    with open(sys.argv[1], "rb") as f:
        doc = html5lib.parse(f.read(), treebuilder="etree", namespaceHTMLElements=False,
                             transport_encoding="utf-8")
    out = {}
    for el in doc.iter():
        ident = el.get("id") if isinstance(el.tag, str) else None
        if ident is None:
            continue
        out[ident] = {
            "tag": el.tag,
            "attributes": dict(el.attrib),
            "text": "".join(el.itertext()),
            "elements": sum(1 for _ in el.iter()) - 1,
        }
    json.dump(out, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
