using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Execution;

/// <summary>Told about timed bookmarks once they are saved, so something wakes them when they fall due.</summary>
public interface IBookmarkScheduler
{
    Task ScheduleAsync(IReadOnlyList<Bookmark> timedBookmarks, CancellationToken cancellationToken);
}
