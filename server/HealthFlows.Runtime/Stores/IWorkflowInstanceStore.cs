using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Stores;

/// <summary>Stores instances with their journal, incidents and bookmarks.</summary>
public interface IWorkflowInstanceStore
{
    /// <summary>The instance with its execution state and open bookmarks; null when unknown.</summary>
    Task<WorkflowInstance?> FindAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a burst in one transaction: the instance (inserted when its Revision is 0, else updated only where the stored
    /// revision still matches), new journal entries and incidents, new bookmarks, and the removal of resumed bookmarks
    /// (each must still exist). Throws <see cref="ConcurrencyConflictException"/>, changing nothing, when it lost a race.
    /// On success the instance's Revision is the stored one.
    /// </summary>
    Task CommitAsync(InstanceCommit commit, CancellationToken cancellationToken);

    Task<PagedResult<WorkflowInstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>The journal in sequence order.</summary>
    Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string instanceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Incident>> GetIncidentsAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Deletes the instance, its journal, incidents and bookmarks; false when unknown.</summary>
    Task<bool> DeleteAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Ids of instances in a status, oldest first (recovery of queued work after a restart).</summary>
    Task<IReadOnlyList<string>> ListIdsByStatusAsync(WorkflowStatus status, int max, CancellationToken cancellationToken);
}
