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
# The same for the first Admin user of the designer's sign-in: user "admin" (or HealthFlows__Bootstrap__AdminUser)
# with a random password made once and kept in the data directory. It is created only while no user exists.
export HealthFlows__Bootstrap__AdminUser="${HealthFlows__Bootstrap__AdminUser:-admin}"
if [ -z "${HealthFlows__Bootstrap__AdminPassword:-}" ]; then
  passwordfile="$data/admin-password"
  [ -s "$passwordfile" ] || (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '\n/+=' > "$passwordfile")
  export HealthFlows__Bootstrap__AdminPassword="$(cat "$passwordfile")"
  password_source="generated and kept in $passwordfile"
else
  password_source="from HealthFlows__Bootstrap__AdminPassword"
fi
export HealthFlows__DataDirectory="$data"

echo "HealthFlows: designer and API at $url (API reference at $url/scalar)"
echo "Sign in as user '$HealthFlows__Bootstrap__AdminUser' with password $HealthFlows__Bootstrap__AdminPassword ($password_source)"
echo "Admin API key ($key_source): $HealthFlows__Bootstrap__AdminApiKey"
exec dotnet run --project server/HealthFlows.Server -c Release -- --urls "$url"
