using HealthFlows.Runtime.DeadLetters;

namespace HealthFlows.Activities.Reliability;

/// <summary>A Queue Retry's count so far: the failures it recorded, the generation (bumped by a replay) and its dead letter, if any.</summary>
public sealed record QueueRetryState(IReadOnlyList<DeadLetterError> Errors, int Generation, string? DeadLetterId = null)
{
    public static QueueRetryState Fresh(int generation) => new([], generation);
}
