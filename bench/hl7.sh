#!/usr/bin/env bash
# Runs the HL7 parser benchmarks in BenchmarkDotNet's short job (1 launch, 3 warmups, 3 iterations).
# Extra arguments go to BenchmarkDotNet, e.g. bench/hl7.sh --filter '*Oru*'.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/HealthFlows.Hl7.Benchmarks/HealthFlows.Hl7.Benchmarks.csproj -- \
  --filter '*ParseBenchmarks*' --job short --artifacts bench/HealthFlows.Hl7.Benchmarks/BenchmarkDotNet.Artifacts "$@"
