using HealthFlows.Runtime.Execution;
using Quartz;

namespace HealthFlows.Server.Timers;

/// <summary>The Quartz job that resumes one timed bookmark when it falls due.</summary>
public sealed class ResumeBookmarkJob(IServiceScopeFactory scopes) : IJob
{
    public const string BookmarkIdKey = "bookmarkId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var bookmarkId = context.MergedJobDataMap.GetString(BookmarkIdKey);
        if (string.IsNullOrEmpty(bookmarkId))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowRunner>().ResumeAsync(bookmarkId, null, cancellationToken);
    }
}
