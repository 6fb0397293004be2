namespace HealthFlows.Hl7;

/// <summary>One problem found while parsing, with where it is: a segment index and a field position.</summary>
/// <param name="Code">What kind of problem it is.</param>
/// <param name="SegmentIndex">Zero-based index of the segment at fault, in the order segments appear.</param>
/// <param name="SegmentName">The name of the segment at fault, or empty when there is none.</param>
/// <param name="FieldPosition">The field position at fault (MSH-10 is 10), or 0 for the segment as a whole.</param>
/// <param name="Message">A sentence for people.</param>
public sealed record Hl7ParseError(Hl7ParseErrorCode Code, int SegmentIndex, string SegmentName, int FieldPosition, string Message)
{
    /// <summary>The location in path notation, e.g. <c>MSH-10</c>, or the segment name alone.</summary>
    public string Location => FieldPosition > 0 ? $"{SegmentName}-{FieldPosition}" : SegmentName;

    /// <inheritdoc />
    public override string ToString() => $"{Code} at segment {SegmentIndex} ({Location}): {Message}";
}
