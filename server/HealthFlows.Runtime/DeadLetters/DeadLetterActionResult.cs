using HealthFlows.Runtime.Execution;

namespace HealthFlows.Runtime.DeadLetters;

/// <summary>What a replay or discard did: the dead letter as it now is, and the instance's burst when it was resumed.</summary>
public sealed record DeadLetterActionResult(RunStatus Status, DeadLetter? DeadLetter, RunResult? Run = null, string? Message = null)
{
    public static DeadLetterActionResult NotFound(string message) => new(RunStatus.NotFound, null, null, message);

    public static DeadLetterActionResult Conflict(string message, DeadLetter? deadLetter) => new(RunStatus.Conflict, deadLetter, null, message);
}
