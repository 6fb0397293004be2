using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HealthFlows.Erp.Telemetry;

/// <summary>The ERP call latency histogram, on the same <c>HealthFlows</c> meter as the engine's instruments.</summary>
public sealed class ErpMetrics
{
    public const string MeterName = "HealthFlows";

    public const string OperationTag = "healthflows.erp.operation";

    public const string OutcomeTag = "healthflows.erp.outcome";

    private readonly Histogram<double> _duration;

    /// <summary>Uses the host's meter factory (which hands every caller of one name the same meter); without one, a meter of its own.</summary>
    public ErpMetrics(IMeterFactory? meterFactory = null)
    {
        var meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _duration = meter.CreateHistogram<double>("healthflows.erp.call.duration", "s", "How long one ERP operation took, retries included.");
    }

    public void Record(string operation, string outcome, TimeSpan elapsed) =>
        _duration.Record(elapsed.TotalSeconds, new TagList { { OperationTag, operation }, { OutcomeTag, outcome } });
}
