namespace HealthFlows.ErpSandbox.Faults;

/// <summary>The faults in force at one instant; the windows are remaining durations, zero once they have passed.</summary>
internal sealed record FaultSnapshot(
    TimeSpan UnavailableFor,
    TimeSpan Status429For,
    TimeSpan Latency,
    IReadOnlySet<string> RejectCostCenters,
    int DelayedRequests);
