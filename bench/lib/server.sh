# Shared by the server benchmark scripts (source it): medians, the DFT they send, and starting/stopping the server
# on the embedded default (samples loaded, ERP sandbox in process, trigger rate limit off, Serilog at Warning).
# Expects $key (the admin API key) and $server_dll; sets $server_pid and $ready_ms.

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ns() { date +%s%N; }
log() { echo "[$(date -u +%T)] $*" >&2; }

dft() { # control-id -> the DFT^P03 (two FT1 lines) bench/charge-capture.lua sends
  printf 'MSH|^~\\&|BILLING|HOSP|ERP|FINANCE|20261125080000||DFT^P03^DFT_P03|%s|P|2.5\rEVN|P03|20261125080000\rPID|1||100004^^^HOSP^MR||EVERYMAN^ADAM||19700101|M\rPV1|1|O|LAB^1^1^HOSP|||||||LAB|||||||||V-%s^^^HOSP^VN|BC\rFT1|1|TX0||20261125073000|20261125|CG|80053^Comprehensive metabolic panel^CPT|Comprehensive metabolic panel||2|91.00&USD|45.50&USD|LAB^LAB department|||LAB^^^HOSP||||3000^PROVIDER^PAT|||||80053\rFT1|2|TX1||20261125073000|20261125|CG|71046^Chest X-ray 2 views^CPT|Chest X-ray 2 views||1|120.00&USD|120.00&USD|RAD^RAD department|||RAD^^^HOSP||||3000^PROVIDER^PAT|||||71046\r' "$1" "$1"
}

# start_server DATA-DIR LOG-FILE HTTP-PORT MLLP-PORT [PROVIDER CONNECTION-STRING]: starts in the background and waits for
# /health/ready (polled every 10 ms, at most 30 s); sets server_pid and ready_ms (process start -> ready).
start_server() {
  local t0; t0="$(now_ns)"
  HealthFlows__Bootstrap__AdminApiKey="$key" HealthFlows__DataDirectory="$1" \
  HealthFlows__Database__Provider="${5:-Sqlite}" ConnectionStrings__HealthFlows="${6:-}" \
  HealthFlows__Samples__Load=true HealthFlows__Samples__MllpPort="$4" HealthFlows__ErpSandbox__Enabled=true \
  HealthFlows__RateLimits__Triggers__PermitLimit=0 \
  ASPNETCORE_ENVIRONMENT=Production HealthFlows__Logging__Json=false Serilog__MinimumLevel__Default=Warning \
    dotnet "$server_dll" --urls "http://127.0.0.1:$3" >>"$2" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null "http://127.0.0.1:$3/health/ready"; then
      ready_ms="$(( ($(now_ns) - t0) / 1000000 ))"; return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$2" >&2; echo "the server exited" >&2; exit 1; }
    sleep 0.01
  done
  echo "the server was not ready after 30 s" >&2; cat "$2" >&2; exit 1
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }
