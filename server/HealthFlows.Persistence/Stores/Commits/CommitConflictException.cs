namespace HealthFlows.Persistence.Stores.Commits;

/// <summary>A guarded statement of a commit matched no row: the instance moved on or a resumed bookmark is gone.</summary>
internal sealed class CommitConflictException(PreparedCommit culprit, string message) : Exception(message)
{
    /// <summary>The commit whose guard missed; the rest of its group may still be written.</summary>
    public PreparedCommit Culprit { get; } = culprit;
}
