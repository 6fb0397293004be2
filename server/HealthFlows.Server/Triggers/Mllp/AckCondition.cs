namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>When an enhanced-mode acknowledgement is wanted (HL7 table 0155, MSH-15 and MSH-16).</summary>
internal enum AckCondition
{
    /// <summary>AL: always. An empty field also reads as AL, so a sender is never left waiting.</summary>
    Always,

    /// <summary>NE: never.</summary>
    Never,

    /// <summary>ER: only on an error or rejection.</summary>
    OnError,

    /// <summary>SU: only on success.</summary>
    OnSuccess,
}
