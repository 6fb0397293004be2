namespace HealthFlows.Runtime.Execution;

/// <summary>One semaphore per instance id, dropped when nobody holds or waits for it.</summary>
public sealed class InProcessInstanceLock : IWorkflowInstanceLock
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(instanceId, out entry!))
            {
                _entries[instanceId] = entry = new Entry();
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(instanceId, entry, held: false);
            throw;
        }

        return new Handle(this, instanceId, entry);
    }

    private void Release(string instanceId, Entry entry, bool held)
    {
        if (held)
        {
            entry.Semaphore.Release();
        }

        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(instanceId);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Handle(InProcessInstanceLock owner, string instanceId, Entry entry) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(instanceId, entry, held: true);
            }

            return ValueTask.CompletedTask;
        }
    }
}
