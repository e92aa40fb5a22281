#!/usr/bin/env bash
# Builds the front-end (web/dist) and the C++ targets with the given CMake preset (default ci:
# optimised, warnings as errors). Installs npm packages from the lock file when needed.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${PRESET:-ci}

if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
(cd web && npm run --silent build)

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
