namespace HealthFlows.Hl7;

/// <summary>How much of a date/time an HL7 DTM value states.</summary>
public enum Hl7DateTimePrecision
{
    /// <summary>YYYY.</summary>
    Year,

    /// <summary>YYYYMM.</summary>
    Month,

    /// <summary>YYYYMMDD.</summary>
    Day,

    /// <summary>YYYYMMDDHH.</summary>
    Hour,

    /// <summary>YYYYMMDDHHMM.</summary>
    Minute,

    /// <summary>YYYYMMDDHHMMSS.</summary>
    Second,

    /// <summary>YYYYMMDDHHMMSS.S to .SSSS.</summary>
    FractionOfSecond,
}
