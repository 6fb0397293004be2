using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HealthFlows.Hl7.Benchmarks;

/// <summary>Managed bytes allocated per message (per operation divided by the messages it handles).</summary>
public sealed class AllocatedPerMessageColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(AllocatedPerMessageColumn);

    /// <inheritdoc />
    public string ColumnName => "Alloc B/msg";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 1;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Managed bytes allocated per message";

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null || benchmarkCase.Parameters["Workload"] is not Workload workload) return "-";
        var perOperation = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (perOperation is not { } bytes) return "-";
        return (bytes / WorkloadMessages.For(workload).Length).ToString("N0", CultureInfo.InvariantCulture);
    }
}
