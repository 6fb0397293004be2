namespace HealthFlows.Activities.Timers;

/// <summary>What a timer trigger does with occurrences that came due while no server was running.</summary>
public enum TimerMisfirePolicy
{
    /// <summary>Start one instance for the latest missed occurrence, however many were missed.</summary>
    FireOnce,

    /// <summary>Start nothing for missed occurrences; wait for the next one.</summary>
    Skip,
}
