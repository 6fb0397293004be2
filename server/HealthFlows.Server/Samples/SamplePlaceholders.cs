using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HealthFlows.Server.Samples;

/// <summary>
/// Fills configuration into a sample file before it is read. A placeholder is <c>{{Section:Key|default}}</c>:
/// standing alone as a JSON string (<c>"{{HealthFlows:Samples:MllpPort|2575}}"</c>) it becomes the configured value,
/// written as a number or boolean when it reads as one, else as a string; inside a longer string (an expression) it
/// must be a number, so configuration can never inject script.
/// </summary>
/// <remarks>
/// Resolved once, when the sample is loaded into an empty database, so the stored workflow holds plain values that are
/// changed later in the designer like any other. Double braces keep placeholders apart from JavaScript template
/// literals (<c>${...}</c>).
/// </remarks>
public static partial class SamplePlaceholders
{
    /// <summary>Answers the text with every placeholder filled, or the problems (a key neither configured nor defaulted, a non-number in an expression).</summary>
    public static (string? Text, IReadOnlyList<string> Problems) Resolve(string json, IConfiguration configuration)
    {
        var problems = new List<string>();
        var filled = Placeholder().Replace(json, match =>
        {
            var key = match.Groups["key"].Value;
            var value = configuration[key] ?? (match.Groups["default"].Success ? match.Groups["default"].Value : null);
            if (value is null)
            {
                problems.Add($"{key} is not configured and its placeholder has no default.");
                return match.Value;
            }

            if (match.Groups["whole"].Success)
            {
                return IsBareJson(value) ? value : JsonSerializer.Serialize(value);
            }

            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"{key} is used inside an expression and must be a number, but is '{value}'.");
                return match.Value;
            }

            return value;
        });
        return problems.Count == 0 ? (filled, problems) : (null, problems);
    }

    private static bool IsBareJson(string value)
    {
        if (value.Length == 0 || value.Length > 64)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // "whole" is the quote pair around a placeholder that is an entire JSON string.
    [GeneratedRegex("(?<whole>\"(?=\\{\\{[^}\"]*\\}\\}\"))?\\{\\{(?<key>[A-Za-z0-9_.:]+)(?:\\|(?<default>[^}\"\\\\]*))?\\}\\}(?(whole)\")")]
    private static partial Regex Placeholder();
}
