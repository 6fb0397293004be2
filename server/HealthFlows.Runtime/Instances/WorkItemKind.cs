namespace HealthFlows.Runtime.Instances;

/// <summary>Which activity method a scheduled work item calls.</summary>
public enum WorkItemKind
{
    Execute,
    Resume,
    BodyCompleted,
}
