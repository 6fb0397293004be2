namespace HealthFlows.Hl7;

/// <summary>What is wrong with a message that did not parse cleanly.</summary>
public enum Hl7ParseErrorCode
{
    /// <summary>The input is empty or holds only segment terminators.</summary>
    Empty,

    /// <summary>The first segment is not MSH (or FHS/BHS for a batch).</summary>
    MissingHeader,

    /// <summary>MSH-1 or MSH-2 does not declare a usable set of delimiters.</summary>
    InvalidDelimiters,

    /// <summary>MSH-9 (message type) is missing or has no message code.</summary>
    MissingMessageType,

    /// <summary>MSH-10 (message control id) is missing.</summary>
    MissingControlId,

    /// <summary>A segment name is not three upper-case letters or digits.</summary>
    InvalidSegmentName,

    /// <summary>MSH-18 names a character set this toolkit cannot decode.</summary>
    UnsupportedCharacterSet,

    /// <summary>The input is longer than <see cref="Hl7ParseOptions.MaxLength"/>.</summary>
    TooLarge,

    /// <summary>A batch trailer's message or batch count does not match what the batch holds.</summary>
    BatchCountMismatch,
}
