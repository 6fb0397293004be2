using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Stores;

namespace HealthFlows.Runtime.DeadLetters;

/// <summary>
/// Replays or discards a pending dead letter by resuming the bookmark its instance waits on, so the decision runs
/// through the engine like any resume: under the instance lock, saved in one commit, at most once.
/// </summary>
public sealed class DeadLetterService(IDeadLetterStore deadLetters, IBookmarkStore bookmarks, WorkflowRunner runner, TimeProvider clock)
{
    /// <summary>Runs the retried step again with a fresh attempt count.</summary>
    public Task<DeadLetterActionResult> ReplayAsync(string id, CancellationToken cancellationToken) =>
        DecideAsync(id, DeadLetterBookmarks.Replay, DeadLetterStatus.Replayed, cancellationToken);

    /// <summary>Ends the work: the Queue Retry follows Discarded.</summary>
    public Task<DeadLetterActionResult> DiscardAsync(string id, CancellationToken cancellationToken) =>
        DecideAsync(id, DeadLetterBookmarks.Discard, DeadLetterStatus.Discarded, cancellationToken);

    private async Task<DeadLetterActionResult> DecideAsync(string id, string action, DeadLetterStatus status, CancellationToken cancellationToken)
    {
        var deadLetter = await deadLetters.FindAsync(id, cancellationToken);
        if (deadLetter is null)
        {
            return DeadLetterActionResult.NotFound($"There is no dead letter '{id}'.");
        }

        if (deadLetter.Status != DeadLetterStatus.Pending)
        {
            return DeadLetterActionResult.Conflict($"Dead letter '{id}' was already {deadLetter.Status.ToString().ToLowerInvariant()}; only a pending one can be replayed or discarded.", deadLetter);
        }

        var waiting = await bookmarks.FindByCorrelationAsync(DeadLetterBookmarks.Name, id, cancellationToken);
        if (waiting.Count == 0)
        {
            // The instance ended (finished, cancelled or deleted) without it: nothing can run again, but it can be put away.
            if (status == DeadLetterStatus.Discarded)
            {
                return await ResolveAsync(id, status, null, cancellationToken);
            }

            return DeadLetterActionResult.Conflict($"Instance '{deadLetter.InstanceId}' no longer waits on dead letter '{id}' (it finished, was cancelled or deleted), so it cannot be replayed; discard it instead.", deadLetter);
        }

        var payload = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [DeadLetterBookmarks.ActionProperty] = action });
        var run = await runner.ResumeAsync(waiting[0].Id, payload, cancellationToken);
        if (run.Status != RunStatus.Ok)
        {
            return DeadLetterActionResult.Conflict($"Dead letter '{id}' could not be {status.ToString().ToLowerInvariant()}: {run.Message}", deadLetter);
        }

        return await ResolveAsync(id, status, run, cancellationToken);
    }

    private async Task<DeadLetterActionResult> ResolveAsync(string id, DeadLetterStatus status, RunResult? run, CancellationToken cancellationToken)
    {
        // The activity marks the letter when it resumes; this covers a resumed node that did not (and the no-bookmark discard).
        await deadLetters.ResolveAsync(id, status, clock.GetUtcNow(), cancellationToken);
        var current = await deadLetters.FindAsync(id, cancellationToken);
        if (current is null || current.Status != status)
        {
            return DeadLetterActionResult.Conflict($"Dead letter '{id}' was decided by another request meanwhile.", current);
        }

        return new DeadLetterActionResult(RunStatus.Ok, current, run);
    }
}
