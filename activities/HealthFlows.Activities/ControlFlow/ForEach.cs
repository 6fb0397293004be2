using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Runs its body once per item of a list, one item after the other.</summary>
[Activity("ForEach", "Control flow", DisplayName = "For each", Outcomes = ["Iterate", "Done"], IsLoop = true, Icon = "repeat",
    Description = "Runs the nodes connected to Iterate once for each item; when the last item's body is done, follows Done.")]
public sealed class ForEach : Activity
{
    [Input(Description = "The list to go through, e.g. input.charges.", Required = true, DefaultMode = InputMode.Expression, Type = "array", UIHint = "json")]
    public Input<JsonElement> Items { get; } = new();

    [Output(Description = "The item the body is working on.")]
    public Output<JsonElement> CurrentItem { get; } = new();

    [Output(Description = "The position of the current item, from 0.")]
    public Output<int> CurrentIndex { get; } = new();

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var items = context.Get(Items);
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException($"ForEach '{context.NodeId}' needs a list, but Items is {items.ValueKind.ToString().ToLowerInvariant()}.");
        }

        return ValueTask.FromResult(Next(context, new ForEachState(items, 0)));
    }

    public override ValueTask<ActivityResult> OnBodyCompletedAsync(ActivityExecutionContext context)
    {
        var state = context.GetNodeState<ForEachState>();
        return ValueTask.FromResult(state is null ? ActivityResult.Done() : Next(context, state with { Index = state.Index + 1 }));
    }

    private ActivityResult Next(ActivityExecutionContext context, ForEachState state)
    {
        if (state.Index >= state.Items.GetArrayLength())
        {
            context.SetNodeState<ForEachState>(null);
            return ActivityResult.Complete("Done");
        }

        context.SetNodeState(state);
        context.Set(CurrentItem, state.Items[state.Index]);
        context.Set(CurrentIndex, state.Index);
        return ActivityResult.RunBody("Iterate");
    }
}
