using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Faults on purpose, with a message.</summary>
[Activity("Fail", "Control flow", Outcomes = [], Icon = "alert",
    Description = "Faults the instance with a message (or follows Failed when connected). Use it for cases that need a person.")]
public sealed class Fail : Activity
{
    [Input(Description = "Why the workflow fails.", Required = true)]
    public Input<string> Message { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        throw new WorkflowFaultException(context.Get(Message) ?? "The workflow failed.");
}
