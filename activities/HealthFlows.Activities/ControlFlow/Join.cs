using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Merges parallel branches.</summary>
[Activity("Join", "Control flow", Icon = "merge",
    Description = "Waits for all inbound branches (WaitAll) or goes on at the first one (WaitAny), then follows Done once.")]
public sealed class Join : Activity
{
    [Input(Description = "WaitAll waits for every inbound connection; WaitAny goes on at the first and drops the rest of that round.")]
    public Input<JoinMode> Mode { get; } = new(JoinMode.WaitAll);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var inbound = context.InboundConnections.Select(c => Key(c.Source, c.Outcome)).ToHashSet(StringComparer.Ordinal);
        var state = context.GetNodeState<JoinState>() ?? new JoinState([], false);
        var arrived = Key(context.ArrivedFromNode ?? "", context.ArrivedViaOutcome ?? "");
        if (!state.Arrived.Contains(arrived))
        {
            state.Arrived.Add(arrived);
        }

        var complete = inbound.IsSubsetOf(state.Arrived);
        var goOn = context.Get(Mode) == JoinMode.WaitAny ? !state.Fired : complete;

        // A round ends when every inbound branch has arrived; the next arrival starts a new one (loops).
        context.SetNodeState(complete ? null : state with { Fired = state.Fired || goOn });
        return ValueTask.FromResult(goOn ? ActivityResult.Done() : ActivityResult.Wait());
    }

    private static string Key(string source, string outcome) => $"{source}:{outcome}";
}
