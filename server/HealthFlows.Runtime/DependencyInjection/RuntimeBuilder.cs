using HealthFlows.Runtime.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealthFlows.Runtime.DependencyInjection;

/// <summary>Adds activities to the runtime.</summary>
public sealed class RuntimeBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    /// <summary>Registers an activity type (one stateless instance serves every node of that type).</summary>
    public RuntimeBuilder AddActivity<TActivity>()
        where TActivity : Activity
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Activity, TActivity>());
        return this;
    }
}
