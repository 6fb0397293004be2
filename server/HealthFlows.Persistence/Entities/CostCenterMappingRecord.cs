using HealthFlows.Runtime.MasterData;

namespace HealthFlows.Persistence.Entities;

/// <summary>A mapping row: one clinical value (kind and upper-case source code) to one cost center.</summary>
public sealed class CostCenterMappingRecord
{
    public CostCenterSourceKind Kind { get; set; }

    public string SourceCode { get; set; } = "";

    public string CostCenterCode { get; set; } = "";

    /// <summary>Optimistic concurrency token: grows with every change.</summary>
    public int Revision { get; set; }

    public CostCenterRecord? CostCenter { get; set; }
}
