using HealthFlows.Activities.Timers;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Server.Triggers.Timers;

/// <summary>Reads the schedule of a start node whose activity is a timer trigger (Timer, Cron, Start At), through that activity.</summary>
public sealed class TimerTriggerReader(ActivityRegistry registry, TimeProvider clock)
{
    /// <summary>The activity types the timer scheduler serves.</summary>
    public IReadOnlyList<string> TriggerTypes { get; } =
        [.. registry.Descriptors.Where(d => registry.Find(d.TypeName)?.Activity is ITimerTrigger).Select(d => d.TypeName)];

    /// <summary>The node's settings, or null when its activity is not a timer trigger.</summary>
    public TimerSettings? Read(WorkflowNode node) =>
        registry.Find(node.Type)?.Activity is ITimerTrigger trigger ? trigger.ReadSettings(node, clock) : null;
}
