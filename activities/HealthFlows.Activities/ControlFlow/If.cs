using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Branches on a condition.</summary>
[Activity("If", "Control flow", Outcomes = ["True", "False"], Icon = "split",
    Description = "Follows True when the condition holds, False otherwise.")]
public sealed class If : Activity
{
    [Input(Description = "A JavaScript condition, e.g. input.amount > 100.", Required = true, DefaultMode = InputMode.Expression)]
    public Input<bool> Condition { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete(context.Get(Condition) ? "True" : "False"));
}
