namespace HealthFlows.Hl7.Acks;

/// <summary>The acknowledgment code written to MSA-1 (HL7 table 0008).</summary>
public enum Hl7AckCode
{
    /// <summary>Application accept: the message was processed.</summary>
    AA,

    /// <summary>Application error: the message had an error in its content.</summary>
    AE,

    /// <summary>Application reject: the message could not be accepted (header, type, version, system).</summary>
    AR,

    /// <summary>Commit accept (enhanced mode).</summary>
    CA,

    /// <summary>Commit error (enhanced mode).</summary>
    CE,

    /// <summary>Commit reject (enhanced mode).</summary>
    CR,
}
