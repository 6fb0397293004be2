using Medallion.Threading.Postgres;

namespace HealthFlows.Persistence.Locks;

/// <summary>
/// A PostgreSQL session advisory lock per instance (DistributedLock.Postgres). The lock lives with its connection: a
/// node that dies loses its connection, and the server frees the lock at once.
/// </summary>
public sealed class PostgresInstanceLock(string connectionString) : DatabaseInstanceLock
{
    private readonly PostgresDistributedSynchronizationProvider _provider = new(connectionString);

    /// <summary>The advisory lock key of an instance: its id, hashed to 64 bits (a collision only serializes two instances).</summary>
    public static PostgresAdvisoryLockKey KeyFor(string instanceId) => new("healthflows-instance:" + instanceId, allowHashing: true);

    protected override async ValueTask<IAsyncDisposable> AcquireInDatabaseAsync(string instanceId, CancellationToken cancellationToken) =>
        await _provider.CreateLock(KeyFor(instanceId)).AcquireAsync(cancellationToken: cancellationToken);
}
