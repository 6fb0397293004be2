using System.Text.Json;

namespace HealthFlows.Runtime.Execution;

/// <summary>Turns a step's inputs or outputs into journal JSON, cut to a preview past the size cap.</summary>
internal static class JournalPayload
{
    public static JsonElement? Capped(IReadOnlyDictionary<string, JsonElement>? values, int maxBytes)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(values);
        if (bytes.Length <= maxBytes)
        {
            return JsonDocument.Parse(bytes).RootElement.Clone();
        }

        var preview = System.Text.Encoding.UTF8.GetString(bytes, 0, maxBytes);
        return JsonSerializer.SerializeToElement(new { truncated = true, sizeBytes = bytes.Length, preview });
    }
}
