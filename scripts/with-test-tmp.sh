#!/usr/bin/env bash
# Runs a command with TMPDIR set to a fresh folder that is deleted when the command ends, also
# when it fails or is interrupted. The tests make a throwaway project folder per test, and
# Chromium a profile per run; without this every `make test` left about 200 folders (several
# GB) in /tmp. The folder stays short (/tmp/boomerang-test.XXXXXX) because the test PostgreSQL
# cluster puts its Unix socket under TMPDIR, and socket paths are limited to 107 bytes.
set -euo pipefail
dir=$(mktemp -d /tmp/boomerang-test.XXXXXX)
# Readable by others: as root the test cluster runs as the user postgres, inside this folder.
chmod 755 "$dir"
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT TERM
TMPDIR=$dir "$@"
