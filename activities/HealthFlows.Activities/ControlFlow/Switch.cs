using System.Text.Json;
using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Branches to named cases; each case is an outcome of its own.</summary>
[Activity("Switch", "Control flow", Outcomes = ["Default"], Icon = "switch",
    Description = "Follows the outcome of the first case whose condition holds (or every such case), or Default when none does.")]
[DynamicOutcomes("cases", "name")]
public sealed class Switch : Activity
{
    [Input(Description = "The cases, in order: each has a name (its outcome) and a JavaScript condition.", UIHint = "switch-cases", Required = true)]
    public Input<List<SwitchCase>> Cases { get; } = new([]);

    [Input(Description = "Follow the first matching case, or all of them.")]
    public Input<SwitchMode> Mode { get; } = new(SwitchMode.FirstMatch);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var matches = new List<string>();
        var firstOnly = context.Get(Mode) == SwitchMode.FirstMatch;
        foreach (var @case in context.Get(Cases) ?? [])
        {
            if (context.Evaluate(@case.Condition) is { ValueKind: JsonValueKind.True })
            {
                matches.Add(@case.Name);
                if (firstOnly)
                {
                    break;
                }
            }
        }

        return ValueTask.FromResult(ActivityResult.Complete(matches.Count > 0 ? [.. matches] : ["Default"]));
    }
}
