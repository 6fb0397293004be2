using System.Globalization;

namespace HealthFlows.Server.Phi;

/// <summary>One configured HL7 field to mask, such as <c>PID-5</c>: every repetition, in every occurrence of the segment.</summary>
public sealed record Hl7FieldRule(string Segment, int Field)
{
    /// <summary>Reads <c>SEG-n</c>; MSH-1 and MSH-2 (the delimiters) cannot be masked.</summary>
    public static bool TryParse(string? text, out Hl7FieldRule rule)
    {
        rule = new Hl7FieldRule("", 0);
        var parts = text?.Trim().Split('-');
        if (parts is not [{ Length: 3 } segment, var number]
            || !segment.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var field)
            || field < 1
            || (segment is "MSH" or "FHS" or "BHS" && field <= 2))
        {
            return false;
        }

        rule = new Hl7FieldRule(segment, field);
        return true;
    }
}
