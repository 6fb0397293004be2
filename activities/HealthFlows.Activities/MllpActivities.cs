using HealthFlows.Activities.Mllp;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the MLLP (HL7 v2 over TCP) trigger; the server hosts its listeners.</summary>
public static class MllpActivities
{
    public static RuntimeBuilder AddMllpActivities(this RuntimeBuilder builder) => builder
        .AddActivity<MllpListener>();
}
