#!/usr/bin/env bash
# make test: install what is missing, build with warnings as errors, and run every suite:
# C++ unit and store tests (SQLite and a throwaway PostgreSQL 15 on 127.0.0.1), CLI import
# tests, HTTP tests against started servers (SQLite and PostgreSQL), front-end unit tests and a
# browser test in Debian's chromium. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
preset=${PRESET:-ci}
out="$root/test-output"
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d /tmp/kompas-test.XXXXXX)
chmod 755 "$work"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  bash scripts/pg-test-cluster.sh stop "$work/pg" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

bash scripts/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
if ! bash scripts/build.sh > "$out/build.log" 2>&1; then
  tail -50 "$out/build.log"
  echo "build: FAILED (see test-output/build.log)"
  echo "0 passed, 1 failed"
  exit 1
fi
bin="$root/build/$preset/kompas"

total_pass=0
total_fail=0
summary=()
# record NAME PASS FAIL
record() {
  total_pass=$((total_pass + $2)); total_fail=$((total_fail + $3))
  summary+=("$(printf '%-22s %4d passed, %d failed' "$1" "$2" "$3")")
}
# A suite that printed no count but failed still counts as one failure.
counts_or_fail() {  # NAME EXIT PASS FAIL
  local pass=${3:-0} fail=${4:-0}
  if [ "$2" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi
  record "$1" "$pass" "$fail"
}
node_counts() {  # LOGFILE -> "pass fail" from node's TAP summary
  local p f
  p=$(grep -E '^# pass [0-9]+' "$1" | tail -1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$1" | tail -1 | awk '{print $3}')
  echo "${p:-0} ${f:-0}"
}
npm_install() {  # DIR
  if [ ! -d "$1/node_modules" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error) >> "$out/npm.log" 2>&1
  fi
}
wait_for_health() {  # URL
  for _ in $(seq 1 100); do
    curl -fsS "$1/api/health" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  return 1
}

# --- PostgreSQL for the store tests and a second server ---
pg_url=$(bash scripts/pg-test-cluster.sh start "$work/pg" 55432 2> "$out/postgres.log" | tail -1)
if [[ $pg_url != postgresql://* ]]; then
  echo "PostgreSQL test cluster did not start:"; cat "$out/postgres.log"
  record "postgres-cluster" 0 1
  pg_url=""
fi
export KOMPAS_TEST_POSTGRES_URL=$pg_url

# --- C++ unit, ingest and store tests ---
ctest --preset "$preset" --output-junit "$out/ctest.xml" > "$out/ctest.log" 2>&1
rc=$?
line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$out/ctest.log" | tail -1)
ctest_total=$(echo "$line" | sed -E 's/.*out of ([0-9]+).*/\1/')
ctest_fail=$(echo "$line" | sed -E 's/.* ([0-9]+) tests failed.*/\1/')
ctest_skip=$(grep -c '\*\*\*Skipped' "$out/ctest.log" || true)
[ "$rc" -ne 0 ] && grep -E '\*\*\*Failed|Failed  |Not Run' "$out/ctest.log" | head -20
counts_or_fail "c++ (ctest)" "$rc" "$(( ${ctest_total:-0} - ${ctest_fail:-0} - ctest_skip ))" "${ctest_fail:-0}"
if [ -n "$pg_url" ] && [ "$ctest_skip" -gt 0 ]; then
  echo "ctest skipped $ctest_skip tests although PostgreSQL was available:"; grep Skipped "$out/ctest.log" | head
  record "c++ skipped" 0 "$ctest_skip"
fi

# --- servers under test: SQLite with the demo, and PostgreSQL with the demo ---
# Each gets a platform administrator (made with the CLI, as a real installation would) and the
# demo account that `make run` makes; the browser test signs in with its printed password.
export KOMPAS_ADMIN_EMAIL=beheer@kompas.local
export KOMPAS_ADMIN_PASSWORD="beheer-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export KOMPAS_PARTNER_ORG="Zorgaanbieder De Brug"
prepare_accounts() {  # STORAGE-ARGS...
  printf '%s\n' "$KOMPAS_ADMIN_PASSWORD" | "$bin" user add --admin --email "$KOMPAS_ADMIN_EMAIL" --name Beheerder "$@" \
    > /dev/null && "$bin" org add --name "$KOMPAS_PARTNER_ORG" --kind provider "$@" > /dev/null
}
# --publish-seconds: an upload answers once the figures across providers hold it (on the tests'
# small data at once), so a test reads them right after without racing the warm-up.
start_server() {  # NAME PORT ARGS...
  local name=$1 port=$2; shift 2
  "$bin" serve --port "$port" --address 127.0.0.1 --web-dir "$root/web/dist" --demo-dir "$root/data/demo" \
    --demo-account --publish-seconds 120 "$@" > "$out/server-$name.log" 2>&1 &
  pids+=($!)
  wait_for_health "http://127.0.0.1:$port"
}
sqlite_url=http://127.0.0.1:18080
prepare_accounts --data-dir "$work/data" || { echo "could not create the test accounts (SQLite)"; record "accounts (sqlite)" 0 1; }
# The SQLite server logs at debug level: tests/cli/bsn_search.test.mjs searches that log for BSNs too.
KOMPAS_LOG_LEVEL=debug start_server sqlite 18080 --data-dir "$work/data" ||
  { echo "SQLite server did not start"; cat "$out/server-sqlite.log"; }
export KOMPAS_DEMO_EMAIL=demo@kompas.local
KOMPAS_DEMO_PASSWORD=$(sed -n 's/^Demo-account: demo@kompas.local  wachtwoord: \([^ ]*\).*/\1/p' "$out/server-sqlite.log")
export KOMPAS_DEMO_PASSWORD
pg_server_url=""
if [ -n "$pg_url" ]; then
  psql "$pg_url" -qc 'CREATE DATABASE kompas_http' >/dev/null 2>&1
  pg_http="${pg_url%/*}/kompas_http"
  prepare_accounts --database "$pg_http" || { echo "could not create the test accounts (PostgreSQL)"; record "accounts (postgres)" 0 1; }
  if start_server postgres 18081 --database "$pg_http"; then
    pg_server_url=http://127.0.0.1:18081
  else
    echo "PostgreSQL server did not start"; cat "$out/server-postgres.log"; record "postgres-server" 0 1
  fi
fi

# --- HTTP API tests, against both servers ---
npm_install tests/http
for target in "sqlite $sqlite_url" ${pg_server_url:+"postgres $pg_server_url"}; do
  set -- $target
  # Each server printed its own demo password on its first start.
  demo_password=$(sed -n 's/^Demo-account: demo@kompas.local  wachtwoord: \([^ ]*\).*/\1/p' "$out/server-$1.log")
  KOMPAS_URL=$2 KOMPAS_DEMO_PASSWORD=$demo_password node --test --test-reporter=tap tests/http/ > "$out/http-$1.log" 2>&1
  rc=$?
  read -r p f < <(node_counts "$out/http-$1.log")
  [ "$rc" -ne 0 ] && grep -E '^\s*not ok' "$out/http-$1.log" | head -20
  counts_or_fail "http ($1)" "$rc" "$p" "$f"
done

# --- one definition of each class or struct name per namespace (the ODR), in src/ and bench/ ---
if bash scripts/check-odr.sh src bench > "$out/odr.log" 2>&1; then
  record "odr (headers)" 1 0
else
  cat "$out/odr.log"; record "odr (headers)" 0 1
fi

# --- the front-end's API types are generated from docs/api/openapi.yaml: a stale copy fails ---
if (cd web && npm run -s types:check) > "$out/types.log" 2>&1; then
  record "web (api types)" 1 0
else
  cat "$out/types.log"; record "web (api types)" 0 1
fi

# --- front-end unit tests ---
(cd web && npx vitest run --reporter=json --outputFile="$out/vitest.json") > "$out/vitest.log" 2>&1
rc=$?
read -r p f < <(node -e 'try{const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests)}catch{console.log("0 0")}' "$out/vitest.json")
[ "$rc" -ne 0 ] && tail -30 "$out/vitest.log"
counts_or_fail "web (vitest)" "$rc" "$p" "$f"

# --- browser test in Debian's chromium ---
npm_install tests/browser
KOMPAS_URL=$sqlite_url KOMPAS_TEST_OUTPUT="$out" node --test --test-reporter=tap tests/browser/ > "$out/browser.log" 2>&1
rc=$?
read -r p f < <(node_counts "$out/browser.log")
[ "$rc" -ne 0 ] && grep -E 'not ok|Error' "$out/browser.log" | head -20
counts_or_fail "browser (chromium)" "$rc" "$p" "$f"

# --- CLI tests last: one of them imports into the running SQLite server's data ---
KOMPAS_BIN=$bin KOMPAS_URL=$sqlite_url KOMPAS_SERVER_DATA_DIR="$work/data" KOMPAS_TEST_OUTPUT="$out" \
  KOMPAS_PG_DATA_DIR="$work/pg" \
  node --test --test-reporter=tap tests/cli/ > "$out/cli.log" 2>&1
rc=$?
read -r p f < <(node_counts "$out/cli.log")
[ "$rc" -ne 0 ] && grep -E '^\s*not ok' "$out/cli.log" | head -20
counts_or_fail "cli" "$rc" "$p" "$f"

echo
echo "Kompas test suites (logs and screenshots in test-output/):"
printf '  %s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
