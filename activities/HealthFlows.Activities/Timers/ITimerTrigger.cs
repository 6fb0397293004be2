using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Timers;

/// <summary>A trigger activity the server schedules by time (Timer, Cron, Start At).</summary>
public interface ITimerTrigger
{
    /// <summary>Reads a node's schedule; <paramref name="clock"/> gives the server's time zone and "now" for the checks that need them.</summary>
    TimerSettings ReadSettings(WorkflowNode node, TimeProvider clock);
}
