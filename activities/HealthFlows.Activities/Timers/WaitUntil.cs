using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Timers;

/// <summary>Suspends the branch until an instant; the instance is saved and resumed by a timer, in any process.</summary>
[Activity("WaitUntil", "Timers", DisplayName = "Wait Until", IsBlocking = true, Icon = "clock",
    Description = "Waits until an instant (ISO 8601 with its offset, e.g. 2026-12-01T06:00:00Z, or an expression), then follows Done; an instant already past continues at once. The instance is suspended meanwhile.")]
public sealed class WaitUntil : Activity
{
    [Input(Description = "When to continue: ISO 8601 with an offset, e.g. 2026-12-01T06:00:00Z, or an expression such as input.dueAt.", Required = true)]
    public Input<string> Until { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var text = context.Get(Until);
        if (!InstantText.TryParse(text, out var until))
        {
            throw new InputConversionException($"Input 'until' of node '{context.NodeId}' expects an ISO 8601 instant with an offset, e.g. 2026-12-01T06:00:00Z, but its value is '{text}'.");
        }

        if (until <= context.Clock.GetUtcNow())
        {
            return ValueTask.FromResult(ActivityResult.Done());
        }

        return ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest("WaitUntil", until.ToUniversalTime())));
    }
}
