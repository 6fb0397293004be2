using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.DeadLetters;
using HealthFlows.Runtime.Model;
using Microsoft.Extensions.DependencyInjection;

namespace HealthFlows.Activities.Reliability;

/// <summary>
/// Retries failed work on a schedule with durable timers, and after the last attempt parks it in the dead-letter queue,
/// where an operator replays or discards it. Placed after a failing outcome, with Retry connected back to the step.
/// </summary>
[Activity("QueueRetry", "Reliability", DisplayName = "Queue retry", IsBlocking = true, Icon = "repeat",
    Outcomes = [RetryOutcome, DeadLetteredOutcome, DiscardedOutcome],
    Description = "Connect a step's failure here and Retry back to the step. Waits the next duration of the schedule, then follows Retry; "
        + "after the last one, writes a dead letter, follows DeadLettered and waits for an operator to replay (Retry, counting afresh) or discard (Discarded).")]
public sealed class QueueRetry : Activity
{
    public const string RetryOutcome = "Retry";
    public const string DeadLetteredOutcome = "DeadLettered";
    public const string DiscardedOutcome = "Discarded";

    /// <summary>The name of the timed bookmark a retry waits on.</summary>
    public const string RetryBookmark = "QueueRetry";

    [Input(Description = "How long to wait before each retry, e.g. [60, \"PT5M\", \"00:30:00\"]; the work is dead-lettered when the list is used up.", Required = true)]
    public Input<TimeSpan[]> Schedule { get; } = new([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)]);

    [Input(Description = "The failure to record for this attempt, e.g. outputs.post.error.", DefaultMode = InputMode.Expression, UIHint = "json")]
    public Input<JsonElement> Error { get; } = new();

    [Input(Description = "The work's context kept on the dead letter, e.g. input (the source message).", DefaultMode = InputMode.Expression, UIHint = "json")]
    public Input<JsonElement> Payload { get; } = new();

    [Output(Description = "The number of failures recorded so far (1 after the first).")]
    public Output<int> Attempt { get; } = new();

    [Output(Description = "When the next retry runs; absent once dead-lettered.")]
    public Output<DateTimeOffset> NextAttemptAt { get; } = new();

    [Output(Description = "The dead letter's id, once the work is dead-lettered.")]
    public Output<string> DeadLetterId { get; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var schedule = context.Get(Schedule) ?? [];
        if (schedule.Any(d => d < TimeSpan.Zero))
        {
            throw new InvalidOperationException($"QueueRetry '{context.NodeId}' has a negative duration in its schedule.");
        }

        var retried = RetriedNode(context);
        var now = context.Clock.GetUtcNow();
        var state = context.GetNodeState<QueueRetryState>() ?? QueueRetryState.Fresh(0);
        var errors = state.Errors.Append(new DeadLetterError(state.Errors.Count + 1, now, context.GetJson(Error))).ToList();
        context.Set(Attempt, errors.Count);

        // After n failures the wait is schedule[n - 1]; the failure after the last entry dead-letters the work.
        if (errors.Count <= schedule.Length)
        {
            context.SetNodeState(state with { Errors = errors });
            var resumeAt = now + schedule[errors.Count - 1];
            context.Set(NextAttemptAt, resumeAt);
            return ActivityResult.Suspend(new BookmarkRequest(RetryBookmark, resumeAt));
        }

        var deadLetter = new DeadLetter
        {
            Id = DeadLetterIds.For(context.InstanceId, context.NodeId, context.ScopeId, state.Generation),
            InstanceId = context.InstanceId,
            DefinitionId = context.DefinitionId,
            DefinitionVersion = context.DefinitionVersion,
            NodeId = context.NodeId,
            RetriedNodeId = retried,
            Payload = context.GetJson(Payload),
            Errors = errors,
            CreatedAt = now,
        };

        // Written before the burst commits; the id is the same if the burst runs again after a crash, so it is written once.
        await context.Services.GetRequiredService<IDeadLetterStore>().AddAsync(deadLetter, context.CancellationToken);
        context.SetNodeState(state with { Errors = errors, DeadLetterId = deadLetter.Id });
        context.Set(DeadLetterId, deadLetter.Id);
        return ActivityResult.Suspend(new BookmarkRequest(DeadLetterBookmarks.Name, CorrelationKey: deadLetter.Id), DeadLetteredOutcome);
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context)
    {
        var state = context.GetNodeState<QueueRetryState>() ?? QueueRetryState.Fresh(0);
        if (state.DeadLetterId is not { } deadLetterId)
        {
            return ActivityResult.Complete(RetryOutcome);
        }

        // Dead-lettered: only an operator's decision resumes it. Anything but discard is a replay, counting afresh.
        var discard = Action(context.ResumePayload) == DeadLetterBookmarks.Discard;
        var store = context.Services.GetRequiredService<IDeadLetterStore>();
        await store.ResolveAsync(deadLetterId, discard ? DeadLetterStatus.Discarded : DeadLetterStatus.Replayed, context.Clock.GetUtcNow(), context.CancellationToken);
        if (discard)
        {
            context.SetNodeState<QueueRetryState>(null);
            return ActivityResult.Complete(DiscardedOutcome);
        }

        context.SetNodeState(QueueRetryState.Fresh(state.Generation + 1));
        return ActivityResult.Complete(RetryOutcome);
    }

    private static string RetriedNode(ActivityExecutionContext context) =>
        context.OutboundConnections.FirstOrDefault(c => c.Outcome == RetryOutcome)?.Target
            ?? throw new InvalidOperationException($"QueueRetry '{context.NodeId}' has no Retry connection back to the step it retries.");

    private static string? Action(JsonElement? payload) =>
        payload is { ValueKind: JsonValueKind.Object } body
            && body.TryGetProperty(DeadLetterBookmarks.ActionProperty, out var action)
            && action.ValueKind == JsonValueKind.String
            ? action.GetString()
            : null;
}
