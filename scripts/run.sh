#!/usr/bin/env bash
# make run: install what is missing, build, and serve Kompas on SQLite with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
preset=${PRESET:-ci}
exec "build/$preset/kompas" serve --port "${PORT:-8080}" --data-dir "${DATA_DIR:-./kompas-data}" --demo-account
