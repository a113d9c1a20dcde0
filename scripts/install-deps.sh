#!/usr/bin/env bash
# Installs the Debian packages Boomerang needs, only those missing.
# Used by `make handbook` and `make test`; safe to run again.
set -euo pipefail
packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev librsvg2-dev librsvg2-bin)
# .xlsx input: ZIPFoundation builds against zlib; FoundationXML's XMLParser loads libxml2.
packages+=(zlib1g-dev libxml2)
# Only for `make test` (BOOMERANG_TEST_DEPS=1): headless Chromium and fonts with Persian,
# Cyrillic and Latin glyphs for scripts/check-browser.py; node (`node --check` of
# search-index.js) and the cmark-gfm command (Markdown copies rendered with --unsafe) for
# scripts/check-hostile.py; pdfinfo and pdftotext (poppler-utils) for the PDF checks of
# scripts/check-starters.sh.
test_packages=(chromium fonts-noto-core nodejs cmark-gfm poppler-utils)
# The database tests: Debian's PostgreSQL server (initdb, pg_ctl, psql in /usr/lib/postgresql/*/bin),
# run as a throwaway cluster by scripts/with-test-postgres.sh (openssl makes its TLS certificate);
# python3 loads CSV into it.
test_packages+=(postgresql python3 openssl)
# Optional extras for the full test suite (HTML checker, browser test); see README.
if [ "${BOOMERANG_TEST_DEPS:-0}" = 1 ]; then
  packages+=("${test_packages[@]}" ${BOOMERANG_EXTRA_PACKAGES:-})
fi
# The benchmark's tools (`make bench`): GNU time for wall time and peak memory, python3 for the generator.
if [ "${BOOMERANG_BENCH_DEPS:-0}" = 1 ]; then
  packages+=(time python3)
  if [ "${BENCH_HUGO:-0}" = 1 ]; then packages+=(hugo); fi
fi
# The HTML5 parser the escaping tests parse pages with (html5lib, from PyPI).
if [ "${BOOMERANG_TEST_DEPS:-0}" = 1 ] && ! python3 -c 'import html5lib' 2>/dev/null; then
  echo "install-deps: installing html5lib (PyPI)" >&2
  python3 -m pip install --quiet --disable-pip-version-check html5lib >&2
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
