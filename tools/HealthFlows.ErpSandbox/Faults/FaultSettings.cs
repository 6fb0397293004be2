namespace HealthFlows.ErpSandbox.Faults;

/// <summary>The body of <c>POST /faults</c>: every field is optional, and one left out switches that fault off.</summary>
internal sealed record FaultSettings(
    int? UnavailableForSeconds,
    int? LatencyMs,
    int? Status429ForSeconds,
    IReadOnlyList<string>? RejectCostCenters);
