#!/usr/bin/env bash
# Runs HealthFlows on its embedded default: SQLite in .data/, the sample workflows, the ERP sandbox under
# /sandbox/erp and the designer at the printed URL. Builds the designer first when it is missing or stale.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${HEALTHFLOWS_DATA:-$PWD/.data}"
url="${HEALTHFLOWS_URL:-http://127.0.0.1:5080}"
mkdir -p "$data"

if [ ! -f designer/dist/index.html ] || [ -n "$(find designer/src designer/index.html designer/package-lock.json -newer designer/dist/index.html -print -quit)" ]; then
  echo "Building the designer..."
  (cd designer && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent)
fi

# The admin API key comes from HealthFlows__Bootstrap__AdminApiKey; without one, a random key is made once
# and kept in the data directory (never in the repository).
if [ -z "${HealthFlows__Bootstrap__AdminApiKey:-}" ]; then
  keyfile="$data/admin-api-key"
  [ -s "$keyfile" ] || (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$keyfile")
  export HealthFlows__Bootstrap__AdminApiKey="$(cat "$keyfile")"
  key_source="generated and kept in $keyfile"
else
  key_source="from HealthFlows__Bootstrap__AdminApiKey"
fi
export HealthFlows__DataDirectory="$data"

echo "HealthFlows: designer and API at $url (API reference at $url/scalar)"
echo "Admin API key ($key_source): $HealthFlows__Bootstrap__AdminApiKey"
exec dotnet run --project server/HealthFlows.Server -c Release -- --urls "$url"
