using System.Collections.Frozen;
using Microsoft.Extensions.Logging;

namespace HealthFlows.ErpSandbox.Faults;

/// <summary>The injected faults, shared by every request. Windows are measured on the injected <see cref="TimeProvider"/>.</summary>
internal sealed class FaultState(TimeProvider clock, ILogger<FaultState> logger)
{
    private readonly Lock sync = new();
    private DateTimeOffset unavailableUntil = DateTimeOffset.MinValue;
    private DateTimeOffset status429Until = DateTimeOffset.MinValue;
    private TimeSpan latency = TimeSpan.Zero;
    private FrozenSet<string> rejectCostCenters = FrozenSet<string>.Empty;
    private int delayedRequests;

    /// <summary>Replaces all faults with <paramref name="settings"/>; the windows start now.</summary>
    public void Apply(FaultSettings settings)
    {
        lock (sync)
        {
            var now = clock.GetUtcNow();
            unavailableUntil = now.AddSeconds(settings.UnavailableForSeconds ?? 0);
            status429Until = now.AddSeconds(settings.Status429ForSeconds ?? 0);
            latency = TimeSpan.FromMilliseconds(settings.LatencyMs ?? 0);
            rejectCostCenters = (settings.RejectCostCenters ?? []).Select(code => code.Trim().ToUpperInvariant())
                .ToFrozenSet(StringComparer.Ordinal);
        }
        logger.LogInformation(
            "ERP sandbox faults set: unavailable {UnavailableForSeconds} s, latency {LatencyMs} ms, 429 {Status429ForSeconds} s, rejecting [{RejectCostCenters}]",
            settings.UnavailableForSeconds ?? 0, settings.LatencyMs ?? 0, settings.Status429ForSeconds ?? 0,
            string.Join(", ", settings.RejectCostCenters ?? []));
    }

    public void Clear() => Apply(new FaultSettings(null, null, null, null));

    public FaultSnapshot Current()
    {
        lock (sync)
        {
            var now = clock.GetUtcNow();
            return new FaultSnapshot(Remaining(unavailableUntil, now), Remaining(status429Until, now), latency,
                rejectCostCenters, Volatile.Read(ref delayedRequests));
        }
    }

    /// <summary>Whether lines with this cost center or department code are to be rejected.</summary>
    public bool Rejects(string code)
    {
        lock (sync)
            return rejectCostCenters.Contains(code.ToUpperInvariant());
    }

    /// <summary>Waits out the injected latency; counted while waiting, so a test can see a request is held.</summary>
    public async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        // Counted only once the timer exists, so whoever sees the count and then moves the clock does release it.
        var waiting = Task.Delay(delay, clock, cancellationToken);
        Interlocked.Increment(ref delayedRequests);
        try
        {
            await waiting;
        }
        finally
        {
            Interlocked.Decrement(ref delayedRequests);
        }
    }

    private static TimeSpan Remaining(DateTimeOffset until, DateTimeOffset now) => until > now ? until - now : TimeSpan.Zero;
}
