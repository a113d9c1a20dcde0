#!/usr/bin/env bash
# Fetches the CDNOW data (Fader, Hardie and Lee 2005) for the model tests: CDNOW_sample.txt
# (2,357 customers, the papers' sample) and CDNOW_master.txt (all 23,570 customers, for the
# calibration and report-card checks). Both ship inside the `lifetimes` package on PyPI; we
# download the wheel or sdist without installing it and extract them into .cache/cdnow/
# (not committed).
# Usage: scripts/fetch-cdnow.sh [destination-dir]   (default: .cache/cdnow under the package root)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$root/.cache/cdnow}"
target="$dest/CDNOW_sample.txt"
master="$dest/CDNOW_master.txt"

if [[ -s "$target" && -s "$master" ]]; then
    echo "CDNOW data already present: $dest"
    exit 0
fi

pip_cmd=""
for candidate in pip3 pip "python3 -m pip"; do
    if $candidate --version >/dev/null 2>&1; then pip_cmd="$candidate"; break; fi
done
if [[ -z "$pip_cmd" ]]; then
    echo "fetch-cdnow: pip not found; install Python's pip or set BOOMERANG_CDNOW to a CDNOW_sample.txt" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

downloaded=""
for version in 0.11.3 0.11.2 0.11.1 0.10.1; do
    if $pip_cmd download --quiet --no-deps "lifetimes==$version" -d "$work" >/dev/null 2>&1; then
        downloaded="$version"; break
    fi
    # Some versions only exist as a source archive.
    if $pip_cmd download --quiet --no-deps --no-binary :all: "lifetimes==$version" -d "$work" >/dev/null 2>&1; then
        downloaded="$version"; break
    fi
done
if [[ -z "$downloaded" ]]; then
    echo "fetch-cdnow: could not download the lifetimes package from PyPI (offline?)" >&2
    exit 1
fi

archive="$(find "$work" -maxdepth 1 -iname "lifetimes-*" | head -n 1)"
mkdir -p "$work/x"
case "$archive" in
    *.whl|*.zip) python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$archive" "$work/x" ;;
    *.tar.gz)    tar -xzf "$archive" -C "$work/x" ;;
    *) echo "fetch-cdnow: unexpected archive $archive" >&2; exit 1 ;;
esac

mkdir -p "$dest"
for name in CDNOW_sample.txt CDNOW_master.txt; do
    found="$(find "$work/x" -name "$name" | head -n 1)"
    if [[ -z "$found" ]]; then
        echo "fetch-cdnow: $name not found in lifetimes $downloaded" >&2
        exit 1
    fi
    cp "$found" "$dest/$name"
    echo "CDNOW data (lifetimes $downloaded): $dest/$name ($(wc -l < "$dest/$name") lines)"
done
