#!/usr/bin/env bash
# Engine throughput benchmark (issue 2): the ten-step workflow (bench/workflows/ten-steps.json) through the
# execute API with every instance persisted, on SQLite and on PostgreSQL; the same server's /health/live in the
# same run as the ceiling; and the same workflow on WorkflowCore 3.22 (in-memory store) as the peer.
# Each figure is the median of RUNS runs of DURATION seconds with wrk (2 threads, CONNECTIONS connections).
# Needs wrk and PostgreSQL 15 (apt-get install wrk postgresql). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"; CONNECTIONS="${CONNECTIONS:-16}"; RUNS="${RUNS:-3}"
work="$(mktemp -d)"; key="bench-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
server_pid=""; pg_bin="$(ls -d /usr/lib/postgresql/*/bin | tail -1)"
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -f "$work/pg/PG_VERSION" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build server/HealthFlows.Server -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet build bench/HealthFlows.Bench.WorkflowCore -c Release --nologo -v quiet -clp:ErrorsOnly

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# wrk_rps URL [script] -> prints "rps p50_ms p99_ms" of one run
wrk_run() {
  local out; out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${2:+-s "$2"} "$1")"
  local rps p50 p99 errors
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"; p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  [ -z "$errors" ] || { echo "wrk saw $errors non-2xx answers" >&2; echo "$out" >&2; exit 1; }
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); print v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); print v } else { sub(/s$/,"",v); print v*1000 } }'; }

start_server() { # provider connection-string port
  HealthFlows__Bootstrap__AdminApiKey="$key" HealthFlows__DataDirectory="$work/$1" HealthFlows__Samples__Load=false \
  HealthFlows__ErpSandbox__Enabled=false HealthFlows__Database__Provider="$1" ConnectionStrings__HealthFlows="$2" \
  ASPNETCORE_ENVIRONMENT=Production HealthFlows__Logging__Json=false Serilog__MinimumLevel__Default=Warning \
    dotnet server/HealthFlows.Server/bin/Release/net10.0/HealthFlows.Server.dll --urls "http://127.0.0.1:$3" >"$work/$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$3/health/ready" >/dev/null && break; sleep 0.2; done
  curl -sf -H "X-Api-Key: $key" -H 'Content-Type: application/json' --data @bench/workflows/ten-steps.json "http://127.0.0.1:$3/api/workflow-definitions" >/dev/null
  curl -sf -H "X-Api-Key: $key" -X POST "http://127.0.0.1:$3/api/workflow-definitions/bench-ten-steps/publish" >/dev/null
}

measure() { # provider connection-string port -> prints a result line
  start_server "$1" "$2" "$3"
  local base="http://127.0.0.1:$3"
  HF_KEY="$key" wrk -t2 -c"$CONNECTIONS" -d3s -s bench/execute.lua "$base/api/workflow-definitions/bench-ten-steps/execute" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d3s "$base/health/live" >/dev/null
  local live=() exec=() p50=() p99=()
  for _ in $(seq 1 "$RUNS"); do
    read -r r _ _ < <(wrk_run "$base/health/live"); live+=("$r")
    read -r r a b < <(HF_KEY="$key" wrk_run "$base/api/workflow-definitions/bench-ten-steps/execute" bench/execute.lua); exec+=("$r"); p50+=("$a"); p99+=("$b")
  done
  local instances; instances="$(curl -sf -H "X-Api-Key: $key" "$base/api/workflow-instances?definitionId=bench-ten-steps&status=finished&pageSize=1" | sed -E 's/.*"totalCount":([0-9]+).*/\1/')"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  local l e; l="$(printf '%s\n' "${live[@]}" | median)"; e="$(printf '%s\n' "${exec[@]}" | median)"
  printf '%s|%.0f|%.0f|%.2f|%.1f|%.1f|%s\n' "$1" "$e" "$l" "$(awk -v e="$e" -v l="$l" 'BEGIN{print e/l}')" \
    "$(printf '%s\n' "${p50[@]}" | median)" "$(printf '%s\n' "${p99[@]}" | median)" "$instances"
}

# PostgreSQL on loopback in a temp dir (initdb refuses root, so it runs as the postgres user).
chmod 755 "$work" && mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -o "-p 55432 -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on" -w start >/dev/null

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -r); date: $(date -u +%F)"
echo "provider|instances/s|/health/live req/s|ratio|p50 ms|p99 ms|instances stored"
measure Sqlite "" 5091
measure PostgreSql "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres;Maximum Pool Size=64" 5092

peer=()
for _ in $(seq 1 "$RUNS"); do
  peer+=("$(dotnet bench/HealthFlows.Bench.WorkflowCore/bin/Release/net10.0/HealthFlows.Bench.WorkflowCore.dll "$DURATION" "$CONNECTIONS" | awk '{print $2}')")
done
echo "WorkflowCore 3.22 in-memory (in-process, no HTTP)|$(printf '%s\n' "${peer[@]}" | median)|||||"
