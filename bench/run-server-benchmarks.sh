#!/usr/bin/env bash
# Server benchmarks of issue 4, on the embedded default (samples loaded, ERP sandbox in the same process), loopback only:
#   ceiling      /health/live requests/s of the same server process, measured between the runs below;
#   charge       POST /workflows/charge-capture with a DFT^P03 (two FT1 lines), wrk -t2 -c16 --latency, every answer
#                checked for HTTP 200 + MSA|AA (bench/charge-capture.lua), on SQLite and on PostgreSQL 15;
#   mllp         ADT A01/A04/A08 to the adt-intake sample over 8 connections (bench/HealthFlows.Bench.Mllp), AA/s;
#   cold start   process start -> /health/ready 200, and the first charge-capture POST after that, on an existing database.
# Each throughput figure is the median of RUNS runs of DURATION seconds; cold start the median of STARTS starts.
# Needs wrk and PostgreSQL 15 (apt-get install wrk postgresql-15). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-20}"; LIVE_DURATION="${LIVE_DURATION:-10}"; RUNS="${RUNS:-3}"; STARTS="${STARTS:-5}"
CONNECTIONS="${CONNECTIONS:-16}"; MLLP_CONNECTIONS="${MLLP_CONNECTIONS:-8}"; WARMUP="${WARMUP:-5}"
PROVIDERS="${PROVIDERS:-Sqlite PostgreSql}"
work="$(mktemp -d)"; key="bench-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
server_pid=""; pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"; pg_port=55433
server_dll=server/HealthFlows.Server/bin/Release/net10.0/HealthFlows.Server.dll
mllp_dll=bench/HealthFlows.Bench.Mllp/bin/Release/net10.0/HealthFlows.Bench.Mllp.dll
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -f "$work/pg/PG_VERSION" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build server/HealthFlows.Server -c Release --nologo -v quiet -clp:ErrorsOnly >&2
dotnet build bench/HealthFlows.Bench.Mllp -c Release --nologo -v quiet -clp:ErrorsOnly >&2

source bench/lib/server.sh
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/,"",v); print v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); print v } else { sub(/s$/,"",v); print v*1000 } }'; }
# CPU seconds (user + system) the server process has used so far: divided by the messages of a run it gives the
# server's CPU per message, which the other jobs on a shared machine disturb far less than requests/s.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$server_pid/stat"; }
cpu_ms_per() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.2f", (n > 0 ? (b - a) * 1000 / n : 0) }'; }

wait_port() { for _ in $(seq 1 500); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.02; done; echo "port $1 never opened" >&2; exit 1; }

# One wrk run; prints "rps p50_ms p99_ms not_aa non_2xx".
wrk_run() { # url seconds [lua-script]
  local out; out="$(wrk -t2 -c"$CONNECTIONS" -d"$2s" --latency ${3:+-s "$3"} "$1")"
  local rps p50 p99 bad non2xx
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"; p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  bad="$(awk '$1=="not_aa" {print $2}' <<<"$out")"; non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${bad:-0} ${non2xx:-0}"
}

# post_charge PORT CONTROL-ID -> prints "ms msa-code"
post_charge() {
  local body; body="$(dft "$2" | curl -s -o "$work/answer" -w '%{time_total}' -H "X-Api-Key: $key" \
    -H 'Content-Type: x-application/hl7-v2+er7' --data-binary @- "http://127.0.0.1:$1/workflows/charge-capture")"
  echo "$(awk -v s="$body" 'BEGIN {printf "%.1f", s*1000}') $(tr '\r' '\n' <"$work/answer" | awk -F'|' '$1=="MSA" {print $2}')"
}

declare -A result
measure_provider() { # NAME PROVIDER CONNECTION-STRING HTTP-PORT MLLP-PORT
  local name="$1" base="http://127.0.0.1:$4"
  log "$name: starting the server"
  start_server "$work/$1" "$work/$1.log" "$4" "$5" "$2" "$3"
  read -r _ code < <(post_charge "$4" "WARM-$name")
  [ "$code" = AA ] || { echo "$name: the first charge was answered '$code', not AA" >&2; cat "$work/answer" >&2; exit 1; }
  HF_KEY="$key" HF_RUN="W$name" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/charge-capture.lua "$base/workflows/charge-capture" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d3s "$base/health/live" >/dev/null
  local live=() rps=() p50=() p99=() cpu=() bad=0 c0
  for run in $(seq 1 "$RUNS"); do
    read -r r _ _ _ _ < <(wrk_run "$base/health/live" "$LIVE_DURATION"); live+=("$r")
    c0="$(cpu_s)"
    read -r r a b n x < <(HF_KEY="$key" HF_RUN="$name$run" wrk_run "$base/workflows/charge-capture" "$DURATION" bench/charge-capture.lua)
    cpu+=("$(cpu_ms_per "$c0" "$(cpu_s)" "$(awk -v r="$r" -v d="$DURATION" 'BEGIN {print r * d}')")")
    rps+=("$r"); p50+=("$a"); p99+=("$b"); bad=$((bad + n + x))
    log "$name run $run: live ${live[-1]} req/s, charge $r msg/s, p50 $a ms, p99 $b ms, not AA $n, server CPU ${cpu[-1]} ms/msg"
  done
  result[$name.live]="$(printf '%s\n' "${live[@]}" | median)"; result[$name.rps]="$(printf '%s\n' "${rps[@]}" | median)"
  result[$name.p50]="$(printf '%s\n' "${p50[@]}" | median)"; result[$name.p99]="$(printf '%s\n' "${p99[@]}" | median)"
  result[$name.bad]="$bad"; result[$name.cpu]="$(printf '%s\n' "${cpu[@]}" | median)"

  wait_port "$5"
  local acks=() mcpu=() other=0
  dotnet "$mllp_dll" 127.0.0.1 "$5" "$MLLP_CONNECTIONS" 3 0 >/dev/null || true
  for run in $(seq 1 "$RUNS"); do
    c0="$(cpu_s)"
    read -r _ a _ m _ o _ < <(dotnet "$mllp_dll" 127.0.0.1 "$5" "$MLLP_CONNECTIONS" "$DURATION" 2 || true)
    mcpu+=("$(cpu_ms_per "$c0" "$(cpu_s)" "$m")")
    acks+=("$a"); other=$((other + o))
    log "$name MLLP run $run: $a AA/s, other answers $o, server CPU ${mcpu[-1]} ms/msg"
  done
  result[$name.mllp]="$(printf '%s\n' "${acks[@]}" | median)"; result[$name.mllp_other]="$other"
  result[$name.mllp_cpu]="$(printf '%s\n' "${mcpu[@]}" | median)"
  stop_server
}

cold_starts() { # NAME: restarts the server on the database measure_provider left; median ready time and first POST
  local ready=() first=()
  for i in $(seq 1 "$STARTS"); do
    start_server "$work/$1" "$work/$1.log" 5093 25793
    ready+=("$ready_ms")
    read -r ms code < <(post_charge 5093 "COLD-$i")
    [ "$code" = AA ] || { echo "cold start $i: first charge answered '$code'" >&2; exit 1; }
    first+=("$ms")
    log "start $i: ready after $ready_ms ms, first charge $ms ms"
    stop_server
  done
  result[cold.ready]="$(printf '%s\n' "${ready[@]}" | median)"; result[cold.first]="$(printf '%s\n' "${first[@]}" | median)"
}

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
for provider in $PROVIDERS; do
  case "$provider" in
    Sqlite) measure_provider Sqlite Sqlite "" 5091 25791 ;;
    PostgreSql)
      # A throw-away PostgreSQL 15 in the temp dir (initdb refuses root, so it runs as the postgres user).
      chmod 755 "$work" && mkdir -p "$work/pg" && chown postgres "$work/pg"
      runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
      runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" \
        -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c max_connections=200" -w start >/dev/null
      measure_provider PostgreSql PostgreSql "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=64" 5092 25792
      ;;
  esac
done
if [[ " $PROVIDERS " == *" Sqlite "* ]]; then cold_starts Sqlite; fi
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem/ {print $2}') GiB," \
  "$(uname -r), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}'); $(date -u '+%F %H:%M UTC');" \
  "load average (1/5/15 min) $load_start at the start, $load_end at the end"
echo "runs: $RUNS × ${DURATION}s (ceiling ${LIVE_DURATION}s), wrk -t2 -c$CONNECTIONS --latency; MLLP $MLLP_CONNECTIONS connections; $STARTS cold starts"
echo
echo "| measurement | median | p50 ms | p99 ms | ceiling /health/live req/s | ratio to ceiling | server CPU ms/msg | answers not AA |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for p in $PROVIDERS; do
  printf '| charge capture over HTTP, %s (msg/s) | %.0f | %.1f | %.1f | %.0f | %s | %s | %s |\n' "$p" "${result[$p.rps]}" \
    "${result[$p.p50]}" "${result[$p.p99]}" "${result[$p.live]}" "$(ratio "${result[$p.rps]}" "${result[$p.live]}")" "${result[$p.cpu]}" "${result[$p.bad]}"
  printf '| MLLP ADT over %s connections, %s (AA/s) | %.0f | | | %.0f | %s | %s | %s |\n' "$MLLP_CONNECTIONS" "$p" "${result[$p.mllp]}" \
    "${result[$p.live]}" "$(ratio "${result[$p.mllp]}" "${result[$p.live]}")" "${result[$p.mllp_cpu]}" "${result[$p.mllp_other]}"
done
if [ -n "${result[cold.ready]:-}" ]; then
  echo "| cold start to /health/ready, SQLite (ms) | ${result[cold.ready]} | | | | | | |"
  echo "| first charge capture after start, SQLite (ms) | ${result[cold.first]} | | | | | | 0 |"
fi
