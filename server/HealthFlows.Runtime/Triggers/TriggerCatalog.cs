using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Stores;
using Microsoft.Extensions.Primitives;

namespace HealthFlows.Runtime.Triggers;

/// <summary>
/// Which published workflows start with which trigger: the one place HTTP routes, MLLP listeners and cron schedules
/// learn what to serve. Read lazily from the store and kept until a publish, retract, revert or delete invalidates it;
/// listeners that must act at once (open a port) watch <see cref="GetChangeToken"/>.
/// </summary>
public sealed class TriggerCatalog(IWorkflowDefinitionStore store, ActivityRegistry registry)
{
    private readonly Lock _gate = new();
    private long _generation;
    private Task<TriggerSnapshot>? _loading;
    private CancellationTokenSource _changed = new();

    /// <summary>The current snapshot, loading it from the store when something changed since the last read.</summary>
    public Task<TriggerSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // The load is shared by every caller and must not die with the first caller's request.
            return (_loading ??= LoadAsync(_generation)).WaitAsync(cancellationToken);
        }
    }

    /// <summary>A token that fires at the next change of the published set.</summary>
    public IChangeToken GetChangeToken()
    {
        lock (_gate)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    /// <summary>Forgets the snapshot after the published set changed and tells the listeners.</summary>
    public void Invalidate()
    {
        CancellationTokenSource fired;
        lock (_gate)
        {
            _generation++;
            _loading = null;
            fired = _changed;
            _changed = new CancellationTokenSource();
        }

        fired.Cancel();
        fired.Dispose();
    }

    private async Task<TriggerSnapshot> LoadAsync(long generation)
    {
        try
        {
            var published = await store.ListPublishedAsync(CancellationToken.None);
            var registrations = new List<TriggerRegistration>(published.Count);
            foreach (var version in published)
            {
                if (StartNodeFinder.Find(version.Definition, registry) is { } start)
                {
                    registrations.Add(new TriggerRegistration(version, start));
                }
            }

            return new TriggerSnapshot(generation, registrations);
        }
        catch
        {
            // A failed load is not kept: the next caller tries again.
            lock (_gate)
            {
                if (_generation == generation)
                {
                    _loading = null;
                }
            }

            throw;
        }
    }
}
