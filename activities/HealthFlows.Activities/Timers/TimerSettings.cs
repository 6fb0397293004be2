namespace HealthFlows.Activities.Timers;

/// <summary>A timer trigger node's schedule and misfire policy, read from its fixed input values; <see cref="Problems"/> lists what is wrong with them.</summary>
/// <param name="Schedule">When it fires; null when the settings are invalid.</param>
/// <param name="Misfire">The node's own misfire policy; null means the server's default.</param>
/// <param name="Problems">Why the node cannot be scheduled.</param>
public sealed record TimerSettings(TimerSchedule? Schedule, TimerMisfirePolicy? Misfire, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0 && Schedule is not null;
}
