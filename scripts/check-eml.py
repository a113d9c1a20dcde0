#!/usr/bin/env python3
"""Checks every .eml in a folder the way a strict mail client would read it.

Usage: scripts/check-eml.py DIR [--expect-skipped-manager NAME]

For each message: it parses with Python's email package (policy=default) without defects;
the structure is multipart/mixed > multipart/alternative (text/plain, multipart/related
(text/html, image/png...)) [+ application/pdf]; lines end in CRLF, none is longer than 998
characters and no encoded body line is longer than 76; Date, Message-ID, MIME-Version, From,
To and Subject are present; every cid: in the HTML resolves to a part and every image part is
referenced; every PNG has the PNG signature and an IHDR whose size is twice the <img>'s
width and height; every money figure of the text part appears in the HTML part; the HTML is
under Gmail's 102 KB clipping limit; a message whose HTML holds Persian or Arabic text marks
it dir="rtl"; attachment file names are ASCII. Exit status 1 on any problem.
"""
import email
import email.policy
import html
import re
import struct
import sys
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
GMAIL_CLIP = 102 * 1024
# A money figure: a currency sign or code next to digits, e.g. $1,234, 1 234 ₽, 12,5 USD, €3.
MONEY = re.compile(
    r"(?:[$€£₽﷼]|\b(?:USD|EUR|RUB|RON|IRR|lei)\b)\s?[\d۰-۹][\d۰-۹.,\u00a0\u202f\u066b\u066c ]*"
    r"|[\d۰-۹][\d۰-۹.,\u00a0\u202f\u066b\u066c ]*\s?(?:[$€£₽﷼]|\b(?:USD|EUR|RUB|RON|IRR|lei)\b)")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


def png_size(data):
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def normalize(s):
    return re.sub(r"[\s\u00a0\u202f]+", " ", s).strip()


def check(path):
    problems = []
    raw = path.read_bytes()

    # Line ends and lengths, on the raw bytes.
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        problems.append("a line does not end in CRLF")
    header_end = raw.find(b"\r\n\r\n")
    for n, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 998:
            problems.append(f"line {n} is {len(line)} characters long (limit 998)")
        elif len(line) > 78 and raw.find(line) > header_end:
            problems.append(f"body line {n} is {len(line)} characters long (encoded lines: 76)")
    if any(b > 127 for b in raw):
        problems.append("8-bit bytes in the message (everything must be 7-bit encoded)")

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[name] is None:
            problems.append(f"no {name} header")
    for part in msg.walk():
        for d in part.defects:
            problems.append(f"defect in {part.get_content_type()}: {d.__class__.__name__}")
    for name in ("From", "To", "Subject"):
        try:
            value = msg[name]
            if value is not None:
                for d in value.defects:
                    problems.append(f"defect in {name}: {d}")
        except Exception as e:  # noqa: BLE001 - any parse error is a finding
            problems.append(f"{name} does not parse: {e}")

    # Structure.
    if msg.get_content_type() != "multipart/mixed":
        problems.append(f"top level is {msg.get_content_type()}, expected multipart/mixed")
        return problems
    top = msg.get_payload()
    alt = top[0]
    if alt.get_content_type() != "multipart/alternative":
        return problems + ["first part of multipart/mixed is not multipart/alternative"]
    alts = alt.get_payload()
    if [p.get_content_type() for p in alts] != ["text/plain", "multipart/related"]:
        return problems + ["multipart/alternative must hold text/plain then multipart/related"]
    related = alts[1].get_payload()
    if not related or related[0].get_content_type() != "text/html":
        return problems + ["multipart/related must start with text/html"]
    for extra in top[1:]:
        if extra.get_content_type() != "application/pdf":
            problems.append(f"unexpected attachment {extra.get_content_type()}")
        name = extra.get_filename() or ""
        if not name.isascii() or not name:
            problems.append(f"attachment file name is not plain ASCII: {name!r}")

    text = alts[0].get_content()
    page = related[0].get_content()
    if len(page.encode("utf-8")) > GMAIL_CLIP:
        problems.append(f"HTML is {len(page.encode('utf-8'))} bytes; Gmail clips above {GMAIL_CLIP}")

    # cid: references and the images behind them.
    images = {}
    for part in related[1:]:
        cid = (part["Content-ID"] or "").strip("<>")
        if not cid:
            problems.append(f"related part {part.get_content_type()} has no Content-ID")
            continue
        images[cid] = part
        name = part.get_filename() or ""
        if not name.isascii():
            problems.append(f"image file name is not plain ASCII: {name!r}")
    referenced = set()
    for tag in re.findall(r"<img\b[^>]*>", page):
        m = re.search(r'src="cid:([^"]+)"', tag)
        if not m:
            problems.append(f"<img> without a cid: source: {tag[:80]}")
            continue
        cid = html.unescape(m.group(1))
        referenced.add(cid)
        part = images.get(cid)
        if part is None:
            problems.append(f"cid:{cid} has no part")
            continue
        size = png_size(part.get_payload(decode=True))
        if size is None:
            problems.append(f"cid:{cid} is not a PNG")
            continue
        w = re.search(r'\swidth="(\d+)"', tag)
        h = re.search(r'\sheight="(\d+)"', tag)
        alt_text = re.search(r'\salt="([^"]*)"', tag)
        if not (w and h):
            problems.append(f"cid:{cid}: <img> lacks width or height")
        elif size != (2 * int(w.group(1)), 2 * int(h.group(1))):
            problems.append(f"cid:{cid}: PNG is {size[0]}x{size[1]}, expected twice {w.group(1)}x{h.group(1)}")
        if not alt_text or not alt_text.group(1).strip():
            problems.append(f"cid:{cid}: <img> has no alt text")
    for cid in images:
        if cid not in referenced:
            problems.append(f"part {cid} is attached but not shown")
    for cid in re.findall(r'cid:([^"\'\s)>]+)', page):
        if html.unescape(cid) not in images:
            problems.append(f"cid:{cid} has no part")

    # Same figures in both alternatives.
    page_text = normalize(html.unescape(re.sub(r"<[^>]+>", " ", page)))
    page_attrs = normalize(html.unescape(page))
    for figure in sorted({normalize(f) for f in MONEY.findall(text)}):
        figure = figure.rstrip(" .,")
        if figure and figure not in page_text and figure not in page_attrs:
            problems.append(f"the text part says {figure!r}, the HTML part does not")

    # Right-to-left text is marked.
    root = re.search(r"<html\b[^>]*>", page)
    if not root or 'lang="' not in root.group(0) or 'dir="' not in root.group(0):
        problems.append("<html> lacks lang or dir")
    if ARABIC_SCRIPT.search(page_text) and 'dir="rtl"' not in page:
        problems.append("Persian/Arabic text without dir=\"rtl\"")
    return problems


def main(argv):
    args = argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(args[0])
    files = sorted(folder.glob("*.eml"))
    if not files:
        print(f"check-eml: no .eml files in {folder}", file=sys.stderr)
        return 1
    failed = 0
    rtl = 0
    for f in files:
        problems = check(f)
        if b'dir="rtl"' in f.read_bytes() or b"dir=3D\"rtl\"" in f.read_bytes():
            rtl += 1
        for p in problems:
            print(f"{f}: {p}", file=sys.stderr)
        failed += bool(problems)
    print(f"check-eml: {len(files)} messages, {len(files) - failed} clean, {failed} with problems, {rtl} with right-to-left blocks",
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
