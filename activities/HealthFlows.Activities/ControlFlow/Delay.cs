using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Suspends the branch for a while; the instance is saved and resumed by a timer, in any process.</summary>
[Activity("Delay", "Timers", IsBlocking = true, Icon = "clock",
    Description = "Waits for a duration (seconds, hh:mm:ss or ISO 8601 such as PT5M), then follows Done. The instance is suspended meanwhile.")]
public sealed class Delay : Activity
{
    [Input(Description = "How long to wait.", Required = true)]
    public Input<TimeSpan> Duration { get; } = new(TimeSpan.FromMinutes(1));

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var duration = context.Get(Duration);
        if (duration <= TimeSpan.Zero)
        {
            return ValueTask.FromResult(ActivityResult.Done());
        }

        var resumeAt = context.Clock.GetUtcNow() + duration;
        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest("Delay", resumeAt)));
    }
}
