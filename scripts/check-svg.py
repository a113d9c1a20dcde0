#!/usr/bin/env python3
"""Renders every SVG chart of a built handbook through a real SVG renderer (rsvg-convert).

Usage: scripts/check-svg.py OUTPUT_DIR
Each inline <svg>...</svg> in the HTML pages is parsed as XML (with the SVG namespace the HTML
parser gives it) and rendered to PNG; any
parse or render error fails the check (exit 1). Used by `make test`.
Every chart needs a title, and every id its aria-labelledby names must be in it. A chart inline
in a <figure> may leave its description (<desc>) to the page, which states its summary beside
it: its <figcaption>, or, for a dossier's timeline, the facts listed right above it.
An inline chart takes its shared style (font, axis colours: the `.bc` rules) from the page's
stylesheet, so it is rendered with those rules of OUTPUT_DIR/assets/style.css put in a <style>
after its <title>, as the page shows it.
"""
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

SVG = re.compile(r"(<figure>)?(<svg\b.*?</svg>)", re.S)


def render(svg: str) -> subprocess.CompletedProcess:
    return subprocess.run(["rsvg-convert", "-f", "png"], input=svg.encode(), capture_output=True)


def page_rules(out: pathlib.Path) -> str:
    """The chart rules of the built site's stylesheet (lines starting with `.bc`), as a <style>."""
    css = out / "assets" / "style.css"
    lines = [l for l in css.read_text(encoding="utf-8").splitlines() if l.startswith(".bc")] if css.exists() else []
    return "<style>\n" + "\n".join(lines) + "\n</style>\n" if lines else ""


def main() -> int:
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "output")
    checked = failed = 0
    renders = []
    style = page_rules(out)
    for page in sorted(out.rglob("*.html")):
        for i, (in_figure, svg) in enumerate(SVG.findall(page.read_text(encoding="utf-8"))):
            checked += 1
            where = f"{page.relative_to(out)} chart {i + 1}"
            # A page's inline chart has no xmlns (the HTML parser puts <svg> in the SVG namespace);
            # as an XML document of its own it needs one.
            if not svg.startswith("<svg xmlns="):
                svg = '<svg xmlns="http://www.w3.org/2000/svg"' + svg[4:]
            try:
                root = ET.fromstring(svg)
            except ET.ParseError as e:
                print(f"{where}: not well-formed XML: {e}", file=sys.stderr)
                failed += 1
                continue
            missing = [a for a in ("viewBox", "width", "height") if a not in root.attrib]
            titles = [c for c in root if c.tag.endswith("title")]
            descs = [c for c in root if c.tag.endswith("desc")]
            if missing or not titles or not (descs or in_figure):
                print(f"{where}: missing {missing or ''} {'' if titles else 'title'} {'' if descs or in_figure else 'desc'}", file=sys.stderr)
                failed += 1
            ids = {e.get("id") for e in root.iter()}
            unknown = [i for i in root.get("aria-labelledby", "").split() if i not in ids]
            if unknown:
                print(f"{where}: aria-labelledby names {unknown}, not in the chart", file=sys.stderr)
                failed += 1
            if re.search(r'(?:xlink:)?href="(?!#)', svg):
                print(f"{where}: external reference", file=sys.stderr)
                failed += 1
            renders.append((where, svg.replace("</title>\n", "</title>\n" + style, 1)))
    with ThreadPoolExecutor(max_workers=4) as pool:
        for where, r in zip([w for w, _ in renders], pool.map(render, [s for _, s in renders])):
            if r.returncode != 0 or r.stderr or not r.stdout.startswith(b"\x89PNG"):
                print(f"{where}: rsvg-convert: {r.stderr.decode().strip()}", file=sys.stderr)
                failed += 1
    print(f"check-svg: {checked} charts rendered, {failed} problems")
    return 1 if failed or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
