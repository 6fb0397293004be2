namespace HealthFlows.Runtime.Instances;

/// <summary>Where an instance is in its life.</summary>
public enum WorkflowStatus
{
    Running,
    Suspended,
    Finished,
}
