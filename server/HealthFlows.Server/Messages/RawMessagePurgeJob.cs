using Quartz;

namespace HealthFlows.Server.Messages;

/// <summary>The Quartz job that runs the raw message purge, then arms the next one.</summary>
[DisallowConcurrentExecution]
public sealed class RawMessagePurgeJob(RawMessagePurger purger, RawMessagePurgeSchedule schedule) : IJob
{
    public static readonly JobKey Key = new("raw-message-purge", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await purger.PurgeAsync(cancellationToken);
        }
        finally
        {
            await schedule.ArmAsync(cancellationToken);
        }
    }
}
