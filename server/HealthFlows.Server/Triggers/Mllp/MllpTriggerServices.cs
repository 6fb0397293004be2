using HealthFlows.Runtime.Definitions;
using HealthFlows.Server.Configuration;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>Registers the MLLP listeners: the manager is a hosted service and follows the trigger catalog when publications change.</summary>
internal static class MllpTriggerServices
{
    public static IServiceCollection AddMllpTriggers(this IServiceCollection services, IConfiguration section)
    {
        services.Configure<MllpOptions>(section);
        services.AddSingleton<MllpAcknowledger>();
        services.AddSingleton<MllpMessageHandler>();
        services.AddSingleton<MllpWorkflowFinder>();
        services.AddSingleton<IPublishCheck, MllpPortPublishCheck>();
        services.AddSingleton<MllpListenerManager>();
        services.AddHostedService(sp => sp.GetRequiredService<MllpListenerManager>());
        return services;
    }
}
