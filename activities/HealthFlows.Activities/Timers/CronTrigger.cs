using Cronos;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Activities.Timers;

/// <summary>Starts the workflow at the occurrences of a cron expression in a time zone.</summary>
[Activity(TypeName, "Triggers", DisplayName = "Cron", Kind = ActivityKind.Trigger, Icon = "clock",
    Description = "Starts the workflow at each occurrence of a cron expression (minute hour day month weekday, optionally seconds first) in a time zone, e.g. 0 2 * * * for 02:00 every night.")]
public sealed class CronTrigger : TimerTriggerActivity
{
    public const string TypeName = "Cron";

    [Input(Description = "Five fields (minute hour day-of-month month day-of-week) or six with seconds first, e.g. 0 2 * * * or 30 0 2 * * MON-FRI; @daily and friends work too.", Required = true)]
    public Input<string> Expression { get; } = new();

    [Input(DisplayName = "Time zone", Description = "IANA time zone the expression is read in, e.g. Europe/Berlin; empty for the server's time zone.")]
    public Input<string> TimeZone { get; } = new();

    protected override TimerSchedule? ReadSchedule(WorkflowNode node, TimeProvider clock, List<string> problems)
    {
        var expression = Literal(node, Expression, problems)?.Trim();
        var zoneId = Literal(node, TimeZone, problems)?.Trim();
        var zone = string.IsNullOrEmpty(zoneId) ? clock.LocalTimeZone : FindZone(zoneId, problems);
        if (string.IsNullOrEmpty(expression))
        {
            problems.Add("The cron expression is empty.");
            return null;
        }

        try
        {
            // Parsed even when the zone is unknown, so both problems are reported at once.
            var schedule = CronSchedule.Parse(expression, zone ?? TimeZoneInfo.Utc);
            return zone is null ? null : schedule;
        }
        catch (CronFormatException ex)
        {
            problems.Add($"Cron expression '{expression}' does not parse: {ex.Message}");
            return null;
        }
    }

    private static TimeZoneInfo? FindZone(string id, List<string> problems)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.Add($"Time zone '{id}' is not known; use an IANA name such as Europe/Berlin or America/New_York.");
            return null;
        }
    }
}
