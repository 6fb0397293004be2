namespace HealthFlows.Runtime.Dashboard;

/// <summary>A suspended instance: what it runs, when it started, and when it last changed (when it began to wait).</summary>
public sealed record SuspendedInstance(string Id, string DefinitionId, int Version, string? Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
