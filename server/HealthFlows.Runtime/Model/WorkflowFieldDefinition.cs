namespace HealthFlows.Runtime.Model;

/// <summary>A declared field of a workflow's input or output.</summary>
public sealed class WorkflowFieldDefinition
{
    public string Name { get; set; } = "";

    /// <summary>One of string, number, boolean, object, array, any.</summary>
    public string Type { get; set; } = "any";

    public string? Description { get; set; }

    public bool Required { get; set; }
}
