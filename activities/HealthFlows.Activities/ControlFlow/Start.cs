using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Where a workflow started by the execute API (or by hand) begins.</summary>
[Activity("Start", "Triggers", Kind = ActivityKind.Trigger, Icon = "play",
    Description = "Starts the workflow when it is executed through the API; its input is the request body.")]
public sealed class Start : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => ValueTask.FromResult(ActivityResult.Done());
}
