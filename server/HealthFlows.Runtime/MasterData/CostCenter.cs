namespace HealthFlows.Runtime.MasterData;

/// <summary>A cost center of the ERP that clinical activity is booked to.</summary>
public sealed record CostCenter
{
    /// <summary>The ERP's code (Business Central dimension value code), stored upper-case; 1 to 20 characters.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>Whether charges may be booked to it at all; the ERP's "blocked" is the opposite.</summary>
    public bool Active { get; init; } = true;

    /// <summary>The first day it may be booked to (inclusive); null means since always.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The last day it may be booked to (inclusive); null means open-ended.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>The ERP's id of the record, set by the ERP sync.</summary>
    public string? ErpId { get; init; }

    /// <summary>When the ERP sync last saw it; null when it was never synced.</summary>
    public DateTimeOffset? LastSyncedAt { get; init; }

    /// <summary>Grows with every change; an update may name the revision it was read at (optimistic concurrency).</summary>
    public int Revision { get; init; }
}
