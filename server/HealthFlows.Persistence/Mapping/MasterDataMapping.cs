using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.MasterData;

namespace HealthFlows.Persistence.Mapping;

/// <summary>Converts cost centers and their mappings to rows and back.</summary>
internal static class MasterDataMapping
{
    public static CostCenter ToModel(this CostCenterRecord record) => new()
    {
        Code = record.Code,
        Name = record.Name,
        Active = record.Active,
        EffectiveFrom = record.EffectiveFrom,
        EffectiveTo = record.EffectiveTo,
        ErpId = record.ErpId,
        LastSyncedAt = record.LastSyncedAt,
        Revision = record.Revision,
    };

    public static CostCenterRecord ToRecord(this CostCenter costCenter) => new()
    {
        Code = costCenter.Code,
        Name = costCenter.Name,
        Active = costCenter.Active,
        EffectiveFrom = costCenter.EffectiveFrom,
        EffectiveTo = costCenter.EffectiveTo,
        ErpId = costCenter.ErpId,
        LastSyncedAt = costCenter.LastSyncedAt?.ToUniversalTime(),
        Revision = 1,
    };

    /// <summary>Whether the master data (not the sync bookkeeping) of <paramref name="record"/> differs from <paramref name="costCenter"/>.</summary>
    public static bool DiffersFrom(this CostCenterRecord record, CostCenter costCenter) =>
        record.Name != costCenter.Name
        || record.Active != costCenter.Active
        || record.EffectiveFrom != costCenter.EffectiveFrom
        || record.EffectiveTo != costCenter.EffectiveTo
        || (costCenter.ErpId is not null && record.ErpId != costCenter.ErpId);

    /// <summary>Copies the master data onto a tracked row; a null ErpId or LastSyncedAt keeps the stored one.</summary>
    public static void Apply(this CostCenterRecord record, CostCenter costCenter)
    {
        record.Name = costCenter.Name;
        record.Active = costCenter.Active;
        record.EffectiveFrom = costCenter.EffectiveFrom;
        record.EffectiveTo = costCenter.EffectiveTo;
        record.ErpId = costCenter.ErpId ?? record.ErpId;
        record.LastSyncedAt = costCenter.LastSyncedAt?.ToUniversalTime() ?? record.LastSyncedAt;
    }

    public static CostCenterMapping ToModel(this CostCenterMappingRecord record) => new()
    {
        Kind = record.Kind,
        SourceCode = record.SourceCode,
        CostCenterCode = record.CostCenterCode,
        Revision = record.Revision,
    };

    public static CostCenterMappingRecord ToRecord(this CostCenterMapping mapping) => new()
    {
        Kind = mapping.Kind,
        SourceCode = mapping.SourceCode,
        CostCenterCode = mapping.CostCenterCode,
        Revision = 1,
    };
}
