namespace HealthFlows.Runtime.MasterData;

/// <summary>The answer to "which cost center does this clinical value book to on this date?".</summary>
/// <param name="Status">Valid, Invalid or Unknown.</param>
/// <param name="CostCenter">The mapped cost center (also when Invalid); null when Unknown.</param>
/// <param name="Reason">Why it is Invalid or Unknown; null when Valid.</param>
public sealed record CostCenterResolution(CostCenterResolutionStatus Status, CostCenter? CostCenter, string? Reason)
{
    public static CostCenterResolution Unknown(CostCenterSourceKind kind, string sourceCode) =>
        new(CostCenterResolutionStatus.Unknown, null, $"No cost center is mapped from {Describe(kind)} '{sourceCode}'.");

    /// <summary>Judges a mapped cost center on a date: inactive first, then the effective dates (both inclusive).</summary>
    public static CostCenterResolution For(CostCenter costCenter, DateOnly at)
    {
        ArgumentNullException.ThrowIfNull(costCenter);
        string? reason = null;
        if (!costCenter.Active)
        {
            reason = $"Cost center {costCenter.Code} is inactive.";
        }
        else if (costCenter.EffectiveFrom is { } from && at < from)
        {
            reason = $"Cost center {costCenter.Code} is effective from {from:yyyy-MM-dd}, after {at:yyyy-MM-dd}.";
        }
        else if (costCenter.EffectiveTo is { } to && at > to)
        {
            reason = $"Cost center {costCenter.Code} was effective until {to:yyyy-MM-dd}, before {at:yyyy-MM-dd}.";
        }

        return new(reason is null ? CostCenterResolutionStatus.Valid : CostCenterResolutionStatus.Invalid, costCenter, reason);
    }

    /// <summary>The kind as words for messages: "department", "location", "hospital service".</summary>
    public static string Describe(CostCenterSourceKind kind) => kind switch
    {
        CostCenterSourceKind.HospitalService => "hospital service",
        CostCenterSourceKind.Location => "location",
        _ => "department",
    };
}
