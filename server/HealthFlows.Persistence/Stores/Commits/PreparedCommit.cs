using HealthFlows.Persistence.Entities;
using HealthFlows.Persistence.Mapping;
using HealthFlows.Runtime.Stores;

namespace HealthFlows.Persistence.Stores.Commits;

/// <summary>
/// An <see cref="InstanceCommit"/> turned into rows on the caller's thread, so the single writer only runs SQL.
/// A bookmark made and dropped in the same burst (a cancel right after a wait) is neither inserted nor deleted.
/// </summary>
internal sealed class PreparedCommit
{
    public PreparedCommit(InstanceCommit commit)
    {
        Commit = commit;
        var instance = commit.Instance;
        ExpectedRevision = instance.Revision;
        Instance = instance.ToRecord(instance.Revision + 1);
        Journal = [.. commit.JournalEntries.Select(e => e.ToRecord(instance.Id))];
        Incidents = [.. commit.Incidents.Select(i => i.ToRecord(instance.Id))];

        var removed = commit.RemovedBookmarkIds.ToHashSet(StringComparer.Ordinal);
        CreatedBookmarks = [.. commit.CreatedBookmarks.Where(b => !removed.Remove(b.Id)).Select(b => b.ToRecord(instance.Id))];
        RemovedBookmarkIds = [.. removed];
    }

    public InstanceCommit Commit { get; }

    /// <summary>The stored revision the update must still find; 0 means the instance is inserted.</summary>
    public int ExpectedRevision { get; }

    public bool IsInsert => ExpectedRevision == 0;

    public WorkflowInstanceRecord Instance { get; }

    public IReadOnlyList<JournalEntryRecord> Journal { get; }

    public IReadOnlyList<IncidentRecord> Incidents { get; }

    public IReadOnlyList<BookmarkRecord> CreatedBookmarks { get; }

    public IReadOnlyList<string> RemovedBookmarkIds { get; }

    /// <summary>Marks the commit stored: the instance now carries the revision written.</summary>
    public void Committed() => Commit.Instance.Revision = Instance.Revision;
}
