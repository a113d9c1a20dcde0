#!/usr/bin/env bash
# Fills a PostgreSQL database with the synthetic generator's data (scripts/generate-synthetic.py:
# the same distributions as `make bench`) through COPY: by default 1,000,000 customers and about
# 20,000,000 orders (docs/database.md, "Scale"). Also leaves the CSV project in DIR, so a file
# build of the very same data can be compared. A DIR that already holds the generated project
# (content/data/orders.csv) is loaded as it is.
#   scripts/make-scale-database.sh URL DIR [CUSTOMERS] [SEED]
# Tables are replaced; needs python3 and psql. 1,000,000 customers take about 1 GB of CSV.
set -euo pipefail
url=${1:?usage: make-scale-database.sh URL DIR [CUSTOMERS] [SEED]}
dir=${2:?usage: make-scale-database.sh URL DIR [CUSTOMERS] [SEED]}
customers=${3:-1000000}
seed=${4:-7}
here=$(cd "$(dirname "$0")" && pwd)
psql=${BOOMERANG_TEST_PG_BIN:+$BOOMERANG_TEST_PG_BIN/}psql
start=$(date +%s)
[ -f "$dir/content/data/orders.csv" ] || python3 "$here/generate-synthetic.py" "$customers" "$dir" --seed "$seed"
generated=$(date +%s)
python3 "$here/csv-to-postgres.py" "$url" "$dir/content/data"
# Indexes a company's tables would have, then statistics for the planner.
"$psql" -q -X -v ON_ERROR_STOP=1 "$url" <<'SQL'
SET client_min_messages = warning;
CREATE INDEX ON orders (customer_id, date);
CREATE UNIQUE INDEX ON customers (id);
ANALYZE;
SQL
loaded=$(date +%s)
rows=$("$psql" -X -At "$url" -c "SELECT count(*) FROM orders")
echo "make-scale-database: $customers customers, $rows orders; generated in $((generated - start)) s, loaded (COPY, indexes, ANALYZE) in $((loaded - generated)) s" >&2
