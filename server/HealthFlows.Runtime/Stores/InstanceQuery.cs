using HealthFlows.Runtime.Instances;

namespace HealthFlows.Runtime.Stores;

/// <summary>Filters and paging for the instance list; every filter is optional.</summary>
public sealed record InstanceQuery(
    string? DefinitionId = null,
    int? Version = null,
    WorkflowStatus? Status = null,
    WorkflowSubStatus? SubStatus = null,
    string? CorrelationId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = 50);
