using Quartz;

namespace HealthFlows.Server.Messages;

/// <summary>The Quartz job that runs the raw message purge on its interval.</summary>
[DisallowConcurrentExecution]
public sealed class RawMessagePurgeJob(RawMessagePurger purger) : IJob
{
    public static readonly JobKey Key = new("raw-message-purge", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await purger.PurgeAsync(cancellationToken);
}
