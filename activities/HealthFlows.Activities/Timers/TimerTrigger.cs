using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Timers;

/// <summary>Starts the workflow at every interval, counted from 1970-01-01T00:00Z so all servers agree on the instants.</summary>
[Activity(TypeName, "Triggers", DisplayName = "Timer", Kind = ActivityKind.Trigger, Icon = "clock",
    Description = "Starts the workflow every interval (e.g. PT15M fires at :00, :15, :30 and :45 UTC). Each occurrence starts one instance, also with several servers.")]
public sealed class TimerTrigger : TimerTriggerActivity
{
    public const string TypeName = "Timer";

    /// <summary>The shortest interval accepted: shorter ones would be a polling loop, not a schedule.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(1);

    [Input(Description = "How often: seconds, hh:mm:ss or ISO 8601 such as PT15M; at least one second.", Required = true)]
    public Input<TimeSpan> Interval { get; } = new(TimeSpan.FromHours(1));

    protected override TimerSchedule? ReadSchedule(WorkflowNode node, TimeProvider clock, List<string> problems)
    {
        var interval = Literal(node, Interval, problems);
        if (interval < MinimumInterval)
        {
            problems.Add($"The interval must be at least {MinimumInterval.TotalSeconds:0} second; it is {interval:c}.");
            return null;
        }

        return new IntervalSchedule(interval);
    }
}
