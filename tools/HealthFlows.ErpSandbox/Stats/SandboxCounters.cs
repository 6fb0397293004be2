namespace HealthFlows.ErpSandbox.Stats;

/// <summary>Counts since the sandbox started of what the database does not record.</summary>
internal sealed class SandboxCounters
{
    private int idempotentReplays;

    /// <summary>Invoice posts answered with an existing invoice because their external document number was known.</summary>
    public int IdempotentReplays => Volatile.Read(ref idempotentReplays);

    public void CountIdempotentReplay() => Interlocked.Increment(ref idempotentReplays);
}
