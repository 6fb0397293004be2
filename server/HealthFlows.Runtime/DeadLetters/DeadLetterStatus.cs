namespace HealthFlows.Runtime.DeadLetters;

/// <summary>Where a dead letter is: waiting for an operator, or decided.</summary>
public enum DeadLetterStatus
{
    /// <summary>The instance waits on it; it can be replayed or discarded.</summary>
    Pending,

    /// <summary>An operator ran the retried step again.</summary>
    Replayed,

    /// <summary>An operator ended the work.</summary>
    Discarded,
}
