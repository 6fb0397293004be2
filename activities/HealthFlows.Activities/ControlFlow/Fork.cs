using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Starts parallel branches: every connection from Done runs.</summary>
[Activity("Fork", "Control flow", Icon = "fork",
    Description = "Runs every node connected to Done in parallel. Pair it with a Join to wait for the branches.")]
public sealed class Fork : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) => ValueTask.FromResult(ActivityResult.Done());
}
