namespace HealthFlows.Persistence.Stores.Commits;

/// <summary>A guarded statement of a commit matched no row: the instance moved on or a resumed bookmark is gone.</summary>
internal sealed class CommitConflictException(string message) : Exception(message);
