#!/usr/bin/env bash
# Cold start and first execution of issue 4, on the embedded default (SQLite, samples loaded, ERP sandbox in process):
#   ready        process start -> first /health/ready 200 (polled every 10 ms), on an existing database;
#   first charge the first POST /workflows/charge-capture after ready (engine + the ERP path's first use);
#   first echo   the first POST /workflows/echo after ready, on other starts (engine only, no ERP call), and the
#                charge right after it (the ERP path's first use alone).
# The database is made once (a start and SEED charges) and then reused; STARTS starts of each kind, medians printed.
# SERVER_DLL picks another build output (e.g. a ReadyToRun publish); the default is the Release build.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS="${STARTS:-5}"; SEED="${SEED:-200}"; PORT="${PORT:-5391}"; MLLP_PORT="${MLLP_PORT:-25391}"
server_dll="${SERVER_DLL:-server/HealthFlows.Server/bin/Release/net10.0/HealthFlows.Server.dll}"
work="$(mktemp -d)"; key="bench-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"; server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [ -z "${SERVER_DLL:-}" ] && [ -z "${NO_BUILD:-}" ]; then
  dotnet build server/HealthFlows.Server -c Release --nologo -v quiet -clp:ErrorsOnly >&2
fi

source bench/lib/server.sh

post() { # path content-type body-file -> prints "ms"; fails unless HTTP 200
  local out; out="$(curl -s -o "$work/answer" -w '%{http_code} %{time_total}' -H "X-Api-Key: $key" -H "Content-Type: $2" \
    --data-binary @"$3" "http://127.0.0.1:$PORT$1")"
  [ "${out%% *}" = 200 ] || { echo "POST $1 answered ${out%% *}" >&2; cat "$work/answer" >&2; exit 1; }
  awk -v s="${out#* }" 'BEGIN {printf "%.1f", s*1000}'
}

charge() { # control-id -> ms, checks MSA|AA
  dft "$1" >"$work/dft"
  local ms; ms="$(post /workflows/charge-capture x-application/hl7-v2+er7 "$work/dft")"
  tr '\r' '\n' <"$work/answer" | grep -q '^MSA|AA|' || { echo "charge $1 was not answered AA" >&2; cat "$work/answer" >&2; exit 1; }
  echo "$ms"
}

echo_once() { echo '{"message":"hello","amount":250}' >"$work/echo"; post /workflows/echo application/json "$work/echo"; }

log "making the database: one start and $SEED charges"
start_server "$work/data" "$work/server.log" "$PORT" "$MLLP_PORT"
for i in $(seq 1 "$SEED"); do charge "SEED-$i" >/dev/null; done
stop_server

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
ready=(); first_charge=(); first_echo=(); charge_after_echo=()
for i in $(seq 1 "$STARTS"); do
  start_server "$work/data" "$work/server.log" "$PORT" "$MLLP_PORT"; ready+=("$ready_ms"); first_charge+=("$(charge "COLD-$i")")
  log "start $i: ready after $ready_ms ms, first charge ${first_charge[-1]} ms"
  stop_server
  start_server "$work/data" "$work/server.log" "$PORT" "$MLLP_PORT"; ready+=("$ready_ms"); first_echo+=("$(echo_once)"); charge_after_echo+=("$(charge "ECHO-$i")")
  log "start $i': ready after $ready_ms ms, first echo ${first_echo[-1]} ms, then charge ${charge_after_echo[-1]} ms"
  stop_server
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "| measurement | median | runs |"
echo "| --- | ---: | --- |"
echo "| cold start to /health/ready (ms) | $(printf '%s\n' "${ready[@]}" | median) | ${ready[*]} |"
echo "| first charge capture after ready (ms) | $(printf '%s\n' "${first_charge[@]}" | median) | ${first_charge[*]} |"
echo "| first echo after ready (ms) | $(printf '%s\n' "${first_echo[@]}" | median) | ${first_echo[*]} |"
echo "| charge capture after the first echo (ms) | $(printf '%s\n' "${charge_after_echo[@]}" | median) | ${charge_after_echo[*]} |"
echo
echo "Load average $load_start at the start, $load_end at the end; $(nproc) cores; server $server_dll."
