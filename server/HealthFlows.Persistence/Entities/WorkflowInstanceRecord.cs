using HealthFlows.Runtime.Instances;

namespace HealthFlows.Persistence.Entities;

/// <summary>One workflow instance; its execution state, input and output are JSON text.</summary>
public sealed class WorkflowInstanceRecord
{
    public string Id { get; set; } = "";

    public string DefinitionId { get; set; } = "";

    public int Version { get; set; }

    public string? Name { get; set; }

    public WorkflowStatus Status { get; set; }

    public WorkflowSubStatus SubStatus { get; set; }

    public string? CorrelationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Input { get; set; }

    public string? Output { get; set; }

    /// <summary>The executor's <see cref="ExecutionState"/> as JSON.</summary>
    public string State { get; set; } = "";

    /// <summary>Optimistic concurrency token: grows with every commit.</summary>
    public int Revision { get; set; }

    public int IncidentCount { get; set; }

    /// <summary>The node that works the instance while it is Running in clustered mode (<see cref="InstanceLease.Owner"/>).</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When that node's lease lapses unless renewed; then any node may claim the instance.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }
}
