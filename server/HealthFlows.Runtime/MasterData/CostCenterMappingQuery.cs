namespace HealthFlows.Runtime.MasterData;

/// <summary>Filters and paging for the mapping list, ordered by kind and source code.</summary>
/// <param name="Kind">Only mappings of this kind.</param>
/// <param name="CostCenterCode">Only mappings to this cost center.</param>
/// <param name="Search">Part of the source code, any case.</param>
/// <param name="Page">1-based.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record CostCenterMappingQuery(
    CostCenterSourceKind? Kind = null, string? CostCenterCode = null, string? Search = null, int Page = 1, int PageSize = 50);
