#!/usr/bin/env python3
"""Opens a built handbook in headless Chromium and fails on what a reader would see broken.

Usage: python3 scripts/check-browser.py OUTPUT_DIR [--artifacts DIR] [--pages NAME=PATH ...]

Serves OUTPUT_DIR over http on a free loopback port, starts Debian's `chromium` with
`--remote-debugging-port=0` (the port is read from its "DevTools listening on ws://..."
line) and drives it through the DevTools protocol with the small websocket client below
(Python standard library only; no browser download). At 375 px and 1280 px wide it opens
the front page, an English and a Persian dossier and the search page, types a Cyrillic and
a Persian query into the search box and waits for results. Any of these fails the run:
console errors or uncaught exceptions, failed or 4xx/5xx requests, images that did not
load (naturalWidth 0), and pages wider than the window (scrollWidth > innerWidth). It also
checks that search.js normalizes every customer's text exactly as the Swift build did.
Full-page screenshots go to DIR (default test-artifacts/browser); their paths are printed.
--pages opens those pages instead (screenshots NAME-WIDTH.png) and skips the search: how
scripts/check-starters.sh checks a project started by `boomerang init`.
Every wait is bounded; Chromium and the server are stopped at the end.
"""

import argparse
import base64
import functools
import http.server
import json
import os
import queue
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

WIDTHS = [375, 1280]
HEIGHT = 900
LOAD_TIMEOUT = 30.0
STEP_TIMEOUT = 15.0
# The example's pages: front page, an English dossier, a Persian one (C007: ساختمانی تندیس).
PAGES = [("index", "index.html"), ("dossier", "customers/C014.html"), ("dossier-fa", "customers/C007.html")]
# Typed into the search box, with a customer id that must be among the results. The Persian
# query is typed with the Arabic yeh (ي): the search folds it to the Persian one.
QUERIES = [("search-ru", "кварт", "C001"), ("search-fa", "ساختماني", "C007")]


class CheckFailed(Exception):
    pass


# A minimal websocket client (RFC 6455): text frames, client-side masking, fragments, ping.
class WebSocket:
    def __init__(self, url, timeout):
        parts = urllib.parse.urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        path = parts.path + ("?" + parts.query if parts.query else "")
        request = (f"GET {path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\nUpgrade: websocket\r\n"
                   f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise CheckFailed("websocket: connection closed during the handshake")
            head += chunk
        status = head.split(b"\r\n", 1)[0]
        if b" 101 " not in status:
            raise CheckFailed(f"websocket: handshake refused: {status.decode(errors='replace')}")
        self.buffer = head.split(b"\r\n\r\n", 1)[1]

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise CheckFailed("websocket: connection closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def send(self, text):
        payload = text.encode()
        n = len(payload)
        if n < 126:
            header = struct.pack("!BB", 0x81, 0x80 | n)
        elif n < 1 << 16:
            header = struct.pack("!BBH", 0x81, 0x80 | 126, n)
        else:
            header = struct.pack("!BBQ", 0x81, 0x80 | 127, n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def receive(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._read(8))[0]
            payload = self._read(n)
            if opcode == 0x8:
                raise CheckFailed("websocket: closed by the browser")
            if opcode == 0x9:  # ping -> pong
                self.sock.sendall(struct.pack("!BB", 0x8A, 0x80 | len(payload)) + b"\0\0\0\0" + payload)
                continue
            if opcode in (0x1, 0x2, 0x0):
                message += payload
                if b0 & 0x80:
                    return message.decode()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class DevTools:
    """Commands and events over one browser connection, with flattened page sessions."""

    def __init__(self, url):
        self.ws = WebSocket(url, timeout=LOAD_TIMEOUT)
        self.next_id = 0
        self.events = []

    def call(self, method, params=None, session=None, timeout=STEP_TIMEOUT):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.ws.sock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                reply = json.loads(self.ws.receive())
            except socket.timeout:
                break
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise CheckFailed(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)
        raise CheckFailed(f"{method}: no answer within {timeout:.0f} s")

    def wait_event(self, method, session, timeout):
        deadline = time.monotonic() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method and e.get("sessionId") == session:
                    return self.events.pop(i)
            if time.monotonic() >= deadline:
                raise CheckFailed(f"no {method} within {timeout:.0f} s")
            self.ws.sock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                reply = json.loads(self.ws.receive())
            except socket.timeout:
                continue
            if "method" in reply:
                self.events.append(reply)

    def evaluate(self, session, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session)
        if "exceptionDetails" in result:
            raise CheckFailed(f"script failed: {expression[:60]}...: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    handler = functools.partial(QuietHandler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def start_chromium(profile):
    binary = next((shutil.which(b) for b in ("chromium", "chromium-browser") if shutil.which(b)), None)
    if not binary:
        raise CheckFailed("chromium not found: apt-get install chromium fonts-noto-core (make test does)")
    args = [binary, "--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync", "--hide-scrollbars",
            "--mute-audio", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
            f"--user-data-dir={profile}", "about:blank"]
    if os.geteuid() == 0:
        args.insert(1, "--no-sandbox")  # Chromium's sandbox refuses to run as root (CI containers)
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr], daemon=True).start()
    deadline = time.monotonic() + LOAD_TIMEOUT
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        seen.append(line)
        if line.startswith("DevTools listening on "):
            return proc, line.split(" on ", 1)[1].strip()
    stop(proc)
    raise CheckFailed("chromium did not report its DevTools port:\n" + "".join(seen[-10:]))


def stop(proc):
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


# What the page looks like once loaded: broken images and elements wider than the window.
INSPECT = r"""(() => {
  const out = {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, broken: [], wide: []};
  for (const img of document.images) if (!img.complete || img.naturalWidth === 0) out.broken.push(img.currentSrc || img.src);
  for (const o of document.querySelectorAll('object')) if (!o.contentDocument) out.broken.push(o.data);
  if (out.scrollWidth > out.innerWidth) {
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 || r.left < -1) {
        out.wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined ? '.' + String(el.className).split(' ').join('.') : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
        if (out.wide.length >= 8) break;
      }
    }
  }
  return out;
})()"""

# search.js must produce the same normalized text as the Swift build for every customer.
SAME_NORMALIZATION = r"""(() => {
  const s = window.boomerangSearch, bad = [];
  for (const e of s.index.k) {
    const id = e[6] || e[0];
    if (' ' + s.norm(e[1] + ' ' + e[2] + ' ' + id) + ' ' !== e[5]) bad.push(id);
  }
  for (const m of s.index.m.concat(s.index.c)) if (' ' + s.norm(m[0]) + ' ' !== m[1]) bad.push(m[0]);
  return bad;
})()"""


def problems_from_events(events, session):
    found = []
    for e in events:
        if e.get("sessionId") != session:
            continue
        m, p = e["method"], e.get("params", {})
        if m == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            found.append("uncaught exception: " + (d.get("exception", {}).get("description") or d.get("text", "")))
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            found.append("console." + p["type"] + ": " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
            found.append("console error: " + p["entry"].get("text", "") + " " + p["entry"].get("url", ""))
        elif m == "Network.loadingFailed" and not p.get("canceled"):
            found.append("request failed: " + p.get("errorText", "") + " (" + p.get("type", "") + ")")
        elif m == "Network.responseReceived" and p["response"].get("status", 200) >= 400:
            found.append(f"HTTP {p['response']['status']}: {p['response']['url']}")
    return found


def screenshot(tools, session, path):
    metrics = tools.call("Page.getLayoutMetrics", session=session)
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 12000), "scale": 1}
    shot = tools.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True},
                      session=session, timeout=LOAD_TIMEOUT)
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def wait_for(tools, session, expression, what):
    deadline = time.monotonic() + STEP_TIMEOUT
    while time.monotonic() < deadline:
        value = tools.evaluate(session, expression)
        if value:
            return value
        time.sleep(0.1)
    raise CheckFailed(f"timed out waiting for {what}")


def check_page(tools, base, name, path, width, artifacts, query=None):
    """Opens one page in a fresh tab; returns (problems, screenshot path)."""
    target = tools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    problems = []
    try:
        for domain in ("Page", "Runtime", "Log", "Network"):
            tools.call(domain + ".enable", session=session)
        tools.call("Emulation.setDeviceMetricsOverride",
                   {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600}, session=session)
        tools.call("Page.navigate", {"url": base + path}, session=session)
        tools.wait_event("Page.loadEventFired", session, LOAD_TIMEOUT)
        if query:
            text, expected = query
            wait_for(tools, session, "!!(window.boomerangSearch && window.boomerangSearch.index)", "the search index")
            if width == WIDTHS[0]:
                bad = tools.evaluate(session, SAME_NORMALIZATION)
                if bad:
                    problems.append(f"search.js normalizes {len(bad)} texts differently from the build: {bad[:5]}")
            tools.evaluate(session, "document.getElementById('search-q').focus()")
            tools.call("Input.insertText", {"text": text}, session=session)
            hrefs = wait_for(tools, session,
                             "(() => { const a = [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href')); return a.length ? a : null; })()",
                             f"results for {text!r}")
            if not any(h.endswith("/" + expected + ".html") for h in hrefs):
                problems.append(f"search for {text!r}: {expected} not among the results {hrefs[:10]}")
            time.sleep(0.2)  # the address update after typing
        info = tools.evaluate(session, INSPECT)
        for b in info["broken"]:
            problems.append(f"image not loaded: {b}")
        if info["scrollWidth"] > info["innerWidth"]:
            problems.append(f"wider than the window: scrollWidth {info['scrollWidth']} > innerWidth {info['innerWidth']}; "
                            f"overflowing: {', '.join(info['wide'])}")
        shot = os.path.join(artifacts, f"{name}-{width}.png")
        screenshot(tools, session, shot)
        problems += problems_from_events(tools.events, session)
        return [f"{path} at {width} px: {p}" for p in problems], shot
    finally:
        tools.events = [e for e in tools.events if e.get("sessionId") != session]
        tools.call("Target.closeTarget", {"targetId": target})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output")
    parser.add_argument("--artifacts", default=os.path.join("test-artifacts", "browser"))
    parser.add_argument("--pages", nargs="+", metavar="NAME=PATH",
                        help="open these pages instead of the example's, and no search")
    args = parser.parse_args()
    pages, queries = PAGES, QUERIES
    if args.pages:
        pages, queries = [tuple(p.split("=", 1)) for p in args.pages], []
    if not os.path.isfile(os.path.join(args.output, "index.html")):
        print(f"check-browser: {args.output}/index.html not found; build the handbook first", file=sys.stderr)
        return 1
    os.makedirs(args.artifacts, exist_ok=True)
    server = serve(os.path.abspath(args.output))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    profile = tempfile.mkdtemp(prefix="boomerang-chromium-")
    proc = None
    problems, shots = [], []
    try:
        proc, url = start_chromium(profile)
        tools = DevTools(url)
        try:
            for width in WIDTHS:
                for name, path in pages:
                    p, shot = check_page(tools, base, name, path, width, args.artifacts)
                    problems += p
                    shots.append(shot)
                for name, text, expected in queries:
                    p, shot = check_page(tools, base, name, "search.html", width, args.artifacts, (text, expected))
                    problems += p
                    shots.append(shot)
        finally:
            tools.ws.close()
    except CheckFailed as e:
        problems.append(str(e))
    finally:
        if proc:
            stop(proc)
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    for s in shots:
        print(f"check-browser: screenshot {s}")
    for p in problems:
        print(f"check-browser: {p}", file=sys.stderr)
    if problems:
        print(f"check-browser: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"check-browser: {len(shots)} pages fine at {' and '.join(map(str, WIDTHS))} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
