#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK and Node.js: PostgreSQL 15 (the persistence tests start
# their own server on loopback) and Chromium (the designer's browser tests). Runs apt-get only when
# something is missing, and only as root; otherwise it says what to install and fails.
set -euo pipefail

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet was not found)." >&2; exit 1; }
command -v npm >/dev/null || missing+=(nodejs npm)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing test prerequisites: ${missing[*]}. Install them (e.g. sudo apt-get install ${missing[*]}) and run again." >&2
  exit 1
fi

echo "Installing test prerequisites: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
