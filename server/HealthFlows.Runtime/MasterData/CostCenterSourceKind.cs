namespace HealthFlows.Runtime.MasterData;

/// <summary>Which clinical value a mapping translates into a cost center.</summary>
public enum CostCenterSourceKind
{
    /// <summary>A department code, e.g. the performing department of a charge.</summary>
    Department,

    /// <summary>A location, e.g. the point of care of PV1-3.</summary>
    Location,

    /// <summary>A hospital service, PV1-10 (HL7 table 0069).</summary>
    HospitalService,
}
