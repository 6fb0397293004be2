namespace HealthFlows.Runtime.Triggers;

/// <summary>Where timer triggers keep their last fired occurrence (one row per workflow definition).</summary>
public interface ITimerTriggerStore
{
    /// <summary>The definition's timer state, or null when its timer never fired.</summary>
    Task<TimerTriggerState?> FindAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>
    /// Records that <paramref name="occurrence"/> fired, unless a later one is recorded already (several servers record
    /// the same occurrences, in any order); true when the row moved on.
    /// </summary>
    Task<bool> RecordFiredAsync(string definitionId, int version, DateTimeOffset occurrence, DateTimeOffset at, CancellationToken cancellationToken);
}
