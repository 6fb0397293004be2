using HealthFlows.Runtime.Stores;

namespace HealthFlows.Runtime.MasterData;

/// <summary>
/// Cost centers and the mappings from clinical values to them. Codes are normalized (<see cref="MasterDataRules"/>) on
/// every write and lookup. Single writes check the optimistic revision when the caller names one and otherwise let the
/// last write win; bulk writes are all-or-nothing in one transaction.
/// </summary>
public interface ICostCenterStore
{
    Task<PagedResult<CostCenter>> ListCostCentersAsync(CostCenterQuery query, CancellationToken cancellationToken);

    Task<CostCenter?> GetCostCenterAsync(string code, CancellationToken cancellationToken);

    /// <summary>Whether any cost center is stored (the samples seed an empty store).</summary>
    Task<bool> AnyCostCentersAsync(CancellationToken cancellationToken);

    /// <summary>Adds a cost center at revision 1: Invalid with the problems, or Conflict when the code exists.</summary>
    Task<MasterDataResult<CostCenter>> CreateCostCenterAsync(CostCenter costCenter, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the cost center with the given code (ErpId and LastSyncedAt are kept when given as null): Invalid, NotFound,
    /// or Conflict when <paramref name="expectedRevision"/> is given and the stored revision moved on.
    /// </summary>
    Task<MasterDataResult<CostCenter>> UpdateCostCenterAsync(CostCenter costCenter, int? expectedRevision, CancellationToken cancellationToken);

    /// <summary>Deletes a cost center: NotFound, or Conflict while mappings still book to it.</summary>
    Task<MasterDataResult<bool>> DeleteCostCenterAsync(string code, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the cost centers whose code is new and updates the others, in one transaction (the ERP sync and the CSV
    /// import call it). A null ErpId or LastSyncedAt keeps the stored value, and a row that differs only in LastSyncedAt
    /// counts as unchanged (its LastSyncedAt is still written). Throws <see cref="ArgumentException"/>, changing nothing,
    /// when an item breaks <see cref="MasterDataRules"/> or a code comes twice.
    /// </summary>
    Task<UpsertCounts> UpsertCostCentersAsync(IReadOnlyList<CostCenter> costCenters, CancellationToken cancellationToken);

    Task<PagedResult<CostCenterMapping>> ListMappingsAsync(CostCenterMappingQuery query, CancellationToken cancellationToken);

    Task<CostCenterMapping?> GetMappingAsync(CostCenterSourceKind kind, string sourceCode, CancellationToken cancellationToken);

    /// <summary>Adds a mapping at revision 1: Invalid (also when its cost center does not exist), or Conflict when the kind and source code are mapped already.</summary>
    Task<MasterDataResult<CostCenterMapping>> CreateMappingAsync(CostCenterMapping mapping, CancellationToken cancellationToken);

    /// <summary>Points an existing mapping at another cost center: Invalid, NotFound, or Conflict on a stale <paramref name="expectedRevision"/>.</summary>
    Task<MasterDataResult<CostCenterMapping>> UpdateMappingAsync(CostCenterMapping mapping, int? expectedRevision, CancellationToken cancellationToken);

    /// <summary>False when there was no such mapping.</summary>
    Task<bool> DeleteMappingAsync(CostCenterSourceKind kind, string sourceCode, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates every mapping in one transaction, or none: Invalid with a problem per bad item (by its index),
    /// including every mapping whose cost center does not exist, or a kind and source code that come twice.
    /// </summary>
    Task<MasterDataResult<UpsertCounts>> ImportMappingsAsync(IReadOnlyList<CostCenterMapping> mappings, CancellationToken cancellationToken);

    /// <summary>The cost center a clinical value books to on <paramref name="at"/>: Valid, Invalid (with the reason) or Unknown.</summary>
    Task<CostCenterResolution> ResolveAsync(CostCenterSourceKind kind, string sourceCode, DateOnly at, CancellationToken cancellationToken);
}
