using HealthFlows.Activities.Timers;
using HealthFlows.Runtime.DependencyInjection;

namespace HealthFlows.Activities;

/// <summary>Registers the time activities: the Timer, Cron and Start At triggers (the host schedules them) and Wait Until.</summary>
public static class TimerActivities
{
    public static RuntimeBuilder AddTimerActivities(this RuntimeBuilder builder) => builder
        .AddActivity<TimerTrigger>()
        .AddActivity<CronTrigger>()
        .AddActivity<StartAtTrigger>()
        .AddActivity<WaitUntil>();
}
