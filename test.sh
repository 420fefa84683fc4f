#!/usr/bin/env bash
# Runs every test of Saytara, the browser, GIS-reader and PostgreSQL tests included.
# Installs what a fresh Debian machine lacks for them: chromium + chromium-driver (the browser
# tests drive Debian's own Chromium, never a downloaded one), gdal-bin (ogrinfo reads the
# GeoJSON downloads as a GIS would), and postgresql + postgresql-15-postgis-3 (the review tests
# run against PostgreSQL with PostGIS as well as SQLite). Starts PostgreSQL when it is down and
# makes the test role and database; every step is idempotent and quick when already done.
set -euo pipefail
cd "$(dirname "$0")"

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v ogrinfo >/dev/null 2>&1 || missing+=(gdal-bin)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || missing+=(postgresql-15-postgis-3)
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# PostgreSQL for the review tests: the test role, database and PostGIS, on loopback.
# The tests read SAYTARA_TEST_PG; they fail (never skip) when it cannot be reached.
export SAYTARA_TEST_PG="${SAYTARA_TEST_PG:-jdbc:postgresql://127.0.0.1:5432/saytara_test?user=saytara_test&password=saytara_test}"
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
  $sudo pg_createcluster "$pg_version" main >/dev/null
fi
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
  echo "starting PostgreSQL $cluster"
  $sudo pg_ctlcluster $cluster start
fi
psql_admin() { $sudo -u postgres psql -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(id -u)" -eq 0 ]; then psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")"; }; fi
for _ in $(seq 1 30); do psql_admin -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'saytara_test'")" != "1" ]; then
  psql_admin -c "CREATE ROLE saytara_test LOGIN PASSWORD 'saytara_test'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'saytara_test'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE saytara_test OWNER saytara_test"
fi
psql_admin -d saytara_test -c "CREATE EXTENSION IF NOT EXISTS postgis"

exec mvn -B -ntp verify "$@"
