using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Timers;

/// <summary>Starts the workflow once, at an instant.</summary>
[Activity(TypeName, "Triggers", DisplayName = "Start At", Kind = ActivityKind.Trigger, Icon = "clock",
    Description = "Starts the workflow once, at an instant (ISO 8601 with its offset, e.g. 2026-12-01T06:00:00Z).")]
public sealed class StartAtTrigger : TimerTriggerActivity
{
    public const string TypeName = "StartAt";

    [Input(Description = "When to start: ISO 8601 with an offset, e.g. 2026-12-01T06:00:00Z or 2026-12-01T07:00:00+01:00. It must lie in the future when published.", Required = true)]
    public Input<string> At { get; } = new();

    protected override TimerSchedule? ReadSchedule(WorkflowNode node, TimeProvider clock, List<string> problems)
    {
        var text = Literal(node, At, problems);
        if (!InstantText.TryParse(text, out var at))
        {
            problems.Add($"'{text}' is not an ISO 8601 instant with an offset, e.g. 2026-12-01T06:00:00Z.");
            return null;
        }

        return new OnceSchedule(at);
    }
}
