using System.Globalization;

namespace HealthFlows.Activities.Timers;

/// <summary>Reads an instant written as ISO 8601 with its offset (2026-12-01T06:00:00Z, 2026-12-01T07:00:00+01:00).</summary>
public static class InstantText
{
    /// <summary>False for text without an offset: "08:00" means a different instant on every server, so it is refused rather than guessed.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || parsed.Kind == DateTimeKind.Unspecified)
        {
            return false;
        }

        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
