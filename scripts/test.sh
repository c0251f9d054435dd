#!/usr/bin/env bash
# The whole test suite, as the README's `make test` and CI run it, on a fresh Debian machine as root:
# installs PostgreSQL, Chromium and Korean fonts (and poppler-utils) from Debian's packages when missing, the Python
# environment, then runs ruff and pytest twice: on SQLite and on a real PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

log() { printf '\n== %s\n' "$*"; }

# --- system packages -------------------------------------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || need+=(fonts-noto-cjk)
ls /usr/share/fonts/truetype/nanum/NanumGothic.ttf >/dev/null 2>&1 || need+=(fonts-nanum)  # embedded in PDFs
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)  # tests read the PDFs back
# the distribution's (optimised) Python makes the environment: it needs python3-venv (see the Makefile)
if [ -x /usr/bin/python3 ] && ! /usr/bin/python3 -c 'import ensurepip' >/dev/null 2>&1; then need+=(python3-venv); fi
if [ ${#need[@]} -gt 0 ]; then
  log "installing Debian packages: ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "run as root (or install: ${need[*]})" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- Python environment ----------------------------------------------------------------------------
log "Python environment (.venv)"
make -s install
PY="$ROOT/.venv/bin/python"

# --- lint ------------------------------------------------------------------------------------------
log "ruff"
"$ROOT/.venv/bin/ruff" check src tests

# --- PostgreSQL ------------------------------------------------------------------------------------
log "PostgreSQL"
PGVER=$(ls /usr/lib/postgresql | sort -n | tail -1)
PGBIN=/usr/lib/postgresql/$PGVER/bin
PGDATA_DIR="$ROOT/var/pgtest"
PGPORT=${PGTEST_PORT:-54329}
PGSOCK="$ROOT/var/pgsock"
mkdir -p "$PGSOCK"
if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
  mkdir -p "$PGDATA_DIR"
  chown -R postgres:postgres "$PGDATA_DIR" "$PGSOCK"
  su postgres -c "$PGBIN/initdb -D '$PGDATA_DIR' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
fi
chown -R postgres:postgres "$PGDATA_DIR" "$PGSOCK"
if ! su postgres -c "$PGBIN/pg_ctl -D '$PGDATA_DIR' status" >/dev/null 2>&1; then
  su postgres -c "$PGBIN/pg_ctl -D '$PGDATA_DIR' -l '$PGDATA_DIR/server.log' -w \
    -o '-p $PGPORT -k $PGSOCK -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off' start" >/dev/null
fi
stop_pg() { su postgres -c "$PGBIN/pg_ctl -D '$PGDATA_DIR' -m fast stop" >/dev/null 2>&1 || true; }
trap stop_pg EXIT
"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname='gyoryu'" | grep -q 1 \
  || "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE ROLE gyoryu LOGIN SUPERUSER PASSWORD 'gyoryu'"
"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='gyoryu'" | grep -q 1 \
  || "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE gyoryu OWNER gyoryu"

# --- tests -----------------------------------------------------------------------------------------
export CHROMIUM_BIN=${CHROMIUM_BIN:-$(command -v chromium)}
# Coverage is measured on the SQLite run (pytest-cov, configured in pyproject.toml; the PostgreSQL run goes
# through the same code, so measuring it too would double the cost for little) and its total printed. No
# threshold fails the run: the figure is for reading, and a number to chase invites tests that cannot fail.
export COVERAGE_FILE="$ROOT/var/coverage"
log "pytest on SQLite"
env -u DATABASE_URL "$PY" -m pytest -p no:cacheprovider --cov --cov-report= "$@"
echo "coverage of src/gyoryu on the SQLite run: $("$ROOT/.venv/bin/coverage" report --format=total)%" \
  "(per file: .venv/bin/coverage report --data-file=var/coverage)"
log "pytest on PostgreSQL $PGVER"
DATABASE_URL="postgres://gyoryu:gyoryu@127.0.0.1:$PGPORT/gyoryu" "$PY" -m pytest -p no:cacheprovider "$@"
