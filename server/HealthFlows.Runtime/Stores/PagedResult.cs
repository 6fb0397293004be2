namespace HealthFlows.Runtime.Stores;

/// <summary>One page of a list and the total number of matches.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
