using System.Globalization;
using HealthFlows.Hl7;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>HL7 DTM values as FHIR date and dateTime text, keeping the precision the message stated.</summary>
public static class FhirDates
{
    /// <summary>A FHIR date (<c>1962</c>, <c>1962-03</c>, <c>1962-03-20</c>): the date part at most.</summary>
    public static string Date(Hl7DateTime value) => value.Value.ToString(value.Precision switch
    {
        Hl7DateTimePrecision.Year => "yyyy",
        Hl7DateTimePrecision.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    }, CultureInfo.InvariantCulture);

    /// <summary>
    /// A FHIR dateTime. FHIR wants seconds and an offset whenever a time is given, so an hour or minute is written
    /// with zero seconds, and a value without an offset takes the offset of <paramref name="zone"/> at that local time.
    /// </summary>
    public static string DateTime(Hl7DateTime value, TimeZoneInfo zone)
    {
        if (value.Precision <= Hl7DateTimePrecision.Day) return Date(value);
        var pattern = value.Precision == Hl7DateTimePrecision.FractionOfSecond ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz" : "yyyy-MM-dd'T'HH:mm:sszzz";
        return Instant(value, zone).ToString(pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>The instant a value names, reading a value without an offset in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Instant(Hl7DateTime value, TimeZoneInfo zone) =>
        new(value.Value, value.Offset ?? zone.GetUtcOffset(value.Value));
}
