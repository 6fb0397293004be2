using System.Text.Json;
using System.Text.Json.Serialization;

namespace HealthFlows.Runtime.Model;

/// <summary>TimeSpan in workflow JSON: written as "c" text, read from seconds, "hh:mm:ss" or ISO 8601.</summary>
public sealed class DurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var seconds) && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (reader.TokenType == JsonTokenType.String && DurationText.TryParse(reader.GetString(), out var duration))
        {
            return duration;
        }

        throw new JsonException("A duration is a number of seconds, \"hh:mm:ss\", or ISO 8601 such as \"PT5M\".");
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
}
