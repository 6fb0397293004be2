using System.Text.Json;

namespace HealthFlows.Persistence.Mapping;

/// <summary>Reads and writes JSON text columns.</summary>
internal static class JsonColumn
{
    public static string? Write(JsonElement? value) =>
        value is { ValueKind: not JsonValueKind.Undefined } element ? element.GetRawText() : null;

    public static JsonElement? Read(string? text) =>
        text is null ? null : JsonSerializer.Deserialize<JsonElement>(text);

    /// <summary>Cuts <paramref name="text"/> to a bounded column's length.</summary>
    public static string? Truncate(string? text, int maxLength) =>
        text is not null && text.Length > maxLength ? text[..maxLength] : text;
}
