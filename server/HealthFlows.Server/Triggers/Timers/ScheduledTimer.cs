using HealthFlows.Activities.Timers;
using HealthFlows.Runtime.Triggers;

namespace HealthFlows.Server.Triggers.Timers;

/// <summary>A published workflow's timer as this server has it scheduled: its schedule and the occurrence its Quartz trigger waits for.</summary>
/// <param name="Registration">The published version and its start node.</param>
/// <param name="Schedule">When it fires.</param>
/// <param name="Misfire">The policy in force (the node's own, else the server's).</param>
/// <param name="NextOccurrence">The occurrence the Quartz trigger fires next; null when there is none left (a Start At that fired).</param>
/// <param name="NextMisfired">Whether that occurrence came due while no server ran (it fires at once).</param>
public sealed record ScheduledTimer(TriggerRegistration Registration, TimerSchedule Schedule, TimerMisfirePolicy Misfire, DateTimeOffset? NextOccurrence, bool NextMisfired)
{
    public string DefinitionId => Registration.DefinitionId;

    public int Version => Registration.Version.Version;
}
