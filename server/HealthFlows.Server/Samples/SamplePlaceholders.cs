using System.Text.Json;
using System.Text.RegularExpressions;

namespace HealthFlows.Server.Samples;

/// <summary>
/// Fills configuration into a sample file before it is read: a JSON string <c>"${Section:Key|default}"</c> becomes
/// the configured value (or the default), written as a number or boolean when it reads as one, else as a string.
/// </summary>
/// <remarks>
/// Resolved once, when the sample is loaded into an empty database, so the stored workflow holds plain literals
/// (a port number a listener reads before any instance exists); change it later in the designer like any value.
/// </remarks>
public static partial class SamplePlaceholders
{
    public static string Resolve(string json, IConfiguration configuration) =>
        Placeholder().Replace(json, match =>
        {
            var value = configuration[match.Groups["key"].Value] ?? match.Groups["default"].Value;
            return IsBareJson(value) ? value : JsonSerializer.Serialize(value);
        });

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

    [GeneratedRegex("\"\\$\\{(?<key>[A-Za-z0-9_.:]+)(?:\\|(?<default>[^}\"\\\\]*))?\\}\"")]
    private static partial Regex Placeholder();
}
