namespace HealthFlows.Server.Apis.Contracts;

/// <summary>One reason an HL7 message is not valid, as listed under <c>problems</c> in a 422 answer.</summary>
/// <param name="Code">What is wrong, e.g. <c>missingControlId</c>.</param>
/// <param name="Location">Where, in path notation, e.g. <c>MSH-10</c>, or the segment name alone.</param>
/// <param name="Segment">The segment's name, or empty when there is none.</param>
/// <param name="SegmentIndex">Zero-based index of the segment in the message.</param>
/// <param name="Field">The field position (MSH-10 is 10), or 0 for the whole segment.</param>
/// <param name="Message">A sentence for people.</param>
public sealed record Hl7ParseProblem(string Code, string Location, string Segment, int SegmentIndex, int Field, string Message);
