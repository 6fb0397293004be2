using HealthFlows.Server.Configuration;
using Quartz;

namespace HealthFlows.Server.Messages;

/// <summary>Registers the raw message store's recorder and its purge job (Quartz, every <see cref="MessagesOptions.PurgeInterval"/>).</summary>
internal static class RawMessageServices
{
    public static IServiceCollection AddRawMessages(this IServiceCollection services, MessagesOptions messages)
    {
        services.AddSingleton<RawMessageRecorder>();
        services.AddSingleton<RawMessagePurger>();
        services.AddQuartz(quartz => quartz.ScheduleJob<RawMessagePurgeJob>(
            trigger => trigger
                .WithIdentity("raw-message-purge", "maintenance")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(messages.PurgeInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)),
            job => job.WithIdentity(RawMessagePurgeJob.Key)));
        return services;
    }
}
