using System.Globalization;

namespace HealthFlows.Hl7.Adt;

/// <summary>Small readers for the typed view: absent values and explicit nulls both read as empty, dates as null.</summary>
internal static class SegmentText
{
    public static string Text(this Hl7Segment segment, int field, int component = 0, int subcomponent = 0) =>
        segment.GetValue(field, 1, component, subcomponent) ?? string.Empty;

    public static string Text(this Hl7Segment? segment, int field, int component = 0, int subcomponent = 0) =>
        segment is { } found ? found.Text(field, component, subcomponent) : string.Empty;

    // An explicit null comes back as null from GetValue and so never reaches the date parser.
    public static Hl7DateTime? DateTime(this Hl7Segment segment, int field, int component = 1) =>
        Hl7DateTime.ParseOrNull(segment.GetValue(field, 1, component));

    public static Hl7DateTime? DateTime(this Hl7Segment? segment, int field, int component = 1) =>
        segment is { } found ? found.DateTime(field, component) : null;

    public static decimal? Decimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value) ? value : null;
}
