using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Ends the instance now, with an output.</summary>
[Activity("Finish", "Control flow", Outcomes = [], Icon = "stop",
    Description = "Ends the instance at once (other branches and waits are dropped) with the given output.")]
public sealed class Finish : Activity
{
    [Input(Description = "The instance's output; when empty, the declared workflow outputs are taken from variables of the same name.", UIHint = "json")]
    public Input<System.Text.Json.JsonElement> Output { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Finish(context.GetJson(Output)));
}
