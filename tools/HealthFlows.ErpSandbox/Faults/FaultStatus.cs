namespace HealthFlows.ErpSandbox.Faults;

/// <summary>The answer of <c>GET /faults</c>: the request's fields with what remains of each window, plus the requests held by latency now.</summary>
internal sealed record FaultStatus(
    int UnavailableForSeconds,
    int LatencyMs,
    int Status429ForSeconds,
    IReadOnlyList<string> RejectCostCenters,
    int DelayedRequests)
{
    public static FaultStatus From(FaultSnapshot faults) => new(
        WholeSeconds(faults.UnavailableFor),
        (int)faults.Latency.TotalMilliseconds,
        WholeSeconds(faults.Status429For),
        [.. faults.RejectCostCenters.Order(StringComparer.Ordinal)],
        faults.DelayedRequests);

    /// <summary>Rounded up, so a window with any time left never shows as 0.</summary>
    public static int WholeSeconds(TimeSpan remaining) => (int)Math.Ceiling(remaining.TotalSeconds);
}
