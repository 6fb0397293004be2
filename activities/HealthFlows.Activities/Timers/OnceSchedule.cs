namespace HealthFlows.Activities.Timers;

/// <summary>A single occurrence at <see cref="At"/>.</summary>
public sealed class OnceSchedule(DateTimeOffset at) : TimerSchedule
{
    public DateTimeOffset At { get; } = at.ToUniversalTime();

    public override DateTimeOffset? NextAfter(DateTimeOffset after) => At > after ? At : null;

    public override DateTimeOffset? LatestBetween(DateTimeOffset after, DateTimeOffset until) => At > after && At <= until ? At : null;

    public override string Describe() => $"once at {At:O}";
}
