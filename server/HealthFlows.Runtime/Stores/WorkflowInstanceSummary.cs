using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Stores;

/// <summary>An instance as the list shows it.</summary>
public sealed record WorkflowInstanceSummary(
    string Id,
    string DefinitionId,
    int Version,
    string? Name,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    string? CorrelationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt,
    int IncidentCount);
