using System.Text.Json;

namespace HealthFlows.Runtime.Instances;

/// <summary>The durable state of one run of a workflow version.</summary>
public sealed class WorkflowInstance
{
    public string Id { get; set; } = "";

    public string DefinitionId { get; set; } = "";

    /// <summary>The version the instance started on; it stays on it.</summary>
    public int Version { get; set; }

    public string? Name { get; set; }

    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;

    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Executing;

    public string? CorrelationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public JsonElement? Input { get; set; }

    public JsonElement? Output { get; set; }

    /// <summary>Optimistic concurrency: the stored revision this state was loaded from (0 = never stored).</summary>
    public int Revision { get; set; }

    public ExecutionState State { get; set; } = new();

    /// <summary>Number of incidents recorded so far.</summary>
    public int IncidentCount { get; set; }

    /// <summary>The node working this instance while it is Running in clustered mode; null otherwise.</summary>
    public InstanceLease? Lease { get; set; }

    public bool IsFinished => Status == WorkflowStatus.Finished;
}
