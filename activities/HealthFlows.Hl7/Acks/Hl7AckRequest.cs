namespace HealthFlows.Hl7.Acks;

/// <summary>What an acknowledgement says beyond the original message: its code, its own control id and its time.</summary>
/// <param name="Code">MSA-1.</param>
/// <param name="ControlId">MSH-10 of the acknowledgement itself.</param>
/// <param name="Timestamp">MSH-7 of the acknowledgement; the caller reads the clock, the toolkit never does.</param>
public sealed record Hl7AckRequest(Hl7AckCode Code, string ControlId, DateTimeOffset Timestamp)
{
    /// <summary>MSA-3, a text message for people (written escaped); none when null.</summary>
    public string? Text { get; init; }

    /// <summary>A problem to report in an ERR segment (location, HL7 error code, severity E); none when null.</summary>
    public Hl7ParseError? Error { get; init; }
}
