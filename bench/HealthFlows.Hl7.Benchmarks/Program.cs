using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using HealthFlows.Hl7.Benchmarks;

if (InstructionCountMode.TryRun(args)) return;

var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median, new ThroughputColumn(), new AllocatedPerMessageColumn());
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args, config);
