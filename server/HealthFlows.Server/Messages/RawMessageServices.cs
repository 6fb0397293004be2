namespace HealthFlows.Server.Messages;

/// <summary>Registers the raw message store's recorder, its purger and the purge schedule (armed at start-up).</summary>
internal static class RawMessageServices
{
    public static IServiceCollection AddRawMessages(this IServiceCollection services)
    {
        services.AddSingleton<RawMessageRecorder>();
        services.AddSingleton<RawMessagePurger>();
        services.AddSingleton<RawMessagePurgeSchedule>();
        return services;
    }
}
