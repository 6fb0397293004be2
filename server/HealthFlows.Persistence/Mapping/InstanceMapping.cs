using System.Text.Json;
using HealthFlows.Persistence.Entities;
using HealthFlows.Runtime.Instances;
using HealthFlows.Runtime.Model;
using HealthFlows.Runtime.Stores;

namespace HealthFlows.Persistence.Mapping;

/// <summary>Converts instances to rows and back.</summary>
internal static class InstanceMapping
{
    public static WorkflowInstanceRecord ToRecord(this WorkflowInstance instance, int revision) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        Version = instance.Version,
        Name = instance.Name,
        Status = instance.Status,
        SubStatus = instance.SubStatus,
        CorrelationId = instance.CorrelationId,
        CreatedAt = instance.CreatedAt.ToUniversalTime(),
        UpdatedAt = instance.UpdatedAt.ToUniversalTime(),
        FinishedAt = instance.FinishedAt?.ToUniversalTime(),
        Input = JsonColumn.Write(instance.Input),
        Output = JsonColumn.Write(instance.Output),
        State = JsonSerializer.Serialize(instance.State, WorkflowJson.Options),
        Revision = revision,
        IncidentCount = instance.IncidentCount,
        LeaseOwner = instance.Lease?.Owner,
        LeaseExpiresAt = instance.Lease?.ExpiresAt.ToUniversalTime(),
    };

    public static WorkflowInstance ToInstance(this WorkflowInstanceRecord record) => new()
    {
        Id = record.Id,
        DefinitionId = record.DefinitionId,
        Version = record.Version,
        Name = record.Name,
        Status = record.Status,
        SubStatus = record.SubStatus,
        CorrelationId = record.CorrelationId,
        CreatedAt = record.CreatedAt,
        UpdatedAt = record.UpdatedAt,
        FinishedAt = record.FinishedAt,
        Input = JsonColumn.Read(record.Input),
        Output = JsonColumn.Read(record.Output),
        State = JsonSerializer.Deserialize<ExecutionState>(record.State, WorkflowJson.Options) ?? new ExecutionState(),
        Revision = record.Revision,
        IncidentCount = record.IncidentCount,
        Lease = record.LeaseOwner is { } owner && record.LeaseExpiresAt is { } expiresAt ? new InstanceLease(owner, expiresAt) : null,
    };

    public static WorkflowInstanceSummary ToSummary(this WorkflowInstanceRecord record) => new(
        record.Id,
        record.DefinitionId,
        record.Version,
        record.Name,
        record.Status,
        record.SubStatus,
        record.CorrelationId,
        record.CreatedAt,
        record.UpdatedAt,
        record.FinishedAt,
        record.IncidentCount);
}
