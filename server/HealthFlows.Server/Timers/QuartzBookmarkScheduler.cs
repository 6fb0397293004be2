using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Instances;
using Quartz;

namespace HealthFlows.Server.Timers;

/// <summary>
/// Wakes timed bookmarks through Quartz. The bookmarks table is the durable record: Quartz holds only
/// in-memory triggers, rebuilt from the table at start-up, and a bookmark resumes once because the
/// commit that removes it fails for a second taker.
/// </summary>
public sealed class QuartzBookmarkScheduler(ISchedulerFactory schedulers, TimeProvider clock) : IBookmarkScheduler
{
    public async Task ScheduleAsync(IReadOnlyList<Bookmark> timedBookmarks, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var bookmark in timedBookmarks)
        {
            var job = JobBuilder.Create<ResumeBookmarkJob>()
                .WithIdentity(bookmark.Id, "bookmarks")
                .UsingJobData(ResumeBookmarkJob.BookmarkIdKey, bookmark.Id)
                .Build();
            // Built with the server's clock: a trigger without one does its misfire arithmetic on the machine clock, so a
            // "fire now" after a misfire would mean the machine's now, not the server's.
            var trigger = TriggerBuilder.Create(clock)
                .WithIdentity(bookmark.Id, "bookmarks")
                .StartAt(bookmark.ResumeAt ?? DateTimeOffset.MinValue)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
    }
}
