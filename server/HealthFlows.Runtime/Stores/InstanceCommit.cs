using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Stores;

/// <summary>Everything one execution burst changed, saved atomically.</summary>
public sealed record InstanceCommit(
    WorkflowInstance Instance,
    IReadOnlyList<JournalEntry> JournalEntries,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<Bookmark> CreatedBookmarks,
    IReadOnlyList<string> RemovedBookmarkIds);
