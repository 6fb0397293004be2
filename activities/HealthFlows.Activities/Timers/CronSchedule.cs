using Cronos;

namespace HealthFlows.Activities.Timers;

/// <summary>
/// The occurrences of a cron expression in a time zone (Cronos). Across a daylight-saving change a time that does not
/// exist that day fires at the moment the clocks jump, and a time that happens twice fires once; a schedule that repeats
/// within the hour (every 15 minutes) keeps firing through both hours of a fall-back night.
/// </summary>
public sealed class CronSchedule(string expression, CronExpression cron, TimeZoneInfo zone) : TimerSchedule
{
    // Windows over which the latest occurrence before an instant is looked for, shortest first: the first one holding
    // an occurrence answers, so a per-second schedule enumerates at most a minute of them.
    private static readonly TimeSpan[] LookBack = [TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(366), TimeSpan.FromDays(366 * 5)];

    public string Expression { get; } = expression;

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>Parses a five-field (minute first) or six-field (second first) expression; throws <see cref="CronFormatException"/>.</summary>
    public static CronSchedule Parse(string expression, TimeZoneInfo zone)
    {
        var trimmed = expression.Trim();
        var fields = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var format = fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return new CronSchedule(trimmed, CronExpression.Parse(trimmed, format), zone);
    }

    public override DateTimeOffset? NextAfter(DateTimeOffset after) => cron.GetNextOccurrence(after, Zone)?.ToUniversalTime();

    public override DateTimeOffset? LatestBetween(DateTimeOffset after, DateTimeOffset until)
    {
        foreach (var window in LookBack)
        {
            var from = until - window > after ? until - window : after;
            DateTimeOffset? latest = null;
            foreach (var occurrence in cron.GetOccurrences(from, until, Zone, false, true))
            {
                latest = occurrence;
            }

            if (latest is not null || from == after)
            {
                return latest?.ToUniversalTime();
            }
        }

        // Nothing in five years: an expression such as "0 0 29 2 *" that the server was down for longer than.
        return null;
    }

    public override string Describe() => $"cron {Expression} ({Zone.Id})";
}
