namespace HealthFlows.Runtime.Dashboard;

/// <summary>
/// The window the dashboard covers: instances started and steps run from <see cref="From"/> (inclusive) to <see cref="To"/>
/// (exclusive), counted per whole hour; the first hour starts at <see cref="From"/> rounded down to the hour.
/// </summary>
/// <param name="From">The start of the window.</param>
/// <param name="To">The end of the window, not included.</param>
/// <param name="SlowestStepCount">How many of the slowest steps to answer.</param>
public sealed record DashboardQuery(DateTimeOffset From, DateTimeOffset To, int SlowestStepCount = 10)
{
    /// <summary>The longest window: a week of hourly bars.</summary>
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(7);

    /// <summary>The start of the first hour: <see cref="From"/> in UTC, rounded down to the hour.</summary>
    public DateTimeOffset FirstHour
    {
        get
        {
            var utc = From.ToUniversalTime();
            return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
        }
    }

    /// <summary>How many hourly buckets the window spans (at least one).</summary>
    public int HourCount => Math.Max(1, (int)Math.Ceiling((To - FirstHour).TotalHours));
}
