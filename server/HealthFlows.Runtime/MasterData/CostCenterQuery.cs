namespace HealthFlows.Runtime.MasterData;

/// <summary>Filters and paging for the cost center list, ordered by code.</summary>
/// <param name="Search">Part of the code or name, any case.</param>
/// <param name="Active">Only active (true) or inactive (false) cost centers; null for both.</param>
/// <param name="Page">1-based.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record CostCenterQuery(string? Search = null, bool? Active = null, int Page = 1, int PageSize = 50);
