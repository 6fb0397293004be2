using System.Globalization;
using System.Xml;

namespace HealthFlows.Runtime.Model;

/// <summary>Reads durations the way analysts write them: seconds, "hh:mm:ss", or ISO 8601 ("PT5M").</summary>
public static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds) && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds)
        {
            duration = TimeSpan.FromSeconds(seconds);
            return true;
        }

        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                duration = XmlConvert.ToTimeSpan(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration);
    }
}
