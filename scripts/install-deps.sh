#!/usr/bin/env bash
# Installs the Debian packages Kompas needs to build, test and run, when any is missing.
# Idempotent: a machine that has everything is left alone and nothing is downloaded.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build clang-format
  libboost-dev libboost-system-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql
  nlohmann-json3-dev libcli11-dev libspdlog-dev libfmt-dev
  libsodium-dev libcurl4-openssl-dev libtomlplusplus-dev libxml2-dev libzip-dev libxlsxwriter-dev zlib1g-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  nodejs npm chromium wrk curl ca-certificates python3
  poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# A machine may have node/npm from elsewhere (not dpkg): accept those.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "kompas: installing Debian packages: ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
