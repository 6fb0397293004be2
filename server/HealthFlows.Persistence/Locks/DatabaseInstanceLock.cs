using HealthFlows.Runtime.Execution;

namespace HealthFlows.Persistence.Locks;

/// <summary>
/// An instance lock that holds across processes: first this process's own lock (so runs on one node queue in memory,
/// not on database connections), then a lock in the shared database, released in the reverse order.
/// </summary>
public abstract class DatabaseInstanceLock : IWorkflowInstanceLock
{
    private readonly InProcessInstanceLock _local = new();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        var local = await _local.AcquireAsync(instanceId, cancellationToken);
        try
        {
            var shared = await AcquireInDatabaseAsync(instanceId, cancellationToken);
            return new Handle(shared, local);
        }
        catch
        {
            await local.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the database lock on the instance; disposing the answer releases it.</summary>
    protected abstract ValueTask<IAsyncDisposable> AcquireInDatabaseAsync(string instanceId, CancellationToken cancellationToken);

    private sealed class Handle(IAsyncDisposable shared, IAsyncDisposable local) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                await shared.DisposeAsync();
            }
            finally
            {
                await local.DisposeAsync();
            }
        }
    }
}
