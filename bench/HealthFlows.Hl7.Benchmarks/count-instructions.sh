#!/usr/bin/env bash
# Counts instructions per operation under callgrind: a figure that other load on the machine cannot skew.
# For each workload and method: (instructions with N iterations - instructions with 0) / N, tiered JIT off.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release -v quiet -nologo HealthFlows.Hl7.Benchmarks.csproj >/dev/null
out=$(mktemp -d)
export DOTNET_TieredCompilation=0 DOTNET_TieredPGO=0
count() { # workload method iterations
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" dotnet bin/Release/net10.0/HealthFlows.Hl7.Benchmarks.dll \
    instructions "$1" "$2" "$3" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
printf '| Workload | Method | Instructions per operation |\n|---|---|---:|\n'
for workload in AdtSmall DftManyCharges Oru1MbBase64 Mix; do
  case $workload in AdtSmall) n=20000 ;; DftManyCharges) n=500 ;; *) n=100 ;; esac
  for method in SplitOnly Parse ParseAndRead; do
    # A run that valgrind or the runtime aborts is reported rather than ending the table silently.
    if ! zero=$(count "$workload" "$method" 0) || ! many=$(count "$workload" "$method" "$n") || [ -z "$zero" ] || [ -z "$many" ]; then
      printf '| %s | %s | failed |\n' "$workload" "$method"
      continue
    fi
    printf '| %s | %s | %s |\n' "$workload" "$method" $(( (many - zero) / n ))
  done
done
