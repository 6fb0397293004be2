using HealthFlows.Server.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace HealthFlows.Server.Messages;

/// <summary>
/// Keeps one Quartz trigger for the next purge, at the injected clock's now + <see cref="MessagesOptions.PurgeInterval"/>;
/// the job re-arms it after each run. One-shot triggers placed by our own clock (as the bookmark timers are), not a
/// repeating Quartz schedule: its start would be read from the machine clock, not the server's.
/// </summary>
public sealed class RawMessagePurgeSchedule(ISchedulerFactory quartz, TimeProvider clock, IOptions<HealthFlowsOptions> options)
{
    private static readonly TriggerKey TriggerKey = new("raw-message-purge", "maintenance");

    /// <summary>Schedules the next purge one interval from now (replacing any earlier one).</summary>
    public async Task ArmAsync(CancellationToken cancellationToken)
    {
        var scheduler = await quartz.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<RawMessagePurgeJob>().WithIdentity(RawMessagePurgeJob.Key).StoreDurably().Build();
        // Built with the server's clock: a trigger without one does its misfire arithmetic on the machine clock.
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(TriggerKey)
            .ForJob(RawMessagePurgeJob.Key)
            .StartAt(clock.GetUtcNow() + options.Value.Messages.PurgeInterval)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }
}
