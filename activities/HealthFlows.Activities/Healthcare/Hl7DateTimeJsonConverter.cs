using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HealthFlows.Hl7;

namespace HealthFlows.Activities.Healthcare;

/// <summary>
/// Writes an HL7 date/time as ISO 8601 text holding only the precision the message stated
/// (<c>1980</c>, <c>1980-05</c>, <c>1980-05-12</c>, <c>2026-11-25T08:30:00+01:00</c>), so a birth year never reads as 1 January.
/// </summary>
public sealed class Hl7DateTimeJsonConverter : JsonConverter<Hl7DateTime>
{
    public override Hl7DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The typed HL7 view is written, never read back.");

    public override void Write(Utf8JsonWriter writer, Hl7DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <summary>The ISO 8601 text of a value, at its stated precision, with its offset when it has one.</summary>
    public static string Format(Hl7DateTime value)
    {
        var pattern = value.Precision switch
        {
            Hl7DateTimePrecision.Year => "yyyy",
            Hl7DateTimePrecision.Month => "yyyy-MM",
            Hl7DateTimePrecision.Day => "yyyy-MM-dd",
            Hl7DateTimePrecision.FractionOfSecond => "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            _ => "yyyy-MM-dd'T'HH:mm:ss",
        };
        var text = value.Value.ToString(pattern, CultureInfo.InvariantCulture);
        if (value.Offset is not { } offset || value.Precision <= Hl7DateTimePrecision.Day)
        {
            return text;
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{text}{sign}{offset.Hours:00}:{offset.Minutes:00}");
    }
}
