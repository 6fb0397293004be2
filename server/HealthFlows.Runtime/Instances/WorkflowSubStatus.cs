namespace HealthFlows.Runtime.Instances;

/// <summary>The detail of <see cref="WorkflowStatus"/>: how a finished instance ended.</summary>
public enum WorkflowSubStatus
{
    Executing,
    Suspended,
    Completed,
    Faulted,
    Cancelled,
}
