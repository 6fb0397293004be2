using HealthFlows.Runtime.Activities;

namespace HealthFlows.Activities.ControlFlow;

/// <summary>Writes a message to the instance journal.</summary>
/// <remarks>
/// The text goes to the instance journal only, never to the process log: workflow messages may carry
/// patient data, and the journal is where PHI masking and access control apply.
/// </remarks>
[Activity("Log", "Primitives", Icon = "note",
    Description = "Writes a message into the instance's journal, for operators to read.")]
public sealed class Log : Activity
{
    [Input(Description = "The message.", UIHint = "multiline", Required = true)]
    public Input<string> Message { get; } = new();

    [Input(Description = "How important the message is.")]
    public Input<LogLevel> Level { get; } = new(LogLevel.Information);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        context.JournalMessage = $"[{context.Get(Level)}] {context.Get(Message)}";
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
