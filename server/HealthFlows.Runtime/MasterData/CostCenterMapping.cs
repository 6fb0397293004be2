namespace HealthFlows.Runtime.MasterData;

/// <summary>Translates one clinical source value (a department, location or hospital service) into a cost center.</summary>
public sealed record CostCenterMapping
{
    public required CostCenterSourceKind Kind { get; init; }

    /// <summary>The clinical code, stored upper-case; unique per kind.</summary>
    public required string SourceCode { get; init; }

    /// <summary>The cost center it books to; it must exist.</summary>
    public required string CostCenterCode { get; init; }

    /// <summary>Grows with every change; an update may name the revision it was read at.</summary>
    public int Revision { get; init; }
}
