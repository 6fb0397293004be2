using HealthFlows.Runtime.Stores;

namespace HealthFlows.Runtime.Execution;

/// <summary>Resumes timed bookmarks that have fallen due by the clock (at start-up, and whenever a timer fires).</summary>
public sealed class DueBookmarkResumer(IBookmarkStore bookmarks, WorkflowRunner runner, TimeProvider clock)
{
    /// <summary>Resumes every due bookmark (up to <paramref name="max"/>); answers how many resumed.</summary>
    public async Task<int> ResumeDueAsync(int max, CancellationToken cancellationToken)
    {
        var due = await bookmarks.ListDueAsync(clock.GetUtcNow(), max, cancellationToken);
        var resumed = 0;
        foreach (var bookmark in due)
        {
            var result = await runner.ResumeAsync(bookmark.Id, null, cancellationToken);
            if (result.Status == RunStatus.Ok)
            {
                resumed++;
            }
        }

        return resumed;
    }
}
