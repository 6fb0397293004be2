namespace HealthFlows.Activities.Timers;

/// <summary>
/// When a timer trigger fires: a pure function of time, so every server computes the same occurrences and an occurrence
/// can be named (and started once) by its instant.
/// </summary>
public abstract class TimerSchedule
{
    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when there is none.</summary>
    public abstract DateTimeOffset? NextAfter(DateTimeOffset after);

    /// <summary>The last occurrence in (<paramref name="after"/>, <paramref name="until"/>], or null when there is none.</summary>
    public abstract DateTimeOffset? LatestBetween(DateTimeOffset after, DateTimeOffset until);

    /// <summary>A short human description, e.g. "every 00:15:00" or "cron 0 2 * * * (Europe/Berlin)".</summary>
    public abstract string Describe();
}
