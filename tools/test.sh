#!/usr/bin/env bash
# Runs every test: the .NET suites (engine, persistence on SQLite and on a PostgreSQL it starts, the API over
# Kestrel, HL7, the ERP sandbox) and the designer's lint, type check, component tests, build and browser tests.
# Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash tools/prerequisites.sh || exit 1
log="$(mktemp -d)"
status=0

echo "== .NET build and tests"
dotnet build HealthFlows.sln -c Debug --nologo -v quiet -clp:ErrorsOnly || exit 1
dotnet test HealthFlows.sln -c Debug --no-build --nologo 2>&1 | tee "$log/dotnet.txt"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

echo "== Designer"
(
  cd designer
  npm ci --no-audit --no-fund --loglevel=error &&
  npm run --silent lint &&
  npm run --silent typecheck &&
  npx vitest run 2>&1 | tee "$log/vitest.txt" && [ "${PIPESTATUS[0]}" -eq 0 ] &&
  npm run --silent build &&
  echo "== Designer browser tests (Chromium against a real server)" &&
  npm run --silent e2e 2>&1 | tee "$log/e2e.txt" && [ "${PIPESTATUS[0]}" -eq 0 ]
) || status=1

# One summary line over every runner: dotnet prints "Failed: a, Passed: b" per test project,
# vitest prints "Tests  b passed (n)" or "Tests  a failed | b passed (n)".
passed=0; failed=0
while read -r f p; do failed=$((failed + f)); passed=$((passed + p)); done < <(
  sed -nE 's/.*Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),.*/\1 \2/p' "$log/dotnet.txt")
if [ -f "$log/vitest.txt" ]; then
  line="$(sed 's/\x1b\[[0-9;]*m//g' "$log/vitest.txt" | grep -E '^[[:space:]]*Tests[[:space:]]' | tail -1)"
  vf="$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$line")"; vp="$(sed -nE 's/.* ([0-9]+) passed.*/\1/p' <<<"$line")"
  failed=$((failed + ${vf:-0})); passed=$((passed + ${vp:-0}))
fi
if [ -f "$log/e2e.txt" ]; then
  ep="$(sed -nE 's/^(#|ℹ) pass ([0-9]+)$/\2/p' "$log/e2e.txt" | tail -1)"; ef="$(sed -nE 's/^(#|ℹ) fail ([0-9]+)$/\2/p' "$log/e2e.txt" | tail -1)"
  failed=$((failed + ${ef:-0})); passed=$((passed + ${ep:-0}))
fi
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
