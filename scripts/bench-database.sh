#!/usr/bin/env bash
# Measures the database path on synthetic data (docs/database.md, "Scale"), beside a throwaway
# cluster: run as  scripts/with-test-postgres.sh scripts/bench-database.sh [CUSTOMERS]
# Prints wall time and peak memory (GNU time) of: a build from the files, a build of the same data
# from the database, and a 1/8 shard build from the database, with that shard's stage lines (its
# load stage is the push-down: the purchase-day aggregate over every order, then the shard's own
# orders; docs/database.md).
# BENCH_FULL=0 skips the two full builds (at 1,000,000 customers they write about 33 GB) and
# builds shard 1/8 from the files too, for comparison.
set -euo pipefail
customers=${1:-100000}
url=${BOOMERANG_TEST_DATABASE_URL:?run inside scripts/with-test-postgres.sh}
here=$(cd "$(dirname "$0")" && pwd)
bin=${BOOMERANG_BIN:-$here/../.build/release/boomerang}
psql=${BOOMERANG_TEST_PG_BIN:+$BOOMERANG_TEST_PG_BIN/}psql
work=$(mktemp -d "${TMPDIR:-/tmp}/boomerang-dbbench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# BENCH_PROJECT: a project generate-synthetic.py wrote before, used instead of generating anew.
if [ -n "${BENCH_PROJECT:-}" ]; then cp -r "$BENCH_PROJECT" "$work/files"; fi
"$here/make-scale-database.sh" "$url" "$work/files" "$customers"
# The same project reading every kind from the database instead of its files.
mkdir -p "$work/db/content"
cp -r "$work/files/templates" "$work/db/templates"
cp -r "$work/files/content/playbooks" "$work/db/content/playbooks"
cp "$work/files/content/handbook.yml" "$work/db/content/handbook.yml"
cat >> "$work/db/content/handbook.yml" <<'YAML'
database:
  managers: {table: managers}
  customers: {table: customers}
  orders: {table: orders}
  churn: {table: churn}
  complaints: {table: complaints}
  contacts: {table: contacts}
YAML
measure() {  # NAME COMMAND...: one line with seconds and peak resident memory
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kb < "$work/time"
  printf '%-34s %8.1f s %8d MB\n' "$name" "$secs" $((kb / 1024))
}
echo "== $customers customers, $("$psql" -X -At "$url" -c 'SELECT count(*) FROM orders') orders"
if [ "${BENCH_FULL:-1}" = 1 ]; then
  measure "build from files" "$bin" build --quiet --no-cache --no-spare --root "$work/files"
  measure "build from the database" env BOOMERANG_DATABASE_URL="$url" "$bin" build --quiet --no-cache --no-spare --root "$work/db"
  if diff -rq "$work/files/output" "$work/db/output" >/dev/null; then echo "the two outputs are identical"; else echo "the two outputs DIFFER"; fi
  rm -rf "$work/files/output" "$work/db/output"
else
  measure "1/8 shard build from files" "$bin" build --quiet --no-cache --no-spare --shard 1/8 --root "$work/files"
  rm -rf "$work/files/output"
fi
measure "1/8 shard build from the database" env BOOMERANG_DATABASE_URL="$url" "$bin" build --no-cache --no-spare --shard 1/8 --root "$work/db"
grep -E '^[a-z+ ]+ +[0-9.]+ s$' "$work/err" | sed 's/^/  /'
rm -rf "$work/db/output"
