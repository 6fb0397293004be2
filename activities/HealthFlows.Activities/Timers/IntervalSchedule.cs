namespace HealthFlows.Activities.Timers;

/// <summary>
/// Every <see cref="Interval"/>, counted from 1970-01-01T00:00Z: a 15-minute timer fires at :00, :15, :30 and :45 on
/// every server, whenever it was published or restarted.
/// </summary>
public sealed class IntervalSchedule(TimeSpan interval) : TimerSchedule
{
    public TimeSpan Interval { get; } = interval > TimeSpan.Zero ? interval : throw new ArgumentOutOfRangeException(nameof(interval));

    public override DateTimeOffset? NextAfter(DateTimeOffset after) => At(StepsUntil(after) + 1);

    public override DateTimeOffset? LatestBetween(DateTimeOffset after, DateTimeOffset until) =>
        At(StepsUntil(until)) is var latest && latest > after ? latest : null;

    public override string Describe() => $"every {Interval:c}";

    /// <summary>How many whole intervals lie between the epoch and <paramref name="instant"/> (floored).</summary>
    private long StepsUntil(DateTimeOffset instant)
    {
        var (steps, rest) = Math.DivRem(instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, Interval.Ticks);
        return rest < 0 ? steps - 1 : steps;
    }

    private DateTimeOffset At(long steps) => DateTimeOffset.UnixEpoch.AddTicks(steps * Interval.Ticks);
}
