namespace HealthFlows.Server.Apis.Contracts;

/// <summary>Every list answers this shape.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, int TotalCount);
