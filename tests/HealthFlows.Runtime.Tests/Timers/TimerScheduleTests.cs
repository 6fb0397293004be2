using HealthFlows.Activities.Timers;

namespace HealthFlows.Runtime.Tests.Timers;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset At0807 = new(2026, 11, 25, 8, 7, 0, TimeSpan.Zero);

    [Fact]
    public void IntervalSchedule_CountsFromTheEpoch_SoEveryServerAgrees()
    {
        var schedule = new IntervalSchedule(TimeSpan.FromMinutes(15));

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 15, 0, TimeSpan.Zero), schedule.NextAfter(At0807));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 30, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 11, 25, 8, 15, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void IntervalSchedule_LatestBetween_IsTheLastOccurrenceNotAfterTheEnd()
    {
        var schedule = new IntervalSchedule(TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero), schedule.LatestBetween(At0807, At0807.AddHours(3.5)));
        Assert.Null(schedule.LatestBetween(At0807, At0807.AddMinutes(30)));
    }

    [Fact]
    public void CronSchedule_LatestBetween_FindsAnOccurrenceDaysBack()
    {
        var schedule = CronSchedule.Parse("0 2 * * *", TimeZoneInfo.Utc);

        var latest = schedule.LatestBetween(At0807.AddDays(-10), At0807.AddDays(3));

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero), latest);
    }

    [Fact]
    public void CronSchedule_SixFields_ReadsSecondsFirst()
    {
        var schedule = CronSchedule.Parse("30 */5 * * * *", TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 10, 30, TimeSpan.Zero), schedule.NextAfter(At0807));
    }

    [Fact]
    public void OnceSchedule_HasOneOccurrence()
    {
        var schedule = new OnceSchedule(At0807);

        Assert.Equal(At0807, schedule.NextAfter(At0807.AddSeconds(-1)));
        Assert.Null(schedule.NextAfter(At0807));
    }
}
