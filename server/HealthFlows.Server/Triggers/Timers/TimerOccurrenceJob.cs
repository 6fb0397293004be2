using Quartz;

namespace HealthFlows.Server.Triggers.Timers;

/// <summary>The Quartz job that fires one occurrence of a workflow's timer trigger.</summary>
public sealed class TimerOccurrenceJob(TimerTriggerScheduler timers) : IJob
{
    public const string Group = "timer-triggers";
    public const string DefinitionIdKey = "definitionId";
    public const string VersionKey = "version";
    public const string OccurrenceKey = "occurrenceTicks";
    public const string MisfiredKey = "misfired";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var definitionId = data.GetString(DefinitionIdKey);
        if (string.IsNullOrEmpty(definitionId))
        {
            return;
        }

        // The occurrence comes from the job, not from Quartz's fire time: a late fire still names the scheduled instant.
        var occurrence = new DateTimeOffset(data.GetLong(OccurrenceKey), TimeSpan.Zero);
        await timers.FireAsync(definitionId, data.GetInt(VersionKey), occurrence, data.GetBoolean(MisfiredKey), cancellationToken);
    }
}
