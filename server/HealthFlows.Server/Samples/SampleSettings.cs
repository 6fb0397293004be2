using System.Globalization;
using System.Text.RegularExpressions;
using HealthFlows.Server.Configuration;

namespace HealthFlows.Server.Samples;

/// <summary>
/// Fills <c>{{HealthFlows:Samples:Name}}</c> placeholders in a sample workflow file with the configured value, so a
/// sample reads its settings (e.g. the retry delay) from configuration when it is loaded.
/// </summary>
/// <remarks>
/// Only numbers are substituted, and only at load: the published definition then holds the value, like any workflow a
/// person edits. The double braces keep placeholders apart from JavaScript template literals (<c>${...}</c>).
/// </remarks>
public static partial class SampleSettings
{
    /// <summary>Answers the file text with every placeholder filled, or the problems (an unknown name, a value out of range).</summary>
    public static (string? Text, IReadOnlyList<string> Problems) Substitute(string text, SamplesOptions options)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [nameof(SamplesOptions.RetryDelaySeconds)] = options.RetryDelaySeconds,
        };
        var problems = new List<string>();
        var filled = Placeholder().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (!values.TryGetValue(name, out var value))
            {
                problems.Add($"{match.Value} is not a sample setting (known: {string.Join(", ", values.Keys)}).");
                return match.Value;
            }

            if (value < 1)
            {
                problems.Add($"HealthFlows:Samples:{name} must be at least 1, but is {value}.");
            }

            return value.ToString(CultureInfo.InvariantCulture);
        });
        return problems.Count == 0 ? (filled, problems) : (null, problems);
    }

    [GeneratedRegex(@"\{\{HealthFlows:Samples:(?<name>[A-Za-z0-9]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
