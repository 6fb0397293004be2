namespace HealthFlows.Persistence.Entities;

/// <summary>A cost center row; the code (upper-case) is the key.</summary>
public sealed class CostCenterRecord
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Active { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public string? ErpId { get; set; }

    public DateTimeOffset? LastSyncedAt { get; set; }

    /// <summary>Optimistic concurrency token: grows with every change.</summary>
    public int Revision { get; set; }
}
