using HealthFlows.Activities.Timers;

namespace HealthFlows.Server.Configuration;

/// <summary><c>HealthFlows:Timers</c>: how timer, cron and start-at triggers behave.</summary>
public sealed class TimerOptions
{
    /// <summary>
    /// What a trigger whose own misfire setting is <c>default</c> does with occurrences that came due while no server ran:
    /// <c>FireOnce</c> (default) starts one instance for the latest of them at start-up, <c>Skip</c> waits for the next.
    /// </summary>
    public TimerMisfirePolicy Misfire { get; set; } = TimerMisfirePolicy.FireOnce;
}
