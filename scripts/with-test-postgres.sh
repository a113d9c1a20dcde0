#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster (the database tests, docs/database.md):
# initdb in a temporary folder, the server on a free loopback port, then stopped and deleted
# when the command ends, also when it fails or is interrupted. The command sees
#   BOOMERANG_TEST_DATABASE_URL  postgres://boomerang:<random password>@127.0.0.1:<port>/postgres
#   BOOMERANG_TEST_PG_BIN        the folder with psql, initdb, pg_ctl
#   BOOMERANG_TEST_PG_CA         the server's self-signed certificate (for 127.0.0.1): TLS is on,
#                                so the tests can check each sslmode against a real handshake
# initdb and postgres refuse to run as root: as root (CI) the cluster runs as the system user
# postgres (Debian's package makes it; created here when missing).
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-test-postgres: no PostgreSQL server in /usr/lib/postgresql (BOOMERANG_TEST_DEPS=1 scripts/install-deps.sh installs it)" >&2
  exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/boomerang-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  as_owner=(runuser -u postgres --)
  chown postgres "$dir"
fi
chmod 700 "$dir"
cleanup() {
  # Bounded: pg_ctl waits at most 20 s for a fast shutdown, then the server is killed outright.
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 20 stop >/dev/null 2>&1 \
      || "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" > "$dir/password"
[ ${#as_owner[@]} -gt 0 ] && chown postgres "$dir/password"
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U boomerang --pwfile="$dir/password" --auth=scram-sha-256 \
  --no-locale -E UTF8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/password"
# A certificate for 127.0.0.1 that is its own root: sslmode=verify-full can check it.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1
chmod 600 "$dir/server.key"
chmod 644 "$dir/server.crt"
[ ${#as_owner[@]} -gt 0 ] && chown postgres "$dir/server.key" "$dir/server.crt"
# A free port can be taken by someone else before the server binds it: try a few.
started=0
for attempt in 1 2 3 4 5; do
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=40 -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key" start >/dev/null 2>&1; then
    started=1; break
  fi
done
if [ "$started" != 1 ]; then
  echo "with-test-postgres: the server did not start; its log:" >&2
  cat "$dir/server.log" >&2 || true
  exit 1
fi
export BOOMERANG_TEST_DATABASE_URL="postgres://boomerang:$password@127.0.0.1:$port/postgres?sslmode=disable"
export BOOMERANG_TEST_PG_BIN="$bin"
export BOOMERANG_TEST_PG_CA="$dir/server.crt"
echo "with-test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)" >&2
"$@"
