namespace HealthFlows.Runtime.MasterData;

/// <summary>What resolving a clinical value to a cost center found.</summary>
public enum CostCenterResolutionStatus
{
    /// <summary>Mapped to a cost center that is active and in effect on the date.</summary>
    Valid,

    /// <summary>Mapped, but the cost center is inactive or not in effect on the date.</summary>
    Invalid,

    /// <summary>No mapping for the value.</summary>
    Unknown,
}
