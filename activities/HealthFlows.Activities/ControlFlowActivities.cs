using HealthFlows.Activities.ControlFlow;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the generic control-flow activities.</summary>
public static class ControlFlowActivities
{
    public static RuntimeBuilder AddControlFlowActivities(this RuntimeBuilder builder) => builder
        .AddActivity<Start>()
        .AddActivity<If>()
        .AddActivity<Switch>()
        .AddActivity<ForEach>()
        .AddActivity<Fork>()
        .AddActivity<Join>()
        .AddActivity<SetVariable>()
        .AddActivity<Log>()
        .AddActivity<Delay>()
        .AddActivity<Fail>()
        .AddActivity<Finish>();
}
