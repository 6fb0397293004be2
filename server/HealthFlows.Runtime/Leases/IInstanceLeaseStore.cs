namespace HealthFlows.Runtime.Leases;

/// <summary>
/// Leases on Running instances, kept on the instance rows. Each call is one guarded statement, so two nodes can never
/// both claim one instance.
/// </summary>
public interface IInstanceLeaseStore
{
    /// <summary>Extends every lease <paramref name="owner"/> holds on a Running instance to <paramref name="expiresAt"/>; answers how many.</summary>
    Task<int> RenewAsync(string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Takes over Running instances whose lease has expired at <paramref name="now"/> (or that have none), and, with
    /// <paramref name="includeOwn"/>, those <paramref name="owner"/> holds until before <paramref name="expiresAt"/> (a
    /// restarted node's previous life; calling again with the same times does not take the same ones twice).
    /// Answers the ids it claimed, each now leased to <paramref name="owner"/> until <paramref name="expiresAt"/>.
    /// </summary>
    Task<IReadOnlyList<string>> ClaimAsync(string owner, DateTimeOffset now, DateTimeOffset expiresAt, bool includeOwn, int max, CancellationToken cancellationToken);

    /// <summary>Drops a lease <paramref name="owner"/> holds, so the next sweep (of any node) picks the instance up.</summary>
    Task ReleaseAsync(string instanceId, string owner, CancellationToken cancellationToken);
}
